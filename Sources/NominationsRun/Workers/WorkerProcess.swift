import CProcessGuard
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

    /// How the worker was started: by running this program again, or as a copy of this process.
    private enum Child {
        case spawned(Process, input: Pipe, output: Pipe)
        case forked(pid_t)
    }

    private let child: Child
    /// The parent's ends of the worker's standard input and output.
    private let toWorker: Int32
    private let fromWorker: Int32
    /// A forked worker's exit, once seen (it is reaped then).
    private var forkedExited = false
    private var closed = false
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
    /// The configuration request a forked worker was made with (its reader is built already).
    private let preparedRequest: Data?

    /// A letter reader built before forking, and the request line of its configuration.
    struct Prepared {
        let reader: LetterReader
        let request: Data
    }

    /// Starts a worker by running this program (`nominations worker`); it sets poppler up while
    /// it waits for its first request.
    init(executable: String, limits: WorkerLimits) throws {
        let process = Process(), input = Pipe(), output = Pipe()
        process.executableURL = URL(fileURLWithPath: executable)
        progressFile = ProgressFile()
        process.arguments = WorkerLoop.arguments(memoryMiB: limits.memoryMiB, ocrSecondsPerPage: limits.ocrSecondsPerPage,
                                                 progressPath: progressFile?.path)
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            progressFile?.removeName()
            throw error
        }
        child = .spawned(process, input: input, output: output)
        toWorker = input.fileHandleForWriting.fileDescriptor
        fromWorker = output.fileHandleForReading.fileDescriptor
        preparedRequest = nil
    }

    /// Starts a worker as a copy of this process (`fork` without `exec`): it shares the program
    /// already loaded and linked instead of loading it again (a run with nothing to read went from
    /// 70 to 40 ms of processor time; 1,000 letters from 0.41 to 0.36 s). Only while this process
    /// has a single thread (a copy of a process with several could inherit a lock some other
    /// thread held); `nil` otherwise or when `fork` fails.
    init?(forkingWith limits: WorkerLimits, prepared: Prepared? = nil) {
        guard Self.isSingleThreaded else { return nil }
        var toChild: [Int32] = [-1, -1], fromChild: [Int32] = [-1, -1]
        guard pipe(&toChild) == 0 else { return nil }
        guard pipe(&fromChild) == 0 else { close(toChild[0]); close(toChild[1]); return nil }
        let progress = ProgressFile()
        fflush(nil)
        let parent = getpid()
        let pid = fork()
        if pid == 0 {
            // A worker outlives a run killed with SIGKILL otherwise, and goes on with a file that
            // hangs poppler for as long as poppler hangs (the run's limits die with the run).
            _ = process_guard_die_with_parent(parent)
            // The worker: its requests on stdin, its answers on stdout, nothing else of the parent's open.
            dup2(toChild[0], 0)
            dup2(fromChild[1], 1)
            let null = open("/dev/null", O_WRONLY)
            if null >= 0 { dup2(null, 2) }
            Self.closeDescriptors(from: 3)
            // Named apart from the run in `top` and `ps -o comm` (it would show the run's name).
            let comm = open("/proc/self/comm", O_WRONLY)
            if comm >= 0 { _ = write(comm, "nominations-wk", 14); close(comm) }
            WorkerLoop.run(memoryMiB: limits.memoryMiB, ocrSecondsPerPage: limits.ocrSecondsPerPage, progressPath: progress?.path,
                           reader: prepared?.reader)
            _exit(0)
        }
        close(toChild[0])
        close(fromChild[1])
        guard pid > 0 else {
            close(toChild[1]); close(fromChild[0]); progress?.removeName()
            return nil
        }
        _ = fcntl(toChild[1], F_SETFD, FD_CLOEXEC)
        _ = fcntl(fromChild[0], F_SETFD, FD_CLOEXEC)
        child = .forked(pid)
        toWorker = toChild[1]
        fromWorker = fromChild[0]
        progressFile = progress
        preparedRequest = prepared?.request
    }

    /// Whether this process runs one thread only (its task folder lists one).
    static var isSingleThreaded: Bool { entries(of: "/proc/self/task")?.count == 1 }

    /// Closes every open descriptor from `first` on (a forked worker keeps only its own three).
    private static func closeDescriptors(from first: Int32) {
        for fd in (entries(of: "/proc/self/fd") ?? []).compactMap({ Int32($0) }) where fd >= first { close(fd) }
    }

    /// The names in a folder, without "." and ".."; `nil` when it cannot be read.
    private static func entries(of folder: String) -> [String]? {
        guard let directory = opendir(folder) else { return nil }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    /// What the worker has said of its progress.
    var progress: WorkerProgress { progressFile?.read() ?? WorkerProgress() }

    var isRunning: Bool {
        switch child {
        case .spawned(let process, _, _): return process.isRunning
        case .forked(let pid):
            if forkedExited { return false }
            var status: Int32 = 0
            let result = waitpid(pid, &status, WNOHANG)
            if result == pid || (result < 0 && errno == ECHILD) { forkedExited = true }
            return !forkedExited
        }
    }

    var processIdentifier: Int32 {
        switch child {
        case .spawned(let process, _, _): return process.processIdentifier
        case .forked(let pid): return pid
        }
    }

    /// Sends the configuration (a request line made by `WorkerRequest.line`): the worker reads the
    /// letters too, with it. Sent before any file.
    /// Sends the batch's configuration, unless the worker was made with it.
    func configure(_ request: Data) -> Bool {
        isRunning && (request == preparedRequest || send(request))
    }

    deinit { stop() }

    /// Sends a file to the worker; answers come back in the order the files were sent, so that
    /// the worker can start the next file while the parent takes in the last answer.
    func submit(_ path: String) -> Bool {
        filesSent += 1
        return isRunning && send(WorkerRequest(path: path, configuration: nil))
    }

    /// Waits for the answer to the oldest file sent and not yet answered. It times out when the
    /// worker has made no progress (no file extracted, no reading begun or ended, no scanned page
    /// read) for `timeout` seconds of its processor time (`WorkerClock`): a worker that extracts a
    /// batch before it answers is not cut short for that, nor one slowed down by a busy machine.
    func next(timeout: Double) -> Outcome {
        guard isRunning || consumed < buffer.count else { return .died }
        var clock = WorkerClock(worker: processIdentifier, limit: timeout)
        var lastProgress: WorkerProgress?
        let fd = fromWorker
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
            var remaining = clock.remaining()
            if remaining <= 0 {
                // Progress since the last look gives the file now being worked on its own full time.
                let now = progress
                if lastProgress != nil && now != lastProgress {
                    lastProgress = now
                    clock.restart()
                    remaining = timeout
                } else {
                    return .timedOut
                }
            }
            // Progress is looked at four times a second while an answer is long in coming (the first
            // look only notes where the worker is). The worker's processor time runs no faster than
            // the wall clock (it works on one thread), so waiting what is left of it never overshoots.
            var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, Int32(max(1, min(remaining, 0.25) * 1000)))
            if ready == 0 {
                let now = progress
                if lastProgress != nil && now != lastProgress { clock.restart() }
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
                let written = write(toWorker, buffer.baseAddress! + offset, buffer.count - offset)
                if written <= 0 { return false }
                offset += written
            }
            return true
        }
    }

    /// Kills the worker (if still running) and reaps it.
    func stop() {
        switch child {
        case .spawned(let process, let input, let output):
            if process.isRunning {
                kill(process.processIdentifier, SIGKILL)
                // Foundation's `waitUntilExit` looks again only every 50 ms; the worker is gone within
                // a millisecond or two of the signal.
                let deadline = Date().addingTimeInterval(5)
                while process.isRunning && Date() < deadline { usleep(500) }
            }
            try? input.fileHandleForWriting.close()
            try? output.fileHandleForReading.close()
        case .forked(let pid):
            if !forkedExited {
                kill(pid, SIGKILL)
                var status: Int32 = 0
                while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
                forkedExited = true
            }
            if !closed {
                close(toWorker)
                close(fromWorker)
            }
        }
        closed = true
        progressFile?.removeName()
    }
}
