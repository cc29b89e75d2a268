/// Reads an extracted letter and says what it is: who proposes whom for which cluster, with
/// which contacts, on which date, with or without consent — or what a person must check.
public struct LetterReader: Sendable {
    public let gazetteer: Gazetteer

    public init(configuration: Configuration) {
        gazetteer = Gazetteer(configuration)
        // The lexicon is built where the reader is (before a run forks its workers), not at the first letter.
        FirstNames.prepare()
    }

    public init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
    }

    public func read(_ extracted: ExtractedText) -> Letter {
        if let failure = extracted.failure { return Self.unreadableLetter(failure) }
        var (lines, isForm) = Self.textLines(extracted)
        // A forwarded e-mail: the message forwarded is the letter, not the note that forwards it.
        if let forwarded = Self.forwardedMessage(lines) { lines = forwarded }
        let wordCount = lines.reduce(0) { $0 + $1.tokens.count }
        guard wordCount > 0 else {
            return .unreadable("v dokumentu ni besedila, ki bi ga bilo mogoče prebrati (morda slike brez besedilnega sloja)")
        }
        guard wordCount >= 8 else {
            return Letter(status: .notANomination, textSource: isForm ? .form : .text, language: nil,
                          proposer: Proposer(name: nil, category: nil, confidence: 0), nominees: [], date: nil, late: false,
                          problems: [Problem(.notANomination, "Dokument vsebuje le nekaj besed in ni predlog kandidata.")])
        }
        let sections = LetterSections(lines: lines, isForm: isForm, gazetteer: gazetteer)
        let readable = sections.readable(0..<lines.count)
        let rows = LabeledValues.rows(in: readable)
        let language = LanguageGuess.guess(readable)
        var proposer = ProposerReader.read(sections: sections, rows: rows, gazetteer: gazetteer)
        let found = NomineeFinder.find(sections: sections, rows: rows, proposer: proposer, language: language, gazetteer: gazetteer)
        // A self-nomination with no sender named apart: the candidate is the proposer.
        if proposer.proposer.name == nil, found.count == 1, found[0].selfNominated {
            proposer.proposer.name = found[0].name
            proposer.proposer.category = proposer.proposer.category ?? .posameznik
            proposer.proposer.confidence = max(proposer.proposer.confidence, 0.75)
            proposer.proposer.source = "self_nomination"
        }
        let date = DateReader.date(sections: sections, rows: rows)
        let deadline = gazetteer.configuration.deadlineDate
        let late = date.map { $0 > deadline } ?? false
        let source: TextSource = isForm ? .form : .text

        // A letter that withdraws a nomination proposes no one: the committee decides what it undoes.
        let body = sections.body, excluded = sections.excluded
        if NomineeFinder.isWithdrawal(sections.lines.lazy.filter { LetterSections.isSubjectLine($0) || body.contains($0.index) && !excluded.contains($0.index) }) {
            let names = found.map(\.name).joined(separator: ", ")
            return Letter(status: .needsReview, textSource: source, language: language, proposer: proposer.proposer, nominees: [],
                          date: date, late: false,
                          problems: [Problem(.withdrawal, "Dopis umika ali preklicuje predlog" + (names.isEmpty ? "" : " (\(names))")
                                             + "; preverite, kateri predlog velja, in kandidata po potrebi izločite.")])
        }
        // The call office acknowledging a nomination it received is no nomination, whoever it names.
        let documentLines = sections.readable(0..<lines.count)
        // (Only the office's own letter: a proposer's reply may quote the office's acknowledgement.)
        let fromOffice = found.isEmpty || proposer.proposer.name.map { gazetteer.isRecipient(Tokenizer.tokens($0)) } ?? true
        if fromOffice, let receipt = DocumentEvidence.phrase(of: Vocabulary.acknowledgementMatcher, in: documentLines),
           !sections.lines.contains(where: { NomineeFinder.hasSelfCue($0.tokens) }) {
            return Self.notANomination("Dokument je potrdilo o prejemu predloga, ne predlog: »\(receipt)«.", source: source, language: language, date: date)
        }
        // A document titled as another kind ("SPOROČILO ZA JAVNOST", "VABILO") with no nomination of
        // its writer's own is that other document, whatever names it holds.
        if let title = DocumentEvidence.otherDocumentTitle(in: documentLines), !NomineeFinder.hasPersonNominationCue(sections.readable(sections.body)),
           !found.contains(where: { $0.fromDataRow || $0.selfNominated }) {
            return Self.notANomination("Dokument ni predlog kandidata, temveč drug dokument: »\(title)«.", source: source, language: language, date: date)
        }
        guard !found.isEmpty else {
            func review(_ message: String) -> Letter {
                Letter(status: .needsReview, textSource: source, language: language, proposer: proposer.proposer, nominees: [],
                       date: date, late: late, problems: [Problem(.noCandidate, message)])
            }
            if NomineeFinder.hasPersonNominationCue(sections.readable(sections.body)) {
                return review("Dopis je videti kot predlog, vendar kandidata ni bilo mogoče prebrati. Preberite dopis in vnesite kandidata ročno.")
            }
            // A sender saying it proposes no one ("na poziv ne bo predlagala kandidatov").
            if let declined = NomineeFinder.declinedNomination(sections.readable(sections.body)) {
                return Self.notANomination("Dopis sporoča, da predlagatelj ne predlaga kandidata: »\(DocumentEvidence.quote(declined))«.",
                                           source: source, language: language, date: date)
            }
            // "Not a nomination" is a finding: the document is about something else.
            if let other = DocumentEvidence.phrase(of: Vocabulary.otherDocumentMatcher, in: documentLines) {
                return Self.notANomination("Dokument ni predlog kandidata, temveč drug dokument (račun, ponudba, vabilo, novice ipd.): »\(other)«.",
                                           source: source, language: language, date: date)
            }
            // A document about the call with no candidate read: a person must look.
            if let call = DocumentEvidence.callWord(in: documentLines) {
                return review("Dokument govori o pozivu ali akcijski skupini (»\(call)«), vendar kandidata ni bilo mogoče prebrati. Preberite dopis in vnesite kandidata ročno.")
            }
            return Self.notANomination("Dokument ni predlog kandidata za akcijsko skupino (ne omenja poziva ne predlagane osebe).",
                                       source: source, language: language, date: date)
        }

        var nominees: [Nominee] = []
        // The body up to the first person named (a data row may name one above the salutation).
        // (A person listed in a row is named on the row: the sentence that introduces the list is the preamble's.)
        let preambleEnd = max(sections.body.lowerBound,
                              found.map { $0.fromDataRow ? ($0.evidence.line ?? $0.anchor) : $0.anchor }.min().map { $0 + 1 } ?? sections.body.lowerBound)
        // Several people: each paragraph belongs to the person it names.
        let passages = Passages.attribute(found.map(\.name), in: sections.readable(sections.body.lowerBound..<sections.attachment.lowerBound),
                                          from: found.first?.anchor ?? 0)
        for (index, candidate) in found.enumerated() {
            // People introduced together share their passage, up to the next person's own.
            let end = found[(index + 1)...].first { $0.anchor > candidate.anchor }?.anchor ?? sections.body.upperBound
            let sharing = found.filter { $0.anchor == candidate.anchor }
            let share = (position: sharing.firstIndex { $0.name == candidate.name } ?? 0, of: sharing.count)
            let start = index == 0 && sections.isForm ? 0 : candidate.anchor
            let blockRange = start..<max(start, sections.isForm && found[(index + 1)...].allSatisfy({ $0.anchor == candidate.anchor }) ? lines.count : end)
            var context = NomineeContext(sections: sections, rows: rows, proposer: proposer, found: candidate,
                                         block: Self.passage(of: index, range: blockRange, passages: passages, sections: sections)
                                             .filter { !proposer.contactLines.contains($0.index) },
                                         preamble: sections.readable(sections.body.lowerBound..<preambleEnd),
                                         onlyOne: found.count == 1, share: share, gazetteer: gazetteer)
            context.others = found.filter { $0.name != candidate.name }.map(\.name)
            context.ownReply = Self.ownQuotedReply(of: candidate.name, in: sections)
            nominees.append(context.nominee())
        }

        // "Martina Hrvatin in Dean Petejan sta soglasji predložila": a sentence naming some of them
        // states their consent together.
        if nominees.count > 1 {
            let people = nominees.map { $0.name.split(separator: " ").map(String.init) }
            let stream = TokenStream(sections.readable(sections.body))
            var sentence: [Token] = []
            for index in stream.tokens.indices {
                sentence.append(stream.tokens[index])
                guard stream.endsSentence(at: index) || index == stream.tokens.count - 1 else { continue }
                defer { sentence = [] }
                let named = people.indices.filter { person in
                    sentence.contains { token in token.isCapitalized && token.text.count > 2 && people[person].contains { PersonName.sameWord($0, token.text) } }
                }
                guard named.count >= 2, let stated = ConsentReader.consent(in: sentence) else { continue }
                // (A table's consent column has answered already, "–" included.)
                for person in named where nominees[person].consent == nil && found[person].consentCell == nil { nominees[person].consent = stated }
            }
        }
        // "Oba kandidata sta podala soglasje": for every candidate the letter says nothing else of.
        if nominees.count > 1, nominees.contains(where: { $0.consent == nil }),
           let shared = ConsentReader.sharedConsent(in: TokenStream(sections.readable(sections.body)).tokens) {
            for index in nominees.indices where nominees[index].consent == nil { nominees[index].consent = shared }
        }

        var problems: [Problem] = []
        if proposer.proposer.category == nil {
            problems.append(Problem(.proposerUnknown, "Vrste predlagatelja (KS, društvo, agrarna skupnost, ponudnik, posameznik) ni bilo mogoče določiti. Preverite predlagatelja."))
        }
        if late, let date {
            problems.append(Problem(.late, "Dopis je datiran \(date.slovenian), po roku \(deadline.slovenian)."))
        }
        if date == nil {
            problems.append(Problem(.noDate, "Dopis nima datuma; preverite datum prejema."))
        }
        for nominee in nominees {
            // A name read where no known first name stands (a row's value may be anything): a guess.
            if let name = nominee.evidence.first(where: { $0.field == "name" }), name.confidence < Evidence.weak {
                problems.append(Problem(.nameUncertain, "Ime kandidata »\(nominee.name)« ni prepoznano kot ime osebe (vrstica: »\(name.quote)«); preverite ga."))
            }
            if nominee.consent == false {
                problems.append(Problem(.consentRefused, "Kandidat \(nominee.name) s kandidaturo ne soglaša."))
                } else if nominee.consent == nil {
                problems.append(Problem(.consentMissing, "Soglasje kandidata \(nominee.name) ni navedeno; pridobite ga."))
            }
            if nominee.email == nil && nominee.phone == nil {
                problems.append(Problem(.noContact, "Za kandidata \(nominee.name) ni ne telefona ne e-pošte."))
                }
        }
        for nominee in nominees {
            if nominee.clusterInferred, let place = nominee.clusterPlace {
                let names = nominee.clusters.compactMap { gazetteer.configuration.cluster($0)?.name }.joined(separator: ", ")
                problems.append(Problem(.clusterInferred, "Akcijska skupina ni navedena; določena je po kraju (\(place)): \(names)."))
            }
            if let problem = nominee.clusterProblem { problems.append(problem) }
        }
        if nominees.contains(where: { $0.clusters.isEmpty }) && !problems.contains(where: { $0.kind == .noCluster || $0.kind == .clusterUncertain }) {
            problems.append(Problem(.noCluster, "Akcijska skupina ni navedena. Preverite, za katero skupino je predlog."))
        }
        return Letter(status: .decided(by: problems), textSource: source, language: language, proposer: proposer.proposer,
                      nominees: nominees, date: date, late: late, problems: problems)
    }

    /// The lines the reader works on: the pages' text (a form's values laid in where its fields
    /// sit, by the extraction), without unticked options.
    static func textLines(_ extracted: ExtractedText) -> (lines: [TextLine], isForm: Bool) {
        (TextLine.lines(pages: extracted.pages.map(removeUntickedOptions)), extracted.hasFilledFields)
    }

    /// "Vrsta  ☐ društvo  ☒ ponudnik" → "Vrsta  ☒ ponudnik": unticked options name nothing.
    /// An unticked mark is cut with what follows it, up to a column gap, else the next ticked mark,
    /// else the line's end. Works on bytes: every mark is a fixed sequence of them.
    static func removeUntickedOptions(_ page: String) -> String {
        guard LetterSections.mayHoldTick(page), LetterSections.untickedMarks.contains(where: { ByteSearch.contains(page, $0) }) else { return page }
        let bytes = Array(page.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var lineStart = 0
        while lineStart <= bytes.count {
            let lineEnd = bytes[lineStart...].firstIndex(of: 10) ?? bytes.count
            var line = Array(bytes[lineStart..<lineEnd])
            if LetterSections.mayHoldTick(line) {
                for mark in untickedMarkBytes {
                    while let at = ByteSearch.offset(of: mark, in: line, from: 0) {
                        // The mark's caption follows it, perhaps after a gap ("☐  Mesto Koper").
                        var rest = at + mark.count
                        while rest < line.count, line[rest] == 32 { rest += 1 }
                        let stop = ByteSearch.offset(of: gap, in: line, from: rest)
                            ?? tickedMarkBytes.compactMap { ByteSearch.offset(of: $0, in: line, from: rest) }.min() ?? line.count
                        line.removeSubrange(at..<stop)
                    }
                }
            }
            out.append(contentsOf: line)
            if lineEnd < bytes.count { out.append(10) }
            lineStart = lineEnd + 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static let untickedMarkBytes = LetterSections.untickedMarks.map { Array($0.utf8) }
    private static let tickedMarkBytes = LetterSections.tickedMarks.map { Array($0.utf8) }
    private static let gap = Array("  ".utf8)

    static func notANomination(_ reason: String, source: TextSource, language: Language?, date: CalendarDate?) -> Letter {
        Letter(status: .notANomination, textSource: source, language: language, proposer: Proposer(name: nil, category: nil, confidence: 0),
               nominees: [], date: date, late: false, problems: [Problem(.notANomination, reason)])
    }

    /// A candidate's own reply quoted below the letter ("Dne 17. 2. 2026 je Mitja Gregorič
    /// <mitja…@t-2.net> napisal: > strinjam se …"): their address and consent, with the quote marks
    /// taken off. Quoted text names no one else.
    static func ownQuotedReply(of name: String, in sections: LetterSections) -> [TextLine] {
        var result: [TextLine] = []
        for line in sections.lines where line.text.utf8.last == UInt8(ascii: ":") && ByteSearch.contains(line.text, "@") && !sections.excluded.contains(line.index) {
            guard let open = line.text.firstIndex(of: "<") else { continue }
            let before = Tokenizer.tokens(String(line.text[..<open]))
            guard before.count >= 2, PersonName.samePerson(PersonName.join(Array(before.suffix(2))), name) else { continue }
            result.append(line)
            for next in sections.lines[(line.index + 1)...] {
                guard sections.excluded.contains(next.index), next.text.hasPrefix(">") else { break }
                result.append(TextLine(index: next.index, text: String(next.text.drop { $0 == ">" || $0 == " " }), page: next.page))
            }
        }
        return result
    }

    /// A person's passage: the lines from where they are named to the next person, without those
    /// that name someone else, and with those further on that name them.
    static func passage(of person: Int, range: Range<Int>, passages: [Set<Int>], sections: LetterSections) -> [TextLine] {
        guard passages.count > 1 else { return sections.readable(range) }
        let others = passages.indices.filter { $0 != person }.reduce(into: Set<Int>()) { $0.formUnion(passages[$1]) }
        let own = passages[person].subtracting(range)
        // The range ends at a heading after the person's own lines ("Ad 3)", "III. Sklep začne veljati"):
        // what follows it is another matter.
        var lines: [TextLine] = []
        var cut = false
        for line in sections.readable(range) {
            if line.index > range.lowerBound, Passages.startsHeading(line), !passages[person].contains(line.index) { cut = true }
            if passages[person].contains(line.index) || !cut && !others.contains(line.index) { lines.append(line) }
        }
        return lines + own.sorted().filter { !sections.excluded.contains($0) }.map { sections.lines[$0] }
    }

    /// The lines of the message a printed e-mail forwards, numbered anew, or nil when it forwards none.
    static func forwardedMessage(_ lines: [TextLine]) -> [TextLine]? {
        for line in lines.prefix(40) where line.tokens.count <= 8 && Vocabulary.forwardMarkerMatcher.contains(in: line.tokens) {
            let rest = lines[(line.index + 1)...]
            guard rest.contains(where: { !$0.isBlank }) else { return nil }
            return rest.enumerated().map { TextLine(index: $0.offset, text: $0.element.text, page: $0.element.page) }
        }
        // No marker, but a forwarded subject ("FW: …", "Posl.: …") and a second sender's header
        // below the first: the message from that header on.
        // (Told by tokens: a field's name is the line's first token, with a colon after it.)
        func field(_ line: TextLine) -> String? {
            guard let first = line.tokens.first, first.punctuationAfter == ":" else { return nil }
            return LetterSections.emailFieldOfName[first.folded]
        }
        guard let subject = lines.prefix(12).first(where: { line in
            guard field(line) == "subject", line.tokens.count > 1 else { return false }
            // ("FW:", "Posl.:", "I:")
            let prefix = line.tokens[1]
            return Vocabulary.forwardSubjectPrefixes.contains(prefix.folded) && (prefix.punctuationAfter == ":" || prefix.punctuationAfter == ".")
        }) else { return nil }
        let headerStart = lines.prefix(12).first { field($0) == "from" }?.index ?? 0
        for line in lines[(max(subject.index, headerStart) + 1)...].prefix(60) where field(line) == "from" && ByteSearch.contains(line.text, "@") {
            return lines[line.index...].enumerated().map { TextLine(index: $0.offset, text: $0.element.text, page: $0.element.page) }
        }
        return nil
    }

    /// The letter of a file that could not be extracted: unreadable, and why.
    public static func unreadableLetter(_ failure: ExtractedText.Failure) -> Letter {
        .unreadable(reason(for: failure))
    }

    static func reason(for failure: ExtractedText.Failure) -> String {
        switch failure {
        case .empty: return "prazna datoteka (0 bajtov)"
        case .notPDF: return "datoteka ni dokument PDF"
        case .damaged: return "poškodovan ali nepopoln dokument PDF"
        case .encrypted: return "dokument PDF je zaščiten z geslom"
        case .noPages: return "dokument PDF nima nobene strani"
        case .scanned: return "skeniran dokument brez besedilnega sloja"
        case .crashed: return "branje dokumenta se je nepričakovano končalo (poškodovan dokument)"
        case .timedOut: return "branje dokumenta je trajalo predolgo in je bilo prekinjeno"
        case .tooLarge: return "branje dokumenta je porabilo preveč pomnilnika in je bilo prekinjeno"
        case .missing: return "datoteke ni bilo mogoče prebrati"
        }
    }
}

import Foundation
