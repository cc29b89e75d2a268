import CProcessGuard
import Foundation
import Nominations

#if canImport(Glibc)
import Glibc
#endif

/// The worker side: reads requests from stdin, extracts (and reads) each file, writes answers to
/// stdout. Runs in a child process (`nominations worker`) so that a file that crashes or hangs
/// poppler, or eats all memory, takes only the worker with it.
///
/// When it reads letters, the worker extracts several files before reading them (up to
/// `WorkerProgress.batch`, or fewer when no further request is waiting): poppler and the reader
/// each keep their working set in the processor's caches for a run of files instead of evicting
/// each other at every file. It counts each file extracted, and says when it reads, in its
/// progress file (`ProgressFile`), so that the parent can tell which file a hang or a crash
/// belongs to without being woken for every file.
public enum WorkerLoop {
    /// The arguments a worker is started with (after the program's path).
    static func arguments(memoryMiB: Int, ocrSecondsPerPage: Double, progressPath: String?) -> [String] {
        ["worker", "--memory-mib", String(memoryMiB), "--ocr-seconds", String(ocrSecondsPerPage)]
            + (progressPath.map { ["--progress", $0] } ?? [])
    }

    /// The limits and progress file from a command line that is exactly what `arguments` makes (the
    /// program's path first); `nil` for anything else, which the argument parser reads.
    public static func arguments(_ commandLine: [String]) -> (memoryMiB: Int, ocrSecondsPerPage: Double, progressPath: String?)? {
        guard commandLine.count == 6 || (commandLine.count == 8 && commandLine[6] == "--progress"),
              commandLine[1] == "worker", commandLine[2] == "--memory-mib", let memory = Int(commandLine[3]), memory > 0,
              commandLine[4] == "--ocr-seconds", let seconds = Double(commandLine[5]), seconds > 0 else { return nil }
        return (memory, seconds, commandLine.count == 8 ? commandLine[7] : nil)
    }

    /// - Parameters:
    ///   - ocrSecondsPerPage: the time budget of one scanned page.
    ///   - progressPath: the parent's progress file for this worker (none: progress is not told).
    ///   - reader: the reader of the batch's configuration, when the parent built it before forking.
    public static func run(memoryMiB: Int, ocrSecondsPerPage: Double = ExtractionOptions.defaultOCRSecondsPerPage,
                           progressPath: String? = nil, reader prepared: LetterReader? = nil) {
        // Killed with the run that started it (a forked worker asked already, and checked its parent).
        _ = process_guard_die_with_parent(0)
        var limit = rlimit(rlim_cur: rlim_t(memoryMiB) * 1024 * 1024, rlim_max: rlim_t(memoryMiB) * 1024 * 1024)
        setrlimit(Int32(RLIMIT_AS.rawValue), &limit)
        Extraction.prepare()
        var reader = prepared
        var input = InputLines(fd: 0)
        var pending: [(path: String, sha256: String, extracted: ExtractedText)] = []
        let progressFile = progressPath.flatMap { ProgressFile(openingForWorker: $0) }
        // Without a progress file the parent could not tell a long batch from a hang: one file at a time.
        let batch = progressFile == nil ? 1 : WorkerProgress.batch
        let progress = ProgressTracker(file: progressFile)
        // Each scanned page read is progress: a long scan gets the file's time limit per page.
        let options = ExtractionOptions(ocrSecondsPerPage: ocrSecondsPerPage, pageRecognized: { progress.pageRead() })
        func readPending() {
            guard !pending.isEmpty else { return }
            progress.setReading(true)
            for file in pending {
                answer(path: file.path, ProcessedFile.make(sha256: file.sha256, extracted: file.extracted, reader: reader))
            }
            pending.removeAll(keepingCapacity: true)
            progress.setReading(false)
        }
        while let line = input.next() {
            guard let request = WorkerRequest(line: line) else { continue }
            if let configuration = request.configuration { reader = LetterReader(configuration: configuration) }
            guard let path = request.path else { continue }
            guard reader != nil else {
                answer(path: path, ProcessedFile.make(path: path, reader: nil))
                continue
            }
            let (sha256, extracted) = LetterBatch.extractInProcess(path, options: options)
            pending.append((path, sha256, extracted))
            progress.fileExtracted()
            if pending.count >= batch || !input.hasMore() { readPending() }
        }
        readPending()
    }

    private static func answer(path: String, _ file: ProcessedFile) {
        let head = WorkerAnswerHead(path: path, sha256: file.sha256, text: file.textJSON.count, letter: file.letterJSON?.count ?? 0)
        var output = Data(head.line)
        output.append(file.textJSON)
        if let letter = file.letterJSON { output.append(letter) }
        write(output)
    }

    private static func write(_ data: some ContiguousBytes) {
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(1, buffer.baseAddress! + offset, buffer.count - offset)
                // The parent is gone. `_exit`: a forked worker must not run the exit handlers it inherited.
                if written <= 0 { _exit(1) }
                offset += written
            }
        }
    }
}

/// The worker's progress, written to its progress file as it changes. Used by the worker's one
/// thread only (the page hook is called on it too).
final class ProgressTracker: @unchecked Sendable {
    private let file: ProgressFile?
    private var progress = WorkerProgress()

    init(file: ProgressFile?) {
        self.file = file
    }

    func fileExtracted() { progress.extracted += 1; file?.write(progress) }
    func setReading(_ reading: Bool) { progress.reading = reading; file?.write(progress) }
    func pageRead() { progress.pages += 1; file?.write(progress) }
}

/// Lines read from a file descriptor through one buffer, with a way to ask whether another line
/// is waiting (`readLine` hides what stdio has buffered).
struct InputLines {
    let fd: Int32
    private var buffer: [UInt8] = []
    private var start = 0
    private var chunk = [UInt8](repeating: 0, count: 65536)

    init(fd: Int32) { self.fd = fd }

    /// The next line without its newline; `nil` at the end of the input.
    mutating func next() -> [UInt8]? {
        while true {
            if let newline = buffer[start...].firstIndex(of: 10) {
                let line = Array(buffer[start..<newline])
                start = newline + 1
                return line
            }
            if start > 0 {
                buffer.removeSubrange(0..<start)
                start = 0
            }
            let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
            if count < 0 && errno == EINTR { continue }
            if count <= 0 {
                guard !buffer.isEmpty else { return nil }
                defer { buffer = [] }
                return buffer
            }
            buffer.append(contentsOf: chunk[0..<count])
        }
    }

    /// Whether a line (or the end of the input) can be had without waiting.
    mutating func hasMore() -> Bool {
        if buffer[start...].contains(10) { return true }
        var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        return poll(&poller, 1, 0) > 0
    }
}
