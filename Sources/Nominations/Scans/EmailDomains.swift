import Foundation

/// The mail domains most senders use, and the repairs OCR's slips in them need: "grnail.com" and
/// "gnnail.com" (m read as rn or nn), "telemachi.net" (one letter more or less), "gmail com" (the
/// dot lost), "ime)gmail.com" or "imeegmail.com" ("@" read as another mark or as "e").
enum EmailDomains {
    /// Free-mail and Slovenian providers' domains (only these are repaired: an organisation's own
    /// domain cannot be guessed).
    static let known: [String] = [
        "gmail.com", "hotmail.com", "yahoo.com", "outlook.com", "icloud.com", "live.com", "gmx.net", "libero.it",
        "siol.net", "telemach.net", "t-2.net", "amis.net", "guest.arnes.si", "arnes.si", "email.si", "volja.net",
    ]

    /// Top-level domains a lost dot is put back before.
    static let topLevel: Set<String> = ["com", "net", "si", "it", "org", "eu", "hr", "at", "de"]

    /// "ime (gmail.com", "ime(? gmail.com": a mark that stood for "@", apart from the local part.
    static let detachedAt: NSRegularExpression = {
        let domains = known.map { NSRegularExpression.escapedPattern(for: $0) }.joined(separator: "|")
        return try! NSRegularExpression(pattern: #"([A-Za-z0-9._-]{2,})\s?(?:\(\?|\(D|\(|\?|©|®)\s?("# + domains + #")\b"#,
                                        options: [.caseInsensitive])
    }()

    /// The row with the addresses' domains repaired.
    static func repaired(_ row: String) -> String {
        var text = bracketedAddressesJoined(row)
        text = detachedAt.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: "$1@$2")
        var words = text.components(separatedBy: " ")
        var index = 0
        while index < words.count {
            defer { index += 1 }
            let word = words[index]
            // "ime@gmail com": the dot lost between the domain and its top level.
            if let at = word.lastIndex(of: "@"), !word[at...].contains("."), index + 1 < words.count,
               topLevel.contains(words[index + 1].lowercased().trimmingTrailingPunctuation) {
                words[index] = word + "." + words[index + 1]
                words.remove(at: index + 1)
            }
            words[index] = repairedWord(words[index])
        }
        return words.joined(separator: " ")
    }

    /// One word: its domain after "@" put right, or "@" put back before a known domain.
    static func repairedWord(_ word: String) -> String {
        let trailing = String(word.reversed().prefix { ",;:)".contains($0) }.reversed())
        let core = String(word.dropLast(trailing.count))
        if let at = core.lastIndex(of: "@") {
            // The domain runs to the first character no domain has ("…com>" keeps its bracket).
            let rest = core[core.index(after: at)...]
            let domain = String(rest.prefix { $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" })
            guard let fixed = knownDomain(near: domain), fixed != domain.lowercased() else { return word }
            return core[..<at] + "@" + fixed + rest.dropFirst(domain.count) + trailing
        }
        // No "@": a known domain at the end, after a mark that stood for it — unless the address is
        // written out to fool robots ("ime(at)gmail.com"), which the reader reads.
        let lowered = core.lowercased()
        if ["(at", "[at", "{at", "afna", "(a)"].contains(where: { lowered.contains($0) }) { return word }
        let wrapped = core.hasPrefix("<") && core.hasSuffix(">")
        let inner = wrapped ? String(core.dropFirst().dropLast()) : core
        if wrapped, !inner.contains("@") {
            let repaired = repairedWord(inner)
            return repaired == inner ? word : "<" + repaired + ">" + trailing
        }
        // The mark that stood for "@", nearest the end first, before what reads as a known domain.
        for marker in ["(D", "(d", "(?", "©", "®", ")", "(", "&", "?", "D", "e"] {
            var searchEnd = core.endIndex
            while let range = core.range(of: marker, options: .backwards, range: core.startIndex..<searchEnd) {
                searchEnd = range.lowerBound
                let local = core[..<range.lowerBound], domain = String(core[range.upperBound...])
                guard local.count >= 2, let first = local.first, first.isLetter || first.isNumber,
                      let fixed = knownDomain(near: domain) else { continue }
                return local + "@" + fixed + trailing
            }
        }
        return word
    }

    /// An address in angle brackets holds no space ("<nejc kozlovic@hotmail.com>" was
    /// "<nejc_kozlovic@hotmail.com>": the underscore is lost).
    static func bracketedAddressesJoined(_ row: String) -> String {
        guard let open = row.firstIndex(of: "<"), let close = row[open...].firstIndex(of: ">"),
              row[open..<close].contains(" ") else { return row }
        let inside = row[row.index(after: open)..<close].split(separator: " ").joined(separator: "_")
        let known = known.contains { inside.lowercased().hasSuffix($0) }
        // Only when the brackets hold an address (its "@" may still be misread, but its domain is there).
        guard inside.contains("@") || known, !inside.contains("<") else { return row }
        return String(row[..<open]) + "<" + inside + ">" + String(row[row.index(after: close)...])
    }

    /// The known domain a misread one stands for: itself when known; with rn, nn or rri read back as
    /// m; or the one a letter away (for domains of eight letters or more, where one letter cannot
    /// make another real domain).
    static func knownDomain(near domain: String) -> String? {
        let lowered = domain.lowercased()
        if known.contains(lowered) { return lowered }
        for (wrong, right) in [("rn", "m"), ("nn", "m"), ("rri", "m"), ("ii", "il"), ("li", "h"), ("cl", "d"), ("ri", "n")] {
            let candidate = lowered.replacingOccurrences(of: wrong, with: right)
            if known.contains(candidate) { return candidate }
        }
        guard lowered.count >= 8 else { return nil }
        let near = known.filter { editDistanceIsOne(lowered, $0) }
        return near.count == 1 ? near[0] : nil
    }

    /// Whether one letter inserted, removed or changed turns `a` into `b`.
    static func editDistanceIsOne(_ a: String, _ b: String) -> Bool {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        guard abs(x.count - y.count) <= 1, x != y else { return false }
        var i = 0, j = 0, edits = 0
        while i < x.count && j < y.count {
            if x[i] == y[j] { i += 1; j += 1; continue }
            edits += 1
            if edits > 1 { return false }
            if x.count > y.count { i += 1 } else if x.count < y.count { j += 1 } else { i += 1; j += 1 }
        }
        return edits + (x.count - i) + (y.count - j) == 1
    }
}

extension String {
    /// Without a trailing comma, semicolon, colon or full stop.
    var trimmingTrailingPunctuation: String {
        var text = self
        while let last = text.last, ",;:.".contains(last) { text.removeLast() }
        return text
    }
}
