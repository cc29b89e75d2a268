/// The lexicon of first names (Slovenian, Italian, Croatian and the others common in Koper), from
/// `FirstNames+Data.swift`, which `Scripts/first-names-from-pypi.py` generates from a public,
/// licensed list. Looked up folded (no diacritics, lower case), in any grammatical case.
public enum FirstNames {
    public enum Gender: Sendable { case male, female, either }

    /// Folded name → gender, built once (the data is written folded: nothing to fold here).
    static let table: [String: Gender] = {
        var table: [String: Gender] = [:]
        table.reserveCapacity(21_000)
        for line in data.utf8.split(separator: UInt8(ascii: "\n")) {
            guard let mark = line.first else { continue }
            let gender: Gender = mark == UInt8(ascii: "M") ? .male : mark == UInt8(ascii: "F") ? .female : .either
            table[String(decoding: line.dropFirst(), as: UTF8.self)] = gender
        }
        return table
    }()

    /// Builds the table now rather than at the first letter (before a run forks its workers).
    public static func prepare() { _ = table.count }

    /// The gender of a first name written in the nominative, or nil when it is no known first name.
    public static func gender(ofNominative word: String) -> Gender? {
        table[Folding.fold(word)]
    }

    /// Whether a word is a known first name in any case: "Majo" (Maja), "Jožeta" (Jože), "Roka"
    /// (Rok), "Petra" (Peter), "Ani" (Ana).
    public static func isFirstName(_ word: String) -> Bool {
        let folded = Folding.fold(word)
        guard folded.count >= 2 else { return false }
        if table[folded] != nil { return true }
        return declensionStems(folded).contains { table[$0] != nil }
    }

    /// Nominatives a folded word in another case may come from.
    static func declensionStems(_ folded: String) -> [String] {
        var result: [String] = []
        let scalars = Array(folded.unicodeScalars)
        func dropping(_ count: Int, adding suffix: String = "") -> String? {
            guard scalars.count > count + 1 else { return nil }
            var view = String.UnicodeScalarView(scalars.dropLast(count))
            view.append(contentsOf: suffix.unicodeScalars)
            return String(view)
        }
        guard let last = scalars.last else { return [] }
        switch last {
        case "a":
            // Roka → Rok, Petra → Peter, Jožeta → Jože, Marka → Marko, Igorja → Igor.
            result += [dropping(1), dropping(1, adding: "o"), dropping(1, adding: "e")].compactMap { $0 }
            if folded.hasSuffix("ta") { result += [dropping(2)].compactMap { $0 } }
            if folded.hasSuffix("ja") { result += [dropping(2)].compactMap { $0 } }
            if scalars.count > 3 {
                // A fleeting e: Petra → Peter, Karla → Karel.
                var view = String.UnicodeScalarView(scalars.dropLast(2))
                view.append("e"); view.append(scalars[scalars.count - 2])
                result.append(String(view))
            }
        case "o", "e", "i":
            // Majo, Maje, Maji → Maja; Roku → Rok; Rokom → Rok.
            result += [dropping(1, adding: "a"), dropping(1)].compactMap { $0 }
        case "u":
            result += [dropping(1), dropping(1, adding: "a"), dropping(1, adding: "o")].compactMap { $0 }
        case "m":
            if folded.hasSuffix("om") || folded.hasSuffix("em") { result += [dropping(2), dropping(2, adding: "o"), dropping(2, adding: "e")].compactMap { $0 } }
        default: break
        }
        return result
    }

    /// Whether a name of two or three words holds a known first name in any of its words (first
    /// name first, or the surname first as in "NOVAK Ana").
    public static func holdsFirstName(_ name: String) -> Bool {
        name.split(separator: " ").contains { isFirstName(String($0)) }
    }
}
