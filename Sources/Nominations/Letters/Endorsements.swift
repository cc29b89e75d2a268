/// Organisations or people named as supporting a nomination ("Predlog podpirata tudi KD Gradin in AS Pregara").
enum Endorsements {
    static let verbs = ["podpira", "podpirajo", "podpirata", "podprl", "podpori", "sostenut", "supported", "endorsed", "podporo", "podporn"]
    static let separators = [",", ";", " in ", " ter ", " e ", " and "]
    static let verbHeads = verbs.map { (text: $0, head: FoldedHead.pack($0), mask: FoldedHead.mask($0.utf8.count)) }

    static func find(in lines: [TextLine]) -> [String] {
        // Cheap test on the tokens first: most passages name no supporter.
        guard lines.contains(where: { line in line.tokens.contains(where: isVerb) }) else { return [] }
        var result: [String] = []
        let text = lines.map(\.text).joined(separator: " ")
        let scalars = text.unicodeScalars
        // Offsets of the tokens count the text's own scalars (a folded form may be longer or
        // shorter: "ß" folds to "ss"), so the rest after a verb is cut from the text itself.
        for token in Tokenizer.tokens(text) {
            guard isVerb(token) else { continue }
            var rest = String(String.UnicodeScalarView(scalars.dropFirst(token.offset + token.text.unicodeScalars.count)))
            rest = rest.trimming(charactersIn: " :")
            for skip in ["tudi ", "anche da: ", "anche da ", "da: ", "by "] where Folding.fold(rest).hasPrefix(skip) {
                rest = String(rest.dropFirst(skip.count)).trimming(charactersIn: " :")
            }
            if let end = sentenceEnd(rest) { rest = String(rest[..<end]) }
            result.append(contentsOf: split(rest))
        }
        return unique(result)
    }

    /// Whether a word starts with a supporting verb: its first eight bytes compared as one integer,
    /// the rest (if any) as text.
    static func isVerb(_ token: Token) -> Bool {
        verbHeads.contains { verb in token.head & verb.mask == verb.head && (verb.text.utf8.count <= 8 || token.folded.hasPrefix(verb.text)) }
    }

    static func split(_ list: String) -> [String] {
        var parts = [list]
        for separator in separators {
            parts = parts.flatMap { ByteSearch.components(of: $0, separatedBy: separator) }
        }
        // "predlogu izražajo tudi Društvo X": the supporter's name starts at its first capital.
        return parts.map { part in
            let words = part.split(separator: " ", omittingEmptySubsequences: true)
            let named = words.drop { !($0.first?.isUppercase ?? false) }
            return named.joined(separator: " ").trimming(charactersIn: " .:;")
        }
        .filter { part in part.count >= 3 && (part.first?.isUppercase ?? false) }
    }

    static func sentenceEnd(_ text: String) -> String.Index? {
        var previous: Character = " "
        for index in text.indices {
            let c = text[index]
            if c == "." {
                let next = text.index(after: index)
                // "d.o.o." and "s.p." do not end a sentence
                if previous.isLetter && previous.isLowercase && next < text.endIndex && text[next] != " " { previous = c; continue }
                if next >= text.endIndex || text[next] == " " {
                    let word = text[..<index].split(separator: " ").last.map(String.init) ?? ""
                    if ["d.o.o", "s.p", "d.d", "o", "p"].contains(word.lowercased()) || word.count == 1 { previous = c; continue }
                    return index
                }
            }
            previous = c
        }
        return nil
    }

    static func unique(_ items: [String]) -> [String] {
        var seen = Set<String>()
        return items.filter { seen.insert(Folding.fold($0)).inserted }
    }
}

import Foundation
