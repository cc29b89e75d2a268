import ArgumentParser
import Foundation
import NominationsRun

@main
struct NominationsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nominations",
        abstract: "Reads nomination letters (PDF) for the Koper 2030 action groups and writes the committee's workbook.",
        subcommands: [RunCommand.self, InspectCommand.self, WorkerCommand.self, BaselineCommand.self, DebugLinesCommand.self, DebugReadCommand.self, OCRBenchCommand.self]
    )

    static func main() {
        // Before anything else: libgomp, loaded with Tesseract at the first scanned page (in this
        // process or a worker forked from it), reads the limit once. Without it at 1, OCR runs
        // several times slower.
        setenv("OMP_THREAD_LIMIT", "1", 0)
        // A worker, started by the run once per core with exactly these arguments, skips the
        // argument parser: its reflection cost every worker's start-up about 4 ms.
        if let worker = WorkerLoop.arguments(CommandLine.arguments) {
            WorkerLoop.run(memoryMiB: worker.memoryMiB, ocrSecondsPerPage: worker.ocrSecondsPerPage, progressPath: worker.progressPath)
            return
        }
        main(nil)
    }
}
