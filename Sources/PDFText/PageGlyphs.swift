import CPoppler

/// The characters of one page with their boxes (top-left origin, points), as poppler lays them out.
struct PageGlyphs {
    struct Glyph {
        let character: Unicode.Scalar
        let x1: Double, y1: Double, x2: Double, y2: Double
        var midY: Double { (y1 + y2) / 2 }
    }

    private(set) var glyphs: [Glyph]
    let height: Double
    /// The page text as poppler gives it.
    let text: String
    /// Unicode scalars in `text` (counted once: every glyph box belongs to one).
    private(set) var scalarCount: Int

    init(page: OpaquePointer) {
        var width = 0.0, height = 0.0
        poppler_page_get_size(page, &width, &height)
        self.height = height
        let raw = poppler_page_get_text(page)
        text = raw.map { String(cString: $0) } ?? ""
        g_free(raw)
        var rects: UnsafeMutablePointer<PopplerRectangle>?
        var count: guint = 0
        var result: [Glyph] = []
        var scalars = 0
        if poppler_page_get_text_layout(page, &rects, &count) != 0, let rects {
            result.reserveCapacity(Int(count))
            for scalar in text.unicodeScalars {
                if scalars < Int(count) {
                    let r = rects[scalars]
                    result.append(Glyph(character: scalar, x1: r.x1, y1: r.y1, x2: r.x2, y2: r.y2))
                }
                scalars += 1
            }
            g_free(rects)
        } else {
            scalars = text.unicodeScalars.count
        }
        scalarCount = scalars
        glyphs = result
    }

    /// A form field's content drawn where the field sits, as if it were printed there: a text
    /// field's value on the field's first line, a check box as ☒ or ☐. The page's rows then put
    /// each value beside the label printed left of it, or below the label printed above it, as
    /// on a printed form.
    mutating func overlay(_ fields: [(text: String, left: Double, top: Double, bottom: Double)]) {
        let printed = glyphs
        for field in fields where !field.text.isEmpty {
            let height = field.bottom - field.top
            // One line of type: the field's own height, within ordinary type sizes.
            var size = min(max(height - 2, 6), 10)
            // A single-line field centres its line; a taller one starts at its top.
            var y1 = height <= 2.2 * size ? (field.top + field.bottom - size) / 2 : field.top + 1
            // Beside a label printed over two lines, the value joins the label's first line.
            if let label = printed.lazy.filter({ $0.character != " " && $0.character != "\n" && $0.x2 <= field.left + 1
                && $0.midY > field.top && $0.midY < field.bottom }).min(by: { $0.y1 < $1.y1 }) {
                y1 = label.y1
                size = max(label.y2 - label.y1, 4)
            }
            var x = field.left + 1
            let advance = size * 0.5
            for scalar in field.text.unicodeScalars {
                let character: Unicode.Scalar = scalar == "\n" || scalar == "\r" || scalar == "\t" ? " " : scalar
                glyphs.append(Glyph(character: character, x1: x, y1: y1, x2: x + advance, y2: y1 + size))
                x += advance
            }
        }
        scalarCount = glyphs.count
    }

    /// The page text in physical rows, top to bottom and left to right, with a single space
    /// between words and a double space where a visible gap separates columns (a label from
    /// its value). Tables and forms keep each row together this way.
    func textInRows() -> String {
        guard glyphs.count == scalarCount, !glyphs.isEmpty else { return text }
        // Positions of the visible glyphs, top to bottom (ties keep their order in the text).
        var order: [(midY: Double, index: Int32)] = []
        order.reserveCapacity(glyphs.count)
        for (index, glyph) in glyphs.enumerated()
        where glyph.character != "\n" && glyph.character != " " && glyph.x2 > glyph.x1 - 0.01 {
            order.append((glyph.midY, Int32(index)))
        }
        guard !order.isEmpty else { return "" }
        order.sort { $0.midY < $1.midY || ($0.midY == $1.midY && $0.index < $1.index) }
        // Rows: runs of that order whose vertical centres lie close together.
        var rowStarts: [Int] = [0]
        var rowMid = order[0].midY
        for position in 1..<order.count {
            let glyph = glyphs[Int(order[position].index)]
            if abs(glyph.midY - rowMid) > max(glyph.y2 - glyph.y1, 4) * 0.45 {
                rowStarts.append(position)
                rowMid = glyph.midY
            }
        }
        rowStarts.append(order.count)
        // Each row left to right, split into segments at wide gaps; the text goes straight into
        // one buffer as the rows would be printed (segments joined by a double space).
        var out: [UInt8] = []
        out.reserveCapacity(glyphs.count * 2)
        var rows: [[Segment]] = []
        rows.reserveCapacity(rowStarts.count - 1)
        var line: [(x1: Double, rank: Int32)] = []
        var gapScratch: [Double] = []
        for row in 0..<(rowStarts.count - 1) {
            line.removeAll(keepingCapacity: true)
            for position in rowStarts[row]..<rowStarts[row + 1] {
                line.append((glyphs[Int(order[position].index)].x1, Int32(position)))
            }
            line.sort { $0.x1 < $1.x1 || ($0.x1 == $1.x1 && $0.rank < $1.rank) }
            var segments: [Segment] = []
            var previous = glyphs[Int(order[Int(line[0].rank)].index)]
            // A justified line stretches its spaces: where most of a row's spaces are wide, a column
            // gap must be much wider than they are ("Janez  Bratoz,  Šmarje" is one run of text).
            let stretch = Self.stretchedSpace(line.lazy.map { glyphs[Int(order[Int($0.rank)].index)] }, scratch: &gapScratch)
            var segment = Segment(x: previous.x1, start: out.count, end: 0)
            Self.appendUTF8(previous.character, to: &out)
            for entry in line.dropFirst() {
                let glyph = glyphs[Int(order[Int(entry.rank)].index)]
                let size = max(glyph.y2 - glyph.y1, 4)
                let gap = glyph.x1 - previous.x2
                if gap > max(size * 0.9, stretch * 2) {
                    segment.end = out.count
                    segments.append(segment)
                    out.append(32); out.append(32)
                    segment = Segment(x: glyph.x1, start: out.count, end: 0)
                } else if gap > size * 0.12 {
                    out.append(32)
                }
                Self.appendUTF8(glyph.character, to: &out)
                previous = glyph
            }
            segment.end = out.count
            segments.append(segment)
            out.append(10)
            rows.append(segments)
        }
        if let split = Self.columnSplit(rows, out) {
            return Self.columns(rows, out, split: split)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The typical space of a row whose spaces are stretched (a justified line): the median of its
    /// word gaps when there are at least four and the median is wider than half the glyph height;
    /// zero otherwise (a row's own column gaps then decide).
    /// - Parameter scratch: a buffer kept from row to row (no allocation per row).
    static func stretchedSpace<Row: Collection>(_ row: Row, scratch gaps: inout [Double]) -> Double where Row.Element == Glyph {
        guard row.count > 8 else { return 0 }
        gaps.removeAll(keepingCapacity: true)
        var heights = 0.0
        var wide = 0
        var previous: Glyph?
        for glyph in row {
            defer { previous = glyph }
            guard let previous else { continue }
            let size = max(glyph.y2 - glyph.y1, 4)
            heights += size
            let gap = glyph.x1 - previous.x2
            if gap > size * 0.12 { gaps.append(gap) }
            if gap > size * 0.5 { wide += 1 }
        }
        // Most rows have ordinary spaces: no sorting for them.
        guard gaps.count >= 4, wide * 2 >= gaps.count else { return 0 }
        gaps.sort()
        let median = gaps[gaps.count / 2]
        return median > heights / Double(row.count - 1) * 0.5 ? median : 0
    }

    /// A run of a row's text between wide gaps: where it starts on the page, and its bytes in
    /// the page's text buffer.
    struct Segment {
        let x: Double
        let start: Int
        var end: Int
    }

    /// The rows' text with the rows that hold two columns of running text rearranged: within them
    /// the whole left column first, then the right one; rows above and below stay where they are.
    private static func columns(_ rows: [[Segment]], _ bytes: [UInt8], split: Double) -> String {
        func text(_ segment: Segment) -> String { String(decoding: bytes[segment.start..<segment.end], as: UTF8.self) }
        func plain(_ segments: [Segment]) -> String { segments.map(text).joined(separator: "  ") + "\n" }
        guard let first = rows.firstIndex(where: { $0.count >= 2 && $0.last!.x >= split }),
              let last = rows.lastIndex(where: { $0.count >= 2 && $0.last!.x >= split }) else {
            return rows.map(plain).joined()
        }
        var left = "", right = ""
        for segments in rows[first...last] {
            let l = segments.filter { $0.x < split }.map(text).joined(separator: "  ")
            let r = segments.filter { $0.x >= split }.map(text).joined(separator: "  ")
            if !l.isEmpty { left += l + "\n" }
            if !r.isEmpty { right += r + "\n" }
        }
        return rows[..<first].map(plain).joined() + left + right + rows[(last + 1)...].map(plain).joined()
    }

    @inline(__always)
    static func appendUTF8(_ scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
        let value = scalar.value
        if value < 0x80 {
            bytes.append(UInt8(value))
        } else if value < 0x800 {
            bytes.append(UInt8(0xC0 | value >> 6))
            bytes.append(UInt8(0x80 | value & 0x3F))
        } else if value < 0x10000 {
            bytes.append(UInt8(0xE0 | value >> 12))
            bytes.append(UInt8(0x80 | (value >> 6) & 0x3F))
            bytes.append(UInt8(0x80 | value & 0x3F))
        } else {
            bytes.append(UInt8(0xF0 | value >> 18))
            bytes.append(UInt8(0x80 | (value >> 12) & 0x3F))
            bytes.append(UInt8(0x80 | (value >> 6) & 0x3F))
            bytes.append(UInt8(0x80 | value & 0x3F))
        }
    }

    /// The x where a right column of running text starts, when the page is set in two columns:
    /// many rows split in two at the same place, with long text on both sides (a label/value
    /// table has short labels on the left and is not split).
    static func columnSplit(_ rows: [[Segment]], _ bytes: [UInt8]) -> Double? {
        // Fewer than 25 bytes are fewer than 25 characters: most segments need no count of them.
        func long(_ segment: Segment) -> Bool {
            segment.end - segment.start >= 25 && String(decoding: bytes[segment.start..<segment.end], as: UTF8.self).count >= 25
        }
        let pairs = rows.filter { $0.count == 2 && long($0[0]) && long($0[1]) }
        guard pairs.count >= 6, Double(pairs.count) >= Double(rows.count) * 0.3 else { return nil }
        let starts = pairs.map { $0[1].x }.sorted()
        let median = starts[starts.count / 2]
        let aligned = starts.filter { abs($0 - median) < 12 }.count
        return Double(aligned) >= Double(pairs.count) * 0.8 ? median - 6 : nil
    }

    /// Text on the same row to the left of a box (a form field's caption).
    func label(leftOf x: Double, top: Double, bottom: Double) -> String? {
        let row = glyphs.filter { $0.character != "\n" && $0.midY > top - 2 && $0.midY < bottom + 2 && $0.x2 <= x + 1 }
        return Self.nearestRun(row.sorted { $0.x1 > $1.x1 }, reversed: true)
    }

    /// Answers a check box may stand for; folded to lower case.
    static let yesNo: Set<String> = ["da", "ne", "yes", "no", "si", "sì"]

    /// A check box's caption: the nearer of the texts right and left of it ("☐ DA" and "DA ☐" both
    /// occur). A bare yes or no is given with the question on its row ("Kandidat soglaša: NE").
    func caption(ofBoxFrom left: Double, to right: Double, top: Double, bottom: Double) -> String? {
        let inRow = glyphs.filter { $0.character != "\n" && $0.midY > top - 2 && $0.midY < bottom + 2 }
        let rightSide = inRow.filter { $0.x1 >= right - 1 }.sorted { $0.x1 < $1.x1 }
        let leftSide = inRow.filter { $0.x2 <= left + 1 }.sorted { $0.x1 > $1.x1 }
        let rightGap = rightSide.first { $0.character != " " }.map { $0.x1 - right } ?? .infinity
        let leftGap = leftSide.first { $0.character != " " }.map { left - $0.x2 } ?? .infinity
        let nearer = rightGap <= leftGap ? Self.nearestRun(rightSide, reversed: false) : Self.nearestRun(leftSide, reversed: true)
        guard let nearer, Self.yesNo.contains(nearer.lowercased()) else { return nearer ?? Self.nearestRun(rightSide, reversed: false) }
        // The question: the row's text left of the box, without the answers printed beside the boxes.
        var words = Self.runText(leftSide.reversed()).split(separator: " ").map(String.init)
        while let last = words.last, Self.yesNo.contains(last.lowercased()) { words.removeLast() }
        let question = words.joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: " :"))
        return question.isEmpty ? nearer : "\(question): \(nearer)"
    }

    /// Glyphs left to right as text: their own spaces, and one where a gap separates texts drawn apart.
    private static func runText<S: Sequence>(_ glyphs: S) -> String where S.Element == Glyph {
        var view = String.UnicodeScalarView()
        var previous: Glyph?
        for glyph in glyphs {
            if let previous, previous.character != " ", glyph.character != " ",
               glyph.x1 - previous.x2 > max(glyph.y2 - glyph.y1, 4) * 0.12 { view.append(" ") }
            view.append(glyph.character)
            previous = glyph
        }
        return String(view)
    }

    /// The run of glyphs next to the box, up to the first wide gap.
    private static func nearestRun(_ glyphs: [Glyph], reversed: Bool) -> String? {
        var run: [Glyph] = []
        for glyph in glyphs {
            if let last = run.last {
                let gap = reversed ? last.x1 - glyph.x2 : glyph.x1 - last.x2
                if gap > max(glyph.y2 - glyph.y1, 4) * 1.5 { break }
            }
            run.append(glyph)
        }
        if reversed { run.reverse() }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: run.map(\.character))
        let text = String(view).trimmingCharacters(in: .whitespaces)
        return text.isEmpty ? nil : text
    }
}

import Foundation
