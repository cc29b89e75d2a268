import ArgumentParser
import NominationsRun

/// Hidden: the extraction worker the run starts (reads requests on stdin, answers on stdout).
struct WorkerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "worker", shouldDisplay: false)

    @Option(name: .customLong("memory-mib")) var memoryMiB = 1024

    func run() throws {
        WorkerLoop.run(memoryMiB: memoryMiB)
    }

    /// The memory limit from arguments that are exactly `worker --memory-mib N` (as the run starts
    /// a worker); `nil` for anything else, which the argument parser then reads.
    static func memoryMiB(quickArguments arguments: [String]) -> Int? {
        guard arguments.count == 4, arguments[1] == "worker", arguments[2] == "--memory-mib",
              let value = Int(arguments[3]), value > 0 else { return nil }
        return value
    }
}
