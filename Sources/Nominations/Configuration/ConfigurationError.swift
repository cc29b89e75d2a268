/// A mistake in a configuration file, located for the person who edits it.
public struct ConfigurationError: Error, CustomStringConvertible, Sendable {
    public let file: String
    /// 1-based line, when known.
    public let line: Int?
    /// What is wrong, in Slovenian.
    public let reason: String

    public var description: String {
        if let line { return "\(file), vrstica \(line): \(reason)" }
        return "\(file): \(reason)"
    }
}
