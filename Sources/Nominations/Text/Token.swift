/// A word or number in a line of text, with its folded form for matching.
public struct Token: Sendable, Equatable {
    /// As written.
    public let text: String
    /// Lower-cased, diacritics removed.
    public let folded: String
    /// Offset of the token in the line's characters.
    public let offset: Int
    public let isNumber: Bool
    /// The first character after the token that is not a space ("." ":" ","), if any on the line.
    public var punctuationAfter: Character?
    /// Whether a column gap (two or more spaces) or the line end follows the token.
    public var gapAfter: Bool = false

    public var isCapitalized: Bool { text.first.map { $0.isUppercase } ?? false }
    public var isAllCaps: Bool { text.count > 1 && text.allSatisfy { !$0.isLetter || $0.isUppercase } && text.contains { $0.isLetter } }
}

/// Splits text into tokens: runs of letters, or runs of digits.
/// Works on Unicode scalars (lines are in precomposed form), so offsets are scalar offsets.
public enum Tokenizer {
    public static func tokens(_ line: String) -> [Token] {
        var result: [Token] = []
        let scalars = Array(line.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let kind = kindOf(scalars[index])
            guard kind != 0 else { index += 1; continue }
            let start = index
            while index < scalars.count, kindOf(scalars[index]) == kind { index += 1 }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[start..<index])
            let text = String(view)
            var token = Token(text: text, folded: Folding.fold(text), offset: start, isNumber: kind == 2, punctuationAfter: nil)
            var position = index
            var spaces = 0
            while position < scalars.count, scalars[position] == " " { position += 1; spaces += 1 }
            token.gapAfter = spaces >= 2 || position >= scalars.count
            if position < scalars.count, kindOf(scalars[position]) == 0, scalars[position] != " " {
                token.punctuationAfter = Character(scalars[position])
            }
            result.append(token)
        }
        return result
    }

    /// 1 for letters (and combining marks), 2 for ASCII digits, 0 otherwise.
    @inline(__always) static func kindOf(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 128 {
            if (value >= 65 && value <= 90) || (value >= 97 && value <= 122) { return 1 }
            if value >= 48 && value <= 57 { return 2 }
            return 0
        }
        return scalar.properties.isAlphabetic || scalar.properties.generalCategory == .nonspacingMark ? 1 : 0
    }
}
