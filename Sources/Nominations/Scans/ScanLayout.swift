/// Lays the words of a page read by OCR out in the rows the reader reads from a text PDF: top to
/// bottom, left to right, a single space between words, and a double space where a visible gap
/// stands (a label from its value, table columns), as `PageGlyphs` does with poppler's glyphs.
///
/// Tesseract puts words in lines, and lines in blocks: a label and its value, or two columns of a
/// table, are often lines of different blocks on the same baseline. Lines are joined into rows by
/// their baselines (the page was deskewed, so a row's baseline is level); a row is cut at wide gaps.
public enum ScanLayout {
    /// The page's text in rows, as the extraction stage lays it out (without the configuration's words).
    public static func text(of page: RecognizedPage) -> String { text(of: page, lexicon: nil) }

    /// One laid-out row: its words left to right and where the row is cut by a visible gap.
    struct Row {
        var words: [RecognizedWord]
        /// Indexes into `words` before which a visible gap stands.
        var gaps: Set<Int>
        var baseline: Double
        var size: Double
    }

    /// The page's text in rows, each ending with a newline, after the usual slips are put right.
    /// - Parameter lexicon: the words a letter is bound to use, to put right words misread by a letter.
    static func text(of page: RecognizedPage, lexicon: ScanLexicon? = nil) -> String {
        var words = ScanCorrections.cleaned(page.words)
        if let lexicon {
            // Only words Tesseract is not sure of: a confident word is what is printed.
            for index in words.indices where words[index].confidence < 93 {
                if let corrected = lexicon.corrected(words[index].text) { words[index].text = corrected }
            }
        }
        var rows = self.rows(words)
        ScanCorrections.joinHyphenated(&rows)
        var out = ""
        for row in rows where !row.words.isEmpty {
            var line = ""
            for (index, word) in row.words.enumerated() {
                if index > 0 { line += row.gaps.contains(index) ? "  " : " " }
                line += word.text
            }
            out += ScanCorrections.correctedRow(line) + "\n"
        }
        return out
    }

    /// The words in rows, top to bottom.
    static func rows(_ words: [RecognizedWord]) -> [Row] {
        // Tesseract's lines, each with its baseline and the height of its capitals.
        var lines: [Int: [RecognizedWord]] = [:]
        for word in words { lines[word.line, default: []].append(word) }
        struct Line {
            var words: [RecognizedWord]
            var baseline: Double
            var size: Double
        }
        var ordered: [Line] = lines.values.map { words in
            let sorted = words.sorted { $0.left < $1.left }
            let baseline = median(sorted.map(\.baseline))
            // The height above the baseline: capitals and ascenders (at least a small letter's).
            let size = max(sorted.map { baseline - $0.top }.max() ?? 0, 4)
            return Line(words: sorted, baseline: baseline, size: size)
        }
        ordered.sort { $0.baseline < $1.baseline || ($0.baseline == $1.baseline && ($0.words.first?.left ?? 0) < ($1.words.first?.left ?? 0)) }

        // Lines on one baseline make a row (within half the height of their capitals), when they
        // do not overlap (a line over another is on a row of its own).
        var rows: [(lines: [Line], baseline: Double, size: Double)] = []
        for line in ordered {
            if let last = rows.indices.last, abs(line.baseline - rows[last].baseline) < 0.5 * min(line.size, rows[last].size),
               !rows[last].lines.contains(where: { overlaps($0.words, line.words) }) {
                rows[last].lines.append(line)
                let count = Double(rows[last].lines.count)
                rows[last].baseline += (line.baseline - rows[last].baseline) / count
                rows[last].size = max(rows[last].size, line.size)
            } else {
                rows.append(([line], line.baseline, line.size))
            }
        }
        return rows.map { row in
            // Every word with the line it came from, left to right.
            var tagged: [(word: RecognizedWord, line: Int)] = []
            for (index, line) in row.lines.enumerated() { tagged += line.words.map { ($0, index) } }
            tagged.sort { $0.word.left < $1.word.left }
            let size = row.size
            var spaces: [Double] = []
            for index in tagged.indices.dropFirst() { spaces.append(tagged[index].word.left - tagged[index - 1].word.right) }
            // A justified line stretches its spaces: a column gap must then be much wider than they are.
            let wide = spaces.filter { $0 > 0.7 * size }.count
            let stretch = spaces.count >= 4 && wide * 2 >= spaces.count ? median(spaces) : 0
            var gaps: Set<Int> = []
            var kept: [RecognizedWord] = []
            var ruleBefore = false
            for index in tagged.indices {
                // A table's vertical rule read as "|" is a column gap, not a word.
                if Self.rules.contains(tagged[index].word.text) {
                    ruleBefore = true
                    continue
                }
                if index > 0, !kept.isEmpty {
                    let gap = spaces[index - 1]
                    // A gap between two of Tesseract's lines is a column it saw; within a line, only a wide one.
                    let threshold = tagged[index].line != tagged[index - 1].line ? 0.8 * size : max(1.4 * size, 2 * stretch)
                    if gap > threshold || ruleBefore { gaps.insert(kept.count) }
                }
                ruleBefore = false
                kept.append(tagged[index].word)
            }
            return Row(words: kept, gaps: gaps, baseline: row.baseline, size: size)
        }
    }

    /// What a table's vertical rule is read as.
    static let rules: Set<String> = ["|", "||", "I|", "|I", "¦"]

    /// Whether two lines share some of their width.
    private static func overlaps(_ a: [RecognizedWord], _ b: [RecognizedWord]) -> Bool {
        guard let a0 = a.first?.left, let a1 = a.last?.right, let b0 = b.first?.left, let b1 = b.last?.right else { return false }
        return min(a1, b1) - max(a0, b0) > 0
    }

    static func median(_ values: [Double]) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        return sorted[sorted.count / 2]
    }
}
