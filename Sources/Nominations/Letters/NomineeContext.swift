/// Everything the letter says about one nominee, read from the passage about them.
struct NomineeContext {
    let sections: LetterSections
    let rows: [(role: LabeledValues.Role, row: LabeledValue)]
    let proposer: ProposerReading
    let found: FoundNominee
    /// The passage about this nominee, without the proposer's own contact lines.
    let block: [TextLine]
    /// Body text before the first nominee (shared by all).
    let preamble: [TextLine]
    let onlyOne: Bool
    /// This person's place among people introduced together, who share one passage.
    let share: (position: Int, of: Int)
    let gazetteer: Gazetteer
    /// Line numbers of the passage (worked out once: every labelled-row lookup asks).
    let blockLines: Set<Int>
    /// The other people the letter proposes: a sentence about them alone says nothing of this one.
    var others: [String] = []
    /// The candidate's own reply quoted below the letter (their address and consent).
    var ownReply: [TextLine] = []

    init(sections: LetterSections, rows: [(role: LabeledValues.Role, row: LabeledValue)], proposer: ProposerReading, found: FoundNominee,
         block: [TextLine], preamble: [TextLine], onlyOne: Bool, share: (position: Int, of: Int), gazetteer: Gazetteer) {
        self.sections = sections
        self.rows = rows
        self.proposer = proposer
        self.found = found
        self.block = block
        self.preamble = preamble
        self.onlyOne = onlyOne
        self.share = share
        self.gazetteer = gazetteer
        blockLines = Set(block.map(\.index))
    }

    /// Block lines that are not a given kind of labelled row.
    func block(without role: LabeledValues.Role) -> [TextLine] {
        block.filter { LabeledValues.labelRole(of: $0)?.role != role }
    }

    func rowsInBlock(_ role: LabeledValues.Role) -> [LabeledValue] {
        let lines = blockLines
        return rows.filter { $0.role == role && (lines.contains($0.row.line) || (sections.isForm && onlyOne)) }.map(\.row)
    }

    /// The signer is this nominee, signing for their own business ("lastnik", "nosilec dejavnosti").
    var ownerSigns: Bool {
        guard let signer = proposer.signer, PersonName.samePerson(signer, found.name) else { return false }
        guard let role = proposer.signerRole else { return proposer.proposer.category == .ponudnik }
        return ProposerReader.ownerRoles.contains { role.hasPrefix($0) } || proposer.proposer.category == .ponudnik
    }

    /// CV lines are the nominee's own when the letter proposes one person.
    var attachmentLines: [TextLine] { onlyOne ? sections.readable(sections.attachment) : [] }

    func nominee() -> Nominee {
        var nominee = Nominee(name: found.name)
        nominee.selfNominated = found.selfNominated
        nominee.evidence.append(found.evidence)
        readContacts(into: &nominee)
        readConsent(into: &nominee)
        readTopics(into: &nominee)
        nominee.endorsements = rowsInBlock(.support).flatMap { Endorsements.split($0.value) }
        if nominee.endorsements.isEmpty { nominee.endorsements = Endorsements.find(in: block) }
        readPlaces(into: &nominee)
        nominee.category = seat()
        return nominee
    }

    private func seat() -> Category? {
        // An owner putting themself forward on the business's own letter holds a provider's seat,
        // as when the business proposes its owner; anyone else proposing themself is an individual.
        if found.selfNominated { return proposer.proposer.category == .ponudnik ? .ponudnik : .posameznik }
        return proposer.proposer.category
    }

    private func readContacts(into nominee: inout Nominee) {
        var emails: [String] = [], phones: [String] = []
        var lines = block.filter { !proposer.contactLines.contains($0.index) }
        // People named together, then each on a line of their own ("Maja Zorko: maja@…"): the
        // lines led by this person's name are theirs.
        var ownLines = false
        if share.of > 1 {
            let own = lines.filter { line in PersonName.leadingName(in: line.text).map { PersonName.samePerson($0, found.name) } ?? false }
            if !own.isEmpty { lines = own; ownLines = true }
        }
        for (position, line) in lines.enumerated() {
            emails += EmailFinder.emails(in: line.text)
            // An address broken at a line's end ("aleksander.glavina@" / "gmail.com.").
            if position + 1 < lines.count, lines[position + 1].index == line.index + 1 {
                emails += Self.wrappedEmails(line, lines[position + 1])
            }
            phones += PhoneFinder.phones(in: line.text).filter { !isTrap(line, $0) }.map(\.e164)
            // A number wrapped over the line's end ("tel. 041 232" / "323)").
            if position + 1 < lines.count, lines[position + 1].index == line.index + 1 {
                phones += Self.wrappedPhones(line, lines[position + 1])
            }
        }
        var extra: [TextLine] = attachmentLines + ownReply
        if found.selfNominated {
            // The person's own contacts below their signature come before a business's letterhead.
            extra += sections.readable(sections.signature) + sections.readable(sections.letterhead)
            if let from = sections.emailHeader["from"] { extra.append(sections.lines[from.line]) }
            extra += rows.filter { $0.role == .proposerContact }.compactMap { sections.lines.indices.contains($0.row.line) ? sections.lines[$0.row.line] : nil }
        } else if emails.isEmpty && phones.isEmpty && ownerSigns {
            // The owner's business contacts: in the letterhead, or in a footer below the signature.
            extra += sections.readable(sections.letterhead) + sections.readable(sections.signature)
        }
        for line in extra {
            emails += EmailFinder.emails(in: line.text)
            phones += PhoneFinder.phones(in: line.text).filter { !isTrap(line, $0) }.map(\.e164)
        }
        // The candidate's own labelled rows ("E-pošta  …", "GSM  …") come before anything else found.
        if share.of == 1 {
            emails = rowsInBlock(.email).flatMap { EmailFinder.emails(in: $0.value) } + emails
            phones = rowsInBlock(.phone).flatMap { PhoneFinder.phones(in: $0.value).map(\.e164) } + phones
        }
        let ownEmails = emails.filter { !isRecipientAddress($0) }
        if share.of > 1 && !ownLines {
            // Contacts given in the order the people were named.
            nominee.email = share.position < ownEmails.count ? ownEmails[share.position] : nil
            nominee.phone = share.position < phones.count ? phones[share.position] : nil
        } else {
            nominee.email = ownEmails.first
            nominee.phone = phones.first
        }
        nominee.address = rowsInBlock(.address).first?.value
        if nominee.address == nil, let data = rowsInBlock(.data).first?.value {
            let parts = data.split(separator: ",").map { $0.trimmingSpaces() }
            if parts.count >= 3 { nominee.address = parts[1...2].joined(separator: ", ") }
        }
    }

    /// Phone numbers that begin on one line and end on the next.
    /// E-mail addresses that begin on one line and end on the next.
    static func wrappedEmails(_ line: TextLine, _ next: TextLine) -> [String] {
        // Only a line that ends with "@", "(at)", "[at]" or a "." after an address, or a next line that
        // starts with "@", can break an address: most lines are let go on their last byte.
        var tail = line.text.utf8.reversed().drop { $0 == 32 }.makeIterator()
        let last = tail.next()
        guard last == UInt8(ascii: "@") || last == UInt8(ascii: ")") || last == UInt8(ascii: "]")
                || last == UInt8(ascii: ".") && ByteSearch.contains(line.text, "@")
                || next.text.utf8.first(where: { $0 != 32 }) == UInt8(ascii: "@") else { return [] }
        let text = line.text.trimmingSpaces(), following = next.text.trimmingSpaces()
        let breaks = text.hasSuffix("@") || text.hasSuffix(".") && !text.hasSuffix(" .") && text.split(separator: " ").last?.contains("@") == true
            || following.hasPrefix("@") || text.lowercased().hasSuffix("[at]") || text.lowercased().hasSuffix("(at)")
        guard breaks, let head = text.split(separator: " ").last, let tail = following.split(separator: " ").first else { return [] }
        let joined = String(head) + String(tail)
        let found = EmailFinder.emails(in: joined)
        return found.filter { !EmailFinder.emails(in: line.text).contains($0) }
    }

    /// A table's cell wraps too: "Pomjan 11b, 051 381  Kraški rob …" above "864, jbratoz@…".
    static func wrappedPhones(_ line: TextLine, _ next: TextLine) -> [String] {
        guard let first = next.text.unicodeScalars.first(where: { $0 != " " }), ScalarClass.isDigit(first) else { return [] }
        let nextCell = ByteSearch.range(of: "  ", in: next.text).map { String(next.text[..<$0.lowerBound]) } ?? next.text
        let cells = ByteSearch.contains(line.text, "  ") ? line.text.components(separatedBy: "  ") : [line.text]
        for cell in cells {
            // ("070 /" above "371 466": a number broken after its separator.)
            let trimmed = cell.trimmingSpaces()
            guard let last = trimmed.unicodeScalars.last, ScalarClass.isDigit(last) || last == "/" || last == "-" else { continue }
            let joined = trimmed + " " + nextCell.trimmingSpaces()
            let boundary = trimmed.unicodeScalars.count
            let phones = PhoneFinder.phones(in: joined).filter { $0.start < boundary && $0.end > boundary }.map(\.e164)
            if !phones.isEmpty { return phones }
        }
        return []
    }

    /// The call office's own addresses, and any other at its domain ("akcijske-skupine@zmktk.si").
    private func isRecipientAddress(_ email: String) -> Bool {
        // (The addresses and domains are worked out once, with the gazetteer: asked of every address.)
        if gazetteer.recipientAddresses.contains(email) { return true }
        return email.split(separator: "@").last.map { gazetteer.recipientDomains.contains(String($0)) } ?? false
    }

    /// Tax and bank numbers and register numbers are not phones even when they look alike.
    private func isTrap(_ line: TextLine, _ phone: PhoneFinder.Found) -> Bool {
        let before = Folding.fold(String(String.UnicodeScalarView(line.text.unicodeScalars.prefix(phone.start))))
        return ["davcn", "maticn", "ddv", "trr", "iban", "emso", "racun", "st. ", "stevilka"].contains { key in
            guard let offset = ByteSearch.firstOffset(of: key, in: before, last: true) else { return false }
            // "telefonska številka", "tel. št.": a phone's own label.
            if key == "st. " || key == "stevilka" {
                let head = before.utf8.prefix(offset)
                if ["telefonsk", "tel. ", "tel ", "kontaktn", "mobiln", "gsm"].contains(where: { String(decoding: head.suffix(12), as: UTF8.self).contains($0) }) { return false }
            }
            let end = before.utf8.index(before.utf8.startIndex, offsetBy: offset + key.utf8.count)
            return before[end...].count < 14
        }
    }

    private func readConsent(into nominee: inout Nominee) {
        var rule = "stated"
        if let cell = found.consentCell {
            // The table's own consent column decides (its legend below it states nothing).
            nominee.consent = cell
            rule = "table"
        } else if let row = rowsInBlock(.consent).first, let value = ConsentReader.consent(formValue: row.value) {
            nominee.consent = value
            rule = "form"
        } else {
            // Headings ("5 SOGLASJE IN PODPIS") state nothing, nor sentences about the others alone.
            // (One candidate may also consent below the proposer's signature: "Soglašam s predlogom:" above their name.)
            let signed = onlyOne ? sections.readable(sections.signature).filter { line in
                line.tokens.contains { word in ConsentReader.agreeing.contains { word.folded.hasPrefix($0) } }
            } : []
            let statements = block(without: .consent).filter { FormLabels.section(of: $0) == nil && !NomineeFinder.isTitle($0) } + ownReply + signed
            nominee.consent = ConsentReader.consent(in: ownSentences(TokenStream(statements).tokens))
            // A lone candidate's consent may be stated anywhere in the body, before the row that names them.
            if nominee.consent == nil, onlyOne {
                let earlier = preamble.filter { !blockLines.contains($0.index) && FormLabels.section(of: $0) == nil && !NomineeFinder.isTitle($0) }
                if !earlier.isEmpty { nominee.consent = ConsentReader.consent(in: TokenStream(earlier).tokens) }
            }
        }
        if nominee.consent == nil && (found.selfNominated || ownerSigns) { nominee.consent = true; rule = "own_letter" }
        if let consent = nominee.consent {
            nominee.evidence.append(Evidence(field: "consent", rule: rule, line: nil, quote: consent ? "soglaša" : "ne soglaša",
                                             confidence: rule == "stated" ? 0.8 : 0.95))
        }
    }

    /// The tokens without the sentences that name another candidate and not this one.
    func ownSentences(_ tokens: [Token]) -> [Token] {
        guard !others.isEmpty else { return tokens }
        let mine = found.name.split(separator: " ").map(String.init)
        let theirs = others.map { $0.split(separator: " ").map(String.init) }
        func names(_ words: [String], _ sentence: ArraySlice<Token>) -> Bool {
            sentence.contains { token in token.isCapitalized && token.text.count > 2 && words.contains { PersonName.sameWord($0, token.text) } }
        }
        var result: [Token] = []
        var start = 0
        for index in tokens.indices where index == tokens.count - 1 || [".", "!", "?", ";"].contains(tokens[index].punctuationAfter) {
            let sentence = tokens[start...index]
            if names(mine, sentence) || !theirs.contains(where: { names($0, sentence) }) { result += sentence }
            start = index + 1
        }
        return result
    }

    private func readTopics(into nominee: inout Nominee) {
        let bullets = attachmentLines.filter { line in line.text.first.map { "–-•*".contains($0) } ?? false }
        // Read as one text, so that a phrase (or a cluster's name) may wrap a line.
        let lines = block + bullets
        let byIndex = Dictionary(lines.map { ($0.index, $0) }, uniquingKeysWith: { first, _ in first })
        let stream = TokenStream(lines)
        for match in gazetteer.topics(in: stream.tokens) where nominee.topics[match.topic] == nil {
            guard let line = byIndex[stream.lineOf[match.start]] else { continue }
            nominee.topics[match.topic] = Self.quote(line.text, around: stream.tokens[match.start].offset)
        }
    }

    static func quote(_ text: String, around offset: Int) -> String {
        // Up to 40 characters before the offset and 60 from it, cut from the string in place.
        let startOffset = max(0, offset - 40)
        let start = text.index(text.startIndex, offsetBy: startOffset, limitedBy: text.endIndex) ?? text.endIndex
        let end = text.index(start, offsetBy: max(0, offset + 60 - startOffset), limitedBy: text.endIndex) ?? text.endIndex
        var quote = String(text[start..<end]).trimmingSpaces()
        if startOffset > 0 { quote = "…" + quote }
        if end < text.endIndex { quote += "…" }
        return quote
    }

    private func readPlaces(into nominee: inout Nominee) {
        let clusterRows = rowsInBlock(.cluster)
        var explicit = clusterRows.flatMap { row -> [String] in
            // "Akcijska skupina (št.)  3": a bare number in the cluster's row.
            let tokens = Tokenizer.tokens(row.value)
            if !tokens.isEmpty, tokens.allSatisfy(\.isNumber) {
                return tokens.compactMap { Int($0.text) }.filter { (1...gazetteer.configuration.clusters.count).contains($0) }
                    .map { gazetteer.configuration.clusters[$0 - 1].slug }
            }
            return gazetteer.namedClusters(in: tokens)
        }
        let text = block(without: .support)
        if explicit.isEmpty { explicit = ClusterReader.named(in: text, gazetteer: gazetteer) }
        if explicit.isEmpty {
            var shared = preamble
            if let subject = sections.emailHeader["subject"] { shared.append(sections.lines[subject.line]) }
            shared += sections.lines.prefix(sections.body.lowerBound).filter(LetterSections.isSubjectLine)
            explicit = ClusterReader.named(in: shared, gazetteer: gazetteer)
        }
        let areaRows = (rowsInBlock(.area) + clusterRows).flatMap { row in gazetteer.placeMatches(in: Tokenizer.tokens(row.value)).map(\.value) }
        // Preamble places count for the area only; the passage's places for both.
        let passage = ClusterReader.triggeredPlaces(in: text, triggerSets: [ClusterReader.areaTriggers, ClusterReader.homeTriggers], gazetteer: gazetteer)
        let shared = preamble.filter { !blockLines.contains($0.index) }
        let area = areaRows + (shared.isEmpty ? [] : ClusterReader.areaPlaces(in: shared, gazetteer: gazetteer)) + passage[0]
        let addressPlace = (rowsInBlock(.address).first?.value ?? nominee.address).flatMap { AddressReader.place(in: $0, gazetteer: gazetteer) }
        let home = passage[1] + (addressPlace.map { [$0] } ?? [])
        let decision = ClusterReader.decide(explicit: explicit, levels: [area, proposer.places, home], configuration: gazetteer.configuration)
        nominee.clusters = decision.clusters
        nominee.clusterInferred = decision.inferred
        nominee.clusterPlace = decision.place
        nominee.clusterProblem = decision.problem
        if !decision.clusters.isEmpty {
            let names = decision.clusters.compactMap { gazetteer.configuration.cluster($0)?.name }.joined(separator: ", ")
            nominee.evidence.append(decision.inferred
                ? Evidence(field: "cluster", rule: "inferred_from_place", line: nil, quote: decision.place ?? names, confidence: 0.6)
                : Evidence(field: "cluster", rule: "named", line: nil, quote: names, confidence: 0.95))
        }
        if let place = home.first {
            nominee.home = place.name
            nominee.homeClusters = place.uncertain ? [] : [place.cluster].compactMap { $0 }
        }
    }
}

import Foundation
