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

    /// The row with the addresses' domains repaired.
    static func repaired(_ row: String) -> String {
        var words = row.components(separatedBy: " ")
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
            let domain = String(core[core.index(after: at)...])
            guard let fixed = knownDomain(near: domain), fixed != domain.lowercased() else { return word }
            return core[..<at] + "@" + fixed + trailing
        }
        // No "@": a known domain at the end, after a mark that stood for it.
        let lowered = core.lowercased()
        for domain in known where lowered.hasSuffix(domain) && lowered.count >= domain.count + 3 {
            var local = core.dropLast(domain.count)
            if local.hasSuffix("(D") || local.hasSuffix("(d") { local = local.dropLast(2) }
            else if let last = local.last, ")(©®&De".contains(last) { local = local.dropLast() }
            else { continue }
            guard let first = local.first, first.isLetter || first.isNumber, local.count >= 2 else { continue }
            return local + "@" + domain + trailing
        }
        return word
    }

    /// The known domain a misread one stands for: itself when known; with rn, nn or rri read back as
    /// m; or the one a letter away (for domains of eight letters or more, where one letter cannot
    /// make another real domain).
    static func knownDomain(near domain: String) -> String? {
        let lowered = domain.lowercased()
        if known.contains(lowered) { return lowered }
        for (wrong, right) in [("rn", "m"), ("nn", "m"), ("rri", "m"), ("ii", "il")] {
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
