/// What a document is about, from the vocabulary: "not a nomination" is a finding of its own (an
/// invoice, an invitation, a newsletter, the call office's acknowledgement), and a document that
/// speaks of the call but names no candidate goes to review instead.
enum DocumentEvidence {
    /// The first line holding a phrase of a list, as the line writes it (for the reason), or nil.
    static func phrase(of matcher: PhraseMatcher<Bool>, in lines: [TextLine]) -> String? {
        lines.first { matcher.contains(in: $0.tokens) }.map(quote)
    }

    /// A short line near the top that is a title of another kind of document ("VABILO", "SPOROČILO ZA JAVNOST").
    static func otherDocumentTitle(in lines: [TextLine]) -> String? {
        for line in lines.prefix(10) where !line.tokens.isEmpty && line.tokens.count <= 6 {
            // (A title's first word is one of the titles' first words: most lines are let go here.)
            guard titleFirstWords.contains(line.tokens[0].folded) else { continue }
            let words = line.tokens.map(\.folded).joined(separator: " ")
            if titles.contains(words) || line.tokens.count <= 4 && Vocabulary.documentTitles.contains(where: { words.hasPrefix($0 + " ") }) { return quote(line) }
        }
        return nil
    }

    private static let titles = Set(Vocabulary.documentTitles)
    private static let titleFirstWords = Set(Vocabulary.documentTitles.compactMap { $0.split(separator: " ").first.map(String.init) })

    /// A word of the call (an action group, a candidacy, a cluster, a nomination), with its line.
    static func callWord(in lines: [TextLine]) -> String? {
        for line in lines {
            if line.tokens.contains(where: { token in single.contains { token.folded.hasPrefix($0) } }) { return quote(line) }
            let folded = " " + line.tokens.map(\.folded).joined(separator: " ")
            if multiple.contains(where: { ByteSearch.contains(folded, " " + $0) }) { return quote(line) }
        }
        return nil
    }

    private static let single = Vocabulary.callWords.filter { !$0.contains(" ") }
    private static let multiple = Vocabulary.callWords.filter { $0.contains(" ") }

    /// A line as a short quote.
    static func quote(_ line: TextLine) -> String {
        let text = line.text.replacingOccurrences(of: "  ", with: " ")
        return text.count <= 90 ? text : String(text.prefix(88)) + "…"
    }
}

import Foundation
