import ArgumentParser
import NominationsRun

/// Hidden: the extraction worker the run starts (reads requests on stdin, answers on stdout).
struct WorkerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "worker", shouldDisplay: false)

    @Option(name: .customLong("memory-mib")) var memoryMiB = 1024
    @Option(name: .customLong("ocr-seconds")) var ocrSecondsPerPage = ExtractionOptions.defaultOCRSecondsPerPage
    @Option(name: .customLong("progress")) var progressPath: String?

    func run() throws {
        WorkerLoop.run(memoryMiB: memoryMiB, ocrSecondsPerPage: ocrSecondsPerPage, progressPath: progressPath)
    }
}
