/// The language of a letter, from its common short words.
enum LanguageGuess {
    static let slovenian: Set<String> = ["je", "in", "za", "na", "se", "da", "so", "pri", "ki", "ter", "tudi", "predlagamo", "skupine", "kandidat", "kandidatka", "s", "z", "iz", "clana", "clanico", "spostovani", "pozdrav", "pozdravljeni", "v", "predlagam", "predlaga", "skupino", "akcijsko", "akcijske", "soglasa", "strinja", "clanica", "lp"]
    static let italian: Set<String> = ["il", "la", "di", "per", "con", "che", "della", "del", "gruppo", "proposta", "candidata", "candidato", "sono", "alla", "anche", "egregi", "distinti", "saluti", "presente", "membro", "le", "gli", "una"]
    static let english: Set<String> = ["the", "and", "of", "to", "for", "we", "is", "with", "group", "nominate", "dear", "regards", "our", "candidate"]

    /// Each word's languages as bits (1 Slovenian, 2 Italian, 4 English): one lookup per token.
    static let languagesOf: [String: UInt8] = {
        var table: [String: UInt8] = [:]
        for (bit, words) in [(UInt8(1), slovenian), (2, italian), (4, english)] {
            for word in words { table[word, default: 0] |= bit }
        }
        return table
    }()
    /// Whether some word of the lists starts with a byte and has a length (bytes, up to 15), so that
    /// most tokens need no lookup: `byte * 16 + length`.
    static let plausible: [Bool] = {
        var table = [Bool](repeating: false, count: 256 * 16)
        for word in languagesOf.keys { table[Int(word.utf8.first!) * 16 + min(word.utf8.count, 15)] = true }
        return table
    }()

    static func guess(_ lines: [TextLine]) -> Language? {
        var sl = 0, it = 0, en = 0
        for line in lines {
            for token in line.tokens {
                // The head holds the first byte; the lists' words are shorter than 16 bytes.
                let length = token.folded.utf8.count
                guard length < 16, plausible[Int(token.head & 0xFF) * 16 + length] else { continue }
                guard let bits = languagesOf[token.folded] else { continue }
                if bits & 1 != 0 { sl += 1 }
                if bits & 2 != 0 { it += 1 }
                if bits & 4 != 0 { en += 1 }
            }
        }
        guard sl + it + en >= 3 else { return nil }
        if it > sl && it >= en { return .it }
        if en > sl && en > it { return .en }
        return .sl
    }
}
