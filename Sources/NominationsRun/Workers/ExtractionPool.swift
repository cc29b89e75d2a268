import Foundation
import Nominations

/// Extracts many files in a few reused worker processes (one per core), each file under a time
/// limit and each worker under a memory limit. A worker that hangs or dies is replaced; its file
/// gets a failure that the workbook lists; the batch goes on.
public struct ExtractionPool: Sendable {
    public let executable: String
    public let limits: WorkerLimits
    public let workers: Int

    public init(executable: String, limits: WorkerLimits = WorkerLimits(), workers: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.executable = executable
        self.limits = limits
        self.workers = max(1, workers)
    }

    /// - Returns: for every path, its hash and extracted text, in the order given.
    /// - Parameter completed: called (from any thread) as each file is done, e.g. to keep it in the state.
    public func extract(_ paths: [String], completed: @Sendable (String, ExtractedText) -> Void = { _, _ in }) -> [(sha256: String, extracted: ExtractedText)] {
        guard !paths.isEmpty else { return [] }
        let queue = WorkQueue<(sha256: String, extracted: ExtractedText)>(count: paths.count)
        DispatchQueue.concurrentPerform(iterations: min(workers, paths.count)) { _ in
            var worker: WorkerProcess?
            while let index = queue.take() {
                let result = extractOne(paths[index], worker: &worker)
                completed(result.sha256, result.extracted)
                queue.put(result, at: index)
            }
            worker?.stop()
        }
        return queue.results.map { $0 ?? (SHA256.hex([UInt8]()), .failed(.crashed)) }
    }

    private func extractOne(_ path: String, worker: inout WorkerProcess?) -> (sha256: String, extracted: ExtractedText) {
        if let current = worker, current.filesDone >= limits.filesPerWorker {
            current.stop()
            worker = nil
        }
        if worker == nil { worker = try? WorkerProcess(executable: executable, limits: limits) }
        guard let current = worker else {
            return (hashOf(path), .failed(.crashed, detail: "worker could not start"))
        }
        switch current.extract(path, timeout: limits.secondsPerFile) {
        case .answer(let answer):
            return (answer.sha256, answer.extracted)
        case .timedOut:
            current.stop()
            worker = nil
            return (hashOf(path), .failed(.timedOut))
        case .died:
            current.stop()
            worker = nil
            return (hashOf(path), .failed(.crashed))
        }
    }

    private func hashOf(_ path: String) -> String {
        SHA256.hex(FileManager.default.contents(atPath: path) ?? Data())
    }
}

/// Hands out indexes to threads and collects their results, under a lock.
final class WorkQueue<Result>: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0
    private let count: Int
    private(set) var results: [Result?]

    init(count: Int) {
        self.count = count
        results = Array(repeating: nil, count: count)
    }

    func take() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < count else { return nil }
        next += 1
        return next - 1
    }

    func put(_ result: Result, at index: Int) {
        lock.lock()
        results[index] = result
        lock.unlock()
    }
}
