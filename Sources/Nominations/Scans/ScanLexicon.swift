/// The words a letter to the call is bound to use — kinds of proposer, clusters, places, krajevne
/// skupnosti, topics (from the configuration) and the words of a letter's form — against which a
/// word OCR misread by one letter is put right: "Krajevha skupnost" → "Krajevna skupnost",
/// "Dekafi" → "Dekani".
struct ScanLexicon {
    /// Folded word → the word as written (diacritics kept), by length.
    private var byLength: [Int: [(folded: String, written: String)]] = [:]
    private var folded: Set<String> = []

    /// Words of a letter's form that the configuration does not hold.
    static let letterWords = [
        "predlagatelj", "predlagatelja", "predlagamo", "predlog", "predloga", "kandidat", "kandidata", "kandidatka", "kandidatko",
        "kandidature", "kandidaturo", "akcijska", "akcijske", "akcijsko", "akcijskih", "skupina", "skupine", "skupino", "soglasje",
        "soglaša", "soglašam", "telefon", "naslov", "priimek", "podpis", "utemeljitev", "spoštovani", "pozdravljeni", "predsednik",
        "predsednica", "društvo", "društva", "skupnost", "skupnosti", "krajevna", "krajevne", "agrarna", "agrarne", "turistično",
        "kulturno", "zadeva", "datum", "candidato", "candidata", "proposta", "gruppo", "azione", "comunità", "italiani",
        // A printed e-mail's footer, which dates the print and not the letter.
        "natisnjeno", "aplikacije", "stran", "posredovano", "sporočilo",
        // Closing formulas: the reader finds a letter's signature by them.
        "pozdrav", "pozdravi", "pozdravom", "lepimi", "spoštovanjem", "saluti", "cordiali", "distinti", "porgiamo",
    ]

    /// Letters OCR reads for others.
    static let lookalikes = [("ri", "n"), ("rn", "m"), ("in", "m"), ("li", "h"), ("h", "li"), ("cl", "d"), ("ii", "u"), ("vv", "w")]

    init(configuration: Configuration) {
        var phrases = Self.letterWords
        for rule in configuration.proposerSigns { phrases += rule.signs }
        for cluster in configuration.clusters { phrases += [cluster.name] + cluster.names }
        for place in configuration.places { phrases += [place.name] + place.forms + (place.italian ?? []) + (place.alternatives ?? []) }
        for community in configuration.localCommunities { phrases += [community.name] + (community.italian ?? []) }
        for area in configuration.areas { phrases += area.forms }
        for (_, words) in configuration.topics { phrases += words }
        for phrase in phrases {
            for word in phrase.split(whereSeparator: { !$0.isLetter }) where word.count >= 5 {
                let written = word.lowercased(), key = Folding.fold(written)
                guard folded.insert(key).inserted else { continue }
                byLength[key.count, default: []].append((key, written))
            }
        }
    }

    /// The lexicon's word one letter away from `word` (changed, added or left out), when there is
    /// exactly one and `word` is not itself a word of the lexicon; written with `word`'s capitals.
    /// A letter misread ("pozdravj" → "pozdravi") is likelier than one lost or added ("pozdrav").
    func corrected(_ word: String) -> String? {
        // Punctuation around the word stays as it is ("pozdravj," → "pozdravi,").
        let leading = word.prefix { !$0.isLetter }, trailing = String(word.reversed().prefix { !$0.isLetter }.reversed())
        if !leading.isEmpty || !trailing.isEmpty {
            let core = String(word.dropFirst(leading.count).dropLast(trailing.count))
            return corrected(core).map { leading + $0 + trailing }
        }
        guard word.count >= 6, word.allSatisfy(\.isLetter) else { return nil }
        let key = Folding.fold(word)
        guard !folded.contains(key) else { return nil }
        func unique(_ lengths: [Int]) -> String?? {
            var found: String?
            for length in lengths {
                for entry in byLength[length] ?? [] where EmailDomains.editDistanceIsOne(key, entry.folded) {
                    if found != nil && found != entry.written { return .some(nil) }
                    found = entry.written
                }
            }
            return found.map { .some($0) } ?? nil
        }
        // Letters OCR takes for others: "ri" and "rn" for "n" and "m", "li" for "h", "cl" for "d".
        var respelt: String?
        for (wrong, right) in Self.lookalikes where key.contains(wrong) {
            let candidate = key.replacingOccurrences(of: wrong, with: right)
            if let entry = (byLength[candidate.count] ?? []).first(where: { $0.folded == candidate }) {
                respelt = entry.written
                break
            }
        }
        // Same length first; an ambiguous answer there is no answer at all.
        let nearest: String?
        if let respelt {
            nearest = respelt
        } else if let sameLength = unique([key.count]) {
            nearest = sameLength
        } else {
            nearest = unique([key.count - 1, key.count + 1]) ?? nil
        }
        guard let found = nearest else { return nil }
        if word.allSatisfy({ !$0.isLowercase }) { return found.uppercased() }
        if word.first?.isUppercase == true { return found.prefix(1).uppercased() + found.dropFirst() }
        return found
    }
}
