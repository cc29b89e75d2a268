/// Which pages of a PDF need OCR: those that show an image and have no usable text layer — no
/// text, a few stray characters, or only a scanner's stamp (a line of invisible text such as
/// "Skenirano s CamScanner 3. 2. 2026") — and those with no text at all that are not blank (text
/// printed as outlines). A page with a text layer is never OCR'd.
enum ScannedPages {
    /// Words (of two letters or more) a text layer needs to be used: a letter has far more, a
    /// scanner's stamp or stray characters far fewer.
    static let usableWords = 10
    /// The share of the page an image must cover for a page with a few words to count as a scan
    /// (a text letter with a logo and a short last page stays a text letter).
    static let scanCoverage = 0.4

    /// - Parameters:
    ///   - text: the page's text layer as extracted.
    ///   - imageCoverage: the share of the page images cover, asked only for a page with few words.
    ///   - hasInk: whether anything is drawn on it, asked only for a page with no text and no image.
    static func needsOCR(text: String, imageCoverage: () -> Double, hasInk: () -> Bool) -> Bool {
        let words = wordCount(text, upTo: usableWords)
        guard words < usableWords else { return false }
        let coverage = imageCoverage()
        if coverage >= scanCoverage { return true }
        guard words == 0 else { return false }
        return coverage > 0 || hasInk()
    }

    /// Runs of two or more letters in the text, counted up to `limit` (any byte of a multi-byte
    /// character counts as a letter: č, š, ž and the rest).
    static func wordCount(_ text: String, upTo limit: Int) -> Int {
        var words = 0, run = 0
        for byte in text.utf8 {
            let isLetter = (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122) || byte >= 0x80
            if isLetter {
                run += 1
                if run == 2 {
                    words += 1
                    if words >= limit { return words }
                }
            } else {
                run = 0
            }
        }
        return words
    }
}
