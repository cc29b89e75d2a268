import Nominations

/// The built-in configuration, read from the JSON made at build time (`built-in-configuration`)
/// rather than from its YAML: the same configuration, checked when the program was built.
public enum BuiltInConfiguration {
    public static func load() throws -> Configuration {
        let text = BuiltInConfigurationJSON.text
        return try Configuration(json: JSONReader.parse(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount)))
    }
}
