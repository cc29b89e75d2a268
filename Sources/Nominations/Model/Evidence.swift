/// Where a reading came from: which field, by which rule, on which line, the words it rests on,
/// and how sure the reader is (0…1). Weak evidence sends a letter to review with its best guess.
public struct Evidence: Equatable, Sendable, Codable {
    /// What was read: "name", "cluster", "consent".
    public var field: String
    /// How: "data_row", "table_row", "list", "nomination_verb", "self_nomination", "first_person",
    /// "named", "inferred_from_place", "stated", "table", "form", "own_letter".
    public var rule: String
    /// The line of the letter (0-based) it was read on, when one.
    public var line: Int?
    /// The words it rests on.
    public var quote: String
    public var confidence: Double

    public init(field: String, rule: String, line: Int?, quote: String, confidence: Double) {
        self.field = field
        self.rule = rule
        self.line = line
        self.quote = quote
        self.confidence = confidence
    }

    /// Below this, a reading is a guess: the letter goes to review.
    public static let weak = 0.6
}

extension Evidence: JSONWritable, JSONStreamDecodable {
    public func write(to writer: inout JSONWriter) {
        writer.object { w in
            w.key("field"); w.string(field)
            w.key("rule"); w.string(rule)
            if let line { w.key("line"); w.int(line) }
            w.key("quote"); w.string(quote)
            w.key("confidence"); w.double(confidence)
        }
    }

    public init(from cursor: inout JSONCursor) throws {
        var field: String?, rule: String?, line: Int?, quote: String?, confidence: Double?
        try cursor.readObject { cursor, key in
            switch key {
            case "field": field = try cursor.readStringIfAny()
            case "rule": rule = try cursor.readStringIfAny()
            case "line": line = try cursor.readIntIfAny()
            case "quote": quote = try cursor.readStringIfAny()
            case "confidence": confidence = try cursor.readNumberIfAny()
            default: try cursor.skipValue()
            }
        }
        guard let confidence else { throw JSONError.missing("confidence") }
        guard let field else { throw JSONError.missing("field") }
        guard let rule else { throw JSONError.missing("rule") }
        guard let quote else { throw JSONError.missing("quote") }
        self.init(field: field, rule: rule, line: line, quote: quote, confidence: confidence)
    }
}
