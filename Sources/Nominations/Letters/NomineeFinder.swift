/// Finds the people a letter proposes and where in the letter each one is described.
struct FoundNominee {
    var name: String
    /// First line of the passage about this person.
    var anchor: Int
    var selfNominated: Bool
    /// How the name was found, for confidence: a data row or list is surer than running text.
    var fromDataRow: Bool
}

enum NomineeFinder {
    static let verbCues: Set<String> = ["predlagamo", "predlagam", "predlaga", "predlagati", "predlagal", "predlagala", "predlagali",
                                        "predlagata", "predlagajo", "priporocamo", "priporocam", "propone", "proponiamo", "propongo",
                                        "proponga", "propose", "nominate", "predlog", "predlogom", "imenovati", "imenujete",
                                        "imenujemo", "imenujem", "imenuje", "predlagava", "predlagana", "predlagani", "predlagan",
                                        "kandidiramo", "nominiramo", "delegiramo", "delegira", "designiamo", "candidiamo",
                                        "izbral", "izbrala", "izbrali", "dolocil", "dolocila", "dolocili", "imenoval", "imenovala",
                                        "imenovali", "delegiral", "delegirala", "delegirali", "predlazem", "predlazemo", "predlaze"]
    static let placePrepositions: Set<String> = ["v", "na", "iz", "pri", "za", "z", "s", "ob", "pod", "nad", "a", "di", "nel", "nella", "da"]
    static let selfCues: [[String]] = [["prijavljam"], ["kandidiram"], ["se", "prijavljam"], ["svojo", "kandidaturo"], ["mi", "candido"],
                                       ["mia", "candidatura"], ["se", "predlagam"], ["predlagam", "sebe"], ["sam", "predlagam"],
                                       ["apply"], ["my", "candidacy"], ["prijavljam", "se"], ["mojo", "prijavo"], ["se", "javljam"],
                                       ["javljam", "se"], ["zelim", "postati"], ["zelim", "sodelovati"], ["bi", "rad", "sodeloval"],
                                       ["bi", "rada", "sodelovala"], ["se", "prijavljava"], ["mi", "propongo"],
                                       ["propongo", "me"], ["mia", "disponibilita"], ["would", "like", "to", "join"]]

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
    static let firstPersonCues: Set<String> = ["predlagamo", "predlagam", "predlagati", "predlagal", "predlagala", "priporocamo",
                                               "proponiamo", "propone", "propongo", "nominate", "imenujemo", "predlagava", "kandidiramo",
                                               "nominiramo", "delegiramo", "predlazem", "predlazemo"]

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
        let words = line.tokens.filter { !$0.isNumber && $0.text.unicodeScalars.count > 1 }
        return !words.isEmpty && line.tokens.count <= 8 && words.allSatisfy(\.isAllCaps)
    }

    /// Words for a person that a description before a name ends with ("našo dolgoletno članico").
    static let personNouns: Set<String> = ["clana", "clanico", "podpredsednika", "podpredsednico", "predsednika", "predsednico", "tajnika",
                                           "tajnico", "vodjo", "sodelavca", "sodelavko", "kolega", "kolegico", "soseda", "sosedo",
                                           "prijatelja", "prijateljico", "sovascana", "sovascanko", "clanice", "clane", "gospoda", "gospo",
                                           "domacina", "domacinko", "vinarja", "vinarko", "vodnika", "vodnico", "mentorja", "mentorico"]

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

    /// Words that withdraw or revoke an earlier nomination; folded.
    static let withdrawalWords: Set<String> = ["umikamo", "umikam", "umika", "umik", "umaknemo", "umaknem", "preklicujemo", "preklicujem",
                                               "preklicemo", "preklic", "ritiriamo", "ritiro", "revochiamo", "withdraw", "withdrawal"]

    /// Whether the letter withdraws an earlier nomination ("umikamo naš predlog", "preklic predloga").
    static func isWithdrawal<Lines: Sequence>(_ lines: Lines) -> Bool where Lines.Element == TextLine {
        lines.contains { line in
            // Packed stems first: most words start with none of them.
            line.tokens.contains { token in withdrawalStems.contains { $0.starts(token) } && withdrawalWords.contains(token.folded) }
        }
    }
    static let withdrawalStems = ["umik", "umak", "preklic", "ritir", "revoc", "withdraw"].map(FoldedHead.Prefix.init)

    static func find(sections: LetterSections, rows: [(role: LabeledValues.Role, row: LabeledValue)], proposer: ProposerReading,
                     language: Language?, gazetteer: Gazetteer) -> [FoundNominee] {
        var found: [FoundNominee] = []
        let bodyLines = sections.readable(sections.body)
        // Names decline in a Slovenian letter, and in one too short to tell (the municipality's language).
        let declines = language == .sl || language == nil

        func add(_ name: String, line: Int, dataRow: Bool, selfNominated: Bool = false) {
            let clean = name.trimmingSpaces()
            guard clean.split(separator: " ").count >= 2 else { return }
            guard gazetteer.category(ofOrganisation: Tokenizer.tokens(clean)) == nil else { return }
            if let index = found.firstIndex(where: { PersonName.samePerson($0.name, clean) }) {
                if dataRow && !found[index].fromDataRow { found[index].name = clean; found[index].fromDataRow = true }
                found[index].anchor = min(found[index].anchor, line)
                found[index].selfNominated = found[index].selfNominated || selfNominated
            } else {
                found.append(FoundNominee(name: clean, anchor: line, selfNominated: selfNominated, fromDataRow: dataRow))
            }
        }

        // Data rows: "Ime in priimek: …", "Podatki: Janez Bratoz, …", a form's candidate row.
        // "Ime: Katja" above "Priimek: Bordon": a name given in two rows.
        for (offset, (role, row)) in rows.enumerated() where role == .firstName && !row.value.isEmpty && !sections.attachment.contains(row.line) {
            guard let last = rows[(offset + 1)...].prefix(2).first(where: { $0.role == .lastName && !$0.row.value.isEmpty }) else { continue }
            add(row.value.trimmingSpaces() + " " + last.row.value.trimmingSpaces(), line: row.line, dataRow: true)
        }
        for (role, row) in rows where role == .candidateName || role == .data {
            guard !sections.attachment.contains(row.line) || found.isEmpty else { continue }
            if sections.attachment.contains(row.line) { continue }
            if let name = PersonName.leadingName(in: row.value) { add(name, line: row.line, dataRow: true) }
        }

        // Running text: "predlagamo go. Ano Jakomin", "predlog …: Edi Zorko".
        let stream = TokenStream(bodyLines)
        // Cluster names and multi-word places are never names; a one-word place only after a
        // preposition ("v Marezigah"), since many first names are also place names (Lucia).
        let prepositions = Self.placePrepositions
        let blocked = gazetteer.blockedRanges(in: stream.tokens) + gazetteer.placeMatches(in: stream.tokens).filter { match in
            match.length > 1 || (match.start > 0 && prepositions.contains(stream.tokens[match.start - 1].folded))
        }.map { $0.start..<$0.end }
        var cueSeen = false
        // Words of the lines outside the body, gathered once when first needed.
        var outsideBodyWords: Set<String>?
        for (index, token) in stream.tokens.enumerated() where verbCues.contains(token.folded) {
            if token.folded.hasPrefix("predlog"), index + 1 < stream.tokens.count, stream.tokens[index + 1].folded.hasPrefix("podpir") { continue }
            // "Zadeva: Predlog za člana akcijske skupine" is a title: the next line's words are no name.
            let cueLine = sections.lines[stream.lineOf[index]]
            if LetterSections.isSubjectLine(cueLine) || Self.isTitle(cueLine) { cueSeen = true; continue }
            cueSeen = true
            var position = index + 1
            while position < min(stream.tokens.count, index + 18) {
                if blocked.contains(where: { $0.contains(position) }) { position += 1; continue }
                var end = position
                while end < stream.tokens.count, PersonName.isNameWord(stream.tokens[end]), !blocked.contains(where: { $0.contains(end) }) {
                    end += 1
                    if let p = stream.tokens[end - 1].punctuationAfter, ",;:(".unicodeScalars.contains(p) || stream.endsSentence(at: end - 1) { break }
                    if end - position == 3 { break }
                }
                if end - position >= 2 {
                    let run = Array(stream.tokens[position..<end])
                    let written = PersonName.join(run)
                    // After a colon or a dash the name is given as in a list: the nominative.
                    let afterColon = position > 0 && [":", "–", "-", "—"].contains(stream.tokens[position - 1].punctuationAfter)
                    var sentenceStart = index
                    while sentenceStart > 0, !stream.endsSentence(at: sentenceStart - 1),
                          stream.lineOf[sentenceStart - 1] == stream.lineOf[sentenceStart]
                            || !Self.endsParagraph(sections.lines[stream.lineOf[sentenceStart - 1]], before: stream.tokens[sentenceStart], in: sections) {
                        sentenceStart -= 1
                    }
                    let gender = PersonName.gender(before: Array(stream.tokens[sentenceStart..<position]))
                    // Words of the letter outside this mention: evidence of the nominative form (only
                    // gathered when a Slovenian name must be put in the nominative).
                    var otherWordsCache: Set<String>?
                    func words(outside mention: Range<Int>) -> Set<String> {
                        if outsideBodyWords == nil {
                            var words = Set<String>()
                            for line in sections.lines where !sections.body.contains(line.index) { for token in line.tokens { words.insert(token.folded) } }
                            outsideBodyWords = words
                        }
                        var words = outsideBodyWords!
                        for (offset, token) in stream.tokens.enumerated() where !mention.contains(offset) { words.insert(token.folded) }
                        return words
                    }
                    func otherWords() -> Set<String> {
                        if let otherWordsCache { return otherWordsCache }
                        otherWordsCache = words(outside: position..<end)
                        return otherWordsCache!
                    }
                    let name = (afterColon && !PersonName.isPlainlyDeclined(written, knownWords: otherWords)) || !declines ? written
                        : PersonName.nominative(written, knownWords: otherWords(), gender: gender)
                    // The passage about the person starts where the sentence with the verb starts.
                    add(name, line: stream.lineOf[sentenceStart], dataRow: false)
                    // More people in the same sentence: "… Ano Novak in Boruta Kralja".
                    var next = end
                    while next < stream.tokens.count, !stream.endsSentence(at: next - 1) {
                        // ", ki vodi našo sekcijo, in go. Ano …": a relative clause between the names.
                        if stream.tokens[next - 1].punctuationAfter == ",", stream.tokens[next].folded == "ki",
                           let after = Self.endOfRelativeClause(stream, from: next) { next = after }
                        guard next < stream.tokens.count,
                              ["in", "ter", "pa", "ali"].contains(stream.tokens[next].folded) || stream.tokens[next - 1].punctuationAfter == "," else { break }
                        var start = next
                        if ["in", "ter", "pa", "ali"].contains(stream.tokens[start].folded) { start += 1 }
                        // Only titles and words such as "go.", "našega", "tudi" may come before the next name,
                        // or a short description that ends in a word for a person ("dolgoletno članico").
                        let describedStart = Self.afterDescription(stream, from: start)
                        while start < min(stream.tokens.count, next + 4), PersonName.mayPrecedeName(stream.tokens[start]),
                              !stream.endsSentence(at: start) { start += 1 }
                        if let describedStart, describedStart > start { start = describedStart }
                        var stop = start
                        while stop < stream.tokens.count, stop - start < 3, PersonName.isNameWord(stream.tokens[stop]),
                              !blocked.contains(where: { $0.contains(stop) }) {
                            stop += 1
                            if let p = stream.tokens[stop - 1].punctuationAfter, ",;:(".unicodeScalars.contains(p) || stream.endsSentence(at: stop - 1) { break }
                        }
                        guard stop - start >= 2 else { break }
                        let more = Array(stream.tokens[start..<stop])
                        let moreWritten = PersonName.join(more)
                        let moreGender = PersonName.gender(before: Array(stream.tokens[next..<start]))
                        let moreName = !declines ? moreWritten
                            : PersonName.nominative(moreWritten, knownWords: words(outside: start..<stop), gender: moreGender)
                        add(moreName, line: stream.lineOf[sentenceStart], dataRow: false)
                        next = stop
                    }
                    break
                }
                if stream.endsSentence(at: position) && position > index + 1 { break }
                position = max(end, position + 1)
            }
        }

        // Numbered or bulleted lists of names after a cue: "1. Sergij Šuran".
        if cueSeen {
            for line in bodyLines {
                guard let first = line.text.first(where: { $0 != " " }), first.isNumber || "-–•*".contains(first) else { continue }
                let text = line.text.trimmingSpaces()
                let rest = String(text.drop { $0.isNumber || " .)-–•*".contains($0) })
                // The name may follow a title ("dr. Igor Ražman"): what follows it is read after it.
                guard let name = PersonName.leadingName(in: rest), let range = rest.range(of: name) else { continue }
                let remainder = rest[range.upperBound...].trimmingSpaces()
                if remainder.isEmpty || remainder.hasPrefix(",") || remainder.hasPrefix("(") || remainder.hasPrefix("–") || remainder.hasPrefix("-") {
                    // Listed after "predlagamo:" in the accusative ("1) Matijo Pecarja"): the nominative.
                    let known = { [lines = sections.lines, index = line.index] in Self.words(of: lines, except: index) }
                    let listed = declines && PersonName.isPlainlyDeclined(name, knownWords: known)
                        ? PersonName.nominative(name, knownWords: known()) : name
                    add(listed, line: line.index, dataRow: true)
                }
            }
        }

        // A table of candidates after a cue: "Ana Novak   041 123 456   ana@primer.si".
        if cueSeen {
            for line in bodyLines {
                guard let gap = ByteSearch.range(of: "  ", in: line.text) else { continue }
                let first = String(line.text[..<gap.lowerBound]).trimmingSpaces()
                guard let name = PersonName.leadingName(in: first), name == first,
                      !PhoneFinder.phones(in: line.text).isEmpty || !EmailFinder.emails(in: line.text).isEmpty else { continue }
                add(name, line: line.index, dataRow: true)
            }
        }

        // Self-nomination: the author proposes themself.
        let isSelf = bodyLines.contains { hasSelfCue($0.tokens) }
        if isSelf {
            let author = proposer.proposer.category == .posameznik ? proposer.proposer.name : nil
            if let name = author ?? proposer.signer {
                add(name, line: sections.body.lowerBound, dataRow: false, selfNominated: true)
            }
            for row in rows where row.role == .candidateName && sections.attachment.contains(row.row.line) {
                if let name = PersonName.leadingName(in: row.row.value) { add(name, line: sections.body.lowerBound, dataRow: true, selfNominated: found.isEmpty) }
            }
        }
        // A form or letter whose proposer is the candidate.
        if let proposerName = proposer.proposer.name, proposer.proposer.category == .posameznik {
            for index in found.indices where PersonName.samePerson(found[index].name, proposerName) { found[index].selfNominated = true }
        }
        // Never the proposer organisation's signer unless they are proposed.
        // Stable: people named together keep the order they were named in.
        return found.enumerated().sorted { ($0.element.anchor, $0.offset) < ($1.element.anchor, $1.offset) }.map(\.element)
    }
}

import Foundation
