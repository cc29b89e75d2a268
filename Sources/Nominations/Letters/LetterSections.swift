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

    static let salutations = ["spostovani", "spostovana", "spostovane", "pozdravljeni", "pozdravljena", "dragi", "draga", "cenjeni",
                              "egregi", "egregio", "gentili", "gentile", "dear", "postovani", "gospodje", "spettabile ente"]
    static let salutationSet = Set(salutations)
    static let closings = ["lep pozdrav", "lepo pozdravljeni", "s spostovanjem", "lp", "hvala in lep pozdrav", "lep pozdrav in hvala",
                           "distinti saluti", "cordiali saluti", "saluti", "best regards", "kind regards", "regards", "z lepimi pozdravi",
                           "lepe pozdrave", "hvala", "hvala za", "srdacan pozdrav", "lp in hvala"]
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
            guard let first = line.tokens.first?.folded,
                  first.hasPrefix("zivljenjepis") || first == "curriculum" || first == "cv" || first == "priloga" else { continue }
            let words = line.tokens.map(\.folded).joined(separator: " ")
            if Self.attachmentTitles.contains(words) && words != "priloga" || words.hasPrefix("zivljenjepis") || words.hasPrefix("curriculum vitae") {
                attachmentStart = line.index
                break
            }
        }
        attachment = attachmentStart..<count

        // Recipient block: a line with a recipient sign and its address lines.
        for line in lines.prefix(min(attachmentStart, 25)) where gazetteer.isRecipient(line.tokens) {
            recipient.insert(line.index)
            var next = line.index + 1
            while next < attachmentStart, next <= line.index + 3 {
                let candidate = lines[next]
                if candidate.isBlank { next += 1; continue }
                let folded = candidate.folded
                let looksAddress = candidate.tokens.contains { $0.isNumber && $0.text.count == 4 } || gazetteer.isRecipient(candidate.tokens)
                    || ByteSearch.contains(folded, "koper") || ByteSearch.contains(folded, "capodistria") || folded.hasPrefix("ente ")
                if !looksAddress || DateFinder.dates(in: candidate.text).count > 0 { break }
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
        for line in lines[bodyStart..<attachmentStart].reversed() where line.tokens.count <= 6 && !excluded.contains(line.index) {
            guard let first = line.tokens.first?.folded, Self.closingFirstWords.contains(first) else { continue }
            let words = line.tokens.map(\.folded).joined(separator: " ")
            if line.tokens.count <= 6, Self.closingsAndSpace.contains(where: { words == $0.closing || words.hasPrefix($0.withSpace) && line.tokens.count <= 4 }) {
                closing = line.index
                break
            }
        }
        let bodyEnd = closing ?? attachmentStart
        body = bodyStart..<max(bodyStart, bodyEnd)
        signature = bodyEnd..<attachmentStart

        // Letterhead: the top lines before the recipient block or the first date/subject line.
        let firstRecipient = recipient.min() ?? Int.max
        var letterheadEnd = 0
        for line in lines.prefix(min(bodyStart, 12)) {
            if line.index >= firstRecipient || line.folded.hasPrefix("zadeva") || line.folded.hasPrefix("oggetto") { break }
            if isEmail || isForm { break }
            letterheadEnd = line.index + 1
        }
        letterhead = 0..<letterheadEnd
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
                    || (folded.hasSuffix(":") && (ByteSearch.contains(folded, " je napisal") || ByteSearch.contains(folded, " wrote"))) {
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
