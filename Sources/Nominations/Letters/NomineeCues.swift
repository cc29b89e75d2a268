/// The words and shapes the nominee finder looks for: nomination verbs, self-nominations,
/// withdrawals, headings, and where a sentence or a description before a name begins and ends.
extension NomineeFinder {
    static let verbCues = Vocabulary.nominationVerbs
    /// Their packed first bytes (`Token.head`): most tokens are let go by an integer, not a string's hash.
    static let verbCueHeads = Set(verbCues.map(FoldedHead.pack))
    static let placePrepositions: Set<String> = ["v", "na", "iz", "pri", "za", "z", "s", "ob", "pod", "nad", "a", "di", "nel", "nella", "da"]
    static let selfCues = Vocabulary.selfNominationPhrases

    /// The first word of each cue, packed (`Token.head`): most tokens are let go by comparing integers.
    static let selfCueHeads: [UInt64] = selfCues.map { FoldedHead.pack($0[0]) }

    static func hasSelfCue(_ tokens: [Token]) -> Bool {
        for start in tokens.indices {
            let head = tokens[start].head
            for (cue, cueHead) in zip(selfCues, selfCueHeads)
            where cueHead == head && start + cue.count <= tokens.count && tokens[start].folded == cue[0] {
                if (1..<cue.count).allSatisfy({ tokens[start + $0].folded == cue[$0] }) { return true }
            }
        }
        return false
    }

    /// First-person nomination verbs: a letter with one of these is a nomination even when no
    /// candidate could be recognised.
    static let firstPersonCues = Vocabulary.firstPersonNominationVerbs

    /// A line a sentence does not reach back into, though it ends with no full stop: the letterhead,
    /// the recipient's address, the subject, a line with the date ("Datum: 20. 2. 2026"), a title
    /// in capitals, or a short line before one that starts with a capital (a heading or an address).
    static func endsParagraph(_ line: TextLine, before next: Token, in sections: LetterSections) -> Bool {
        if sections.letterhead.contains(line.index) || sections.recipient.contains(line.index) || LetterSections.isSubjectLine(line) { return true }
        if line.tokens.count < 8 && !DateFinder.dates(in: line.text).isEmpty { return true }
        let words = line.tokens.filter { !$0.isNumber && $0.text.unicodeScalars.count > 1 }
        if words.count >= 2 && words.allSatisfy(\.isAllCaps) { return true }
        return line.tokens.count <= 5 && next.isCapitalized
    }

    /// A heading: a short line in capitals ("PREDLOG", "PREDLOG ZA ČLANA AKCIJSKE SKUPINE"); a
    /// sentence typed in capitals is longer.
    static func isTitle(_ line: TextLine) -> Bool {
        // (Asked of every line of a passage: no array is built.)
        guard line.tokens.count <= 8 else { return false }
        var sawWord = false
        for token in line.tokens where !token.isNumber && token.text.utf8.count > 1 && token.text.unicodeScalars.count > 1 {
            guard token.isAllCaps else { return false }
            sawWord = true
        }
        return sawWord
    }

    /// Words for a person that a description before a name ends with ("našo dolgoletno članico").
    static let personNouns: Set<String> = ["clana", "clanico", "podpredsednika", "podpredsednico", "predsednika", "predsednico", "tajnika",
                                           "tajnico", "vodjo", "sodelavca", "sodelavko", "kolega", "kolegico", "soseda", "sosedo",
                                           "prijatelja", "prijateljico", "sovascana", "sovascanko", "clanice", "clane", "gospoda", "gospo",
                                           "domacina", "domacinko", "vinarja", "vinarko", "vodnika", "vodnico", "mentorja", "mentorico"]

    /// Words that introduce a person with "je": "Prvi je …", "Druga je …", "Naš kandidat je …".
    static let copulaIntroductions: Set<String> = ["prvi", "prva", "drugi", "druga", "tretji", "tretja", "cetrti", "cetrta", "peti", "peta",
                                                   "naslednji", "naslednja", "kandidat", "kandidatka", "kandidatko"]

    /// Whether the word at `index` introduces a person with "je" ("Druga je Tina Kocjančič").
    static func introducesByCopula(_ stream: TokenStream, at index: Int) -> Bool {
        index + 1 < stream.tokens.count && copulaIntroductions.contains(stream.tokens[index].folded) && stream.tokens[index + 1].folded == "je"
    }

    /// Words for a role or a relation that, right after a comma, describe the person named before.
    static let roleNouns: Set<String> = ["lastnika", "lastnico", "predsednika", "predsednico", "direktorja", "direktorico", "clana",
                                         "clanico", "vodjo", "tajnika", "tajnico", "sodelavca", "sodelavko", "nosilca", "nosilko",
                                         "podpredsednika", "podpredsednico", "vodnika", "vodnico", "mentorja", "mentorico"]

    /// Where the name starts after a short description in lower case that ends in a word for a
    /// person: "dolgoletno članico Majdo …" → at "Majdo"; nil without such a description.
    static func afterDescription(_ stream: TokenStream, from start: Int) -> Int? {
        var index = start
        while index < min(stream.tokens.count, start + 4) {
            let token = stream.tokens[index]
            if token.isCapitalized || token.isNumber || stream.endsSentence(at: index) && !PersonName.titles.contains(token.folded) { break }
            index += 1
            if personNouns.contains(token.folded) || PersonName.femaleMarkers.contains(token.folded) || PersonName.maleMarkers.contains(token.folded) {
                // Titles may follow ("članico go. …"): the caller skips them.
                while index < stream.tokens.count, PersonName.titles.contains(stream.tokens[index].folded) { index += 1 }
                return index
            }
        }
        return nil
    }

    /// The token after a relative clause that ends with a comma (", ki vodi našo sekcijo, in …"),
    /// within a dozen words and the same sentence.
    static func endOfRelativeClause(_ stream: TokenStream, from start: Int) -> Int? {
        var index = start
        while index < min(stream.tokens.count - 1, start + 12) {
            if stream.endsSentence(at: index) { return nil }
            if stream.tokens[index].punctuationAfter == "," { return index + 1 }
            index += 1
        }
        return nil
    }

    /// The folded words of every line but one: evidence of the forms a letter uses.
    static func words(of lines: [TextLine], except skipped: Int) -> Set<String> {
        var words = Set<String>()
        for line in lines where line.index != skipped { for token in line.tokens { words.insert(token.folded) } }
        return words
    }

    static func hasNominationCue(_ lines: [TextLine]) -> Bool {
        lines.contains { line in line.tokens.contains { firstPersonCues.contains($0.folded) } } || lines.contains { hasSelfCue($0.tokens) }
    }

    /// A nomination cue that proposes a person, for a letter where none was recognised: not one
    /// negated ("ne bomo predlagali kandidata") and not one that proposes something to be done
    /// ("Predlagamo pa, da se srečanja …").
    static func hasPersonNominationCue(_ lines: [TextLine]) -> Bool {
        let tokens = TokenStream(lines).tokens
        for (index, token) in tokens.enumerated() where firstPersonCues.contains(token.folded) || verbCues.contains(token.folded) && token.folded.hasPrefix("predlagal") {
            if tokens[max(0, index - 3)..<index].contains(where: { ConsentReader.negations.contains($0.folded) || $0.folded == "nismo" }) { continue }
            let next = tokens[(index + 1)..<min(tokens.count, index + 3)].map(\.folded)
            if next.first == "da" || next.starts(with: ["pa", "da"]) || next.starts(with: ["tudi", "da"]) { continue }
            return true
        }
        return lines.contains { hasSelfCue($0.tokens) }
    }

    /// The line of a nomination verb negated ("ne bo predlagala kandidatov", "ne bomo predlagali"):
    /// a sender saying it proposes no one.
    static func declinedNomination(_ lines: [TextLine]) -> TextLine? {
        for line in lines {
            let tokens = line.tokens
            for (index, token) in tokens.enumerated() where verbCues.contains(token.folded) || firstPersonCues.contains(token.folded) {
                if tokens[max(0, index - 3)..<index].contains(where: { ConsentReader.negations.contains($0.folded) || $0.folded == "nismo" }) { return line }
            }
        }
        return nil
    }

    /// Words that withdraw or revoke an earlier nomination; folded.
    static let withdrawalWords = Vocabulary.withdrawalWords

    /// Whether the letter withdraws an earlier nomination ("umikamo naš predlog", "preklic predloga").
    static func isWithdrawal<Lines: Sequence>(_ lines: Lines) -> Bool where Lines.Element == TextLine {
        lines.contains { line in
            // Packed stems first: most words start with none of them.
            line.tokens.contains { token in withdrawalStems.contains { $0.starts(token) } && withdrawalWords.contains(token.folded) }
        }
    }
    /// Derived from the words: their first four letters.
    static let withdrawalStems = Set(withdrawalWords.map { String($0.prefix(4)) }).sorted().map(FoldedHead.Prefix.init)
}
