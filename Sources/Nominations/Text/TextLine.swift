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

    /// No words and nothing else but spaces.
    public var isBlank: Bool { tokens.isEmpty && text.unicodeScalars.allSatisfy { $0 == "\t" || $0.properties.generalCategory == .spaceSeparator } }
}

extension TextLine {
    /// Splits page texts into cleaned lines.
    public static func lines(pages: [String]) -> [TextLine] {
        var result: [TextLine] = []
        for (page, text) in pages.enumerated() {
            let raws: [String] = UTF8Scan.withBytes(text) { bytes in
                var raws: [String] = []
                var start = 0
                for index in 0...bytes.count where index == bytes.count || bytes[index] == 10 || bytes[index] == 13 || bytes[index] == 12 {
                    raws.append(clean(bytes, start..<index))
                    start = index + 1
                }
                return raws
            }
            for raw in raws { result.append(TextLine(index: result.count, text: raw, page: page)) }
        }
        return result
    }

    /// The line with runs of spaces collapsed (two or more kept as two) and its ends trimmed; in
    /// precomposed form ("č", not "c" + caron) where a combining mark is present.
    static func clean(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(range.count)
        var spaces = 0
        var hasMarks = false
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            if byte == 32 || byte == 9 || (byte == 0xC2 && index + 1 < range.upperBound && bytes[index + 1] == 0xA0) {
                spaces += byte == 9 ? 2 : 1
                index += byte == 0xC2 ? 2 : 1
                continue
            }
            if spaces > 0 && !out.isEmpty {
                out.append(32)
                if spaces >= 2 { out.append(32) }
            }
            spaces = 0
            // U+0300…U+036F, the combining diacritical marks.
            if byte == 0xCC || (byte == 0xCD && index + 1 < range.upperBound && bytes[index + 1] <= 0xAF) { hasMarks = true }
            out.append(byte)
            index += 1
        }
        let text = String(decoding: out, as: UTF8.self)
        return hasMarks ? text.precomposedStringWithCanonicalMapping : text
    }
}

import Foundation
