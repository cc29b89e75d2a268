/// Finds configured phrases in tokenised text.
///
/// A phrase is a sequence of words: `društv*` matches any word that starts with "društv"
/// (diacritics and case folded), `KS` (all capitals) matches only "KS" written so, and
/// `tematsk* pot*` matches two words in a row. Longest match wins; matches do not overlap.
public struct PhraseMatcher<Value: Sendable>: Sendable {
    struct Element: Sendable {
        let folded: String
        let prefix: Bool
        let exactCase: String?

        func matches(_ token: Token) -> Bool {
            if let exactCase { return token.text == exactCase }
            return prefix ? token.folded.hasPrefix(folded) : token.folded == folded
        }
    }

    struct Entry: Sendable {
        let elements: [Element]
        let value: Value
        let pattern: String
    }

    public struct Match: Sendable {
        /// Index of the first token.
        public let start: Int
        public let length: Int
        public let value: Value
        public let pattern: String
        public var end: Int { start + length }
    }

    private var index: [String: [Entry]] = [:]

    public init(_ phrases: [(pattern: String, value: Value)]) {
        for phrase in phrases {
            let elements = Self.compile(phrase.pattern)
            guard let first = elements.first else { continue }
            let key = String(first.folded.prefix(2))
            index[key, default: []].append(Entry(elements: elements, value: phrase.value, pattern: phrase.pattern))
        }
        for key in index.keys { index[key]!.sort { $0.elements.count > $1.elements.count } }
    }

    static func compile(_ pattern: String) -> [Element] {
        let characters = Array(pattern)
        return Tokenizer.tokens(pattern).map { token in
            let after = token.offset + token.text.count
            let prefix = after < characters.count && characters[after] == "*"
            let isAcronym = token.text.count <= 4 && token.text.count >= 2 && token.isAllCaps
            return Element(folded: token.folded, prefix: prefix, exactCase: isAcronym ? token.text : nil)
        }
    }

    /// All non-overlapping matches, left to right, longest first at each position.
    public func matches(in tokens: [Token]) -> [Match] {
        var result: [Match] = []
        var position = 0
        while position < tokens.count {
            if let match = longest(at: position, in: tokens) {
                result.append(match)
                position += match.length
            } else {
                position += 1
            }
        }
        return result
    }

    /// Whether any phrase occurs.
    public func contains(in tokens: [Token]) -> Bool {
        for position in tokens.indices where longest(at: position, in: tokens) != nil { return true }
        return false
    }

    private func longest(at position: Int, in tokens: [Token]) -> Match? {
        let folded = tokens[position].folded
        var best: Match?
        let short = String(folded.prefix(1)), long = String(folded.prefix(2))
        for key in short == long ? [long] : [short, long] {
            guard let entries = index[key] else { continue }
            for entry in entries where entry.elements.count <= tokens.count - position {
                if let best, best.length >= entry.elements.count { continue }
                var ok = true
                for (offset, element) in entry.elements.enumerated() where !element.matches(tokens[position + offset]) {
                    ok = false
                    break
                }
                if ok { best = Match(start: position, length: entry.elements.count, value: entry.value, pattern: entry.pattern) }
            }
        }
        return best
    }
}
