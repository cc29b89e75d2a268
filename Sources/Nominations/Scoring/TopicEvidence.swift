/// Whether a topic's quote shows the candidate's experience or only the proposer's name.
public enum TopicEvidence {
    /// A topic's phrases ("pohodn*", "tematsk* pot*") folded and split once: a merge asks for every
    /// topic of every nominee (folding them on each call cost a warm run over 1,000 letters 330 M
    /// instructions of its 1,000 M, callgrind).
    public struct Phrases: Sendable {
        /// Each phrase as its words: the folded word, and whether it is a stem ("pohodn*").
        let phrases: [[(word: String, stem: Bool)]]

        public init(_ phrases: [String]) {
            self.phrases = phrases.map { phrase in
                phrase.split(separator: " ").map { part in
                    let folded = Folding.fold(String(part))
                    return folded.hasSuffix("*") ? (String(folded.dropLast()), true) : (folded, false)
                }
            }.filter { !$0.isEmpty }
        }

        func occur(in words: [String]) -> Bool {
            phrases.contains { TopicEvidence.occurs($0, in: words) }
        }
    }

    /// True when the topic's phrases occur in the proposer's name, and the quote no longer shows
    /// them once that name is taken out of it. - Parameter phrases: the configuration's phrases
    /// for the topic ("pohodn*", "tematsk* pot*").
    public static func restsOnName(_ proposer: String, quote: String, phrases: [String]) -> Bool {
        restsOnName(nameWords: words(proposer), quote: quote, phrases: Phrases(phrases))
    }

    /// - Parameter nameWords: the proposer's name as `words` gives it.
    public static func restsOnName(nameWords name: [String], quote: String, phrases: Phrases) -> Bool {
        guard name.count >= 2, phrases.occur(in: name) else { return false }
        let quoteWords = words(quote)
        // The quote without every occurrence of the proposer's name.
        var rest: [String] = []
        var index = 0
        while index < quoteWords.count {
            if index + name.count <= quoteWords.count && quoteWords[index..<(index + name.count)].elementsEqual(name) {
                index += name.count
                rest.append("|")
            } else {
                rest.append(quoteWords[index])
                index += 1
            }
        }
        guard rest.count < quoteWords.count else { return false }
        return !phrases.occur(in: rest)
    }

    /// The folded words of a text. A folded text is mostly ASCII, and then split over its bytes:
    /// splitting on `Character`s cost a warm run over 1,000 letters 25 M instructions (callgrind).
    public static func words(_ text: String) -> [String] {
        let folded = Folding.fold(text)
        let utf8 = folded.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return folded.split { !$0.isLetter && !$0.isNumber }.map(String.init) }
        return utf8.split { byte in !((byte >= 97 && byte <= 122) || (byte >= 65 && byte <= 90) || (byte >= 48 && byte <= 57)) }
            .map { String(decoding: $0, as: UTF8.self) }
    }

    /// A phrase of words, each exact or a stem, as consecutive words.
    static func occurs(_ parts: [(word: String, stem: Bool)], in words: [String]) -> Bool {
        guard !parts.isEmpty, parts.count <= words.count else { return false }
        for start in 0...(words.count - parts.count) {
            var all = true
            for (offset, part) in parts.enumerated() {
                let word = words[start + offset]
                if !(part.stem ? word.hasPrefix(part.word) : word == part.word) { all = false; break }
            }
            if all { return true }
        }
        return false
    }
}
