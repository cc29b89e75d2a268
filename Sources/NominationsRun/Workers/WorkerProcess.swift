import Foundation
import Nominations

#if canImport(Glibc)
import Glibc
#endif

/// The parent's handle on one worker process: send a path, wait for its answer with a deadline,
/// kill the worker when it hangs, crashes or runs out of memory.
final class WorkerProcess {
    enum Outcome {
        case answer(WorkerAnswer)
        case timedOut
        case died
    }

    private let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    private var buffer = Data()
    private(set) var filesDone = 0

    init(executable: String, limits: WorkerLimits) throws {
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["worker", "--memory-mib", String(limits.memoryMiB)]
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
    }

    deinit { stop() }

    /// Extracts one file in the worker.
    func extract(_ path: String, timeout: Double) -> Outcome {
        guard process.isRunning, let request = try? JSONEncoder().encode(WorkerRequest(path: path)) else { return .died }
        var line = request
        line.append(UInt8(ascii: "\n"))
        let sent = line.withUnsafeBytes { buffer -> Bool in
            var offset = 0
            while offset < buffer.count {
                let written = write(input.fileHandleForWriting.fileDescriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written <= 0 { return false }
                offset += written
            }
            return true
        }
        guard sent else { return .died }
        let deadline = Date().addingTimeInterval(timeout)
        let fd = output.fileHandleForReading.fileDescriptor
        while true {
            if let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                let message = buffer[buffer.startIndex..<newline]
                buffer.removeSubrange(buffer.startIndex...newline)
                filesDone += 1
                guard let answer = try? JSONDecoder().decode(WorkerAnswer.self, from: message) else { return .died }
                return .answer(answer)
            }
            let remaining = deadline.timeIntervalSinceNow
            if remaining <= 0 { return .timedOut }
            var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, Int32(min(remaining, 1) * 1000))
            if ready < 0 && errno != EINTR { return .died }
            if ready > 0 {
                var chunk = [UInt8](repeating: 0, count: 65536)
                let count = read(fd, &chunk, chunk.count)
                if count <= 0 { return .died }
                buffer.append(contentsOf: chunk[0..<count])
            }
        }
    }

    /// Kills the worker (if still running) and reaps it.
    func stop() {
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        try? input.fileHandleForWriting.close()
        try? output.fileHandleForReading.close()
    }
}
