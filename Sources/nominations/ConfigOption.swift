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
            // The JSON made from the YAML at build time; the YAML itself should that ever fail to read.
            do {
                return try BuiltInConfiguration.load()
            } catch {
                FileHandle.standardError.write(Data("nominations: vgrajenih nastavitev v zapisu JSON ni mogoče prebrati (\(error)); berem YAML\n".utf8))
                return try ConfigurationLoader.defaults()
            }
        } catch let error as ConfigurationError {
            // A one-line reason for staff and the cron log; the run could not be done.
            FileHandle.standardError.write(Data("nominations: napaka v nastavitvah: \(error.description)\n".utf8))
            throw ExitCode(2)
        }
    }
}
