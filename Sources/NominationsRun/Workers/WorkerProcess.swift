import Foundation
import Nominations

#if canImport(Glibc)
import Glibc
#endif

/// The parent's handle on one worker process: send a path, wait for its answer with a deadline,
/// kill the worker when it hangs, crashes or runs out of memory.
final class WorkerProcess {
    enum Outcome {
        case answer(WorkerAnswerHead, text: Data, letter: Data?)
        case timedOut
        case died
    }

    private let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    /// Bytes read from the worker and not yet taken: `buffer[consumed...]`.
    private var buffer: [UInt8] = []
    private var consumed = 0
    /// Where each read lands (allocated once).
    private var chunk = [UInt8](repeating: 0, count: 65536)
    /// Files sent to this worker so far, and answered.
    private(set) var filesSent = 0
    private(set) var filesAnswered = 0
    /// Where the worker counts the files it has extracted (see `ProgressFile`).
    private let progressFile: ProgressFile?

    /// Starts a worker; it sets poppler up while it waits for its first request.
    init(executable: String, limits: WorkerLimits) throws {
        process.executableURL = URL(fileURLWithPath: executable)
        progressFile = ProgressFile()
        process.arguments = WorkerLoop.arguments(memoryMiB: limits.memoryMiB, progressPath: progressFile?.path)
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            progressFile?.removeName()
            throw error
        }
    }

    /// What the worker has said of its progress.
    var progress: WorkerProgress { progressFile?.read() ?? WorkerProgress() }

    var isRunning: Bool { process.isRunning }
    var processIdentifier: Int32 { process.processIdentifier }

    /// Sends the configuration (a request line made by `WorkerRequest.line`): the worker reads the
    /// letters too, with it. Sent before any file.
    func configure(_ request: Data) -> Bool {
        process.isRunning && send(request)
    }

    deinit { stop() }

    /// Sends a file to the worker; answers come back in the order the files were sent, so that
    /// the worker can start the next file while the parent takes in the last answer.
    func submit(_ path: String) -> Bool {
        filesSent += 1
        return process.isRunning && send(WorkerRequest(path: path, configuration: nil))
    }

    /// Waits for the answer to the oldest file sent and not yet answered. It times out when the
    /// worker has made no progress (no file extracted, no reading begun or ended) for `timeout`
    /// seconds: a worker that extracts a batch before it answers is not cut short for that.
    func next(timeout: Double) -> Outcome {
        guard process.isRunning || consumed < buffer.count else { return .died }
        var deadline = Date().addingTimeInterval(timeout)
        var lastProgress: WorkerProgress?
        let fd = output.fileHandleForReading.fileDescriptor
        var head: WorkerAnswerHead?
        while true {
            if head == nil, let newline = buffer[consumed...].firstIndex(of: UInt8(ascii: "\n")) {
                guard let decoded = WorkerAnswerHead(line: buffer[consumed..<newline]) else { return .died }
                consumed = newline + 1
                head = decoded
            }
            if let head, buffer.count - consumed >= head.text + head.letter {
                let text = Data(buffer[consumed..<(consumed + head.text)])
                let letter = head.letter > 0 ? Data(buffer[(consumed + head.text)..<(consumed + head.text + head.letter)]) : nil
                consumed += head.text + head.letter
                filesAnswered += 1
                return .answer(head, text: text, letter: letter)
            }
            var remaining = deadline.timeIntervalSinceNow
            if remaining <= 0 {
                // Progress since the last look gives the file now being worked on its own full time.
                let now = progress
                if lastProgress != nil && now != lastProgress {
                    lastProgress = now
                    deadline = Date().addingTimeInterval(timeout)
                    remaining = timeout
                } else {
                    return .timedOut
                }
            }
            // Progress is looked at four times a second while an answer is long in coming (the first
            // look only notes where the worker is).
            var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, Int32(max(1, min(remaining, 0.25) * 1000)))
            if ready == 0 {
                let now = progress
                if lastProgress != nil && now != lastProgress { deadline = Date().addingTimeInterval(timeout) }
                lastProgress = now
                continue
            }
            if ready < 0 && errno != EINTR { return .died }
            if ready > 0 {
                // Taken bytes are dropped before reading more, so the buffer stays small.
                if consumed > 0 {
                    buffer.removeSubrange(0..<consumed)
                    consumed = 0
                }
                let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
                if count <= 0 { return .died }
                buffer.append(contentsOf: chunk[0..<count])
            }
        }
    }

    private func send(_ request: WorkerRequest) -> Bool {
        send(request.line)
    }

    private func send(_ line: Data) -> Bool {
        line.withUnsafeBytes { buffer -> Bool in
            var offset = 0
            while offset < buffer.count {
                let written = write(input.fileHandleForWriting.fileDescriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written <= 0 { return false }
                offset += written
            }
            return true
        }
    }

    /// Kills the worker (if still running) and reaps it.
    func stop() {
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            // Foundation's `waitUntilExit` looks again only every 50 ms; the worker is gone within
            // a millisecond or two of the signal.
            let deadline = Date().addingTimeInterval(5)
            while process.isRunning && Date() < deadline { usleep(500) }
        }
        try? input.fileHandleForWriting.close()
        try? output.fileHandleForReading.close()
        progressFile?.removeName()
    }
}
