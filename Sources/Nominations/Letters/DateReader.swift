/// The letter's own date: the e-mail's sent date, the "Kraj in datum" field, or a date line
/// at the top or bottom of the letter. Not a session date, a birth date, the call's deadline or a
/// date in running text.
enum DateReader {
    /// Words that make a date something other than the letter's date.
    static let foreign = Vocabulary.dateOtherWords

    static func date(sections: LetterSections, rows: [(role: LabeledValues.Role, row: LabeledValue)]) -> CalendarDate? {
        if let sent = sections.emailHeader["sent"], let found = DateFinder.dates(in: sent.value).first { return found.date }
        for (role, row) in rows where role == .placeAndDate || role == .date {
            if let found = DateFinder.dates(in: row.value).first, (2024...2030).contains(found.date.year) { return found.date }
        }
        let lines = sections.lines
        let top = sections.readable(0..<min(sections.body.lowerBound, lines.count))
        let bottom = sections.readable(sections.signature) + sections.readable(sections.body).suffix(4)
        // Last, a date alone at the very end of the document (below an attached CV).
        let end = sections.attachment.reversed().first { !sections.lines[$0].tokens.isEmpty && !sections.excluded.contains($0) }
        for group in [top, bottom, sections.readable(sections.body), end.map { [sections.lines[$0]] } ?? []] {
            for (position, line) in group.enumerated() {
                // A receipt stamp's date ("ZMKTK – PREJETO" above "6. 03. 2026") is when it arrived.
                let stamped = { (line: TextLine) in line.tokens.contains { Vocabulary.receiptStampWords.contains($0.folded) } }
                if stamped(line) || group[max(0, position - 2)..<position].contains(where: stamped) { continue }
                // The recipient's first line may carry the place and date in a column of its own
                // ("Zavod za mladino … Koper      Gračišče, 14. 2. 2026").
                if !sections.recipient.contains(line.index), let date = standaloneDate(line) { return date }
                // "Agrarna skupnost Truške   Datum: Truške, dne 04.03.2026": a column of its own.
                if ByteSearch.hasDigit(line.text), ByteSearch.contains(line.text, "  ") {
                    for column in line.text.components(separatedBy: "  ") where !column.isEmpty {
                        if let date = standaloneDate(TextLine(index: line.index, text: column.trimmingSpaces(), page: line.page)) { return date }
                    }
                }
            }
        }
        return nil
    }

    /// A line that is only a date, with at most a place or "Datum:"/"dne" before it.
    static func standaloneDate(_ line: TextLine) -> CalendarDate? {
        let found = DateFinder.dates(in: line.text)
        guard found.count == 1, let date = found.first else { return nil }
        let scalars = Array(line.text.unicodeScalars)
        let before = Tokenizer.tokens(String(String.UnicodeScalarView(scalars[0..<date.start])))
        let after = Tokenizer.tokens(String(String.UnicodeScalarView(scalars[date.end...])))
        // A time may follow: "27. 2. 2026, 23:40", "… ob 14.20", "… 11:26 CET".
        let timeWords: Set<String> = ["ob", "h", "ura", "uri", "ure", "cet", "cest", "alle", "ore", "at"]
        guard after.count <= 1 || after.count <= 4 && after.allSatisfy({ $0.isNumber || timeWords.contains($0.folded) }) else { return nil }
        guard before.count <= 5 else { return nil }
        if before.contains(where: { token in foreign.contains { token.folded.hasPrefix($0) && (token.folded.count <= $0.count + 3) } }) {
            return nil
        }
        // Years of birth and the like are far from the call; accept only plausible letter years.
        guard (2024...2030).contains(date.date.year) else { return nil }
        return date.date
    }
}
