import Foundation
import Digest
import Nominations

/// Extracts many files in a few reused worker processes (one per core), each file under a time
/// limit and each worker under a memory limit. A worker that hangs or dies is replaced; its file
/// gets a failure that the workbook lists; the batch goes on.
public struct ExtractionPool: Sendable {
    public let executable: String
    public let limits: WorkerLimits
    public let workers: Int
    /// Workers started ahead of the batch (`prestart`), taken before new ones are started.
    private let started = WorkerStash()

    public init(executable: String, limits: WorkerLimits = WorkerLimits(), workers: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.executable = executable
        self.limits = limits
        self.workers = max(1, workers)
    }

    /// Starts the workers now, so that their start-up overlaps whatever the caller does before the
    /// batch (the state, the scan of the inbox). Workers not used end with the pool.
    ///
    /// Called while the program still has one thread, the workers are copies of it (`fork`), which
    /// need not load and link the program again; otherwise, and for every worker started later
    /// (a replacement), the program is run again. A copy made with a configuration has its letter
    /// reader (the gazetteer) built already, here, once for all workers: the batch's request with
    /// the same configuration is then not sent to it.
    public func prestart(reading configuration: Configuration? = nil) {
        let prepared = configuration.map { WorkerProcess.Prepared(reader: LetterReader(configuration: $0),
                                                                  request: WorkerRequest(path: nil, configuration: $0).line) }
        for _ in 0..<workers {
            if let worker = WorkerProcess(forkingWith: limits, prepared: prepared) ?? (try? WorkerProcess(executable: executable, limits: limits)) {
                started.put(worker)
            }
        }
    }

    /// Process ids of the workers started ahead and not yet used.
    var prestartedProcessIdentifiers: [Int32] { started.processIdentifiers }

    /// A started worker configured for the batch (`configuration`: the request line that sends it):
    /// one started ahead if it is still alive, else a new one.
    private func worker(configuration: Data?) -> WorkerProcess? {
        while let ready = started.take() {
            if ready.isRunning, configured(ready, configuration) { return ready }
            ready.stop()
        }
        guard let fresh = try? WorkerProcess(executable: executable, limits: limits) else { return nil }
        if configured(fresh, configuration) { return fresh }
        fresh.stop()
        return nil
    }

    private func configured(_ worker: WorkerProcess, _ configuration: Data?) -> Bool {
        configuration.map { worker.configure($0) } ?? true
    }

    /// Extracts files and, with a configuration, reads their letters too, in the workers.
    /// - Returns: for every path, in the order given, what became of it.
    /// - Parameter completed: called (from any thread) as each file is done, e.g. to keep it in the state.
    public func process(_ paths: [String], reading configuration: Configuration? = nil,
                        completed: @Sendable (ProcessedFile) -> Void = { _ in }) -> [ProcessedFile] {
        guard !paths.isEmpty else { return [] }
        signal(SIGPIPE, SIG_IGN)
        let readsLetters = configuration != nil
        // The configuration is encoded once for every worker of the batch.
        let configurationLine = configuration.map { WorkerRequest(path: nil, configuration: $0).line }
        let queue = WorkQueue<ProcessedFile>(count: paths.count)
        DispatchQueue.concurrentPerform(iterations: min(workers, paths.count)) { _ in
            var worker: WorkerProcess?
            // Files in flight, oldest first: enough that the worker never waits for the parent between
            // files, and, when it reads letters, can extract a batch of them before reading it.
            var inFlight: [Int] = []
            let inFlightLimit = readsLetters ? 2 * WorkerProgress.batch : 2
            // Which file a hang or a crash belongs to: the oldest unanswered one while the worker reads
            // the letters of those it has extracted, else the one after those it has extracted.
            func failing(_ worker: WorkerProcess) -> Int {
                let progress = worker.progress
                let extractedAhead = max(0, Int(progress.extracted) - worker.filesAnswered)
                let culprit = progress.reading && extractedAhead > 0 ? 0 : min(extractedAhead, inFlight.count - 1)
                return inFlight.remove(at: culprit)
            }
            func failed(_ index: Int, _ failure: ExtractedText.Failure, detail: String? = nil) -> ProcessedFile {
                let sha256 = SHA256.hex(InputFile.read(paths[index]) ?? Data())
                return ProcessedFile.failed(sha256: sha256, failure, detail: detail, reading: readsLetters)
            }
            func finish(_ index: Int, _ result: ProcessedFile) {
                completed(result)
                queue.put(result, at: index)
            }
            while true {
                if let current = worker, inFlight.isEmpty, current.filesSent >= limits.filesPerWorker {
                    current.stop()
                    worker = nil
                }
                // A worker is started only for work: files in flight on a dead one, or a file left in the queue.
                if worker == nil, inFlight.isEmpty {
                    guard let index = queue.take() else { break }
                    inFlight.append(index)
                }
                if worker == nil {
                    worker = self.worker(configuration: configurationLine)
                    // Files sent to a worker that died are sent again to the new one.
                    for index in inFlight where worker?.submit(paths[index]) != true { worker?.stop(); worker = nil; break }
                }
                guard let current = worker else {
                    // No worker can start: every remaining file is listed with the reason.
                    for index in inFlight { finish(index, failed(index, .crashed, detail: "worker could not start")) }
                    inFlight = []
                    guard let index = queue.take() else { break }
                    finish(index, failed(index, .crashed, detail: "worker could not start"))
                    continue
                }
                // Near the end of the queue each worker gets its share only, so that none is left with a
                // full batch to read while the others have stopped.
                let limit = min(inFlightLimit, max(2, queue.remaining / workers + 1))
                while inFlight.count < limit, current.filesSent < limits.filesPerWorker, let index = queue.take() {
                    inFlight.append(index)
                    if !current.submit(paths[index]) { break }
                }
                guard !inFlight.isEmpty else { break }
                switch current.next(timeout: limits.secondsPerFile) {
                case .answer(let head, let text, let letterJSON):
                    let index = inFlight.removeFirst()
                    finish(index, received(head: head, text: text, letterJSON: letterJSON, reading: readsLetters)
                        ?? failed(index, .crashed, detail: "worker answer unreadable"))
                case .timedOut:
                    let index = failing(current)
                    current.stop()
                    worker = nil
                    finish(index, failed(index, .timedOut))
                case .died:
                    let index = failing(current)
                    current.stop()
                    worker = nil
                    finish(index, failed(index, .crashed))
                }
            }
            worker?.stop()
        }
        return queue.results.map { $0! }
    }

    /// Extracts files in the workers: hash and text of each, in the order given.
    public func extract(_ paths: [String]) -> [(sha256: String, extracted: ExtractedText)] {
        process(paths).map { ($0.sha256, $0.extracted) }
    }

    /// A worker's answer as a result; `nil` when a letter was asked for and none came that decodes.
    private func received(head: WorkerAnswerHead, text: Data, letterJSON: Data?, reading: Bool) -> ProcessedFile? {
        guard reading else { return ProcessedFile(sha256: head.sha256, textJSON: text, letter: nil, letterJSON: nil) }
        guard let letterJSON, let letter = try? Letter(jsonBytes: letterJSON) else { return nil }
        return ProcessedFile(sha256: head.sha256, textJSON: text, letter: letter, letterJSON: letterJSON)
    }
}

/// Workers started ahead of a batch, under a lock.
final class WorkerStash: @unchecked Sendable {
    private let lock = NSLock()
    private var workers: [WorkerProcess] = []

    func put(_ worker: WorkerProcess) {
        lock.withLock { workers.append(worker) }
    }

    func take() -> WorkerProcess? {
        lock.withLock { workers.popLast() }
    }

    /// The waiting workers' process ids (tests kill them to stand for a worker that died waiting).
    var processIdentifiers: [Int32] {
        lock.withLock { workers.map(\.processIdentifier) }
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

    /// Indexes not yet handed out.
    var remaining: Int {
        lock.lock()
        defer { lock.unlock() }
        return count - next
    }

    func put(_ result: Result, at index: Int) {
        lock.lock()
        results[index] = result
        lock.unlock()
    }
}
