/// A person's name in one normal form for the committee: "Ime Priimek" with ordinary capitals, and
/// č š ž where any letter writes them for that person ("PUCER Danijel" → "Danijel Pucer").
public enum DisplayName {
    /// The normal form from every way the letters write one person's name.
    public static func of(_ written: [String]) -> String {
        guard let first = written.first else { return "" }
        // The form with the most letters beyond ASCII keeps the diacritics some letter gives.
        let richest = written.max { nonASCII($0) < nonASCII($1) } ?? first
        return normal(nonASCII(richest) > nonASCII(first) ? richest : first)
    }

    /// One written name in the normal form.
    public static func normal(_ name: String) -> String {
        let words = name.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).map(String.init)
        var titles: [String] = []
        var rest: [String] = []
        for word in words {
            let bare = Folding.fold(word).filter { $0 != "." }
            if rest.isEmpty && PersonName.titles.contains(bare) { titles.append(word) } else { rest.append(word) }
        }
        if rest.count >= 2, shouldRotate(rest) { rest.insert(rest.removeLast(), at: 0) }
        return (titles + rest.map(capitalised)).joined(separator: " ")
    }

    /// The gender the first name shows, when it shows one.
    public static func gender(of name: String) -> FirstNames.Gender? {
        for word in name.split(separator: " ") {
            if let gender = FirstNames.gender(ofNominative: String(word)) { return gender }
        }
        return nil
    }

    /// The surname first: the first word is no first name and the last is, or a two-word name whose
    /// first word alone is in capitals ("PUCER Danijel").
    static func shouldRotate(_ words: [String]) -> Bool {
        let firstIsName = FirstNames.gender(ofNominative: words[0]) != nil
        let lastIsName = FirstNames.gender(ofNominative: words[words.count - 1]) != nil
        if !firstIsName && lastIsName { return true }
        return words.count == 2 && isUpper(words[0]) && !isUpper(words[1]) && !firstIsName
    }

    /// A word in capitals or in small letters gets a capital first letter (also after a hyphen or an
    /// apostrophe); a word of mixed case is kept as written ("McDonald").
    static func capitalised(_ word: String) -> String {
        guard isUpper(word) || word == word.lowercased() else { return word }
        var result = ""
        var start = true
        for character in word.lowercased() {
            result += start ? character.uppercased() : String(character)
            start = character == "-" || character == "'" || character == "’"
        }
        return result
    }

    static func isUpper(_ word: String) -> Bool {
        word.contains { $0.isLetter } && word == word.uppercased()
    }

    static func nonASCII(_ text: String) -> Int { text.unicodeScalars.filter { $0.value > 127 && $0.properties.isAlphabetic }.count }
}

extension DisplayName {
    /// The masculine or the feminine word as the name's first name shows ("primeren"/"primerna");
    /// the masculine where it shows neither (Slovenian's general form).
    public static func word(_ masculine: String, _ feminine: String, for name: String) -> String {
        gender(of: name) == .female ? feminine : masculine
    }
}
