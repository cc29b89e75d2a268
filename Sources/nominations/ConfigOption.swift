import ArgumentParser
import Nominations

/// The `--config` option shared by the subcommands.
struct ConfigOption: ParsableArguments {
    @Option(name: .long, help: "Configuration file (YAML); the built-in defaults when omitted.")
    var config: String?

    func load() throws -> Configuration {
        do {
            if let config { return try ConfigurationLoader.load(path: config) }
            return try ConfigurationLoader.defaults()
        } catch let error as ConfigurationError {
            throw ValidationError("Napaka v nastavitvah: \(error.description)")
        }
    }
}
