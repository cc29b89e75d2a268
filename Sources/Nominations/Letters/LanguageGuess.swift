/// The language of a letter, from its common short words.
enum LanguageGuess {
    static let slovenian: Set<String> = ["je", "in", "za", "na", "se", "da", "so", "pri", "ki", "ter", "tudi", "predlagamo", "skupine", "kandidat", "kandidatka", "s", "z", "iz", "clana", "clanico", "spostovani", "pozdrav", "pozdravljeni"]
    static let italian: Set<String> = ["il", "la", "di", "per", "con", "che", "della", "del", "gruppo", "proposta", "candidata", "candidato", "sono", "alla", "anche", "egregi", "distinti", "saluti", "presente", "membro", "le", "gli", "una"]
    static let english: Set<String> = ["the", "and", "of", "to", "for", "we", "is", "with", "group", "nominate", "dear", "regards", "our", "candidate"]

    static func guess(_ lines: [TextLine]) -> Language? {
        var sl = 0, it = 0, en = 0
        for line in lines {
            for token in line.tokens {
                if slovenian.contains(token.folded) { sl += 1 }
                if italian.contains(token.folded) { it += 1 }
                if english.contains(token.folded) { en += 1 }
            }
        }
        guard sl + it + en >= 3 else { return nil }
        if it > sl && it >= en { return .it }
        if en > sl && en > it { return .en }
        return .sl
    }
}
