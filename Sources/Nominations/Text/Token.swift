/// A word or number in a line of text, with its folded form for matching.
public struct Token: Sendable, Equatable {
    /// As written.
    public let text: String
    /// Lower-cased, diacritics removed.
    public let folded: String
    /// Offset of the token in the line's characters.
    public let offset: Int
    public let isNumber: Bool
    /// The first character after the token that is not a space ("." ":" ","), if any on the line
    /// (one scalar: a plain value, copied without reference counting).
    public var punctuationAfter: Unicode.Scalar?
    /// Whether a column gap (two or more spaces) or the line end follows the token.
    public var gapAfter: Bool = false
    /// Whether the first letter is a capital.
    public let isCapitalized: Bool
    /// The first eight bytes of `folded`, packed, for quick comparisons (see `FoldedHead`).
    let head: UInt64

    init(text: String, folded: String, offset: Int, isNumber: Bool, punctuationAfter: Unicode.Scalar?, gapAfter: Bool, isCapitalized: Bool) {
        self.init(text: text, folded: folded, head: FoldedHead.pack(folded), offset: offset, isNumber: isNumber,
                  punctuationAfter: punctuationAfter, gapAfter: gapAfter, isCapitalized: isCapitalized)
    }

    /// - Parameter head: `FoldedHead.pack(folded)`, when the caller has it already.
    init(text: String, folded: String, head: UInt64, offset: Int, isNumber: Bool, punctuationAfter: Unicode.Scalar?, gapAfter: Bool,
         isCapitalized: Bool) {
        self.text = text
        self.folded = folded
        self.offset = offset
        self.isNumber = isNumber
        self.punctuationAfter = punctuationAfter
        self.gapAfter = gapAfter
        self.isCapitalized = isCapitalized
        self.head = head
    }

    public var isAllCaps: Bool {
        var letters = 0
        for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
            if !scalar.properties.isUppercase { return false }
            letters += 1
        }
        return letters > 0 && text.unicodeScalars.count > 1
    }
}

/// Splits text into tokens: runs of letters, or runs of digits.
/// Works on Unicode scalars (lines are in precomposed form), so offsets are scalar offsets.
public enum Tokenizer {
    public static func tokens(_ line: String) -> [Token] {
        UTF8Scan.withBytes(line) { bytes in
            var result: [Token] = []
            result.reserveCapacity(bytes.count / 6 + 1)
            let count = bytes.count
            var index = 0, scalarIndex = 0
            while index < count {
                let (value, length) = UTF8Scan.decode(bytes, at: index)
                let kind = kindOf(value)
                guard kind != 0 else { index += length; scalarIndex += 1; continue }
                let start = index, startScalar = scalarIndex
                let capital = isUppercase(value)
                var ascii = value < 128
                index += length
                scalarIndex += 1
                while index < count {
                    let (next, nextLength) = UTF8Scan.decode(bytes, at: index)
                    guard kindOf(next) == kind else { break }
                    if next >= 128 { ascii = false }
                    index += nextLength
                    scalarIndex += 1
                }
                var position = index, spaces = 0
                while position < count, bytes[position] == 32 { position += 1; spaces += 1 }
                var punctuation: Unicode.Scalar?
                if position < count {
                    let (after, _) = UTF8Scan.decode(bytes, at: position)
                    if kindOf(after) == 0 { punctuation = Unicode.Scalar(after) }
                }
                let text = UTF8Scan.string(bytes, start..<index)
                let folded: String, head: UInt64
                if ascii {
                    // ASCII: folding lower-cases A–Z only; the head is packed from the bytes in hand.
                    var packed: UInt64 = 0, hasCapital = false
                    for position in start..<index {
                        var byte = bytes[position]
                        if byte >= 65 && byte <= 90 { byte += 32; hasCapital = true }
                        if position - start < 8 { packed |= UInt64(byte) << UInt64((position - start) * 8) }
                    }
                    folded = hasCapital ? Folding.fold(bytes, start..<index) : text
                    head = packed
                } else {
                    folded = Folding.fold(bytes, start..<index)
                    head = FoldedHead.pack(folded)
                }
                result.append(Token(text: text, folded: folded, head: head, offset: startScalar, isNumber: kind == 2,
                                    punctuationAfter: punctuation, gapAfter: spaces >= 2 || position >= count, isCapitalized: capital))
            }
            return result
        }
    }

    /// 1 for letters (and combining marks), 2 for ASCII digits, 0 otherwise.
    @inline(__always) static func kindOf(_ value: UInt32) -> Int {
        if value < 128 {
            if (value >= 65 && value <= 90) || (value >= 97 && value <= 122) { return 1 }
            if value >= 48 && value <= 57 { return 2 }
            return 0
        }
        if value < 0x800 { return Int(latinKinds[Int(value)]) }
        return slowKind(value)
    }

    @inline(__always) static func kindOf(_ scalar: Unicode.Scalar) -> Int { kindOf(scalar.value) }

    static func slowKind(_ value: UInt32) -> Int {
        guard let scalar = Unicode.Scalar(value) else { return 0 }
        return scalar.properties.isAlphabetic || scalar.properties.generalCategory == .nonspacingMark ? 1 : 0
    }

    /// Kinds of the scalars below U+0800 (Latin, Greek, Cyrillic, combining marks), worked out once.
    private static let latinKinds: [UInt8] = (0..<0x800).map { UInt8(slowKind(UInt32($0))) }

    @inline(__always) static func isUppercase(_ value: UInt32) -> Bool {
        if value < 128 { return value >= 65 && value <= 90 }
        return Unicode.Scalar(value)?.properties.isUppercase ?? false
    }
}
