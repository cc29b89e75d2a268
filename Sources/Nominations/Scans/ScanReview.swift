/// Honesty about a letter read by OCR: it says so (`text_source` "ocr"), and a reading that rests on
/// words Tesseract was unsure of goes to review naming what to check — a page read poorly overall,
/// or a candidate's name, e-mail or phone made of weak words. A scanned letter never becomes a
/// confidently wrong "parsed".
public enum ScanReview {
    /// Below this mean word confidence (0–100) a page is read too poorly to trust what was read.
    /// Correct words have a median of 96; pages of the scanned dev letters have means of 80–92.
    static let weakPage = 72.0
    /// Below this, a word of a candidate's name, e-mail or phone is a guess (correct words have a
    /// median of 96; misread ones 62–73).
    static let weakWord = 60.0

    /// The letter as read from the laid-out pages, marked as read by OCR, with the problems its
    /// scan gives.
    public static func reviewed(_ letter: Letter, scans: [RecognizedPage]) -> Letter {
        var letter = letter
        letter.textSource = .ocr
        var problems: [Problem] = []
        for page in scans {
            if let failure = page.failure {
                let why = failure == .timedOut ? "branje je preseglo časovno omejitev" : "strani ni bilo mogoče prebrati"
                problems.append(Problem(.ocrPageUnread, "Stran \(page.page + 1) skena ni prebrana (\(why)); preverite jo v dopisu."))
            } else if let mean = page.meanConfidence, mean < weakPage {
                problems.append(Problem(.ocrLowConfidence,
                                        "Sken strani \(page.page + 1) je slabo berljiv (povprečna zanesljivost prepoznanih besed \(Int(mean.rounded())) %); preverite prebrane podatke v dopisu."))
            }
        }
        let words = scans.flatMap { page in ScanCorrections.cleaned(page.words).map { (page: page.page, word: $0) } }
        for nominee in letter.nominees {
            for (field, label, confidence) in [
                ("name", "ime", nameConfidence(nominee.name, words)),
                ("email", "e-pošta", nominee.email.flatMap { emailConfidence($0, words) }),
                ("phone", "telefon", nominee.phone.flatMap { phoneConfidence($0, words) }),
            ] {
                guard let confidence, confidence < weakWord else { continue }
                let value = field == "name" ? nominee.name : field == "email" ? nominee.email ?? "" : nominee.phone ?? ""
                problems.append(Problem(.ocrLowConfidence,
                                        "Kandidat \(nominee.name): \(label) »\(value)« je prebran(a) s skena z nezanesljivimi besedami (zanesljivost \(Int(confidence.rounded())) %); preverite ga v dopisu."))
            }
        }
        guard !problems.isEmpty else { return letter }
        letter.problems += problems
        letter.status = .decided(by: letter.problems)
        return letter
    }

    /// The weakest of the name's words, each taken where the page reads it best ("Sabino" in running
    /// text stands for "Sabina"); `nil` when none of them is on the page.
    static func nameConfidence(_ name: String, _ words: [(page: Int, word: RecognizedWord)]) -> Double? {
        let tokens = name.split { !$0.isLetter }.map { Folding.fold(String($0)).lowercased() }.filter { $0.count >= 2 }
        var weakest: Double?
        for token in tokens {
            let matches = words.filter { entry in
                let word = alphanumeric(entry.word.text)
                guard word.count >= 2 else { return false }
                let shared = zip(word, token).prefix { $0 == $1 }.count
                return word == token || shared >= max(3, min(word.count, token.count) - 2)
            }
            guard let best = matches.map(\.word.confidence).max() else { continue }
            weakest = min(weakest ?? best, best)
        }
        return weakest
    }

    /// The weakest word of the line that holds most of the address.
    static func emailConfidence(_ email: String, _ words: [(page: Int, word: RecognizedWord)]) -> Double? {
        let whole = alphanumeric(email)
        return weakestOfBestLine(words, covering: whole.count) { word in
            let part = alphanumeric(word.text)
            return part.count >= 3 && whole.contains(part) ? part.count : 0
        }
    }

    /// The weakest word of the line that holds most of the number's digits.
    static func phoneConfidence(_ phone: String, _ words: [(page: Int, word: RecognizedWord)]) -> Double? {
        let digits = phone.filter(\.isNumber)
        // As written: "+386 41 …", "00386 41 …" or "041 …".
        let national = digits.hasPrefix("386") ? String(digits.dropFirst(3)) : digits
        let forms = ["00386" + national, "0" + national]
        return weakestOfBestLine(words, covering: national.count) { word in
            let part = word.text.filter(\.isNumber)
            return part.count >= 2 && forms.contains(where: { $0.contains(part) }) ? part.count : 0
        }
    }

    /// Among the lines whose words `share` says hold part of a value, the one holding most of it:
    /// the confidence of its weakest such word; `nil` when no line holds half the value.
    private static func weakestOfBestLine(_ words: [(page: Int, word: RecognizedWord)], covering length: Int,
                                          share: (RecognizedWord) -> Int) -> Double? {
        var lines: [String: (covered: Int, weakest: Double)] = [:]
        for entry in words {
            let covered = share(entry.word)
            guard covered > 0 else { continue }
            let key = "\(entry.page):\(entry.word.line)"
            let current = lines[key] ?? (0, 100)
            lines[key] = (current.covered + covered, min(current.weakest, entry.word.confidence))
        }
        guard let best = lines.values.max(by: { $0.covered < $1.covered }), best.covered * 2 >= length else { return nil }
        return best.weakest
    }

    /// Lower-case letters and digits only, without diacritics.
    static func alphanumeric(_ text: String) -> String {
        Folding.fold(text).lowercased().filter { $0.isLetter || $0.isNumber }
    }
}
