/// Which small marks on a scanned page are specks. A speck is as small as a full stop, an i's dot
/// or a háček, so size alone cannot tell them apart: position does. A dot, a comma or a colon stands
/// just right of a letter, low or at mid height; a dot or an accent stands just above one. Any other
/// small mark — beside a letter's left side, between words, in a margin — is a speck.
enum SpeckFilter {
    /// More marks than this on a page, and it is no page of text (a letter at 300 dpi has 3,000 to
    /// 10,000, dust included): it is left as it is.
    static let maximumMarks = 60_000

    /// A connected mark's box in pixels.
    struct Box: Equatable {
        var x: Int, y: Int, width: Int, height: Int
        /// Its dark pixels, when counted (a dot of dust is solid; a "+" is not).
        var ink: Int? = nil
        var right: Int { x + width }
        var bottom: Int { y + height }
        var centreX: Double { Double(x) + Double(width) / 2 }
        var centreY: Double { Double(y) + Double(height) / 2 }
    }

    /// The indexes of the boxes that are specks.
    /// - Parameter dpi: the page's resolution (sizes are measured at 300 dpi and scaled).
    static func specks(_ boxes: [Box], dpi: Int) -> [Int] {
        let scale = Double(dpi) / 300
        let smallSide = Int((10 * scale).rounded())
        func isSmall(_ box: Box) -> Bool { box.width <= smallSide && box.height <= smallSide }
        // Letters: marks as tall as type (a table's rule or a logo is no letter).
        let letters = boxes.filter { Double($0.height) >= 12 * scale && Double($0.height) <= 150 * scale }
        let grid = Grid(letters, cell: Int(64 * scale))
        let smallIndexes = boxes.indices.filter { isSmall(boxes[$0]) }
        let smallGrid = Grid(smallIndexes.map { boxes[$0] }, cell: Int(64 * scale))
        var kept = Set<Int>()
        for index in smallIndexes {
            let mark = boxes[index]
            let near = grid.nearby(mark)
            // Inside a letter's box: a piece of a letter broken apart by the scan (an "@" at 150 dpi).
            if near.contains(where: { Self.overlaps(mark, $0) })
                || near.contains(where: { Self.isAccent(mark, over: $0, line: Self.ascent(beside: $0, among: near), scale: scale) }) {
                kept.insert(index)
                continue
            }
            // Right of a letter: the line's baseline and height, from the letters around it.
            for letter in near where Self.isRightOf(mark, letter, scale: scale) {
                let line = Self.line(of: letter, among: near)
                if Self.isPunctuation(mark, line: line, marks: smallGrid.nearby(mark), scale: scale) {
                    kept.insert(index)
                    break
                }
            }
        }
        // A dot after a kept dot ("...", "d.o.o.") belongs too.
        for _ in 0..<2 {
            for index in smallIndexes where !kept.contains(index) {
                let box = boxes[index]
                if kept.contains(where: { other in
                    let neighbour = boxes[other]
                    return box.x >= neighbour.right - 1 && Double(box.x - neighbour.right) <= 2 * Double(smallSide)
                        && abs(box.centreY - neighbour.centreY) <= 3 * scale
                }) { kept.insert(index) }
            }
        }
        return smallIndexes.filter { !kept.contains($0) }
    }

    /// A dot or an accent over a letter: above it, within its width, centred on it. Over a tall letter
    /// (a capital, a digit) only a háček, wider than tall, stands (Č, Š, Ž); a round dot over a digit
    /// is dust ("(+38̇6)" was read "(306)").
    static func isAccent(_ mark: Box, over letter: Box, line: (baseline: Double, ascent: Double), scale: Double) -> Bool {
        let h = Double(letter.height)
        guard abs(mark.centreX - letter.centreX) <= 0.35 * Double(letter.width) + 2 * scale,
              Double(mark.bottom) <= Double(letter.y) + 2 * scale, Double(letter.y - mark.bottom) <= 0.45 * h else { return false }
        // How high the letter reaches above the line (a j reaches no higher than an x).
        let ascent = line.baseline - Double(letter.y)
        return ascent < 0.85 * line.ascent || Double(mark.width) >= 1.3 * Double(mark.height)
    }

    /// A letter's line: where its letters stand (the median of their bottoms) and how high its tallest
    /// letters reach above that (capitals, digits, ascenders; a high percentile, so that one large mark
    /// does not count).
    static func ascent(beside letter: Box, among letters: [Box]) -> (baseline: Double, ascent: Double) {
        let same = letters.filter { other in
            min(other.bottom, letter.bottom) - max(other.y, letter.y) > min(other.height, letter.height) / 2
                && abs(other.centreX - letter.centreX) < 300
        }
        guard !same.isEmpty else { return (Double(letter.bottom), Double(letter.height)) }
        let bottoms = same.map { Double($0.bottom) }.sorted()
        let baseline = bottoms[bottoms.count / 2]
        let ascents = same.map { baseline - Double($0.y) }.sorted()
        return (baseline, ascents[min(ascents.count - 1, ascents.count * 9 / 10)])
    }

    /// Whether two boxes share some of their area.
    static func overlaps(_ a: Box, _ b: Box) -> Bool {
        min(a.right, b.right) > max(a.x, b.x) && min(a.bottom, b.bottom) > max(a.y, b.y)
    }

    /// Just right of a letter, within its height (or a little below it).
    static func isRightOf(_ mark: Box, _ letter: Box, scale: Double) -> Bool {
        let h = Double(letter.height)
        return Double(mark.x) >= Double(letter.right) - 2 * scale && Double(mark.x - letter.right) <= 0.4 * h
            && mark.centreY >= Double(letter.y) && mark.centreY <= Double(letter.bottom) + 0.3 * h
    }

    /// A line of type around a letter: where its letters stand (the median of their bottoms) and how
    /// tall they are (the median of their heights).
    static func line(of letter: Box, among letters: [Box]) -> (baseline: Double, height: Double) {
        let same = letters.filter { other in
            min(other.bottom, letter.bottom) - max(other.y, letter.y) > min(other.height, letter.height) / 2
                && abs(other.centreX - letter.centreX) < 200
        }
        let bottoms = same.map { Double($0.bottom) }.sorted(), heights = same.map { Double($0.height) }.sorted()
        guard !bottoms.isEmpty else { return (Double(letter.bottom), Double(letter.height)) }
        return (bottoms[bottoms.count / 2], heights[heights.count / 2])
    }

    /// A full stop or comma (on the baseline), a hyphen (a dash at mid height), one dot of a colon
    /// (the other above or below it), or an apostrophe (upright, high): what may follow a letter.
    static func isPunctuation(_ mark: Box, line: (baseline: Double, height: Double), marks: [Box], scale: Double) -> Bool {
        let h = line.height
        // A full stop or a comma sits on the baseline (a comma hangs below it); a mark floating
        // above it, however little, is dust ("Sabadin·").
        if Double(mark.bottom) >= line.baseline - 2 * scale && mark.centreY <= line.baseline + 0.5 * h { return true }
        if Double(mark.width) >= 1.5 * Double(mark.height) { return true }
        // Not a solid dot: a "+", a "*", a piece of a letter.
        if let ink = mark.ink, Double(ink) < 0.55 * Double(mark.width * mark.height) { return true }
        if Double(mark.height) >= 1.3 * Double(mark.width) && mark.centreY < line.baseline - 0.5 * h { return true }
        return marks.contains { other in
            other != mark && abs(other.centreX - mark.centreX) <= 3 * scale && abs(other.centreY - mark.centreY) <= 0.8 * h
                && abs(other.centreY - mark.centreY) >= 0.2 * h
        }
    }

    /// Letters by the cells of a coarse grid, to find those near a mark without looking at all.
    struct Grid {
        let cell: Int
        private var cells: [Int: [Box]] = [:]

        init(_ boxes: [Box], cell: Int) {
            self.cell = max(cell, 1)
            for box in boxes {
                for cx in (box.x / self.cell)...(box.right / self.cell) {
                    for cy in (box.y / self.cell)...(box.bottom / self.cell) { cells[key(cx, cy), default: []].append(box) }
                }
            }
        }

        private func key(_ x: Int, _ y: Int) -> Int { y &* 1_000_003 &+ x }

        /// The letters in the mark's cell and the cells around it.
        func nearby(_ box: Box) -> [Box] {
            var found: [Box] = []
            let cx = box.x / cell, cy = box.y / cell
            for x in (cx - 1)...(cx + 1) {
                for y in (cy - 1)...(cy + 1) { found += cells[key(x, y)] ?? [] }
            }
            return found
        }
    }
}
