/// A value written with `JSONWriter`, in the same JSON as its `Codable` form (same keys, `nil`
/// left out), so either side can read what the other wrote.
public protocol JSONWritable {
    func write(to writer: inout JSONWriter)
}

extension JSONWritable {
    public var jsonBytes: [UInt8] {
        var writer = JSONWriter()
        write(to: &writer)
        return writer.bytes
    }
}

/// A value written with `JSONWriter` and read from a `JSONValue` (see `JSONStreamDecodable` for
/// reading straight from bytes).
public protocol JSONConvertible: JSONWritable {
    init(json: JSONValue) throws
}

extension JSONConvertible {
    public init<Bytes: Collection>(jsonBytes: Bytes) throws where Bytes.Element == UInt8 {
        try self.init(json: JSONReader.parse(jsonBytes))
    }
}

extension JSONValue {
    /// A required member.
    func member(_ key: String) throws -> JSONValue {
        guard let value = self[key], value != .null else { throw JSONError.missing(key) }
        return value
    }

    func requiredString(_ key: String) throws -> String {
        guard let value = self[key]?.string else { throw JSONError.missing(key) }
        return value
    }

    /// A member holding an enum's raw value; `nil` when absent, an error when unknown.
    func optionalEnum<Value: RawRepresentable>(_ key: String, as type: Value.Type) throws -> Value? where Value.RawValue == String {
        guard let member = self[key], member != .null else { return nil }
        guard let raw = member.string, let value = Value(rawValue: raw) else { throw JSONError.missing(key) }
        return value
    }

    func requiredEnum<Value: RawRepresentable>(_ key: String, as type: Value.Type) throws -> Value where Value.RawValue == String {
        guard let value = try optionalEnum(key, as: type) else { throw JSONError.missing(key) }
        return value
    }
}
