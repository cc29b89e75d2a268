import Foundation
import Testing
@testable import PDFText

@Suite("poppler door")
struct PDFDocumentTests {
    static func fixture(_ name: String) -> String {
        Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent(name).path
    }

    @Test func opensALetterAndKeepsDiacritics() throws {
        let document = try PDFDocument(path: Self.fixture("ks-two-candidates.pdf"))
        #expect(document.pageCount == 1)
        let text = document.text(page: 0)
        #expect(text.contains("Krajevna skupnost Marezige"))
        #expect(text.contains("Kocjančič"))
        #expect(text.contains("e-pošta"))
    }

    @Test func tableRowsKeepLabelAndValueTogether() throws {
        let text = try PDFDocument(path: Self.fixture("form-table.pdf")).text(page: 0)
        let row = text.split(separator: "\n").first { $0.hasPrefix("Ime in priimek kandidata/ke") }
        #expect(row.map(String.init) == "Ime in priimek kandidata/ke  KOCJAN Marko")
    }

    @Test func opensFromBytesWithNonAsciiPathsIrrelevant() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: Self.fixture("invoice.pdf")))
        let document = try PDFDocument(data: data)
        #expect(document.text(page: 0).contains("RAČUN"))
        #expect(document.formFields().isEmpty)
    }

    @Test(arguments: [("empty.pdf", PDFError.Code.damaged), ("text-renamed.pdf", .damaged), ("truncated.pdf", .damaged),
                      ("encrypted.pdf", .encrypted)])
    func brokenFilesThrowTheirCode(_ name: String, _ code: PDFError.Code) {
        do {
            _ = try PDFDocument(path: Self.fixture(name))
            Issue.record("\(name) must not open")
        } catch let error as PDFError {
            #expect(error.code == code, "\(name): \(error)")
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func missingFile() {
        #expect(throws: PDFError(.missing, "cannot read /nonexistent/x.pdf")) { try PDFDocument(path: "/nonexistent/x.pdf") }
    }

    @Test func aScanHasImagesAndNoText() throws {
        let document = try PDFDocument(path: Self.fixture("scanned.pdf"))
        #expect(!document.text(page: 0).contains { $0.isLetter })
        #expect(document.hasImages(page: 0))
    }
}

@Suite("poppler door: layouts")
struct PageLayoutTests {
    @Test func twoColumnsAreReadColumnByColumn() throws {
        let text = try PDFDocument(path: PDFDocumentTests.fixture("two-columns.pdf")).text(page: 0)
        let left = try #require(text.range(of: "članico go. Majo Kocjančič"))
        let right = try #require(text.range(of: "Podatki o kandidatki"))
        #expect(left.lowerBound < right.lowerBound)
        #expect(!text.contains("predlagamo našo  telefon"))
    }

    @Test func stretchedSpacesOfAJustifiedLineAreNoColumnGaps() throws {
        let text = try PDFDocument(path: PDFDocumentTests.fixture("justified.pdf")).text(page: 0)
        #expect(text.contains("Podatki: Janez Bratoz, Šmarje 38a, tel. 040 830 506,"))
        #expect(text.contains("Telefon  041 123 456"))
    }

    @Test func aYesOrNoBoxIsCaptionedWithItsOwnAnswerAndTheQuestion() throws {
        let fields = try PDFDocument(path: PDFDocumentTests.fixture("yes-no-form.pdf")).formFields()
        let labels = Dictionary(uniqueKeysWithValues: fields.map { ($0.name, $0.label ?? "") })
        // Answers printed before their boxes, then after them.
        #expect(labels["soglasje_da"] == "Kandidat s kandidaturo soglasa: DA")
        #expect(labels["soglasje_ne"] == "Kandidat s kandidaturo soglasa: NE")
        #expect(labels["clan_da"] == "Kandidat je clan drustva: DA")
        #expect(labels["clan_ne"] == "Kandidat je clan drustva: NE")
        #expect(fields.filter(\.isOn).map(\.name).sorted() == ["clan_da", "soglasje_ne"])
    }

    @Test func aFormsValuesAreLaidInBelowTheirLabelsAndBoxesShowTheirState() throws {
        let document = try PDFDocument(path: PDFDocumentTests.fixture("sectioned-form.pdf"))
        let lines = document.textWithFields(page: 0).split(separator: "\n").map(String.init)
        // A value stands on the line below the label printed above its field.
        let label = try #require(lines.firstIndex(of: "Priimek in ime"))
        #expect(lines[label + 1] == "Jana Hlaj")
        #expect(lines.contains("Krajevna skupnost Bertoki"))
        #expect(lines.contains("Robert Štrkalj, 05 641 52 03"))
        // Ticked and unticked boxes before their captions.
        #expect(lines.contains { $0.hasPrefix("☒") && $0.contains("krajevna skupnost") })
        #expect(lines.contains { $0.contains("☐") && $0.contains("Mesto Koper") })
        #expect(lines.contains { $0.contains("☒") && $0.contains("Dezela Refoska") })
        // Without the fields, the page has labels only.
        #expect(!document.text(page: 0).contains("Jana Hlaj"))
    }
}
