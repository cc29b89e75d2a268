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
        let head: UInt64
        let headMask: UInt64
        let count: Int

        init(folded: String, prefix: Bool, exactCase: String?) {
            self.folded = folded
            self.prefix = prefix
            self.exactCase = exactCase
            count = folded.utf8.count
            head = FoldedHead.pack(folded)
            headMask = FoldedHead.mask(count)
        }

        @inline(__always)
        func matches(_ token: Token) -> Bool {
            if let exactCase { return token.text == exactCase }
            // The first eight bytes decide most words without touching the strings.
            guard token.head & headMask == head else { return false }
            if prefix {
                return count <= 8 ? token.folded.utf8.count >= count : token.folded.utf8.starts(with: folded.utf8)
            }
            return count <= 8 ? token.folded.utf8.count == count : token.folded == folded
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

    private var entries: [Entry] = []
    /// For each entry: its first word's packed head and mask (zero for an exact-case word, which
    /// always passes) and its length in words, to pass over most entries without touching them.
    private var quick: [(head: UInt64, mask: UInt64, count: Int)] = []
    /// Entries by the first byte of their first word, for words of one letter (64 buckets)…
    private var short: [[Int32]] = []
    /// …and by its first two bytes (4,096 buckets; a bucket may hold other keys, the match is always checked).
    private var long: [[Int32]] = []

    public init(_ phrases: [(pattern: String, value: Value)]) {
        var byKey: [String: [Entry]] = [:]
        var keys: [String] = []
        for phrase in phrases {
            let elements = Self.compile(phrase.pattern)
            guard let first = elements.first else { continue }
            let key = String(first.folded.prefix(2))
            if byKey[key] == nil { keys.append(key) }
            byKey[key, default: []].append(Entry(elements: elements, value: phrase.value, pattern: phrase.pattern))
        }
        short = Array(repeating: [], count: 64)
        long = Array(repeating: [], count: 4096)
        for key in keys {
            // Longest phrases first within a key.
            let sorted = byKey[key]!.enumerated().sorted {
                $0.element.elements.count != $1.element.elements.count ? $0.element.elements.count > $1.element.elements.count : $0.offset < $1.offset
            }.map(\.element)
            let bytes = Array(key.utf8)
            for entry in sorted {
                let position = Int32(entries.count)
                entries.append(entry)
                let first = entry.elements[0]
                quick.append(first.exactCase == nil ? (first.head, first.headMask, entry.elements.count) : (0, 0, entry.elements.count))
                if bytes.count == 1 { short[Self.bucket(bytes[0])].append(position) } else { long[Self.bucket(bytes[0], bytes[1])].append(position) }
            }
        }
    }

    @inline(__always) static func bucket(_ first: UInt8) -> Int { Int(first & 63) }
    @inline(__always) static func bucket(_ first: UInt8, _ second: UInt8) -> Int { Int(first & 63) << 6 | Int(second & 63) }

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
            if let (entry, length) = longest(at: position, in: tokens) {
                let found = entries[entry]
                result.append(Match(start: position, length: length, value: found.value, pattern: found.pattern))
                position += length
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

    /// The entry of the longest phrase at a position, and its length in tokens.
    private func longest(at position: Int, in tokens: [Token]) -> (entry: Int, length: Int)? {
        let head = tokens[position].head
        let first = UInt8(truncatingIfNeeded: head), second = UInt8(truncatingIfNeeded: head >> 8)
        guard first != 0 else { return nil }
        var best: (entry: Int, length: Int)?
        let available = tokens.count - position
        entries.withUnsafeBufferPointer { entries in
            quick.withUnsafeBufferPointer { quick in
                func scan(_ bucket: UnsafeBufferPointer<Int32>) {
                    for index in bucket {
                        let screen = quick[Int(index)]
                        guard screen.count <= available, head & screen.mask == screen.head else { continue }
                        if let best, best.length >= screen.count { continue }
                        let elements = entries[Int(index)].elements
                        var ok = true
                        for offset in 0..<elements.count where !elements[offset].matches(tokens[position + offset]) {
                            ok = false
                            break
                        }
                        if ok { best = (Int(index), elements.count) }
                    }
                }
                short[Self.bucket(first)].withUnsafeBufferPointer { scan($0) }
                if second != 0 { long[Self.bucket(first, second)].withUnsafeBufferPointer { scan($0) } }
            }
        }
        return best
    }
}
