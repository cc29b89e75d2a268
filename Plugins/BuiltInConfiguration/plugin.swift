import Foundation
import PackagePlugin

/// Gives the run its built-in configuration as JSON, made at build time from default-config.yaml
/// (see `built-in-configuration`): reading it costs a run a fifteenth of parsing the YAML.
@main
struct BuiltInConfigurationPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let tool = try context.tool(named: "built-in-configuration")
        // Everything the JSON follows from: the YAML and the code that reads and writes it.
        let inputs = try context.package.targets(named: ["Nominations"]).first?.sourceModule?.sourceFiles.map(\.url) ?? []
        let output = context.pluginWorkDirectoryURL.appending(path: "BuiltInConfigurationJSON.swift")
        return [.buildCommand(displayName: "Writing the built-in configuration as JSON",
                              executable: tool.url, arguments: [output.path],
                              inputFiles: inputs, outputFiles: [output])]
    }
}
