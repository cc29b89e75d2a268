/// One line of a letter, cleaned for reading: layout spaces collapsed, tokens ready.
public struct TextLine: Sendable, Equatable {
    public let index: Int
    /// The line as written, trimmed, with runs of spaces kept as a double space
    /// (a sign of a layout column).
    public let text: String
    public let folded: String
    public let tokens: [Token]
    /// 0-based page the line is on.
    public let page: Int

    public init(index: Int, text: String, page: Int) {
        self.index = index
        self.text = text
        self.folded = Folding.fold(text)
        self.tokens = Tokenizer.tokens(text)
        self.page = page
    }

    public var isBlank: Bool { tokens.isEmpty && text.trimmingCharacters(in: .whitespaces).isEmpty }
}

extension TextLine {
    /// Splits page texts into cleaned lines.
    public static func lines(pages: [String]) -> [TextLine] {
        var result: [TextLine] = []
        for (page, text) in pages.enumerated() {
            for raw in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\u{0C}" }) {
                // Precomposed form ("č" not "c" + caron) only where a combining mark is present.
                let hasMarks = raw.unicodeScalars.contains { $0.value >= 0x300 && $0.value <= 0x36F }
                let cleaned = clean(hasMarks ? String(raw).precomposedStringWithCanonicalMapping : String(raw))
                result.append(TextLine(index: result.count, text: cleaned, page: page))
            }
        }
        return result
    }

    static func clean(_ raw: String) -> String {
        var out = ""
        var spaces = 0
        for character in raw {
            if character == " " || character == "\t" || character == "\u{00A0}" {
                spaces += character == "\t" ? 2 : 1
                continue
            }
            if spaces > 0 && !out.isEmpty { out += spaces >= 2 ? "  " : " " }
            spaces = 0
            out.append(character)
        }
        return out
    }
}

import Foundation
