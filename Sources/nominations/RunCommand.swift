import ArgumentParser
import Foundation
import Nominations
import NominationsRun

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "The nightly batch: read the letters in the inbox and write the committee's workbook to the outbox."
    )

    @OptionGroup var options: ConfigOption

    @Option(help: "Folder with the letters.") var inbox = "Inbox"
    @Option(help: "Folder for the workbook.") var outbox = "Outbox"
    @Option(help: "Folder for what the run keeps between nights (default: a hidden folder in the outbox).") var state: String?
    @Option(help: "Read a file only once its size and time have not changed for this many seconds.") var settle: Double = 60
    @Option(help: "Seconds of processor time one file may take before its reading is stopped.") var timeout: Double = 30
    @Option(name: .customLong("memory-mib"), help: "Memory limit of a reading process, in MiB.") var memoryMiB = 1024
    @Option(name: .customLong("ocr-seconds"), help: "Seconds of processor time OCR may spend on one scanned page before it is given up.")
    var ocrSeconds = ExtractionOptions.defaultOCRSecondsPerPage
    @Option(help: "Seconds to wait for another run to finish before giving up.") var wait: Double = 60
    @Flag(name: .customLong("retry-failed"), help: "Read again now the files given up after time-outs or crashes on earlier nights.")
    var retryFailed = false

    /// The smallest memory limit a reading process can work in (poppler, the reader, Tesseract's models).
    static let minimumMemoryMiB = 256

    /// Limits checked before anything is read, with a reason in plain words (exit status 64).
    func checkLimits() throws {
        var problems: [String] = []
        if !(timeout > 0) || !timeout.isFinite { problems.append("--timeout mora biti več kot 0 sekund (podano: \(timeout))") }
        if memoryMiB < Self.minimumMemoryMiB { problems.append("--memory-mib mora biti vsaj \(Self.minimumMemoryMiB) MiB (podano: \(memoryMiB))") }
        if !(ocrSeconds > 0) || !ocrSeconds.isFinite { problems.append("--ocr-seconds mora biti več kot 0 sekund (podano: \(ocrSeconds))") }
        if !(settle >= 0) || !settle.isFinite { problems.append("--settle ne sme biti negativen (podano: \(settle))") }
        if !(wait >= 0) || !wait.isFinite { problems.append("--wait ne sme biti negativen (podano: \(wait))") }
        guard problems.isEmpty else { throw RunError(description: problems.joined(separator: "; "), exitCode: 64) }
    }

    func run() throws {
        do { try checkLimits() } catch let error as RunError {
            StandardError.notice(error.description)
            throw ExitCode(error.exitCode)
        }
        let pool = ExtractionPool(executable: SelfExecutable.path, limits: WorkerLimits(secondsPerFile: timeout, memoryMiB: memoryMiB,
                                                                                          ocrSecondsPerPage: ocrSeconds))
        let configuration = try options.load()
        // The workers are copies of this process; they start while the state and the inbox are looked
        // at (a night with nothing new ends them unused). Each builds its letter reader when the batch
        // sends the configuration: built here, before the copies, it cost every night 24 M
        // instructions (callgrind), most nights for nothing.
        pool.prestart()
        let job = RunJob(configuration: configuration, configurationName: options.config ?? "vgrajene nastavitve",
                         inbox: inbox, outbox: outbox, state: state, settleSeconds: settle,
                         extraction: .workers(pool), lockWaitSeconds: wait, retryFailed: retryFailed,
                         notice: StandardError.notice)
        do {
            let summary = try job.run()
            FileHandle.standardError.write(Data((summary + "\n").utf8))
        } catch let error as RunError {
            StandardError.notice(error.description)
            throw ExitCode(error.exitCode)
        }
    }
}
