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
        /// The worker finished extracting one more file, or has started reading the extracted ones.
        case progress(WorkerProgress)
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
    /// Files sent to this worker so far.
    private(set) var filesSent = 0

    /// Starts a worker; it sets poppler up while it waits for its first request.
    init(executable: String, limits: WorkerLimits) throws {
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["worker", "--memory-mib", String(limits.memoryMiB)]
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
    }

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

    /// Waits for the answer to the oldest file sent and not yet answered, or for word of progress.
    func next(timeout: Double) -> Outcome {
        guard process.isRunning || consumed < buffer.count else { return .died }
        let deadline = Date().addingTimeInterval(timeout)
        let fd = output.fileHandleForReading.fileDescriptor
        var head: WorkerAnswerHead?
        while true {
            if head == nil, let newline = buffer[consumed...].firstIndex(of: UInt8(ascii: "\n")) {
                if let progress = WorkerProgress(line: buffer[consumed..<newline]) {
                    consumed = newline + 1
                    return .progress(progress)
                }
                guard let decoded = WorkerAnswerHead(line: buffer[consumed..<newline]) else { return .died }
                consumed = newline + 1
                head = decoded
            }
            if let head, buffer.count - consumed >= head.text + head.letter {
                let text = Data(buffer[consumed..<(consumed + head.text)])
                let letter = head.letter > 0 ? Data(buffer[(consumed + head.text)..<(consumed + head.text + head.letter)]) : nil
                consumed += head.text + head.letter
                return .answer(head, text: text, letter: letter)
            }
            let remaining = deadline.timeIntervalSinceNow
            if remaining <= 0 { return .timedOut }
            var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, Int32(min(remaining, 1) * 1000))
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
        request.line.map(send) ?? false
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
    }
}
