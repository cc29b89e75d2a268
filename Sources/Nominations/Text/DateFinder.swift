/// Finds calendar dates in Slovenian, Italian and English text:
/// "15. 2. 2026", "15.02.2026", "15/02/2026", "2026-02-15", "15. februarja 2026",
/// "24. januar 2026", "dne 3. marca 2026", "22 gennaio 2026", "15.2.26", "15. II. 2026", "2026/02/15".
public enum DateFinder {
    public struct Found: Sendable, Equatable {
        public let date: CalendarDate
        /// Offsets of the date in the line's Unicode scalars (lines are in precomposed form).
        public let start: Int
        public let end: Int
    }

    /// Month names, folded, in the forms letters use (Slovenian cases, Italian, English,
    /// common abbreviations).
    static let months: [String: Int] = {
        let names: [(Int, [String])] = [
            (1, ["januar", "januarja", "januarju", "jan", "gennaio", "gen", "january"]),
            (2, ["februar", "februarja", "februarju", "feb", "febr", "febbraio", "february"]),
            (3, ["marec", "marca", "marcu", "mar", "marzo", "march"]),
            (4, ["april", "aprila", "aprilu", "apr", "aprile"]),
            (5, ["maj", "maja", "maju", "maggio", "mag", "may"]),
            (6, ["junij", "junija", "juniju", "jun", "giugno", "giu", "june"]),
            (7, ["julij", "julija", "juliju", "jul", "luglio", "lug", "july"]),
            (8, ["avgust", "avgusta", "avgustu", "avg", "agosto", "ago", "august", "aug"]),
            (9, ["september", "septembra", "septembru", "sep", "sept", "settembre", "set"]),
            (10, ["oktober", "oktobra", "oktobru", "okt", "ottobre", "ott", "october", "oct"]),
            (11, ["november", "novembra", "novembru", "nov", "novembre"]),
            (12, ["december", "decembra", "decembru", "dec", "dicembre", "dic"]),
        ]
        var table: [String: Int] = [:]
        for (month, forms) in names { for form in forms { table[form] = month } }
        return table
    }()

    static func month(named word: String) -> Int? { months[Folding.fold(word)] }

    /// All dates in a line, in order.
    public static func dates(in line: String) -> [Found] {
        // Every form has a day or a year in digits.
        guard ByteSearch.hasDigit(line) else { return [] }
        let chars = Array(line.unicodeScalars)
        var found: [Found] = []
        var i = 0
        while i < chars.count {
            guard ScalarClass.isDigit(chars[i]), i == 0 || !(ScalarClass.isNumber(chars[i - 1]) || ScalarClass.isLetter(chars[i - 1])) else {
                i += 1
                continue
            }
            if let match = numeric(chars, at: i) ?? named(chars, at: i) ?? isoDate(chars, at: i) {
                found.append(match)
                i = match.end
            } else {
                i += 1
            }
        }
        // "Feb 12, 2026", "February 12, 2026": the month first, as English e-mail headers write it.
        i = 0
        while i < chars.count {
            guard ScalarClass.isLetter(chars[i]), i == 0 || !ScalarClass.isLetter(chars[i - 1]), !found.contains(where: { $0.start <= i && i < $0.end }) else {
                i += 1
                continue
            }
            if let match = monthFirst(chars, at: i) {
                found.append(match)
                i = match.end
            } else {
                i += 1
            }
        }
        return found.sorted { $0.start < $1.start }
    }

    private static func readNumber(_ chars: [Unicode.Scalar], _ i: inout Int, maxDigits: Int) -> Int? {
        var value = 0
        var digits = 0
        while i < chars.count, ScalarClass.isDigit(chars[i]), digits < maxDigits + 1 {
            value = value * 10 + Int(chars[i].value - 48)
            digits += 1
            i += 1
        }
        return digits > 0 && digits <= maxDigits ? value : nil
    }

    private static func skipSpaces(_ chars: [Unicode.Scalar], _ i: inout Int) {
        while i < chars.count, chars[i] == " " { i += 1 }
    }

    private static func year(_ value: Int, digits: Int) -> Int? {
        if digits == 4 { return (1900...2100).contains(value) ? value : nil }
        if digits == 2 { return 2000 + value }
        return nil
    }

    /// d. m. yyyy | d.m.yyyy | d/m/yyyy | d-m-yyyy
    private static func numeric(_ chars: [Unicode.Scalar], at start: Int) -> Found? {
        var i = start
        guard let day = readNumber(chars, &i, maxDigits: 2) else { return nil }
        guard i < chars.count, ".-/".unicodeScalars.contains(chars[i]) else { return nil }
        let separator = chars[i]
        i += 1
        skipSpaces(chars, &i)
        guard let month = readNumber(chars, &i, maxDigits: 2) else { return nil }
        guard i < chars.count, chars[i] == separator || (separator == "." && chars[i] == ".") else { return nil }
        i += 1
        skipSpaces(chars, &i)
        let yearStart = i
        guard let raw = readNumber(chars, &i, maxDigits: 4), let year = year(raw, digits: i - yearStart) else { return nil }
        if i < chars.count, ScalarClass.isNumber(chars[i]) { return nil }
        guard let date = CalendarDate(year: year, month: month, day: day) else { return nil }
        return Found(date: date, start: start, end: i)
    }

    /// "3rd", "21st": an English ordinal's letters after the day.
    private static func skipOrdinal(_ chars: [Unicode.Scalar], _ i: inout Int) {
        guard i + 1 < chars.count, chars[i].isASCII, chars[i + 1].isASCII else { return }
        // Lower case by the ASCII bit; the pair packed into one number.
        let pair = (chars[i].value | 0x20) << 8 | (chars[i + 1].value | 0x20)
        guard ordinalSuffixes.contains(pair), i + 2 >= chars.count || !ScalarClass.isLetter(chars[i + 2]) else { return }
        i += 2
    }
    private static let ordinalSuffixes: [UInt32] = ["st", "nd", "rd", "th"].map { word in
        word.unicodeScalars.reduce(UInt32(0)) { $0 << 8 | $1.value }
    }

    /// d. <month name> yyyy | d <month name> yyyy | 3rd February 2026
    private static func named(_ chars: [Unicode.Scalar], at start: Int) -> Found? {
        var i = start
        guard let day = readNumber(chars, &i, maxDigits: 2) else { return nil }
        skipOrdinal(chars, &i)
        if i < chars.count, chars[i] == "." { i += 1 }
        skipSpaces(chars, &i)
        let wordStart = i
        while i < chars.count, ScalarClass.isLetter(chars[i]) { i += 1 }
        guard i > wordStart else { return nil }
        let word = String(String.UnicodeScalarView(chars[wordStart..<i]))
        guard let month = month(named: word) ?? romanMonth(word) else { return nil }
        if i < chars.count, chars[i] == "." { i += 1 }
        skipSpaces(chars, &i)
        let yearStart = i
        guard let raw = readNumber(chars, &i, maxDigits: 4), i - yearStart == 4, let year = year(raw, digits: 4) else { return nil }
        guard let date = CalendarDate(year: year, month: month, day: day) else { return nil }
        return Found(date: date, start: start, end: i)
    }

    static let romanMonths = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]

    /// "II" → 2: a month in Roman numerals, in capitals ("15. II. 2026").
    static func romanMonth(_ word: String) -> Int? {
        romanMonths.firstIndex(of: word).map { $0 + 1 }
    }

    /// <month name> d, yyyy
    private static func monthFirst(_ chars: [Unicode.Scalar], at start: Int) -> Found? {
        var i = start
        while i < chars.count, ScalarClass.isLetter(chars[i]) { i += 1 }
        // A day must follow the word ("Feb 12", "February 12."): most words are let go here.
        var next = i
        if next < chars.count, chars[next] == "." { next += 1 }
        while next < chars.count, chars[next] == " " { next += 1 }
        guard i - start >= 3, i - start <= 9, next < chars.count, ScalarClass.isDigit(chars[next]),
              let month = month(named: String(String.UnicodeScalarView(chars[start..<i]))) else { return nil }
        if i < chars.count, chars[i] == "." { i += 1 }
        skipSpaces(chars, &i)
        guard let day = readNumber(chars, &i, maxDigits: 2) else { return nil }
        skipOrdinal(chars, &i)
        if i < chars.count, chars[i] == "," { i += 1 }
        skipSpaces(chars, &i)
        let yearStart = i
        guard let raw = readNumber(chars, &i, maxDigits: 4), i - yearStart == 4, let year = year(raw, digits: 4),
              let date = CalendarDate(year: year, month: month, day: day) else { return nil }
        return Found(date: date, start: start, end: i)
    }

    /// yyyy-mm-dd | yyyy/mm/dd | yyyy.mm.dd
    private static func isoDate(_ chars: [Unicode.Scalar], at start: Int) -> Found? {
        var i = start
        let yearStart = i
        guard let raw = readNumber(chars, &i, maxDigits: 4), i - yearStart == 4, let year = year(raw, digits: 4) else { return nil }
        guard i < chars.count, "-/.".unicodeScalars.contains(chars[i]) else { return nil }
        let separator = chars[i]
        i += 1
        guard let month = readNumber(chars, &i, maxDigits: 2), i < chars.count, chars[i] == separator else { return nil }
        i += 1
        guard let day = readNumber(chars, &i, maxDigits: 2), let date = CalendarDate(year: year, month: month, day: day) else { return nil }
        return Found(date: date, start: start, end: i)
    }
}
