import ArgumentParser
import Foundation
import Nominations
import NominationsRun

/// The `--config` option shared by the subcommands.
struct ConfigOption: ParsableArguments {
    @Option(name: .long, help: "Configuration file (YAML); the built-in defaults when omitted.")
    var config: String?

    func load() throws -> Configuration {
        do {
            if let config { return try ConfigurationLoader.load(path: config) }
            return try BuiltInConfiguration.loadOrParse(notice: ConfigOption.notice)
        } catch let error as ConfigurationError {
            // A one-line reason for staff and the cron log; the run could not be done.
            FileHandle.standardError.write(Data("nominations: napaka v nastavitvah: \(error.description)\n".utf8))
            throw ExitCode(2)
        }
    }

    /// A line on standard error, as every run message there begins.
    static func notice(_ text: String) {
        FileHandle.standardError.write(Data("nominations: \(text)\n".utf8))
    }
}
