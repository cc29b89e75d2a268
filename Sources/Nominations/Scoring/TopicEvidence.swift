/// Whether a topic's quote shows the candidate's experience or only the proposer's name.
public enum TopicEvidence {
    /// True when the topic's phrases occur in the proposer's name, and the quote no longer shows
    /// them once that name is taken out of it. - Parameter phrases: the configuration's phrases
    /// for the topic ("pohodn*", "tematsk* pot*").
    public static func restsOnName(_ proposer: String, quote: String, phrases: [String]) -> Bool {
        let name = words(proposer)
        guard name.count >= 2, phrases.contains(where: { occurs($0, in: name) }) else { return false }
        let quoteWords = words(quote)
        // The quote without every occurrence of the proposer's name.
        var rest: [String] = []
        var index = 0
        while index < quoteWords.count {
            if index + name.count <= quoteWords.count && Array(quoteWords[index..<(index + name.count)]) == name {
                index += name.count
                rest.append("|")
            } else {
                rest.append(quoteWords[index])
                index += 1
            }
        }
        guard rest.count < quoteWords.count else { return false }
        return !phrases.contains { occurs($0, in: rest) }
    }

    static func words(_ text: String) -> [String] {
        Folding.fold(text).split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }

    /// A phrase of words, each exact or a stem ending in "*", as consecutive words.
    static func occurs(_ phrase: String, in words: [String]) -> Bool {
        let parts = phrase.split(separator: " ").map { Folding.fold(String($0)) }
        guard !parts.isEmpty, parts.count <= words.count else { return false }
        for start in 0...(words.count - parts.count) {
            var all = true
            for (offset, part) in parts.enumerated() {
                let word = words[start + offset]
                let matches = part.hasSuffix("*") ? word.hasPrefix(String(part.dropLast())) : word == part
                if !matches { all = false; break }
            }
            if all { return true }
        }
        return false
    }
}
