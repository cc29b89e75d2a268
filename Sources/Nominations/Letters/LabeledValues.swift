/// Label → value rows of forms and data blocks ("Ime in priimek: Ana Novak",
/// "Telefon  041 123 456", a wrapped label whose value sits on the next line).
struct LabeledValue {
    let label: String
    let value: String
    let line: Int
}

enum LabeledValues {
    /// Known labels, folded, longest first; the role says what the value is.
    enum Role: String { case proposerName, proposerKind, proposerAddress, proposerContact, candidateName, firstName, lastName, address, phone, email,
                        cluster, area, motivation, consent, support, placeAndDate, date, signature, data }

    static let labels: [(String, Role)] = [
        ("predlagatelj naziv oz ime in priimek", .proposerName), ("predlagatelj", .proposerName), ("naziv predlagatelja", .proposerName),
        ("ime predlagatelja", .proposerName), ("proponente", .proposerName),
        ("vrsta predlagatelja", .proposerKind), ("predlagatelj je", .proposerKind), ("tip predlagatelja", .proposerKind), ("kategorija predlagatelja", .proposerKind),
        ("naslov predlagatelja", .proposerAddress), ("telefon e posta predlagatelja", .proposerContact), ("kontakt predlagatelja", .proposerContact),
        ("telefon predlagatelja", .proposerContact), ("e posta predlagatelja", .proposerContact),
        ("ime in priimek kandidata ke", .candidateName), ("ime in priimek kandidata", .candidateName), ("ime in priimek kandidatke", .candidateName),
        ("ime in priimek", .candidateName), ("predlagana oseba", .candidateName), ("predlagani kandidat", .candidateName),
        ("predlagana kandidatka", .candidateName), ("ime kandidata", .candidateName), ("ime kandidatke", .candidateName),
        ("kandidat ka", .candidateName), ("kandidatka", .candidateName), ("kandidat", .candidateName),
        ("nome e cognome", .candidateName), ("candidato", .candidateName), ("candidata", .candidateName), ("name", .candidateName),
        ("ime kandidata ke", .firstName), ("ime", .firstName), ("priimek kandidata ke", .lastName), ("priimek kandidata", .lastName),
        ("priimek", .lastName), ("nome", .firstName), ("cognome", .lastName), ("first name", .firstName), ("surname", .lastName),
        ("last name", .lastName),
        ("naslov kandidata ke", .address), ("naslov kandidata", .address), ("naslov", .address), ("indirizzo", .address), ("bivalisce", .address),
        ("telefon", .phone), ("tel", .phone), ("gsm", .phone), ("mobitel", .phone), ("telefono", .phone), ("cellulare", .phone),
        ("mobilni telefon", .phone), ("kontaktni telefon", .phone), ("telefonska stevilka", .phone),
        ("e posta", .email), ("e mail", .email), ("email", .email), ("elektronska posta", .email), ("e naslov", .email),
        ("elektronski naslov", .email), ("spletna posta", .email),
        ("akcijska skupina", .cluster), ("klaster", .cluster), ("cluster", .cluster), ("gruppo d azione", .cluster),
        ("kraj oz obmocje delovanja kandidata ke", .area), ("kraj oz obmocje delovanja", .area), ("obmocje delovanja", .area),
        ("kraj delovanja", .area), ("area di attivita", .area),
        ("utemeljitev predloga izkusnje znanja", .motivation), ("utemeljitev predloga", .motivation), ("utemeljitev", .motivation),
        ("soglasje kandidata ke s kandidaturo da ne", .consent), ("soglasje kandidata ke s kandidaturo", .consent),
        ("soglasje kandidata", .consent), ("soglasje", .consent), ("consenso", .consent),
        ("podpora drugih organizacij", .support), ("podpora", .support),
        ("kraj in datum", .placeAndDate), ("luogo e data", .placeAndDate), ("datum", .date), ("data", .date),
        ("podpis predlagatelja", .signature), ("podpis", .signature), ("podatki", .data),
    ]

    /// Labels split into words once, grouped by their first word, longest first.
    static let compiled: [String: [(parts: [String], role: Role)]] = {
        var table: [String: [(parts: [String], role: Role)]] = [:]
        for (label, role) in labels {
            let parts = label.split(separator: " ").map(String.init)
            table[parts[0], default: []].append((parts, role))
        }
        return table
    }()

    /// The role of a line that starts with a known label, and how many tokens the label has.
    static func labelRole(of line: TextLine) -> (role: Role, labelTokens: Int)? {
        guard let first = line.tokens.first, let candidates = compiled[first.folded] else { return nil }
        let tokens = line.tokens
        for (parts, role) in candidates where parts.count <= tokens.count {
            var matches = true
            for index in 1..<parts.count where tokens[index].folded != parts[index] {
                matches = false
                break
            }
            guard matches else { continue }
            // The label must end where a colon, a gap, a bracket or the line end is.
            let last = tokens[parts.count - 1]
            let ends = last.gapAfter || last.punctuationAfter == ":" || last.punctuationAfter == ")" || last.punctuationAfter == "("
                || parts.count == tokens.count || (last.punctuationAfter == "/" && role != .proposerContact)
            if ends { return (role, parts.count) }
        }
        return nil
    }

    /// The role of a line's label: a known label, else one recognised by its words; a generic
    /// role is the proposer's in the proposer's section of a form.
    static func labelRole(of line: TextLine, section: FormLabels.Party) -> (role: Role, labelTokens: Int)? {
        // "1. Predlagatelj (ime in priimek)", "2. Ime": a form's item number before its label.
        if let first = line.tokens.first, line.tokens.count > 1, first.isNumber, first.text.count <= 2,
           first.punctuationAfter == "." || first.punctuationAfter == ")" {
            let rest = TextLine(index: line.index, text: String(String.UnicodeScalarView(line.text.unicodeScalars.dropFirst(line.tokens[1].offset))), page: line.page)
            return labelRole(of: rest, section: section).map { ($0.role, $0.labelTokens + 1) }
        }
        if let (role, count) = labelRole(of: line) {
            guard section == .proposer, FormLabels.party(of: line.tokens.prefix(count).map(\.folded)) == .neither else { return (role, count) }
            switch role {
            case .candidateName: return (.proposerName, count)
            case .address: return (.proposerAddress, count)
            case .phone, .email: return (.proposerContact, count)
            default: return (role, count)
            }
        }
        return FormLabels.labelRole(of: line, section: section)
    }

    /// Label → value pairs of a row of labels in columns and the row of values below it, when both
    /// have the same number of columns and every column of the first is a label and none of the second.
    static func gridRows(labels: TextLine, values: TextLine, section: FormLabels.Party) -> [(Role, LabeledValue)]? {
        guard ByteSearch.contains(labels.text, "  "), ByteSearch.contains(values.text, "  "),
              // (The first column must be a label: most rows are let go before they are split.)
              labels.tokens.first.map({ token in Vocabulary.mayLabel(token) || LabeledValues.compiled[token.folded] != nil || token.isNumber }) == true
        else { return nil }
        let heads = labels.text.components(separatedBy: "  ").map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
        let cells = values.text.components(separatedBy: "  ").map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
        guard heads.count >= 2, heads.count == cells.count else { return nil }
        var result: [(Role, LabeledValue)] = []
        for (head, cell) in zip(heads, cells) {
            let headLine = TextLine(index: labels.index, text: head, page: labels.page)
            guard let (role, count) = labelRole(of: headLine, section: section), count == headLine.tokens.count else { return nil }
            let cellLine = TextLine(index: values.index, text: cell, page: values.page)
            if labelRole(of: cellLine, section: section) != nil { return nil }
            result.append((role, LabeledValue(label: head, value: cell, line: values.index)))
        }
        return result
    }

    /// The text after the label on the line (after its colon or column gap); another label in the
    /// next column ("Predlagatelj (ime …)  Predlagatelj je") is no value.
    static func value(after labelTokens: Int, in line: TextLine) -> String {
        let value = writtenValue(after: labelTokens, in: line)
        // (A value with a digit or an address, or a long one, is no label.)
        guard !value.isEmpty, !ByteSearch.hasDigit(value), !ByteSearch.contains(value, "@"), value.utf8.count < 60 else { return value }
        let valueLine = TextLine(index: line.index, text: value, page: line.page)
        if labelRole(of: valueLine)?.labelTokens == valueLine.tokens.count
            || FormLabels.labelRole(of: valueLine, section: .proposer)?.labelTokens == valueLine.tokens.count { return "" }
        return value
    }

    static func writtenValue(after labelTokens: Int, in line: TextLine) -> String {
        guard labelTokens <= line.tokens.count else { return "" }
        if labelTokens == line.tokens.count {
            // The whole line is the label; maybe a closing bracket or colon follows.
            return ""
        }
        // Token offsets count Unicode scalars (lines are in precomposed form).
        let scalars = line.text.unicodeScalars
        let offset = line.tokens[labelTokens - 1].offset + line.tokens[labelTokens - 1].text.unicodeScalars.count
        var position = scalars.index(scalars.startIndex, offsetBy: offset, limitedBy: scalars.endIndex) ?? scalars.endIndex
        // Skip the rest of the label: "/ke", ")", ":".
        while position < scalars.endIndex {
            let c = scalars[position]
            if c == ")" || c == ":" || c == "." || c == "]" {
                position = scalars.index(after: position)
            } else if c == "/" {
                position = scalars.index(after: position)
                while position < scalars.endIndex, ScalarClass.isLetter(scalars[position]) { position = scalars.index(after: position) }
            } else {
                break
            }
        }
        var value = String(scalars[position...]).trimming(charactersIn: " :\t")
        // The rest of a wrapped label ("(naziv oz. ime in", "s", "kandidata/ke") before the value's column.
        if let gap = ByteSearch.range(of: "  ", in: value) {
            let head = value[..<gap.lowerBound]
            if head.hasPrefix("(") || hasNoCapital(head) {
                value = String(value[gap.upperBound...]).trimmingSpaces()
            }
        } else if value.hasPrefix("(") {
            // "(naziv oz. ime in Društvo …": a label's bracket wrapped to the next line, with the
            // value after it in a single space; the value starts at the first capital.
            if let close = value.firstIndex(of: ")") {
                value = String(value[value.index(after: close)...]).trimmingSpaces()
            } else if let capital = Tokenizer.tokens(value).first(where: { $0.isCapitalized || $0.isNumber }) {
                value = String(String.UnicodeScalarView(value.unicodeScalars.dropFirst(capital.offset)))
            } else {
                value = ""
            }
        } else if hasNoCapital(value), !value.contains("@"), !hasNumber(value),
                  Tokenizer.tokens(value).count <= 2, !value.hasSuffix("."),
                  // (A ticked box or a bare yes or no is an answer: "☒ da".)
                  !LetterSections.mayHoldTick(value), !Tokenizer.tokens(value).contains(where: { Vocabulary.yesWords.contains($0.folded) || Vocabulary.noWords.contains($0.folded) }) {
            // ("kandidat soglaša." is a short value, not the rest of a label: it ends a sentence.)
            value = ""
        }
        return value
    }

    /// No character is a capital letter (`!isLetter || isLowercase` for each), on bytes when the
    /// text is ASCII (a character is then one byte).
    static func hasNoCapital(_ text: some StringProtocol) -> Bool {
        if text.utf8.allSatisfy({ $0 < 128 }) { return !text.utf8.contains { $0 >= 65 && $0 <= 90 } }
        return text.allSatisfy { !$0.isLetter || $0.isLowercase }
    }

    /// Some character is a number (`isNumber`); in ASCII text, only the digits are.
    static func hasNumber(_ text: some StringProtocol) -> Bool {
        if text.utf8.allSatisfy({ $0 < 128 }) { return text.utf8.contains { $0 >= 48 && $0 <= 57 } }
        return text.contains(where: \.isNumber)
    }

    /// All label → value rows in a range of lines. A label alone on its line takes its value
    /// from the next line (after that line's own label tail and column gap).
    static func rows(in lines: [TextLine]) -> [(role: Role, row: LabeledValue)] {
        var result: [(Role, LabeledValue)] = []
        var index = 0
        // The party a form's section is about ("1 PREDLAGATELJ", "2 KANDIDAT"): its labels are that party's.
        var section = FormLabels.Party.neither
        while index < lines.count {
            let line = lines[index]
            if let opened = FormLabels.section(of: line) { section = opened }
            // A grid: a row of labels in columns above a row of their values ("Ime  Priimek" over
            // "Denis  Grahonja"), each value under its label.
            if index + 1 < lines.count, let grid = gridRows(labels: line, values: lines[index + 1], section: section) {
                result += grid
                index += 2
                continue
            }
            guard let (role, count) = labelRole(of: line, section: section) else { index += 1; continue }
            var value = self.value(after: count, in: line)
            var usedLine = line.index
            if value.isEmpty, index + 1 < lines.count {
                let next = lines[index + 1]
                if labelRole(of: next, section: section) == nil && FormLabels.section(of: next) == nil {
                    if let gap = ByteSearch.range(of: "  ", in: next.text) {
                        value = String(next.text[gap.upperBound...]).trimmingSpaces()
                    } else if next.tokens.count <= 3, next.text.hasSuffix(")") || next.text.hasSuffix(":") {
                        value = ""
                    } else {
                        value = next.text
                    }
                    usedLine = next.index
                    if !value.isEmpty { index += 1 }
                }
            }
            result.append((role, LabeledValue(label: line.text, value: value, line: usedLine)))
            index += 1
        }
        return result
    }
}

import Foundation
