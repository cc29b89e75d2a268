/// Whether a passage states the candidate's consent: `true` (agrees), `false` (refuses), `nil` (silent).
enum ConsentReader {
    /// Verb stems that state agreement; folded.
    static let agreeing = ["soglas", "strinja", "strinjam", "acconsent", "accett", "consent", "agree", "suglas", "accordo"]
    /// Noun phrases: consent attached / given.
    static let attachedConsent = ["prilag", "prilozen", "prilozil", "priloz", "prilog", "podal", "podala", "dal", "dala", "pridobil", "pridobili",
                                  "podpis", "allegat", "dato", "attached", "enclosed", "signed",
                                  "predloz", "oddal", "izrazil", "espress", "manifestat", "expressed"]
    static let negations: Set<String> = ["ne", "ni", "nima", "brez", "non", "noce", "not", "nisem", "nismo", "nista", "niso", "odklanja", "odklonil", "odklonila"]

    static let unanimous: Set<String> = ["soglasno", "soglasnim", "soglasnega", "soglasnem"]
    static let ready = FoldedHead.Prefix("priprav"), takePart = FoldedHead.Prefix("sodel")
    static let accepting = ["sprejem", "sprejme", "sprejel"].map(FoldedHead.Prefix.init)
    static let candidacy = ["kandidat", "imenovan", "nominaci"].map(FoldedHead.Prefix.init)

    static let firstLetters: Set<UInt8> = Set((agreeing + ["soglasj", "consenso", "odklon", "zavrnil", "rifiut"]).compactMap(\.utf8.first))

    /// "članstva v skupini ne želi prevzeti", "non intende partecipare": a negated verb of willing
    /// in a sentence about the candidacy or taking part.
    static func negatedWill(in tokens: [Token]) -> Bool {
        var start = 0
        for index in tokens.indices where index == tokens.count - 1 || [".", "!", "?", ";"].contains(tokens[index].punctuationAfter) {
            let sentence = tokens[start...index]
            start = index + 1
            guard sentence.contains(where: { Vocabulary.willingVerbs.contains($0.folded) }) else { continue }
            let words = sentence.map(\.folded)
            let negated = words.indices.contains { position in
                Vocabulary.willingVerbs.contains(words[position]) && words[max(words.startIndex, position - 2)..<position].contains { negations.contains($0) }
            }
            if negated && words.contains(where: { word in Vocabulary.candidacyStems.contains { word.hasPrefix($0) } }) { return true }
        }
        return false
    }

    static func consent(in tokens: [Token]) -> Bool? {
        // A refusal in any phrasing the vocabulary knows ("ne želi sodelovati", "non intende partecipare").
        if Vocabulary.refusalMatcher.contains(in: tokens) || negatedWill(in: tokens) { return false }
        var result: Bool?
        for (index, token) in tokens.enumerated() {
            let word = token.folded
            // Every word that matters below starts with one of these letters.
            // ("pripravljen", "sprejema" are told by their packed heads: words in p- and s- are many.)
            let mayBeReady = Self.ready.starts(token) || Self.accepting.contains(where: { $0.starts(token) })
            guard let first = word.utf8.first, mayBeReady || firstLetters.contains(first) else { continue }
            let isConsent = word.hasPrefix("soglasj") || word == "consenso"
            // "je pripravljena sodelovati": ready to take part.
            let isReady = mayBeReady && (Self.ready.starts(token) && tokens[(index + 1)..<min(tokens.count, index + 4)].contains { Self.takePart.starts($0) }
                // "kandidaturo sprejema": accepts the candidacy (not "sprejel predlog", a council's decision).
                || Self.accepting.contains(where: { $0.starts(token) }) && tokens[max(0, index - 2)..<min(tokens.count, index + 3)]
                    .contains { token in Self.candidacy.contains { $0.starts(token) } })
            // ("soglasno", "s soglasnim sklepom": unanimously, a council's vote, not the candidate's consent.)
            let isAgreeing = !isConsent && (isReady || agreeing.contains(where: { word.hasPrefix($0) }) && !unanimous.contains(word))
            let isRefusal = word.hasPrefix("odklon") || word.hasPrefix("zavrnil") || word.hasPrefix("rifiut")
            // The three words before are looked at only for a word that matters (most do not).
            guard isConsent || isAgreeing || isRefusal else { continue }
            // The three words before, within the clause ("ni bil navzoč; soglasje …": the clause ends at ";").
            var windowStart = max(0, index - 3)
            for position in windowStart..<index where [".", ";", "!", "?"].contains(tokens[position].punctuationAfter) { windowStart = position + 1 }
            let window = tokens[windowStart..<index].map(\.folded)
            // "soglasje bomo pridobili naknadno": consent still to come says nothing yet.
            if Vocabulary.pendingConsentMatcher.contains(in: Array(tokens[index..<min(tokens.count, index + 7)])) { continue }
            let negated = window.contains { negations.contains($0) }
            if isConsent {
                // "Soglasje kandidata prilagamo" / "nima soglasja" / "brez soglasja"
                let after = tokens[(index + 1)..<min(tokens.count, index + 5)].map(\.folded)
                if negated || after.contains(where: { negations.contains($0) }) { return false }
                // "Soglasje: da." in running text.
                if token.punctuationAfter == ":", let answer = after.first, ["da", "yes", "si", "ja"].contains(answer) { result = true; continue }
                if after.contains(where: { w in attachedConsent.contains { w.hasPrefix($0) } })
                    || window.contains(where: { w in attachedConsent.contains { w.hasPrefix($0) } }) { result = true }
                continue
            }
            if isAgreeing {
                // "Ali kandidat soglaša s predlogom?": a question states nothing.
                if let end = tokens[index...].prefix(12).first(where: { [".", "!", "?"].contains($0.punctuationAfter) }), end.punctuationAfter == "?" { continue }
                if negated { return false }
                // "Kandidat s kandidaturo soglaša: NE": a question answered after its colon; a
                // question with no answer ticked or written says nothing.
                var colon: Int?
                for position in index..<min(tokens.count, index + 3) {
                    let mark = tokens[position].punctuationAfter
                    if mark == ":" { colon = position; break }
                    if mark == "." || mark == "!" || mark == "?" || mark == ";" { break }
                }
                if let colon {
                    let answer = colon + 1 < tokens.count ? tokens[colon + 1].folded : ""
                    if ["ne", "no", "non"].contains(answer) { return false }
                    if !["da", "yes", "si", "ja"].contains(answer) { continue }
                }
                result = true
            }
            if isRefusal { return false }
        }
        return result
    }

    /// Words that make a consent sentence speak for every candidate of the letter ("Oba kandidata
    /// sta podala soglasje", "Vsi se s predlogom strinjajo"); folded.
    static let everyoneWords: Set<String> = ["oba", "obe", "obadva", "obedve", "vsi", "vse", "vsak", "vsaka", "kandidati", "kandidatke",
                                             "kandidatki", "soglasata", "soglasajo", "strinjata", "strinjajo", "entrambi", "entrambe",
                                             "tutti", "both", "all"]

    /// Consent stated for all candidates at once: the first sentence with a word such as "oba"
    /// or "vsi" that states consent or refusal.
    static func sharedConsent(in tokens: [Token]) -> Bool? {
        var sentence: [Token] = []
        var speaksForAll = false
        for (index, token) in tokens.enumerated() {
            sentence.append(token)
            if everyoneWords.contains(token.folded) { speaksForAll = true }
            let ends = token.punctuationAfter.map { ".!?".unicodeScalars.contains($0) } ?? false
            if ends || index == tokens.count - 1 {
                if speaksForAll, let value = consent(in: sentence) { return value }
                sentence.removeAll(keepingCapacity: true)
                speaksForAll = false
            }
        }
        return nil
    }

    /// A form's consent field: "DA", "NE", "da, soglašam".
    static func consent(formValue value: String) -> Bool? {
        let words = Tokenizer.tokens(value).map(\.folded)
        guard let first = words.first else { return nil }
        if ["ne", "no", "non"].contains(first) { return false }
        if ["da", "si", "yes", "x"].contains(first) { return true }
        // "s DA": the rest of a label wrapped beside a short answer.
        if words.count <= 3 {
            if words.contains(where: { ["ne", "no", "non"].contains($0) }) { return false }
            if words.contains(where: { ["da", "yes"].contains($0) }) { return true }
        }
        return consent(in: Tokenizer.tokens(value))
    }
}
