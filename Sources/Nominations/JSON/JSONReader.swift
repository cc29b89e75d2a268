/// Parses JSON text (RFC 8259) into a `JSONValue`, straight from bytes.
public struct JSONReader {
    /// Deeper nesting than this is refused rather than followed (nothing the run writes comes close).
    static let maximumDepth = 64

    public static func parse<Bytes: Collection>(_ bytes: Bytes) throws -> JSONValue where Bytes.Element == UInt8 {
        if let value = try bytes.withContiguousStorageIfAvailable({ try parse(buffer: $0) }) { return value }
        return try Array(bytes).withUnsafeBufferPointer { try parse(buffer: $0) }
    }

    static func parse(buffer: UnsafeBufferPointer<UInt8>) throws -> JSONValue {
        var reader = JSONCursor(bytes: buffer)
        let value = try reader.value(depth: 0)
        reader.skipSpace()
        guard reader.position == buffer.count else { throw JSONError("text after the value at byte \(reader.position)") }
        return value
    }
}

/// A position in JSON bytes. `JSONReader` reads whole values from it; the `read…` methods read a
/// value of an expected shape straight into the caller's own types (`JSONStreamDecodable`), with
/// no `JSONValue` tree between: for a letter's reading, the tree and the copy out of it were two
/// thirds of the decoding (callgrind, 1,000 readings).
public struct JSONCursor {
    let bytes: UnsafeBufferPointer<UInt8>
    var position = 0
    /// How deep the `read…` methods are (objects and arrays entered and not yet left).
    var depth = 0

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    mutating func skipSpace() {
        while position < bytes.count, bytes[position] == 0x20 || bytes[position] == 0x0A || bytes[position] == 0x0D || bytes[position] == 0x09 {
            position += 1
        }
    }

    mutating func value(depth: Int) throws -> JSONValue {
        guard depth < JSONReader.maximumDepth else { throw JSONError("nested too deeply") }
        skipSpace()
        guard position < bytes.count else { throw JSONError("unexpected end") }
        switch bytes[position] {
        case UInt8(ascii: "{"): return try object(depth: depth)
        case UInt8(ascii: "["): return try array(depth: depth)
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        default: return .number(try number())
        }
    }

    mutating func object(depth: Int) throws -> JSONValue {
        var members: [(key: String, value: JSONValue)] = []
        // (Room for a letter's objects from the start: growing 0, 1, 2, 4, 8, 16 was 10 % of
        // decoding a reading, callgrind.)
        members.reserveCapacity(8)
        try eachMember { cursor, key in members.append((key, try cursor.value(depth: depth + 1))) }
        return .object(members)
    }

    mutating func array(depth: Int) throws -> JSONValue {
        var values: [JSONValue] = []
        try eachElement { cursor in values.append(try cursor.value(depth: depth + 1)) }
        return .array(values)
    }

    /// The members of the object at the cursor (on its "{"): `member` reads each one's value.
    mutating func eachMember(_ member: (inout JSONCursor, String) throws -> Void) throws {
        position += 1
        skipSpace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "}") { position += 1; return }
        while true {
            skipSpace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else { throw JSONError("expected a key at byte \(position)") }
            let key = try string()
            skipSpace()
            try expect(UInt8(ascii: ":"))
            try member(&self, key)
            skipSpace()
            guard position < bytes.count else { throw JSONError("unexpected end in an object") }
            if bytes[position] == UInt8(ascii: ",") { position += 1; continue }
            try expect(UInt8(ascii: "}"))
            return
        }
    }

    /// The elements of the array at the cursor (on its "["): `element` reads each one.
    mutating func eachElement(_ element: (inout JSONCursor) throws -> Void) throws {
        position += 1
        skipSpace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "]") { position += 1; return }
        while true {
            try element(&self)
            skipSpace()
            guard position < bytes.count else { throw JSONError("unexpected end in an array") }
            if bytes[position] == UInt8(ascii: ",") { position += 1; continue }
            try expect(UInt8(ascii: "]"))
            return
        }
    }

    mutating func string() throws -> String {
        position += 1
        let start = position
        while position < bytes.count, bytes[position] != UInt8(ascii: "\""), bytes[position] != UInt8(ascii: "\\") {
            guard bytes[position] >= 0x20 else { throw JSONError("control character in a string at byte \(position)") }
            position += 1
        }
        guard position < bytes.count else { throw JSONError("unterminated string") }
        if bytes[position] == UInt8(ascii: "\"") {
            position += 1
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<(position - 1)]), as: UTF8.self)
        }
        // Escapes: build the string byte by byte from here.
        var result = Array(UnsafeBufferPointer(rebasing: bytes[start..<position]))
        while true {
            guard position < bytes.count else { throw JSONError("unterminated string") }
            let byte = bytes[position]
            position += 1
            if byte == UInt8(ascii: "\"") { return String(decoding: result, as: UTF8.self) }
            guard byte == UInt8(ascii: "\\") else {
                guard byte >= 0x20 else { throw JSONError("control character in a string at byte \(position - 1)") }
                result.append(byte)
                continue
            }
            guard position < bytes.count else { throw JSONError("unterminated string") }
            let escaped = bytes[position]
            position += 1
            switch escaped {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): result.append(escaped)
            case UInt8(ascii: "n"): result.append(0x0A)
            case UInt8(ascii: "r"): result.append(0x0D)
            case UInt8(ascii: "t"): result.append(0x09)
            case UInt8(ascii: "b"): result.append(0x08)
            case UInt8(ascii: "f"): result.append(0x0C)
            case UInt8(ascii: "u"):
                var scalar = try hex4()
                if (0xD800..<0xDC00).contains(scalar), position + 1 < bytes.count,
                   bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u") {
                    position += 2
                    let low = try hex4()
                    scalar = (0xDC00..<0xE000).contains(low) ? 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00) : 0xFFFD
                }
                result.append(contentsOf: String(Character(Unicode.Scalar(scalar) ?? "\u{FFFD}")).utf8)
            default: throw JSONError("unknown escape at byte \(position - 1)")
            }
        }
    }

    mutating func hex4() throws -> UInt32 {
        guard position + 4 <= bytes.count else { throw JSONError("short \\u escape") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[position]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw JSONError("bad \\u escape at byte \(position)")
            }
            value = value << 4 | UInt32(digit)
            position += 1
        }
        return value
    }

    mutating func number() throws -> Double {
        let start = position
        // Short decimals ("14", "-3", "0.95") are read from the digits: a significand below 2^53
        // divided by a power of ten up to 10^22 is exactly rounded (both are exact doubles, and
        // one division rounds once). Anything else is read by Double's own parser.
        var significand: UInt64 = 0, digits = 0, fractionDigits = 0
        var negative = false, seenPoint = false, simple = true
        if position < bytes.count, bytes[position] == UInt8(ascii: "-") { negative = true; position += 1 }
        while position < bytes.count {
            let byte = bytes[position]
            if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                significand = significand &* 10 &+ UInt64(byte - UInt8(ascii: "0"))
                digits += 1
                if seenPoint { fractionDigits += 1 }
            } else if byte == UInt8(ascii: "."), !seenPoint {
                seenPoint = true
            } else if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E")
                        || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") {
                simple = false
            } else {
                break
            }
            position += 1
        }
        if simple, digits > 0, digits <= 15, fractionDigits < Self.powersOfTen.count,
           !(seenPoint && fractionDigits == 0), bytes[start + (negative ? 1 : 0)] != UInt8(ascii: ".") {
            let value = Double(significand) / Self.powersOfTen[fractionDigits]
            return negative ? -value : value
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
        guard let value = Double(text) else { throw JSONError("not a number at byte \(start)") }
        return value
    }

    static let powersOfTen: [Double] = (0...22).map { exponent in (0..<exponent).reduce(1.0) { value, _ in value * 10 } }

    mutating func literal(_ word: StaticString) throws {
        let length = word.utf8CodeUnitCount
        guard position + length <= bytes.count else { throw JSONError("unexpected end") }
        for offset in 0..<length where bytes[position + offset] != word.utf8Start[offset] {
            throw JSONError("unexpected byte at \(position + offset)")
        }
        position += length
    }

    mutating func expect(_ byte: UInt8) throws {
        guard position < bytes.count, bytes[position] == byte else { throw JSONError("expected \"\(Character(Unicode.Scalar(byte)))\" at byte \(position)") }
        position += 1
    }
}
