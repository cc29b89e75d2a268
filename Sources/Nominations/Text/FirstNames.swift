/// The lexicon of first names (Slovenian, Italian, Croatian and the others common in Koper), from
/// `FirstNames+Data.swift`, which `Scripts/first-names-from-pypi.py` generates from a public,
/// licensed list. Looked up folded (no diacritics, lower case), in any grammatical case.
public enum FirstNames {
    public enum Gender: Sendable { case male, female, either }

    /// Where each entry of `data` starts and ends (after its gender mark), in the order of the data:
    /// sorted by bytes, so a name is found by binary search. Measured: building a dictionary of the
    /// 20,000 names cost 33 M instructions a run; these offsets cost about 2 M.
    static let entries: [(start: Int, end: Int)] = {
        var result: [(start: Int, end: Int)] = []
        result.reserveCapacity(21_000)
        var start = 0
        let bytes = Array(data.utf8)
        for (index, byte) in bytes.enumerated() where byte == 10 {
            if index > start + 1 { result.append((start + 1, index)) }
            start = index + 1
        }
        if bytes.count > start + 1 { result.append((start + 1, bytes.count)) }
        return result
    }()
    static let bytes: [UInt8] = Array(data.utf8)

    /// Builds the table now rather than at the first letter (before a run forks its workers).
    public static func prepare() { _ = entries.count }

    /// The gender of a folded name, or nil when it is no known first name.
    static func lookup(_ folded: String) -> Gender? {
        // (An empty word is no name, and has no bytes to compare.)
        guard !folded.isEmpty, !entries.isEmpty else { return nil }
        var key = folded
        return key.withUTF8 { key in
            bytes.withUnsafeBufferPointer { all in
                var low = 0, high = entries.count - 1
                while low <= high {
                    let middle = (low + high) / 2
                    let entry = entries[middle]
                    let length = entry.end - entry.start
                    let common = min(length, key.count)
                    var order = memcmp(all.baseAddress! + entry.start, key.baseAddress!, common)
                    if order == 0 { order = Int32(length) - Int32(key.count) }
                    if order == 0 {
                        switch all[entry.start - 1] {
                        case UInt8(ascii: "M"): return .male
                        case UInt8(ascii: "F"): return .female
                        default: return .either
                        }
                    }
                    if order < 0 { low = middle + 1 } else { high = middle - 1 }
                }
                return nil
            }
        }
    }

    /// The gender of a first name written in the nominative, or nil when it is no known first name.
    public static func gender(ofNominative word: String) -> Gender? {
        lookup(Folding.fold(word))
    }

    /// Whether a word is a known first name in any case: "Majo" (Maja), "Jožeta" (Jože), "Roka"
    /// (Rok), "Petra" (Peter), "Ani" (Ana).
    public static func isFirstName(_ word: String) -> Bool {
        let folded = Folding.fold(word)
        guard folded.count >= 2 else { return false }
        if lookup(folded) != nil { return true }
        return declensionStems(folded).contains { lookup($0) != nil }
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

import Foundation
