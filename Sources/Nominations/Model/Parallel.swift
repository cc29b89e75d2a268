import Foundation

/// Pure work spread over the cores (the tail of a run: merging, laying out the sheets; decoding
/// the state). Results come back in order; nothing is shared between the pieces but what they only read.
public enum Parallel {
    public static let cores = max(1, ProcessInfo.processInfo.activeProcessorCount)

    /// `body(0) … body(count - 1)`, computed on all cores in contiguous chunks.
    public static func map<T>(_ count: Int, minimumChunk: Int = 256, _ body: (Int) -> T) -> [T] {
        let workers = min(Parallel.cores, max(1, count / max(minimumChunk, 1)))
        guard workers > 1 else { return (0..<count).map(body) }
        let results = Slots<T>(count)
        withoutActuallyEscaping(body) { body in
            let box = Unchecked(body)
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                let range = (count * worker / workers)..<(count * (worker + 1) / workers)
                for index in range { results.put(box.value(index), at: index) }
            }
        }
        return results.values()
    }

    /// `body` over contiguous ranges of `0..<count`, one range per core (each may keep its own state,
    /// such as a decompressor, for its range), the results joined in order.
    public static func chunks<T>(_ count: Int, minimumChunk: Int = 256, _ body: (Range<Int>) -> [T]) -> [T] {
        let workers = min(Parallel.cores, max(1, count / max(minimumChunk, 1)))
        return map(workers, minimumChunk: 1) { worker in body((count * worker / workers)..<(count * (worker + 1) / workers)) }
            .flatMap { $0 }
    }

    /// Both results, the second computed on another core while the first is.
    public static func both<A, B>(_ first: () -> A, _ second: () -> B) -> (A, B) {
        guard Parallel.cores > 1 else { return (first(), second()) }
        let a = Slots<A>(1), b = Slots<B>(1)
        withoutActuallyEscaping(first) { first in
            withoutActuallyEscaping(second) { second in
                let work = Unchecked((first, second))
                DispatchQueue.concurrentPerform(iterations: 2) { index in
                    if index == 0 { a.put(work.value.0(), at: 0) } else { b.put(work.value.1(), at: 0) }
                }
            }
        }
        return (a.values()[0], b.values()[0])
    }
}

/// Write-once result slots, one per index; every index is written by exactly one thread.
private final class Slots<T>: @unchecked Sendable {
    private let storage: UnsafeMutableBufferPointer<T?>
    init(_ count: Int) {
        storage = .allocate(capacity: count)
        storage.initialize(repeating: nil)
    }
    deinit {
        storage.deinitialize()
        storage.deallocate()
    }
    func put(_ value: T, at index: Int) { storage[index] = value }
    func values() -> [T] { storage.map { $0! } }
}

/// A closure or value handed to the threads of `concurrentPerform`, which only read it.
private struct Unchecked<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}

