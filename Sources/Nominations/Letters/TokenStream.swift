/// The tokens of several lines read as one text, so that a name or a phrase may wrap a line.
struct TokenStream {
    var tokens: [Token] = []
    /// The line each token is on.
    var lineOf: [Int] = []

    init(_ lines: [TextLine]) {
        let count = lines.reduce(0) { $0 + $1.tokens.count }
        tokens.reserveCapacity(count)
        lineOf.reserveCapacity(count)
        for line in lines {
            tokens.append(contentsOf: line.tokens)
            for _ in 0..<line.tokens.count { lineOf.append(line.index) }
        }
    }

    /// Whether a sentence ends after the token at `index` ("." "!" "?" not after a title or initial).
    func endsSentence(at index: Int) -> Bool {
        let token = tokens[index]
        guard let punctuation = token.punctuationAfter, ".!?".unicodeScalars.contains(punctuation) else { return false }
        if punctuation == "." && (PersonName.titles.contains(token.folded) || token.text.count == 1 || token.isNumber) { return false }
        return true
    }
}
