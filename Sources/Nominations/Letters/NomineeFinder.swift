/// Finds the people a letter proposes and where in the letter each one is described.
struct FoundNominee {
    var name: String
    /// First line of the passage about this person.
    var anchor: Int
    var selfNominated: Bool
    /// How the name was found, for confidence: a data row or list is surer than running text.
    var fromDataRow: Bool
    /// The answer in a table's consent column on this person's row ("da", "ne", "–"), when the
    /// letter lists its candidates in a table with one.
    var consentCell: Bool?? = nil
    /// Where and how surely the name was read.
    var evidence: Evidence
}

enum NomineeFinder {
    /// The last column of a table's row as a consent answer: yes, no, or not yet ("–", empty).
    static func consentCell(_ row: String) -> Bool?? {
        guard let last = row.components(separatedBy: "  ").last.map({ Folding.fold($0).trimmingSpaces() }) else { return nil }
        if Vocabulary.yesWords.contains(last) { return .some(true) }
        if Vocabulary.noWords.contains(last) { return .some(false) }
        if last.isEmpty || last.unicodeScalars.allSatisfy({ "–-—/?".unicodeScalars.contains($0) }) { return .some(nil) }
        return nil
    }

    /// Words of the call and at least two first-person words: a writer speaking of themself about it.
    static func speaksOfThemself(about lines: [TextLine]) -> Bool {
        var firstPerson = Set<String>()
        var call = false
        for line in lines {
            for token in line.tokens {
                if Vocabulary.firstPersonWords.contains(token.folded) { firstPerson.insert(token.folded) }
                if !call, Vocabulary.callWords.contains(where: { token.folded.hasPrefix($0) }) { call = true }
            }
        }
        return call && firstPerson.count >= 2
    }

    static let slovenianVerbs = Set(LanguageVocabulary.slovenian.nominationVerbs)

    /// A nominating verb next to a pronoun for its object: "ga predlagamo", "predlagamo jo", "la proponiamo".
    static func proposesByPronoun(_ lines: [TextLine]) -> Bool {
        let tokens = TokenStream(lines).tokens
        for (index, token) in tokens.enumerated() where verbCues.contains(token.folded) || firstPersonCues.contains(token.folded) {
            let near = tokens[max(0, index - 2)..<min(tokens.count, index + 3)]
            if near.contains(where: { Vocabulary.objectPronouns.contains($0.folded) }) { return true }
        }
        return false
    }

    static func find(sections: LetterSections, rows: [(role: LabeledValues.Role, row: LabeledValue)], proposer: ProposerReading,
                     language: Language?, gazetteer: Gazetteer) -> [FoundNominee] {
        var found: [FoundNominee] = []
        let bodyLines = sections.readable(sections.body)
        // Names decline in a Slovenian letter, and in one too short to tell (the municipality's language).
        let declines = language == .sl || language == nil

        let proposerRoles: Set<LabeledValues.Role> = [.proposerName, .proposerAddress, .proposerContact, .proposerKind]
        let proposerRowLines = Set(rows.filter { proposerRoles.contains($0.role) }.map(\.row.line))

        func add(_ name: String, line: Int, dataRow: Bool, selfNominated: Bool = false, rule: String) {
            let clean = name.trimmingSpaces()
            guard clean.split(separator: " ").count >= 2 else { return }
            guard gazetteer.category(ofOrganisation: Tokenizer.tokens(clean)) == nil else { return }
            // People are recognised as people: in running text, a name holds a known first name in
            // some case ("Slovenske Istre" after "Društvo vodnikov" is none); a labelled row is surer.
            guard dataRow || FirstNames.holdsFirstName(clean) else { return }
            // How sure: a known first name in a labelled row, a table or a list is surest; a row's value
            // with no first name may be anything (an organisation, a place).
            let knownFirstName = FirstNames.holdsFirstName(clean)
            let confidence = !knownFirstName ? 0.5 : dataRow ? 0.95 : selfNominated ? 0.8 : 0.85
            let quote = sections.lines.indices.contains(line) ? DocumentEvidence.quote(sections.lines[line]) : clean
            let evidence = Evidence(field: "name", rule: rule, line: line, quote: quote, confidence: confidence)
            if let index = found.firstIndex(where: { PersonName.samePerson($0.name, clean) }) {
                if dataRow && !found[index].fromDataRow { found[index].name = clean; found[index].fromDataRow = true }
                if confidence > found[index].evidence.confidence { found[index].evidence = evidence }
                found[index].anchor = min(found[index].anchor, line)
                found[index].selfNominated = found[index].selfNominated || selfNominated
            } else {
                found.append(FoundNominee(name: clean, anchor: line, selfNominated: selfNominated, fromDataRow: dataRow, evidence: evidence))
            }
        }

        // Data rows: "Ime in priimek: …", "Podatki: Janez Bratoz, …", a form's candidate row.
        // "Ime: Katja" above "Priimek: Bordon": a name given in two rows.
        // ("Ime kandidata  Priimek kandidata" over "Petra  Sabadin": a one-word value of a name's label is a first name.)
        for (offset, (role, row)) in rows.enumerated() where (role == .firstName || role == .candidateName && Tokenizer.tokens(row.value).count == 1)
            && !row.value.isEmpty && !sections.attachment.contains(row.line) {
            // The surname below the first name, or above it ("Priimek: Kocjančič" over "Ime: Martina").
            guard let last = rows[(offset + 1)...].prefix(2).first(where: { $0.role == .lastName && !$0.row.value.isEmpty })
                    ?? rows[max(0, offset - 2)..<offset].last(where: { $0.role == .lastName && !$0.row.value.isEmpty }) else { continue }
            add(row.value.trimmingSpaces() + " " + last.row.value.trimmingSpaces(), line: row.line, dataRow: true, rule: "data_row")
        }
        for (role, row) in rows where role == .candidateName || role == .data {
            guard !sections.attachment.contains(row.line) || found.isEmpty else { continue }
            if sections.attachment.contains(row.line) { continue }
            if let name = PersonName.leadingName(in: row.value) { add(name, line: row.line, dataRow: true, rule: "data_row") }
        }

        // Running text: "predlagamo go. Ano Jakomin", "predlog …: Edi Zorko".
        let stream = TokenStream(bodyLines)
        // Cluster names and multi-word places are never names; a one-word place only after a
        // preposition ("v Marezigah"), since many first names are also place names (Lucia).
        let prepositions = Self.placePrepositions
        var blockedTokens = Set<Int>()
        for range in gazetteer.blockedRanges(in: stream.tokens) { blockedTokens.formUnion(range) }
        for match in gazetteer.placeMatches(in: stream.tokens)
        where match.length > 1 || (match.start > 0 && prepositions.contains(stream.tokens[match.start - 1].folded)) {
            blockedTokens.formUnion(match.start..<match.end)
        }
        // The proposer's own rows (its name, contact person, address) name no candidate.
        if !proposerRowLines.isEmpty {
            for index in stream.tokens.indices where proposerRowLines.contains(stream.lineOf[index]) { blockedTokens.insert(index) }
        }
        var cueSeen = false
        // Words of the lines outside the body, gathered once when first needed.
        var outsideBodyWords: Set<String>?
        for (index, token) in stream.tokens.enumerated()
        where verbCueHeads.contains(token.head) && verbCues.contains(token.folded) || Self.introducesByCopula(stream, at: index) {
            if token.folded.hasPrefix("predlog"), index + 1 < stream.tokens.count, stream.tokens[index + 1].folded.hasPrefix("podpir") { continue }
            // "Zadeva: Predlog za člana akcijske skupine" is a title: the next line's words are no name.
            let cueLine = sections.lines[stream.lineOf[index]]
            if LetterSections.isSubjectLine(cueLine) || Self.isTitle(cueLine) { cueSeen = true; continue }
            cueSeen = true
            var position = index + 1
            while position < min(stream.tokens.count, index + 18) {
                if blockedTokens.contains(position) { position += 1; continue }
                var end = position
                while end < stream.tokens.count, PersonName.isNameWord(stream.tokens[end]), !blockedTokens.contains(end) {
                    end += 1
                    if let p = stream.tokens[end - 1].punctuationAfter, ",;:(".unicodeScalars.contains(p) || stream.endsSentence(at: end - 1) { break }
                    if end - position == 3 { break }
                    // A name of two words ends at the line's end: "Marina Vascotto" above "Calegaria 14 – …".
                    if end - position >= 2, end < stream.tokens.count, stream.lineOf[end] != stream.lineOf[end - 1] { break }
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
                    // A Slovenian verb declines the name after it, whatever the letter's language
                    // (a bilingual letter: "Svet KS predlaga gospoda Igorja Pellizzerja").
                    let declinesHere = declines || Self.slovenianVerbs.contains(token.folded)
                    let name = (afterColon && !PersonName.isPlainlyDeclined(written, knownWords: otherWords)) || !declinesHere ? written
                        : PersonName.nominative(written, knownWords: otherWords(), gender: gender)
                    // The passage about the person starts where the sentence with the verb starts.
                    add(name, line: stream.lineOf[sentenceStart], dataRow: false, rule: "nomination_verb")
                    // More people in the same sentence: "… Ano Novak in Boruta Kralja".
                    var next = end
                    while next < stream.tokens.count, !stream.endsSentence(at: next - 1) {
                        // ", ki vodi našo sekcijo, in go. Ano …": a relative clause between the names.
                        if stream.tokens[next - 1].punctuationAfter == ",", stream.tokens[next].folded == "ki",
                           let after = Self.endOfRelativeClause(stream, from: next) { next = after }
                        guard next < stream.tokens.count,
                              ["in", "ter", "pa", "ali"].contains(stream.tokens[next].folded) || stream.tokens[next - 1].punctuationAfter == "," else { break }
                        var start = next
                        let conjoined = ["in", "ter", "pa", "ali"].contains(stream.tokens[start].folded)
                        if conjoined { start += 1 }
                        // "Roka Babiča, lastnika Bistroja Loggia": after a bare comma, a word for a role
                        // describes the person just named; the name after it is in the genitive.
                        if !conjoined, Self.roleNouns.contains(stream.tokens[start].folded) { break }
                        // Only titles and words such as "go.", "našega", "tudi" may come before the next name,
                        // or a short description that ends in a word for a person ("dolgoletno članico").
                        let describedStart = Self.afterDescription(stream, from: start)
                        while start < min(stream.tokens.count, next + 4), PersonName.mayPrecedeName(stream.tokens[start]),
                              !stream.endsSentence(at: start) { start += 1 }
                        if let describedStart, describedStart > start { start = describedStart }
                        var stop = start
                        while stop < stream.tokens.count, stop - start < 3, PersonName.isNameWord(stream.tokens[stop]),
                              !blockedTokens.contains(stop) {
                            stop += 1
                            if let p = stream.tokens[stop - 1].punctuationAfter, ",;:(".unicodeScalars.contains(p) || stream.endsSentence(at: stop - 1) { break }
                        }
                        guard stop - start >= 2 else { break }
                        let more = Array(stream.tokens[start..<stop])
                        let moreWritten = PersonName.join(more)
                        let moreGender = PersonName.gender(before: Array(stream.tokens[next..<start]))
                        let moreName = !declinesHere ? moreWritten
                            : PersonName.nominative(moreWritten, knownWords: words(outside: start..<stop), gender: moreGender)
                        add(moreName, line: stream.lineOf[sentenceStart], dataRow: false, rule: "nomination_verb")
                        next = stop
                    }
                    break
                }
                if stream.endsSentence(at: position) && position > index + 1 { break }
                position = max(end, position + 1)
            }
        }

        // Numbered or bulleted lists of names after a cue: "1. Sergij Šuran".
        // A table of them may have a consent column: "Št. Kandidat  Naslov  Za skupino  Soglasje".
        let consentColumn = bodyLines.contains { line in
            guard line.tokens.count <= 12, let last = line.tokens.last, Vocabulary.consentColumnWords.contains(last.folded)
                    || line.tokens.count >= 2 && Vocabulary.consentColumnWords.contains(line.tokens[line.tokens.count - 2].folded + " " + last.folded),
                  let gap = ByteSearch.firstOffset(of: "  ", in: line.text, last: true) else { return false }
            return Vocabulary.consentColumnWords.contains(Folding.fold(String(line.text.utf8.dropFirst(gap + 2)) ?? "").trimmingSpaces())
        }
        if cueSeen {
            for line in bodyLines {
                let text = line.text.trimmingSpaces()
                // "a) Stojan Bordon": a list lettered instead of numbered.
                let lettered = text.count > 3 && text.first!.isLetter && [")", "."].contains(text.dropFirst().first!) && text.dropFirst(2).first == " "
                guard let first = text.first, first.isNumber || "-–•*".contains(first) || lettered else { continue }
                var rest = String((lettered ? text.dropFirst(2) : text[...]).drop { $0.isNumber || " .)-–•*".contains($0) })
                // "1. il sig. Roberto Benvenuti", "2. la sig.ra Daniela Krmac": the article before the title.
                if let article = rest.split(separator: " ").first, Vocabulary.articles.contains(Folding.fold(String(article))) {
                    rest = String(rest.dropFirst(article.count)).trimmingSpaces()
                }
                // The name may follow a title ("dr. Igor Ražman"): what follows it is read after it.
                guard let name = PersonName.leadingName(in: rest), let range = rest.range(of: name) else { continue }
                let remainder = rest[range.upperBound...].trimmingSpaces()
                // A table's row: "1.  Ervin Dobrinja  Ulica …, Izola  Dežela Refoška  da".
                if rest[range.upperBound...].hasPrefix("  ") {
                    let known = { [lines = sections.lines, index = line.index] in Self.words(of: lines, except: index) }
                    let listed = declines && PersonName.isPlainlyDeclined(name, knownWords: known)
                        ? PersonName.nominative(name, knownWords: known()) : name
                    add(listed, line: line.index, dataRow: true, rule: "table_row")
                    if consentColumn, let index = found.firstIndex(where: { $0.name == listed }) {
                        found[index].consentCell = Self.consentCell(rest)
                    }
                    continue
                }
                if remainder.isEmpty || remainder.hasPrefix(",") || remainder.hasPrefix("(") || remainder.hasPrefix("–") || remainder.hasPrefix("-") {
                    // Listed after "predlagamo:" in the accusative ("1) Matijo Pecarja"): the nominative.
                    let known = { [lines = sections.lines, index = line.index] in Self.words(of: lines, except: index) }
                    let listed = declines && PersonName.isPlainlyDeclined(name, knownWords: known)
                        ? PersonName.nominative(name, knownWords: known()) : name
                    add(listed, line: line.index, dataRow: true, rule: "list")
                }
            }
        }

        // A table of candidates after a cue: "Ana Novak   041 123 456   ana@primer.si". Rows that
        // follow one another with a person in the first column belong together: a row without
        // contacts ("ČOK Ivana  Gortanov trg 2  –") counts when a row beside it has them.
        if cueSeen {
            var run: [(name: String, line: Int, contacts: Bool)] = []
            func flush() {
                if run.contains(where: \.contacts) { for row in run { add(row.name, line: row.line, dataRow: true, rule: "table_row") } }
                run = []
            }
            for line in bodyLines {
                guard let gap = ByteSearch.range(of: "  ", in: line.text) else { flush(); continue }
                let first = String(line.text[..<gap.lowerBound]).trimmingSpaces()
                guard let name = PersonName.leadingName(in: first), name == first, FirstNames.holdsFirstName(name) || !PhoneFinder.phones(in: line.text).isEmpty || !EmailFinder.emails(in: line.text).isEmpty else { flush(); continue }
                run.append((name, line.index, !PhoneFinder.phones(in: line.text).isEmpty || !EmailFinder.emails(in: line.text).isEmpty))
            }
            flush()
        }

        // Self-nomination: the author proposes themself.
        let isSelf = bodyLines.contains { hasSelfCue($0.tokens) }
        if isSelf {
            let author = proposer.proposer.category == .posameznik ? proposer.proposer.name : nil
            if let name = author ?? proposer.signer {
                add(name, line: sections.body.lowerBound, dataRow: false, selfNominated: true, rule: "self_nomination")
            }
            for row in rows where row.role == .candidateName && sections.attachment.contains(row.row.line) {
                if let name = PersonName.leadingName(in: row.row.value) { add(name, line: sections.body.lowerBound, dataRow: true, selfNominated: found.isEmpty, rule: "self_nomination") }
            }
            // The person an attached CV describes: its first line that is a name alone ("VESNA MAHNE").
            if found.isEmpty, let line = sections.readable(sections.attachment).prefix(4).first(where: { line in
                PersonName.leadingName(in: line.text.trimmingSpaces()) == line.text.trimmingSpaces() && FirstNames.holdsFirstName(line.text)
            }) {
                add(line.text.trimmingSpaces(), line: sections.body.lowerBound, dataRow: true, selfNominated: true, rule: "self_nomination")
            }
        }
        // A person writing of themself about the call, naming no one else ("rada bi se vključila v
        // delo akcijske skupine … Sem Tina Bržan"): the writer is the candidate.
        if found.isEmpty, proposer.proposer.category == .posameznik || proposer.proposer.category == nil && proposer.signer != nil,
           let name = proposer.proposer.category == .posameznik ? proposer.proposer.name : proposer.signer,
           Self.speaksOfThemself(about: bodyLines) {
            add(name, line: sections.body.lowerBound, dataRow: false, selfNominated: true, rule: "first_person")
        }
        // "Zato ga predlagamo …", "Vam jo toplo priporočam": a nominating verb with a pronoun for its
        // object; the person is the one a contact row names ("Kontakt: Gašper Vodopivec, Osp 19, …").
        if found.isEmpty, Self.proposesByPronoun(bodyLines) {
            for (role, row) in rows where [.phone, .email, .data].contains(role) && !proposerRowLines.contains(row.line) {
                guard let name = PersonName.leadingName(in: row.value), FirstNames.holdsFirstName(name) else { continue }
                add(name, line: row.line, dataRow: true, rule: "pronoun_contact")
            }
        }
        // A form or letter with no sender of its own that puts forward one person who speaks of
        // themself ("☒ samopredlog", "Sem gozdar … S prijavo se strinjam"): a self-nomination.
        if proposer.proposer.name == nil, found.count == 1, isSelf || Self.speaksOfThemself(about: bodyLines) {
            found[0].selfNominated = true
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
