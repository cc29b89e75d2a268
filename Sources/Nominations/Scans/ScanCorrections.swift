import Foundation

/// The usual OCR slips, put right before the reader reads a scanned page: specks read as marks,
/// "@" read as "©" or "®", "(at)" read as "(af)", O for 0 and l for 1 inside numbers, "+386" read
/// as "4386", a date's dot read as a colon, an e-mail's domain misspelt ("grnail", "gmail. com"),
/// a word broken with a hyphen at a line's end. Č, š and ž read as c, s and z need nothing: the
/// reader folds them anyway.
public enum ScanCorrections {
    /// The words without specks read as marks, each with its own slips put right.
    static func cleaned(_ words: [RecognizedWord]) -> [RecognizedWord] {
        var result: [RecognizedWord] = []
        result.reserveCapacity(words.count)
        for word in words {
            let scalars = word.text.unicodeScalars
            let hasAlphanumeric = scalars.contains { $0.properties.isAlphabetic || ("0"..."9").contains($0) }
            // A speck read as "'", ".", ":" or "|": no letter, no digit, and Tesseract unsure of it.
            if !hasAlphanumeric && word.confidence < 60 && !scalars.contains("@") { continue }
            var fixed = word
            fixed.text = corrected(word: word.text)
            if !fixed.text.isEmpty { result.append(fixed) }
        }
        // "iztok Horvat": a capital I read as i or l at the start of a first name before a surname.
        for index in result.indices.dropLast() where result[index].line == result[index + 1].line {
            let word = result[index].text
            guard let first = word.first, first == "i" || first == "l", word.count >= 3, word.allSatisfy(\.isLetter),
                  result[index + 1].text.first?.isUppercase == true else { continue }
            let capitalised = "I" + word.dropFirst()
            if FirstNames.isFirstName(capitalised) { result[index].text = capitalised }
        }
        return result
    }

    /// Quotes a speck makes at a word's edge, or between a word and a number.
    static let strayQuotes: Set<Character> = ["'", "‘", "’", "`", "´", "\""]

    /// One word's slips: a speck read as a quote at its edge ("'Topolovec", "2026'", "februarja'2026"),
    /// "©"/"®" for "@" inside an address, O and l inside a number.
    static func corrected(word: String) -> String {
        var text = word
        while let first = text.first, strayQuotes.contains(first), text.count > 1 { text.removeFirst() }
        while let last = text.last, strayQuotes.contains(last), text.count > 1 { text.removeLast() }
        // Inside, a quote stays only between two letters (Italian "dell'Istria").
        if text.contains(where: { strayQuotes.contains($0) }) {
            let characters = Array(text)
            text = String(characters.indices.compactMap { index -> String? in
                let character = characters[index]
                guard strayQuotes.contains(character), index > 0, index + 1 < characters.count else { return String(character) }
                return characters[index - 1].isLetter && characters[index + 1].isLetter ? String(character) : " "
            }.joined())
        }
        // An address is ASCII: an accent on it is a speck ("horvàt.iztok@yahoo.com").
        if text.contains("@"), text.unicodeScalars.contains(where: { $0.value > 0x7F }) {
            text = text.folding(options: [.diacriticInsensitive], locale: nil)
        }
        if text.contains("©") || text.contains("®"), let at = text.firstIndex(where: { $0 == "©" || $0 == "®" }),
           text[..<at].last?.isLetter == true || text[..<at].last?.isNumber == true, text[at...].contains(".") {
            text.replaceSubrange(at...at, with: "@")
        }
        return digitsFixed(text)
    }

    /// O, o for 0 and l, I, | for 1 in a word that is otherwise a number (a phone, a date, a postal
    /// code): "O41" → "041", "l2." → "12.". A word with other letters is left alone.
    static func digitsFixed(_ word: String) -> String {
        var digits = 0, swapped = 0
        for scalar in word.unicodeScalars {
            if ("0"..."9").contains(scalar) { digits += 1 } else if "OolI|".unicodeScalars.contains(scalar) { swapped += 1 }
            else if !".,:/-+()".unicodeScalars.contains(scalar) { return word }
        }
        guard swapped > 0, digits >= 1, digits >= swapped else { return word }
        return String(String.UnicodeScalarView(word.unicodeScalars.map { scalar -> Unicode.Scalar in
            switch scalar {
            case "O", "o": return "0"
            case "l", "I", "|": return "1"
            default: return scalar
            }
        }))
    }

    /// Joins a word broken with a hyphen at a row's end to its rest at the next row's start
    /// ("predla-" / "gamo" → "predlagamo"), when the rest begins in lower case.
    static func joinHyphenated(_ rows: inout [ScanLayout.Row]) {
        var index = 0
        while index + 1 < rows.count {
            defer { index += 1 }
            guard let last = rows[index].words.last, let next = rows[index + 1].words.first,
                  last.text.count >= 3, last.text.hasSuffix("-") || last.text.hasSuffix("¬"),
                  last.text.dropLast().last?.isLetter == true, next.text.first?.isLowercase == true else { continue }
            var joined = last
            joined.text = String(last.text.dropLast()) + next.text
            joined.right = max(last.right, next.right)
            joined.confidence = min(last.confidence, next.confidence)
            rows[index].words[rows[index].words.count - 1] = joined
            rows[index + 1].words.removeFirst()
            rows[index + 1].gaps = Set(rows[index + 1].gaps.compactMap { $0 > 1 ? $0 - 1 : nil })
        }
    }

    /// A row's slips that span words: "(af)" for "(at)", "4386" for "+386", "7.2: 2026", e-mail
    /// domains broken or misspelt, "@" lost before a known domain.
    static func correctedRow(_ row: String) -> String {
        var text = row
        for (pattern, template) in rowPatterns {
            let range = NSRange(text.startIndex..., in: text)
            text = pattern.stringByReplacingMatches(in: text, range: range, withTemplate: template)
        }
        return EmailDomains.repaired(text)
    }

    private static let rowPatterns: [(NSRegularExpression, String)] = [
        // "(at)" whose ")" was read as "@": "maja.pucer(at@gmail.com".
        (#"(?<=[A-Za-z0-9_.-])\s?[(\[{]\s?[aA][tfl1iI!]?\s?[@©®]\s?(?=[A-Za-z0-9-]+\.[A-Za-z])"#, "@"),
        // "(at)" misread, between an address's two halves.
        (#"(?<=[A-Za-z0-9_.-])\s?[(\[{]\s?[aA][tfl1iI!]\s?[)\]}]\s?(?=[A-Za-z0-9-]+\.[A-Za-z])"#, "(at)"),
        // "+386" read as "4386", "7386", "1386", "'386" (also in brackets), before the rest of a number.
        (#"(^|\s)([(]?)[147'‘’"`´]386(?=\)?[\s/-]?\(?0?\)?\s?\d)"#, "$1$2+386"),
        // A date whose second dot was read as a colon, comma or semicolon, or doubled: "7.2: 2026", "7..2. 2026".
        (#"\b(\d{1,2})\.{1,2}\s?(\d{1,2})\s?(?:[:;,]|\.\.)\s?((?:19|20)\d{2})\b"#, "$1. $2. $3"),
        (#"\b(\d{1,2})\.\.\s?(\d{1,2})\.\s?((?:19|20)\d{2})\b"#, "$1. $2. $3"),
        // A date whose first dot was lost or read as a comma: "27 1.2026", "19, 2. 2026".
        (#"\b([0-3]?\d),?\s([01]?\d)\.\s?((?:19|20)\d{2})\b"#, "$1. $2. $3"),
        // An e-mail header's colon read as a full stop: "Zadeva. …", "Za.  …".
        (#"^(Od|Za|Zadeva|Datum|Kp|Cc|Poslano|Predmet|Da|A|Oggetto|Data|From|To|Subject|Date|Sent)\.(?=\s)"#, "$1:"),
        // A space after a dot inside an address: "sabina. strkalj@", "@gmail. com".
        (#"\b([a-z0-9_-]+)\.\s([a-z0-9_.-]+@)"#, "$1.$2"),
        (#"(@[A-Za-z0-9-]+)\.\s(com|net|si|it|org|eu|hr|at|de)\b"#, "$1.$2"),
    ].map { (try! NSRegularExpression(pattern: $0.0), $0.1) }
}
