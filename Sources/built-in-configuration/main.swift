import Foundation
import Nominations

// Writes BuiltInConfigurationJSON.swift: the built-in configuration (default-config.yaml), read and
// checked here at build time, as the JSON that `Configuration(json:)` reads. A run without
// `--config` then reads that JSON (about 2 M instructions) instead of parsing the YAML with Yams
// (33 M of a warm run's 657 M over 1,000 letters, callgrind). A built-in configuration with a
// mistake stops the build with the loader's message. Usage: built-in-configuration OUTPUT
guard CommandLine.arguments.count == 2 else {
    FileHandle.standardError.write(Data("usage: built-in-configuration OUTPUT\n".utf8))
    exit(2)
}
do {
    let json = String(decoding: try ConfigurationLoader.defaults().jsonBytes, as: UTF8.self)
    // A raw string literal whose delimiter the text does not contain: neither after a quote (the
    // literal's end) nor after a backslash (an escape inside a raw string).
    var delimiter = "#"
    while json.contains("\"" + delimiter) || json.contains("\\" + delimiter) { delimiter += "#" }
    let source = """
        // Made at build time by built-in-configuration from default-config.yaml. Do not edit.
        enum BuiltInConfigurationJSON {
            static let text: StaticString = \(delimiter)"\(json)"\(delimiter)
        }

        """
    try source.write(toFile: CommandLine.arguments[1], atomically: true, encoding: .utf8)
} catch {
    FileHandle.standardError.write(Data("built-in-configuration: \(error)\n".utf8))
    exit(1)
}
