import Testing
@testable import OCR

/// Specks told from a letter's dots, accents and punctuation by where they stand (300 dpi boxes).
@Suite("Speck filter")
struct SpeckFilterTests {
    typealias Box = SpeckFilter.Box
    /// A line of letters 24 px tall on a baseline at y = 124.
    static let letters = (0..<6).map { Box(x: 100 + $0 * 18, y: 100, width: 14, height: 24) }

    static func specks(_ marks: [Box]) -> [Box] {
        let boxes = letters + marks
        return SpeckFilter.specks(boxes, dpi: 300).map { boxes[$0] }
    }

    @Test func punctuationAndAccentsStayAndStrayMarksGo() {
        let fullStop = Box(x: 210, y: 119, width: 5, height: 5)        // right of the last letter, on the baseline
        let accent = Box(x: 122, y: 92, width: 8, height: 5)           // above the second letter, centred
        let colonTop = Box(x: 211, y: 106, width: 5, height: 5), colonBottom = Box(x: 211, y: 119, width: 5, height: 5)
        let beforeTheWord = Box(x: 84, y: 110, width: 5, height: 5)    // left of the first letter
        let midHeightAfter = Box(x: 212, y: 108, width: 5, height: 5)  // right of the last letter, alone at mid height
        let inTheMargin = Box(x: 900, y: 600, width: 4, height: 4)
        #expect(Self.specks([fullStop, accent]).isEmpty)
        #expect(Self.specks([colonTop, colonBottom]).isEmpty)
        #expect(Self.specks([beforeTheWord, midHeightAfter, inTheMargin]) == [beforeTheWord, midHeightAfter, inTheMargin])
        // An ellipsis: the dots after the first belong too.
        let dots = [Box(x: 210, y: 119, width: 5, height: 5), Box(x: 218, y: 119, width: 5, height: 5), Box(x: 226, y: 119, width: 5, height: 5)]
        #expect(Self.specks(dots).isEmpty)
    }

    /// Over a digit or a capital only a háček stands; a round dot over a short letter is an i's.
    @Test func aRoundDotOverADigitIsDust() {
        // "i386": a short stem, then three digits as tall as capitals.
        let line = [Box(x: 100, y: 108, width: 5, height: 16)] + (0..<3).map { Box(x: 110 + $0 * 14, y: 100, width: 12, height: 24) }
        let iDot = Box(x: 100, y: 100, width: 5, height: 5), overEight = Box(x: 129, y: 92, width: 5, height: 5)
        let hacek = Box(x: 127, y: 93, width: 9, height: 5)
        let boxes = line + [iDot, overEight, hacek]
        #expect(SpeckFilter.specks(boxes, dpi: 300).map { boxes[$0] } == [overEight])
    }

    @Test func sizesScaleWithTheResolution() {
        // At 150 dpi a letter is 12 px tall and a speck in the margin is still a speck.
        let letters = (0..<4).map { Box(x: 50 + $0 * 9, y: 50, width: 7, height: 12) }
        let boxes = letters + [Box(x: 87, y: 59, width: 3, height: 3), Box(x: 400, y: 300, width: 2, height: 2)]
        #expect(SpeckFilter.specks(boxes, dpi: 150) == [5])
    }
}
