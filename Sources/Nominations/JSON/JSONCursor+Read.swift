/// Reading values of an expected shape straight from the bytes. Each `read…` method reads one whole
/// value (and the space before it). The lenient ones (`…IfAny`) read a value of any other type
/// too and give `nil` for it, as `JSONValue`'s accessors do.
extension JSONCursor {
    /// An object: `member` is called with each key and must read exactly one value (`skipValue()`
    /// for a key it does not know). A key given twice is read twice.
    public mutating func readObject(_ member: (inout JSONCursor, String) throws -> Void) throws {
        try enter(UInt8(ascii: "{"))
        try eachMember(member)
        depth -= 1
    }

    /// An array: `element` is called for each element and must read exactly one value.
    public mutating func readArray(_ element: (inout JSONCursor) throws -> Void) throws {
        try enter(UInt8(ascii: "["))
        try eachElement(element)
        depth -= 1
    }

    /// An array of values of one kind.
    public mutating func readArray<Element>(of element: (inout JSONCursor) throws -> Element) throws -> [Element] {
        var elements: [Element] = []
        try readArray { cursor in elements.append(try element(&cursor)) }
        return elements
    }

    public mutating func readString() throws -> String {
        guard try peek() == UInt8(ascii: "\"") else { throw JSONError("expected a string at byte \(position)") }
        return try string()
    }

    public mutating func readNumber() throws -> Double {
        guard Self.startsNumber(try peek()) else { throw JSONError("expected a number at byte \(position)") }
        return try number()
    }

    public mutating func readBool() throws -> Bool {
        guard let value = try readBoolIfAny() else { throw JSONError("expected true or false at byte \(position)") }
        return value
    }

    /// `true` (and the null read) when the value is null.
    public mutating func readNull() throws -> Bool {
        guard try peek() == UInt8(ascii: "n") else { return false }
        try literal("null")
        return true
    }

    /// A string; any other value is read and gives `nil`.
    public mutating func readStringIfAny() throws -> String? {
        if try peek() == UInt8(ascii: "\"") { return try string() }
        try skipValue()
        return nil
    }

    /// A boolean; any other value is read and gives `nil`.
    public mutating func readBoolIfAny() throws -> Bool? {
        switch try peek() {
        case UInt8(ascii: "t"): try literal("true"); return true
        case UInt8(ascii: "f"): try literal("false"); return false
        default: try skipValue(); return nil
        }
    }

    /// A whole number below 10^15; any other value is read and gives `nil` (as `JSONValue.int`).
    public mutating func readIntIfAny() throws -> Int? {
        guard let number = try readNumberIfAny() else { return nil }
        return JSONValue.number(number).int
    }

    /// A number; any other value is read and gives `nil`.
    public mutating func readNumberIfAny() throws -> Double? {
        if Self.startsNumber(try peek()) { return try number() }
        try skipValue()
        return nil
    }

    /// An array of strings; an array with anything else in it, or any other value, is read and gives `nil`.
    public mutating func readStringsIfAny() throws -> [String]? {
        guard try peek() == UInt8(ascii: "[") else { try skipValue(); return nil }
        var strings: [String] = []
        var onlyStrings = true
        try readArray { cursor in
            if let string = try cursor.readStringIfAny() { strings.append(string) } else { onlyStrings = false }
        }
        return onlyStrings ? strings : nil
    }

    /// An enum's raw value: `nil` for null; an error (naming `key`) for anything else it is not.
    public mutating func readEnum<Value: RawRepresentable>(_ type: Value.Type, key: String) throws -> Value? where Value.RawValue == String {
        if try readNull() { return nil }
        guard let raw = try readStringIfAny(), let value = Value(rawValue: raw) else { throw JSONError.missing(key) }
        return value
    }

    /// Reads a value of any kind and drops it.
    public mutating func skipValue() throws {
        _ = try value(depth: depth)
    }

    /// Whether a value starting with this byte is read as a number (as `value(depth:)` reads one:
    /// also "+1" and ".5", which Double's parser takes).
    static func startsNumber(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: ".")
    }

    /// The first byte of the next value (after space), not read.
    mutating func peek() throws -> UInt8 {
        skipSpace()
        guard position < bytes.count else { throw JSONError("unexpected end") }
        return bytes[position]
    }

    /// Checks the opening bracket (not read) and counts one level deeper.
    private mutating func enter(_ opening: UInt8) throws {
        guard try peek() == opening else { throw JSONError("expected \"\(Character(Unicode.Scalar(opening)))\" at byte \(position)") }
        guard depth + 1 < JSONReader.maximumDepth else { throw JSONError("nested too deeply") }
        depth += 1
    }
}

/// A value read straight from JSON bytes with a `JSONCursor` (no `JSONValue` tree between).
public protocol JSONStreamDecodable {
    init(from cursor: inout JSONCursor) throws
}

extension JSONStreamDecodable {
    /// Reads a whole JSON text; anything after the value is an error.
    public init<Bytes: Collection>(jsonBytes: Bytes) throws where Bytes.Element == UInt8 {
        if let value = try jsonBytes.withContiguousStorageIfAvailable(Self.read) { self = value; return }
        self = try Array(jsonBytes).withUnsafeBufferPointer(Self.read)
    }

    private static func read(_ buffer: UnsafeBufferPointer<UInt8>) throws -> Self {
        var cursor = JSONCursor(bytes: buffer)
        let value = try Self(from: &cursor)
        cursor.skipSpace()
        guard cursor.position == buffer.count else { throw JSONError("text after the value at byte \(cursor.position)") }
        return value
    }
}
