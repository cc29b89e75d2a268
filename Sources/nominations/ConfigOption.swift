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
            return try BuiltInConfiguration.loadOrParse(notice: StandardError.notice)
        } catch let error as ConfigurationError {
            // A one-line reason for staff and the cron log; the run could not be done.
            StandardError.notice("napaka v nastavitvah: \(error.description)")
            throw ExitCode(2)
        }
    }
}
