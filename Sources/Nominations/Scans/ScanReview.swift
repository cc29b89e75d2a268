/// Honesty about a letter read by OCR: it says so (`text_source` "ocr"), and a reading that rests on
/// words Tesseract was unsure of goes to review naming what to check — a page read poorly overall,
/// or a candidate's name, e-mail or phone made of weak words. A scanned letter never becomes a
/// confidently wrong "parsed".
public enum ScanReview {
    /// Below this mean word confidence (0–100) a page is read too poorly to trust what was read.
    /// Correct words have a median of 96; the pages of the scanned dev letters have means of 84–94,
    /// a poor copy (100 dpi, small type, much dust) about 70.
    static let weakPage = 80.0
    /// Below this, a word of a candidate's name or phone is a guess (correct words have a median of
    /// 96; misread ones 62–73).
    static let weakWord = 60.0
    /// Below this, a letter of an address is a guess. A word's confidence says nothing of an address
    /// (Tesseract has no dictionary for it: right ones scored 34–91 on the scanned dev letters, wrong
    /// ones 25–51); its least sure letter does a little (right: 90.6–98.8, wrong: 87.6–93.0).
    static let weakLetterOfAnAddress = 90.0

    /// The letter as read from the laid-out pages, marked as read by OCR, with the problems its
    /// scan gives.
    /// - Parameter clusterNames: the clusters' names, which bear out a cluster's number read beside them.
    public static func reviewed(_ letter: Letter, scans: [RecognizedPage], clusterNames: [String] = []) -> Letter {
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
            // An address made of the candidate's own name is borne out by it; one a letter or two off the
            // name is a misreading of it ("horvet.iztok" for Iztok Horvat); any other is judged by its
            // least sure letter.
            let email: Double? = nominee.email.flatMap { email in
                if isMadeOfName(email, nominee.name) { return nil }
                if isNearlyName(email, nominee.name) { return emailConfidence(email, words, weakestLetter: true).map { min($0, weakLetterOfAnAddress - 1) } ?? 0 }
                return emailConfidence(email, words, weakestLetter: true).map { $0 < weakLetterOfAnAddress ? 0 : 100 }
            }
            for (what, value, confidence) in [
                ("ime", nominee.name, nameConfidence(nominee.name, words)),
                ("telefon", nominee.phone ?? "", nominee.phone.flatMap { phoneConfidence($0, words) }),
            ] {
                guard let confidence, confidence < weakWord else { continue }
                let readable = what == "ime" ? "berljivo" : "berljiv"
                problems.append(Problem(.ocrLowConfidence,
                                        "Kandidat \(nominee.name): \(what) »\(value)« je na skenu slabo \(readable) (zanesljivost \(Int(confidence.rounded())) %); preverite ga v dopisu."))
            }
            if let email, email < weakLetterOfAnAddress, let address = nominee.email {
                problems.append(Problem(.ocrLowConfidence,
                                        "Kandidat \(nominee.name): e-naslov »\(address)« je na skenu morda napačno prebran; preverite ga v dopisu."))
            }
        }
        if letter.nominees.contains(where: { !$0.clusterInferred && !$0.clusters.isEmpty }),
           let digit = weakClusterNumber(words, clusterWords: clusterWords(clusterNames)) {
            problems.append(Problem(.ocrLowConfidence,
                                    "Številka skupine »\(digit.text)« je na skenu slabo berljiva (zanesljivost \(Int(digit.confidence.rounded())) %); preverite, za katero skupino je predlog."))
        }
        guard !problems.isEmpty else { return letter }
        letter.problems += problems
        letter.status = .decided(by: letter.problems)
        return letter
    }

    /// Below this a cluster's number read alone is a guess: right digits read 88–97 on the scanned dev
    /// letters, a 1 with a speck on it read as 4 scored 78–83.
    static let weakClusterDigit = 85.0

    /// Words that introduce a cluster's number ("cluster 1", "klaster 2", "skupina št. 3").
    static let clusterCues: Set<String> = ["cluster", "klaster", "klastra", "klastru", "grozd", "skupina", "skupino", "skupine", "skupini",
                                           "st", "gruppo", "n"]

    /// A cluster's number (1–4) read after its cue with less than `weakClusterDigit`: 1 and 4, 1 and 7
    /// look alike on a speckled scan.
    /// A number beside its cluster's name ("št. 3 (Dežela Refoška)") is borne out by the name: only a
    /// number standing alone on its line is judged by its confidence.
    static func weakClusterNumber(_ words: [(page: Int, word: RecognizedWord)], clusterWords: Set<String>) -> RecognizedWord? {
        for index in words.indices.dropFirst() {
            let word = words[index].word
            let digits = word.text.filter(\.isNumber)
            guard digits.count == 1, let digit = digits.first, ("1"..."4").contains(digit), word.confidence < Self.weakClusterDigit,
                  alphanumeric(word.text) == String(digit) else { continue }
            let before = words[max(0, index - 2)..<index].filter { $0.page == words[index].page && $0.word.line == word.line }
            let line = words.filter { $0.page == words[index].page && $0.word.line == word.line }
            guard before.contains(where: { clusterCues.contains(alphanumeric($0.word.text)) }),
                  !line.contains(where: { clusterWords.contains(alphanumeric($0.word.text)) }) else { continue }
            return word
        }
        return nil
    }

    /// The distinctive words of the clusters' names ("refoska", "dragonje"; not "koper", which every
    /// address has).
    static func clusterWords(_ names: [String]) -> Set<String> {
        Set(names.flatMap { $0.split { !$0.isLetter } }.map { alphanumeric(String($0)) }.filter { $0.count >= 5 && $0 != "koper" })
    }

    /// Whether an address's local part is the candidate's name and nothing else but digits: every
    /// word of the name is in it, or all but one, whose initial stands right before or after another
    /// ("katjafonda11", "gkovacic", "muzina.klavdija"; not "frankodsabadin").
    static func isMadeOfName(_ email: String, _ name: String) -> Bool {
        var local = alphanumeric(String(email.prefix { $0 != "@" }))
        let tokens = name.split { !$0.isLetter }.map { alphanumeric(String($0)) }.filter { $0.count >= 2 }
        guard tokens.count >= 2 else { return false }
        let missing = tokens.filter { !local.contains($0) }
        guard missing.count <= 1 else { return false }
        for token in tokens where local.contains(token) {
            if let range = local.range(of: token) { local.removeSubrange(range) }
        }
        if let absent = missing.first {
            // Its initial, next to one of the others (now removed: the initial is left alone).
            guard let initial = absent.first, let range = local.range(of: String(initial)) else { return false }
            local.removeSubrange(range)
        }
        return local.allSatisfy(\.isNumber)
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

    /// The weakest word (or, with `weakestLetter`, letter) of the line that holds most of the address.
    static func emailConfidence(_ email: String, _ words: [(page: Int, word: RecognizedWord)], weakestLetter: Bool = false) -> Double? {
        let whole = alphanumeric(email)
        return weakestOfBestLine(words, covering: whole.count, measure: weakestLetter ? \.weakestLetter : \.confidence) { word in
            let part = alphanumeric(word.text)
            return part.count >= 3 && whole.contains(part) ? part.count : 0
        }
    }

    /// Whether an address's local part holds a word of the name misread by a letter or two
    /// ("horvet" for Horvat, "frankod" for Franko) and not the word itself.
    static func isNearlyName(_ email: String, _ name: String) -> Bool {
        let local = String(email.prefix { $0 != "@" }).lowercased().split { !$0.isLetter }.map { Folding.fold(String($0)) }
        let tokens = name.split { !$0.isLetter }.map { Folding.fold(String($0)).lowercased() }.filter { $0.count >= 4 }
        return tokens.contains { token in
            !local.contains(token) && local.contains { part in
                part != token && (EmailDomains.editDistanceIsOne(part, token) || editDistanceIsTwo(part, token))
            }
        }
    }

    /// Two letters changed, added or left out (by trying each single edit of `a`).
    static func editDistanceIsTwo(_ a: String, _ b: String) -> Bool {
        let x = Array(a), y = Array(b)
        guard abs(x.count - y.count) <= 2, x.count >= 4 else { return false }
        for i in 0...x.count {
            // Leave out, or change, or add at i: then one edit must remain.
            var candidates: [String] = []
            if i < x.count { candidates.append(String(x[..<i] + x[(i + 1)...])) }
            for letter in Set(y) {
                if i < x.count { candidates.append(String(x[..<i] + [letter] + x[(i + 1)...])) }
                candidates.append(String(x[..<i] + [letter] + x[i...]))
            }
            if candidates.contains(where: { EmailDomains.editDistanceIsOne($0, b) }) { return true }
        }
        return false
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
                                          measure: KeyPath<RecognizedWord, Double> = \.confidence,
                                          share: (RecognizedWord) -> Int) -> Double? {
        var lines: [String: (covered: Int, weakest: Double)] = [:]
        for entry in words {
            let covered = share(entry.word)
            guard covered > 0 else { continue }
            let key = "\(entry.page):\(entry.word.line)"
            let current = lines[key] ?? (0, 100)
            lines[key] = (current.covered + covered, min(current.weakest, entry.word[keyPath: measure]))
        }
        guard let best = lines.values.max(by: { $0.covered < $1.covered }), best.covered * 2 >= length else { return nil }
        return best.weakest
    }

    /// Lower-case letters and digits only, without diacritics.
    static func alphanumeric(_ text: String) -> String {
        Folding.fold(text).lowercased().filter { $0.isLetter || $0.isNumber }
    }
}
