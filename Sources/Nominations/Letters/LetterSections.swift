/// The parts of a letter: letterhead, recipient, header, body, signature, attachment (CV),
/// and quoted text of earlier e-mails. Indexes are line numbers in `lines`.
struct LetterSections {
    let lines: [TextLine]
    /// Lines of the letterhead (the sender's name and contacts at the top).
    var letterhead: Range<Int> = 0..<0
    /// Lines of the recipient's address block.
    var recipient: Set<Int> = []
    /// From the salutation to the closing formula.
    var body: Range<Int>
    /// From the closing formula to the attachment or the end.
    var signature: Range<Int>
    /// A CV or other attachment after the letter.
    var attachment: Range<Int>
    /// Lines quoted from earlier e-mails, and unticked form options: read by nothing.
    var excluded: Set<Int> = []
    /// E-mail header fields ("Od", "Poslano", "Zadeva"), when the letter is a printed e-mail.
    var emailHeader: [String: (value: String, line: Int)] = [:]
    var isEmail: Bool { emailHeader["from"] != nil }
    var isForm: Bool

    static let salutations = Vocabulary.salutations
    static let salutationSet = Set(salutations)
    static let closings = Vocabulary.closings
    static let closingsAndSpace = closings.map { (closing: $0, withSpace: $0 + " ") }
    /// A line that is a closing starts with one of these words.
    static let closingFirstWords = Set(closings.map { String($0.split(separator: " ")[0]) })
    static let attachmentTitles = ["zivljenjepis", "curriculum vitae", "zivljenjepis kandidata", "zivljenjepis kandidatke", "cv", "priloga"]
    static let emailFields: [(String, [String])] = [
        ("from", ["od", "from", "posiljatelj", "da"]), ("sent", ["poslano", "sent", "datum", "date", "inviato", "data"]),
        ("to", ["za", "to", "prejemnik", "a"]), ("subject", ["zadeva", "subject", "oggetto"]), ("cc", ["kp", "cc"]),
    ]

    /// Each field name (folded) → its field; every name belongs to one field.
    static let emailFieldOfName: [String: String] = Dictionary(uniqueKeysWithValues: emailFields.flatMap { field, names in names.map { ($0, field) } })
    /// The longest field name's bytes, with room for diacritics and spaces around it.
    static let longestEmailField = 2 * (emailFields.flatMap(\.1).map(\.utf8.count).max() ?? 0) + 4

    init(lines: [TextLine], isForm: Bool, gazetteer: Gazetteer) {
        self.lines = lines
        self.isForm = isForm
        let count = lines.count
        body = 0..<count
        signature = count..<count
        attachment = count..<count

        readEmailHeader()
        markQuotedAndUnticked()

        // Attachment: a title line such as "ŽIVLJENJEPIS" after some letter text.
        var attachmentStart = count
        for line in lines where line.index > 3 && line.tokens.count <= 4 && !excluded.contains(line.index) {
            // Every title starts with one of these words (a cheap test before the words are joined).
            guard let first = line.tokens.first?.folded, Vocabulary.attachmentTitles.contains(first) || first == "priloga" else { continue }
            let words = line.tokens.map(\.folded).joined(separator: " ")
            // A title: in capitals, or a word or two ("Življenjepis", "Curriculum vitae").
            if Vocabulary.attachmentTitles.contains(first) && (line.tokens.count <= 2 || NomineeFinder.isTitle(line))
                || Self.attachmentTitles.contains(words) && words != "priloga" {
                attachmentStart = line.index
                break
            }
        }
        attachment = attachmentStart..<count

        // Recipient block: a line with a recipient sign and its address lines.
        // (In "Kulturno društvo Pregara   ZMKTK – PREJETO" the recipient is a stamp beside the sender: the
        // first column decides.)
        for line in lines.prefix(min(attachmentStart, 25)) where gazetteer.isRecipient(Self.firstColumnTokens(line)) {
            recipient.insert(line.index)
            var next = line.index + 1
            while next < attachmentStart, next <= line.index + 3 {
                let candidate = lines[next]
                if candidate.isBlank { next += 1; continue }
                let folded = candidate.folded
                let looksAddress = candidate.tokens.contains { $0.isNumber && $0.text.count == 4 } || gazetteer.isRecipient(candidate.tokens)
                    || ByteSearch.contains(folded, "koper") || ByteSearch.contains(folded, "capodistria") || folded.hasPrefix("ente ")
                // An address line is short: "Predlagam … Mesto Koper." is the letter's first sentence.
                if !looksAddress || candidate.tokens.count > 8 || DateFinder.dates(in: candidate.text).count > 0 { break }
                recipient.insert(next)
                next += 1
            }
        }

        // Salutation and closing.
        var salutation: Int?
        for line in lines.prefix(attachmentStart) where !excluded.contains(line.index) {
            guard let first = line.tokens.first?.folded else { continue }
            if Self.salutationSet.contains(first)
                || line.tokens.count >= 2 && Self.salutationSet.contains(first + " " + line.tokens[1].folded) {
                if line.tokens.count <= 4 || line.text.hasSuffix(",") || line.tokens.count < 12 { salutation = line.index; break }
            }
        }
        let bodyStart = salutation.map { $0 + 1 } ?? (recipient.max().map { $0 + 1 } ?? 0)
        var closing: Int?
        for line in lines[bodyStart..<attachmentStart].reversed() where line.tokens.count <= 9 && !excluded.contains(line.index) {
            guard let first = line.tokens.first?.folded, Self.closingFirstWords.contains(first) else { continue }
            let words = line.tokens.map(\.folded).joined(separator: " ")
            // ("Lep pozdrav in upam, da se vidimo," — a closing led by a formula and ended by a comma.)
            let endsWithComma = line.text.trimmingSpaces().hasSuffix(",")
            if Self.closingsAndSpace.contains(where: { words == $0.closing || words.hasPrefix($0.withSpace) && (line.tokens.count <= 4 || endsWithComma) }) {
                closing = line.index
                break
            }
        }
        let bodyEnd = closing ?? Self.unmarkedSignatureStart(lines, from: bodyStart, to: attachmentStart, gazetteer: gazetteer) ?? attachmentStart
        body = bodyStart..<max(bodyStart, bodyEnd)
        signature = bodyEnd..<attachmentStart

        // Letterhead: the top lines before the recipient block, the salutation or the subject line.
        // A letter with neither a salutation nor a recipient block: the top lines before the
        // first date, title or sentence.
        let firstRecipient = recipient.min() ?? Int.max
        let structured = salutation != nil || !recipient.isEmpty
        var letterheadEnd = 0
        for line in lines.prefix(min(structured ? bodyStart : 8, 12)) {
            if line.index >= firstRecipient || line.index == salutation || Self.isSubjectLine(line) { break }
            if isEmail || isForm { break }
            if !structured && !line.isBlank && Self.endsUnframedLetterhead(line) { break }
            letterheadEnd = line.index + 1
        }
        letterhead = 0..<letterheadEnd
        // The recipient's address at the very top (right-aligned above the sender's): the sender's
        // lines follow it, up to the salutation, the subject or the date.
        if letterheadEnd == 0, firstRecipient == 0, let lastRecipient = recipient.max(), !isEmail, !isForm {
            var end = lastRecipient + 1
            for line in lines[(lastRecipient + 1)..<min(count, lastRecipient + 7)] {
                if line.index == salutation || Self.isSubjectLine(line) || !line.isBlank && Self.endsUnframedLetterhead(line) { break }
                end = line.index + 1
            }
            letterhead = (lastRecipient + 1)..<end
        }
    }

    /// Where a letterhead with no salutation or recipient below it ends: a sentence, a date (not
    /// one in a column of its own beside the sender's name), a nomination, a title or a form's row.
    static func endsUnframedLetterhead(_ line: TextLine) -> Bool {
        let firstColumn = ByteSearch.range(of: "  ", in: line.text).map { String(line.text[..<$0.lowerBound]) } ?? line.text
        // (A long line of contacts is still the letterhead's: "tel. 05 653 22 11, info@…".)
        let sentence = line.tokens.count >= 8 && !ByteSearch.contains(line.text, "  ")
            && EmailFinder.emails(in: line.text).isEmpty && PhoneFinder.phones(in: line.text).isEmpty
        return sentence || !DateFinder.dates(in: firstColumn).isEmpty
            || NomineeFinder.hasNominationCue([line]) || isTitleOrFormRow(line)
    }

    static let subjectWords = Vocabulary.subjectWords
    static let quoteHeaderEndings = ["napisal:", "napisala:", "wrote:", "ha scritto:", "scrisse:", "pisal:", "pisala:"]

    /// A line that only marks where the stamp or the signature goes.
    static func isStampOrSignaturePlace(_ line: TextLine) -> Bool {
        let words = line.tokens.map(\.folded)
        if words.isEmpty { return line.text.contains("___") || line.text.contains("...") }
        return words.count <= 3 && words.allSatisfy { ["zig", "m", "p", "l", "s", "podpis", "in", "timbro", "firma"].contains($0) }
    }

    /// A form's row that is not a sender's contact ("Predlagatelj: …", "Ime in priimek: …"), or a
    /// title ("PREDLOG ZA ČLANA AKCIJSKE SKUPINE"): where a letterhead has ended.
    static func isTitleOrFormRow(_ line: TextLine) -> Bool {
        if let role = LabeledValues.labelRole(of: line, section: .neither)?.role, ![.phone, .email, .address, .date, .placeAndDate].contains(role) { return true }
        return ["predlog", "kandidat", "akcijsk", "propost", "candidat"].contains { ByteSearch.contains(line.folded, $0) }
    }

    /// "Zadeva: …", "Predmet: …", "Oggetto: …".
    static func isSubjectLine(_ line: TextLine) -> Bool {
        subjectWords.contains { line.folded.hasPrefix($0) }
    }

    /// A signature with no closing formula before it ("Predsednik Sveta KS" above a name, or a
    /// place and date above a name): the short lines at the letter's end, when they hold a person
    /// or a role. Lines of a list ("- Ana Novak") and lines after a colon are the letter's own.
    static func unmarkedSignatureStart(_ lines: [TextLine], from start: Int, to end: Int, gazetteer: Gazetteer) -> Int? {
        var first: Int?
        var holdsSigner = false
        var holdsRole = false
        var taken = 0
        // Contacts or an address below the signer ("M: +386 41 …", "Krkavce 46"), before any name.
        var trailing = 0
        for line in lines[start..<end].reversed() {
            if line.isBlank { continue }
            // "(žig)", "M. P.", "Podpis: ______": the stamp's and the signature's places.
            if Self.isStampOrSignaturePlace(line) { first = line.index; continue }
            if !holdsSigner, trailing < 3, line.tokens.count <= 6, Self.isContactOrAddress(line) {
                trailing += 1
                first = line.index
                continue
            }
            guard taken < 5, line.tokens.count <= 8 else { break }
            let text = line.text.trimmingSpaces()
            if let lead = text.unicodeScalars.first, "-–•*·".unicodeScalars.contains(lead) || lead.properties.numericType != nil && text.count > 1
                && (text.dropFirst().hasPrefix(".") || text.dropFirst().hasPrefix(")")) { break }
            let folded = line.tokens.map(\.folded).joined(separator: " ")
            // A colon introduces what follows ("predlagamo:"), except "Za TD Sočerga:" above a signer.
            if text.hasSuffix(":") && !folded.hasPrefix("za ") || EmailFinder.emails(in: text).count > 0
                || PhoneFinder.phones(in: text).count > 0 { break }
            let isRole = ProposerReader.roleWords.contains { folded.hasPrefix($0) || ByteSearch.contains(folded, ", " + $0) }
                || ProposerReader.roleWords.contains { role in line.tokens.contains { $0.folded == role } }
            // ("Koper, 2. 2. 2026   Goran Radović": a name in a column beside the place and date.)
            let isName = PersonName.leadingName(in: text) != nil && line.tokens.count <= 5
                || ByteSearch.contains(text, "  ") && text.components(separatedBy: "  ").contains { column in
                    let trimmed = column.trimmingSpaces()
                    return PersonName.leadingName(in: trimmed) == trimmed && FirstNames.holdsFirstName(trimmed)
                }
            let isOrganisation = gazetteer.category(ofOrganisation: line.tokens) != nil || folded.hasPrefix("za ")
            let isDate = !DateFinder.dates(in: text).isEmpty
            guard isRole || isName || isOrganisation || isDate else { break }
            // A sentence's end is the letter's own ("Tone je pastir.").
            if text.hasSuffix(".") && !isDate && !isRole && !isOrganisation && line.tokens.count > 2 { break }
            if isRole || isName { holdsSigner = true }
            if isRole { holdsRole = true }
            first = line.index
            taken += 1
        }
        // (A name with a phone below it may be the candidate's row: only a role makes it a signature.)
        guard holdsSigner, trailing == 0 || holdsRole || taken >= 1 && Self.signerNameAbove(lines, first: first, end: end), let first, first > start else { return nil }
        return first
    }

    /// The tokens of a line's first column (the whole line when it has no column gap).
    static func firstColumnTokens(_ line: TextLine) -> [Token] {
        guard let gap = line.tokens.firstIndex(where: \.gapAfter), gap < line.tokens.count - 1 else { return line.tokens }
        return Array(line.tokens[...gap])
    }

    /// A short line of contacts ("M: +386 41 909 117", "tel. 05 …, ana@…") or an address ("Krkavce 46").
    static func isContactOrAddress(_ line: TextLine) -> Bool {
        if !PhoneFinder.phones(in: line.text).isEmpty || !EmailFinder.emails(in: line.text).isEmpty { return true }
        // A place and a house number, no more.
        return line.tokens.count <= 4 && line.tokens.last?.isNumber == true && line.tokens.first?.isCapitalized == true
    }

    /// Whether the name at the top of an unmarked signature is its writer's: the line above it ends a
    /// sentence or a closing (so the name is not part of a list of candidates).
    static func signerNameAbove(_ lines: [TextLine], first: Int?, end: Int) -> Bool {
        guard let first, first > 0 else { return false }
        let above = lines[first - 1].text.trimmingSpaces()
        return above.hasSuffix(".") || above.hasSuffix(",") || above.hasSuffix("!")
    }

    private mutating func readEmailHeader() {
        for line in lines.prefix(12) {
            // Field names are short words: a longer label is not one (and is not folded).
            let utf8 = line.text.utf8
            guard let colon = utf8.prefix(Self.longestEmailField + 1).firstIndex(of: UInt8(ascii: ":")) else { continue }
            let key = Folding.fold(String(line.text[..<colon])).trimmingSpaces()
            guard let field = Self.emailFieldOfName[key], emailHeader[field] == nil else { continue }
            emailHeader[field] = (String(line.text[line.text.index(after: colon)...]).trimmingSpaces(), line.index)
        }
        // A web-mail print without labels: "Ana Novak <ana.novak@gmail.com>   10. feb. 2026 14:22".
        if emailHeader["from"] == nil {
            for line in lines.prefix(12) where ByteSearch.contains(line.text, "<") && ByteSearch.contains(line.text, "@") {
                let head = String(line.text[..<line.text.firstIndex(of: "<")!]).trimming(charactersIn: " \"'")
                guard let person = PersonName.leadingName(in: head), person == head else { continue }
                let afterAddress = line.text.firstIndex(of: ">").map { String(line.text[line.text.index(after: $0)...]) } ?? ""
                emailHeader["from"] = (line.text.trimmingSpaces(), line.index)
                if emailHeader["sent"] == nil, !DateFinder.dates(in: afterAddress).isEmpty { emailHeader["sent"] = (afterAddress.trimmingSpaces(), line.index) }
                // …or the date on a line of its own just below ("sob, 14. feb 2026 11:26").
                if emailHeader["sent"] == nil, let next = lines[(line.index + 1)...].prefix(2).first(where: { $0.tokens.count <= 8 && !DateFinder.dates(in: $0.text).isEmpty }) {
                    emailHeader["sent"] = (next.text, next.index)
                }
                break
            }
        }
        // …or the sender's name on its line ("Mojca Bernetič   sre. 4. 2. 2026 15:06") and the address alone below it.
        if emailHeader["from"] == nil {
            for line in lines.prefix(10) where line.index + 1 < lines.count {
                let next = lines[line.index + 1]
                guard ByteSearch.contains(next.text, "@") else { continue }
                let address = EmailFinder.emails(in: next.text)
                guard address.count == 1, next.tokens.count <= 6, !ByteSearch.contains(next.text, "  ") else { continue }
                let column = ByteSearch.range(of: "  ", in: line.text).map { String(line.text[..<$0.lowerBound]) } ?? line.text
                guard let person = PersonName.leadingName(in: column), person == column.trimmingSpaces(), FirstNames.holdsFirstName(person) else { continue }
                emailHeader["from"] = (person + " <" + address[0] + ">", line.index)
                if emailHeader["sent"] == nil, column != line.text, !DateFinder.dates(in: line.text).isEmpty { emailHeader["sent"] = (String(line.text.dropFirst(column.count)), line.index) }
                break
            }
        }
        // An e-mail needs a sender with an address; "Za:" alone is a form label.
        if let from = emailHeader["from"], !from.value.contains("@") && EmailFinder.emails(in: from.value).isEmpty {
            emailHeader = [:]
        }
    }

    /// Quoted earlier e-mails ("> …", "-----Original Message-----", a second "Od:" header)
    /// and unticked form options ("☐ društvo", "[ ] ponudnik").
    private mutating func markQuotedAndUnticked() {
        var quoting = false
        for line in lines {
            let text = line.text
            if isEmail, line.index > (emailHeader.values.map(\.line).max() ?? 0) {
                let folded = line.folded
                if ["original message", "izvirno sporocilo", "posredovano sporocilo", "forwarded message"].contains(where: { ByteSearch.contains(folded, $0) })
                    || (folded.hasPrefix("od:") && line.index > 6) || (folded.hasPrefix("from:") && line.index > 6)
                    || (folded.hasSuffix(":") && (ByteSearch.contains(folded, " je napisal") || ByteSearch.contains(folded, " wrote")))
                    // "Dne 18. 2. 2026 ob 9:15 je ZMKTK <…> napisal:", "Il giorno … ha scritto:"
                    || Self.quoteHeaderEndings.contains(where: { folded.hasSuffix($0) }) && ByteSearch.contains(folded, "@") {
                    quoting = true
                }
            }
            if quoting || text.hasPrefix(">") { excluded.insert(line.index); continue }
            if Self.isUnticked(text) { excluded.insert(line.index) }
        }
    }

    static let untickedMarks = ["☐", "□", "[ ]", "[]", "( )", "❏", "❑", "◻", "○", "◯"]
    static let tickedMarks = ["☒", "☑", "■", "✓", "✔", "✗", "✘", "✕", "[x]", "[X]", "(x)", "(X)", "⊠", "●", "◼", "[✓]"]

    static let tickScalars: Set<Unicode.Scalar> = Set((untickedMarks + tickedMarks).compactMap { $0.unicodeScalars.first }.filter { $0.value > 127 })

    /// A cheap test before looking for tick marks: a box character or "[" / "(" somewhere.
    static func mayHoldTick(_ text: String) -> Bool {
        UTF8Scan.withBytes(text) { mayHoldTick($0) }
    }

    static func mayHoldTick(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { mayHoldTick($0) }
    }

    static func mayHoldTick(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // Box characters lie above U+2000: three-byte UTF-8, led by 0xE2 or more.
        var wide = false
        for byte in bytes {
            if byte == UInt8(ascii: "[") || byte == UInt8(ascii: "(") { return true }
            if byte >= 0xE2 { wide = true }
        }
        guard wide else { return false }
        var index = 0
        while index < bytes.count {
            let (value, length) = UTF8Scan.decode(bytes, at: index)
            if value > 0x2000, let scalar = Unicode.Scalar(value), tickScalars.contains(scalar) { return true }
            index += length
        }
        return false
    }

    static func isUnticked(_ text: String) -> Bool {
        mayHoldTick(text) && untickedMarks.contains { ByteSearch.startsAfterSpaces(text, with: $0) }
    }

    /// Lines of a range that are not excluded.
    func readable(_ range: Range<Int>) -> [TextLine] {
        range.clamped(to: 0..<lines.count).compactMap { excluded.contains($0) ? nil : lines[$0] }
    }
}

import Foundation

extension LetterReader {
    /// For developers (`nominations debug-lines --sections`): each line the reader sees, led by
    /// the section it falls in (letterhead, recipient, body, signature, attachment, excluded).
    public func sectionedLines(_ extracted: ExtractedText) -> [String] {
        let (lines, isForm) = Self.textLines(extracted)
        let sections = LetterSections(lines: lines, isForm: isForm, gazetteer: gazetteer)
        return lines.map { line in
            var marks: [String] = []
            if sections.letterhead.contains(line.index) { marks.append("head") }
            if sections.recipient.contains(line.index) { marks.append("to") }
            if sections.body.contains(line.index) { marks.append("body") }
            if sections.signature.contains(line.index) { marks.append("sign") }
            if sections.attachment.contains(line.index) { marks.append("att") }
            if sections.excluded.contains(line.index) { marks.append("x") }
            return marks.joined(separator: ",").padding(toLength: 10, withPad: " ", startingAt: 0) + "| " + line.text
        }
    }
}
