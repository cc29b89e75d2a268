/// Finds telephone numbers and writes them in E.164 ("+38641123456").
///
/// Slovenian numbers in any common writing: "041 123 456", "041/123-456", "+386 (0)41 123 456",
/// "00386 41 123 456", "05 612 34 56", "056123456". Foreign numbers with a "+" or "00" prefix
/// are kept as written. Tax numbers (SI12345678), IBANs, postal codes, dates and record numbers
/// do not have the shape of a phone and are not taken.
public enum PhoneFinder {
    public struct Found: Sendable, Equatable {
        public let e164: String
        public let start: Int
        public let end: Int
    }

    /// Slovenian national numbers (without the leading 0) start with these.
    static let slovenianPrefixes: [String] = ["1", "2", "3", "4", "5", "7", "30", "31", "40", "41", "43", "49", "51", "59", "64", "65", "68", "69", "70", "71", "80", "81", "82", "83", "89", "90"]

    public static func phones(in line: String) -> [Found] {
        guard ByteSearch.hasDigit(line) else { return [] }
        let chars = Array(line.unicodeScalars)
        var result: [Found] = []
        var i = 0
        while i < chars.count {
            let c = chars[i]
            let startsHere = c == "+" || ScalarClass.isDigit(c) || c == "("
            let previous: Unicode.Scalar? = i > 0 ? chars[i - 1] : nil
            if startsHere, previous.map({ !ScalarClass.isLetter($0) && !ScalarClass.isNumber($0) && $0 != "/" && $0 != "-" && $0 != "." }) ?? true,
               let found = phone(chars, at: i) {
                result.append(found)
                i = found.end
            } else {
                i += 1
            }
        }
        return result
    }

    private static func phone(_ chars: [Unicode.Scalar], at start: Int) -> Found? {
        var digits = ""
        var hadPlus = false
        var hadTrunkZeroInBrackets = false
        var i = start
        var best: (String, Int)?
        var lastWasSpace = false
        while i < chars.count {
            let c = chars[i]
            if ScalarClass.isDigit(c) {
                digits.unicodeScalars.append(c)
                lastWasSpace = false
                i += 1
                if let normal = normalise(digits, plus: hadPlus, trunkZero: hadTrunkZeroInBrackets),
                   !(i < chars.count && ScalarClass.isDigit(chars[i])) {
                    best = (normal, i)
                }
                continue
            }
            if c == "+" && digits.isEmpty && !hadPlus {
                hadPlus = true
            } else if c == "(" || c == ")" {
                if c == "(", i + 2 < chars.count, chars[i + 1] == "0", chars[i + 2] == ")" {
                    hadTrunkZeroInBrackets = true
                    i += 3
                    // "+386 (0) 41 …": a space may follow the brackets as well as precede them.
                    lastWasSpace = false
                    continue
                }
            } else if c == " " {
                if lastWasSpace { break }
                lastWasSpace = true
                i += 1
                continue
            } else if c == "-" || c == "/" || c == "." {
                // separators inside a number
            } else {
                break
            }
            lastWasSpace = false
            i += 1
        }
        guard let best else { return nil }
        return Found(e164: best.0, start: start, end: best.1)
    }

    /// E.164 form of a digit string, or nil when it is not a whole phone number.
    static func normalise(_ digits: String, plus: Bool, trunkZero: Bool) -> String? {
        var international: String?
        if plus {
            international = digits
        } else if digits.hasPrefix("00") {
            international = String(digits.dropFirst(2))
        } else if digits.hasPrefix("386"), digits.count == 11 {
            international = digits
        }
        if let international {
            if international.hasPrefix("386") {
                var national = String(international.dropFirst(3))
                if national.hasPrefix("0") { national.removeFirst() }
                return isSlovenian(national) ? "+386" + national : nil
            }
            guard international.count >= 8, international.count <= 15, !international.hasPrefix("0") else { return nil }
            return "+" + international
        }
        guard digits.hasPrefix("0"), digits.count == 9 else { return nil }
        let national = String(digits.dropFirst())
        return isSlovenian(national) ? "+386" + national : nil
    }

    static func isSlovenian(_ national: String) -> Bool {
        national.count == 8 && slovenianPrefixes.contains { national.hasPrefix($0) }
    }
}
