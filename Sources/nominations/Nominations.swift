import ArgumentParser
import NominationsRun

@main
struct NominationsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nominations",
        abstract: "Reads nomination letters (PDF) for the Koper 2030 action groups and writes the committee's workbook.",
        subcommands: [RunCommand.self, InspectCommand.self, WorkerCommand.self, BaselineCommand.self, DebugLinesCommand.self]
    )

    static func main() {
        // A worker, started by the run once per core with exactly these arguments, skips the
        // argument parser: its reflection cost every worker's start-up about 4 ms.
        if let worker = WorkerLoop.arguments(CommandLine.arguments) {
            WorkerLoop.run(memoryMiB: worker.memoryMiB, progressPath: worker.progressPath)
            return
        }
        main(nil)
    }
}
