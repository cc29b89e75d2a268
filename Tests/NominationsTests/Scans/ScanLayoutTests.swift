import Testing
@testable import Nominations

/// OCR's words laid out in the rows the reader reads from text PDFs.
@Suite("Scan layout")
struct ScanLayoutTests {
    /// A word at (left, baseline) in points, 10-point type: capitals 7 pt above the baseline.
    static func word(_ text: String, _ left: Double, _ baseline: Double, line: Int, confidence: Double = 95) -> RecognizedWord {
        RecognizedWord(text: text, confidence: confidence, left: left, top: baseline - 7.2, right: left + Double(text.count) * 5.2,
                       bottom: baseline + 2, baseline: baseline, line: line)
    }

    static func page(_ words: [RecognizedWord]) -> RecognizedPage {
        RecognizedPage(page: 0, width: 595, height: 842, words: words)
    }

    @Test func labelsAndValuesStayApartAndRowsFollowTheirBaselines() {
        // Tesseract put the labels and the values in lines of different blocks; one value sits a
        // point lower than its label.
        let words = [
            Self.word("Ime", 60, 200, line: 0), Self.word("in", 80, 200, line: 0), Self.word("priimek:", 93, 200, line: 0),
            Self.word("Telefon:", 60, 216, line: 1),
            Self.word("Maja", 200, 200.8, line: 2), Self.word("Pucer", 227, 200.8, line: 2),
            Self.word("041", 200, 216, line: 3), Self.word("552", 220, 216.5, line: 3), Self.word("318", 240, 216, line: 3),
        ]
        #expect(ScanLayout.text(of: Self.page(words)) == "Ime in priimek:  Maja Pucer\nTelefon:  041 552 318\n")
    }

    @Test func aWideGapWithinALineIsAColumnGapButAJustifiedLineIsNot() {
        let table = [Self.word("1.", 60, 100, line: 0), Self.word("Katja", 90, 100, line: 0), Self.word("Fonda", 119, 100, line: 0),
                     Self.word("da", 400, 100, line: 0)]
        #expect(ScanLayout.text(of: Self.page(table)) == "1.  Katja Fonda  da\n")
        // Eight words spread across the line with wide, even spaces.
        let justified = (0..<8).map { Self.word("beseda", 60 + Double($0) * 45, 100, line: 0) }
        #expect(ScanLayout.text(of: Self.page(justified)) == Array(repeating: "beseda", count: 8).joined(separator: " ") + "\n")
    }

    @Test func aTablesRuleReadAsABarIsAColumnGap() {
        let words = [Self.word("2.", 60, 100, line: 0), Self.word("|", 75, 100, line: 0), Self.word("Irena", 84, 100, line: 0),
                     Self.word("Sabadin", 113, 100, line: 0)]
        #expect(ScanLayout.text(of: Self.page(words)) == "2.  Irena Sabadin\n")
    }

    @Test func aWordBrokenAtALinesEndIsJoined() {
        let words = [Self.word("za", 60, 100, line: 0), Self.word("akcijsko", 75, 100, line: 0), Self.word("sku-", 120, 100, line: 0),
                     Self.word("pino", 60, 116, line: 1), Self.word("predlagamo", 85, 116, line: 1)]
        #expect(ScanLayout.text(of: Self.page(words)) == "za akcijsko skupino\npredlagamo\n")
        // A dash before a capital is no broken word.
        let list = [Self.word("Koper", 60, 100, line: 0), Self.word("2030 -", 90, 100, line: 0), Self.word("Marezige", 60, 116, line: 1)]
        #expect(ScanLayout.text(of: Self.page(list)).hasSuffix("\nMarezige\n"))
    }

    @Test func specksReadAsMarksAreDroppedAndKeptWhenSure() {
        let words = [Self.word("'", 50, 100, line: 0, confidence: 20), Self.word("Spoštovani,", 60, 100, line: 0),
                     Self.word("—", 60, 116, line: 1, confidence: 95), Self.word(":", 80, 116, line: 1, confidence: 31)]
        #expect(ScanLayout.text(of: Self.page(words)) == "Spoštovani,\n—\n")
    }
}
