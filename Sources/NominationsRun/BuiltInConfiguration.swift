import Nominations

/// The built-in configuration, read from the JSON made at build time (`built-in-configuration`)
/// rather than from its YAML: the same configuration, checked when the program was built.
public enum BuiltInConfiguration {
    /// The JSON made at build time, read as is.
    public static func load() throws -> Configuration {
        try read(BuiltInConfigurationJSON.text)
    }

    /// The JSON made at build time; the YAML itself, after `notice` has been told why, should the
    /// JSON ever fail to read. The one way every command loads the built-in configuration.
    public static func loadOrParse(notice: (String) -> Void) throws -> Configuration {
        try loadOrParse(BuiltInConfigurationJSON.text, notice: notice)
    }

    static func loadOrParse(_ json: StaticString, notice: (String) -> Void) throws -> Configuration {
        do {
            return try read(json)
        } catch {
            notice("vgrajenih nastavitev v zapisu JSON ni mogoče prebrati (\(error)); berem YAML")
            return try ConfigurationLoader.defaults()
        }
    }

    private static func read(_ json: StaticString) throws -> Configuration {
        try Configuration(json: JSONReader.parse(UnsafeBufferPointer(start: json.utf8Start, count: json.utf8CodeUnitCount)))
    }
}
