/// Which lines of a letter that proposes several people speak of whom: a line that names one of
/// them (by first name or surname, in any case) and no other starts that person's passage, which
/// runs on ("Zraven tega je …") until another of them is named, a blank line or a numbered heading
/// ("III. Sklep …"). Each justification paragraph, contact line and consent note then belongs to
/// the person it names.
enum Passages {
    /// Line numbers each person's own passages hold, in the order of `people`.
    static func attribute(_ people: [String], in lines: [TextLine], from start: Int) -> [Set<Int>] {
        var result = Array(repeating: Set<Int>(), count: people.count)
        guard people.count > 1 else { return result }
        let words = people.map { $0.split(separator: " ").map(String.init) }
        var current: Int?
        for line in lines where line.index >= start {
            if line.isBlank { current = nil; continue }
            let named = mentioned(words, in: line)
            if named.count == 1 {
                current = named.first
            } else if named.count > 1 {
                current = nil
                continue
            } else if startsHeading(line) {
                current = nil
            }
            if let current { result[current].insert(line.index) }
        }
        return result
    }

    /// The people a line names: a capitalised word that is the same word as one of a person's names.
    static func mentioned(_ people: [[String]], in line: TextLine) -> [Int] {
        var result: [Int] = []
        for (index, names) in people.enumerated() {
            if line.tokens.contains(where: { token in token.isCapitalized && token.text.count > 2 && names.contains { PersonName.sameWord($0, token.text) } }) {
                result.append(index)
            }
        }
        return result
    }

    /// A numbered heading or item that names no one: "III. Sklep začne veljati takoj.", "Utemeljitev".
    static func startsHeading(_ line: TextLine) -> Bool {
        guard let first = line.tokens.first else { return false }
        // "2. …", "b) …", "III. …" (a postal code opening a wrapped address is none).
        func isMarker(_ token: Token) -> Bool {
            (token.punctuationAfter == "." || token.punctuationAfter == ")")
                && (token.isNumber && token.text.count <= 2 || token.text.count == 1 || token.text.allSatisfy({ "IVXLC".contains($0) }))
        }
        if isMarker(first) { return true }
        // "Ad 3)", "Točka 2.": a word and an item's number.
        if line.tokens.count <= 3, line.tokens.count >= 2, isMarker(line.tokens[1]), first.isCapitalized { return true }
        // "Utemeljitev", "Obrazložitev:": a word alone.
        if line.tokens.count == 1, first.isCapitalized, !first.isNumber, first.text.count > 3 { return true }
        return NomineeFinder.isTitle(line)
    }
}
