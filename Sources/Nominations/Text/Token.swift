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
public enum Tokenizer {
    public static func tokens(_ line: String) -> [Token] {
        var result: [Token] = []
        var current = ""
        var start = 0
        var kind = 0 // 0 none, 1 letters, 2 digits
        var index = 0
        func flush() {
            if !current.isEmpty {
                result.append(Token(text: current, folded: Folding.fold(current), offset: start, isNumber: kind == 2, punctuationAfter: nil))
            }
            current = ""
            kind = 0
        }
        for character in line {
            let newKind = character.isLetter ? 1 : (character.isNumber && character.isASCII ? 2 : 0)
            if newKind == 0 {
                flush()
            } else {
                if newKind != kind { flush(); start = index; kind = newKind }
                current.append(character)
            }
            index += 1
        }
        flush()
        let characters = Array(line)
        for index in result.indices {
            var position = result[index].offset + result[index].text.count
            var spaces = 0
            while position < characters.count, characters[position] == " " { position += 1; spaces += 1 }
            result[index].gapAfter = spaces >= 2 || position >= characters.count
            if position < characters.count, !characters[position].isLetter, !characters[position].isNumber {
                result[index].punctuationAfter = characters[position]
            }
        }
        return result
    }
}
