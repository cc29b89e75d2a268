import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// How far a worker that reads letters has got: how many files it has extracted so far, whether
/// it is reading the letters of the files extracted and not yet answered, and how many scanned
/// pages it has read by OCR (a long scan makes progress page by page).
struct WorkerProgress: Equatable {
    var extracted: UInt64
    var reading: Bool
    var pages: UInt64

    /// Files a worker extracts before it reads their letters (it reads sooner when no request waits).
    /// Against 32, 128 cut a cold run by about 5% at 1,000 and 10,000 letters (three comparisons,
    /// each within this machine's noise but all the same way); 256 gained nothing more.
    static let batch = 128

    static let size = 24

    var bytes: [UInt8] {
        withUnsafeBytes(of: extracted.littleEndian) { Array($0) } + withUnsafeBytes(of: UInt64(reading ? 1 : 0).littleEndian) { Array($0) }
            + withUnsafeBytes(of: pages.littleEndian) { Array($0) }
    }

    init(extracted: UInt64 = 0, reading: Bool = false, pages: UInt64 = 0) {
        self.extracted = extracted
        self.reading = reading
        self.pages = pages
    }

    /// `nil` unless exactly what `bytes` writes.
    init?(bytes: some Collection<UInt8>) {
        let bytes = Array(bytes)
        guard bytes.count == Self.size else { return nil }
        func word(_ at: Int) -> UInt64 { bytes[at..<(at + 8)].reversed().reduce(0) { $0 << 8 | UInt64($1) } }
        guard word(8) <= 1 else { return nil }
        self.init(extracted: word(0), reading: word(8) == 1, pages: word(16))
    }
}

/// A small file through which a worker tells the parent its progress without waking it: the
/// worker overwrites 24 bytes after each file (and each scanned page); the parent looks only while it waits long for an
/// answer, and when a worker hangs or dies, to know which file was the cause.
///
/// The parent creates the file and keeps it open; the worker opens it by its path and removes the
/// name at once, so nothing is left behind (the parent removes it too if the worker never came).
final class ProgressFile {
    let path: String
    private let descriptor: Int32

    /// A new file for one worker (the parent's side).
    init?() {
        var template = Array((NSTemporaryDirectory() as NSString).appendingPathComponent("nominations-progress-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { return nil }
        _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        descriptor = fd
        // The name mkstemp filled in, without the C string's terminating zero.
        path = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The worker's side: the file the parent made, its name removed.
    init?(openingForWorker path: String) {
        let fd = open(path, O_WRONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        unlink(path)
        descriptor = fd
        self.path = path
    }

    deinit {
        close(descriptor)
    }

    /// Removes the name (the parent's side, once the worker is gone).
    func removeName() { unlink(path) }

    func write(_ progress: WorkerProgress) {
        let bytes = progress.bytes
        _ = bytes.withUnsafeBytes { pwrite(descriptor, $0.baseAddress!, $0.count, 0) }
    }

    /// What the worker last wrote; nothing yet counts as no progress.
    func read() -> WorkerProgress {
        var bytes = [UInt8](repeating: 0, count: WorkerProgress.size)
        let count = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress!, $0.count, 0) }
        return count == WorkerProgress.size ? WorkerProgress(bytes: bytes) ?? WorkerProgress() : WorkerProgress()
    }
}
