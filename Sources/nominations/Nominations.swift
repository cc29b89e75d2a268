import ArgumentParser

@main
struct NominationsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nominations",
        abstract: "Reads nomination letters (PDF) for the Koper 2030 action groups and writes the committee's workbook.",
        subcommands: [RunCommand.self, InspectCommand.self, WorkerCommand.self, BaselineCommand.self, DebugLinesCommand.self]
    )
}
