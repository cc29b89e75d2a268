import Foundation
import Testing
import TestSupport
@testable import XLSX

/// Writes real XLSX files with libxlsxwriter and reads their XML back through ZIPFoundation.
@Suite("libxlsxwriter door")
struct WorkbookTests {
    /// A path for a workbook in a new temporary folder, removed when the test process ends.
    static func temporaryPath(_ name: String) -> String { TemporaryFolders.make("xlsx") + "/" + name }

    @Test func sheetsStringsNumbersLinksAndValidation() throws {
        let path = Self.temporaryPath("test.xlsx")
        let workbook = try Workbook(path: path, constantMemory: true)
        let sheet = try workbook.addWorksheet("Kraški rob z dolino reke Rižane")
        try sheet.write("Kandidat", row: 0, column: 0, style: CellStyle(bold: true))
        try sheet.write("=HYPERLINK(\"x\")", row: 1, column: 0)
        try sheet.write(12.5, row: 1, column: 1)
        try sheet.writeLink("external:dopisi/predlog 1.pdf", text: "predlog 1.pdf", row: 1, column: 2)
        try sheet.dropDown(["Imenovan", "Rezerva", "Zavrnjen"], firstRow: 1, lastRow: 1, column: 3)
        sheet.freezePanes(rows: 1, columns: 0)
        try sheet.autofilter(firstRow: 0, firstColumn: 0, lastRow: 1, lastColumn: 3)
        try sheet.printSetup(landscape: true, fitToWidth: true, repeatHeaderRows: 1)
        try workbook.close()

        let workbookXML = try WorkbookReadBack.unzip(path, "xl/workbook.xml")
        #expect(workbookXML.contains("name=\"Kraški rob z dolino reke Rižane\""))
        let sheetXML = try WorkbookReadBack.unzip(path, "xl/worksheets/sheet1.xml")
        #expect(!sheetXML.contains("<f>"), "no cell may be a formula")
        #expect(sheetXML.contains("<v>12.5</v>"))
        #expect(sheetXML.contains("Imenovan,Rezerva,Zavrnjen"))
        #expect(sheetXML.contains("<pane ySplit=\"1\""))
        // Constant-memory mode writes strings inline: the formula text is a string cell.
        #expect(sheetXML.contains("t=\"inlineStr\"><is><t>=HYPERLINK(\"x\")</t>"))
        let relations = try WorkbookReadBack.unzip(path, "xl/worksheets/_rels/sheet1.xml.rels")
        #expect(relations.contains("predlog%201.pdf"))
    }

    @Test func aSheetNameTooLongIsRefused() throws {
        let workbook = try Workbook(path: Self.temporaryPath("long.xlsx"))
        #expect(throws: XLSXError.self) { try workbook.addWorksheet(String(repeating: "x", count: 32)) }
        #expect(throws: XLSXError.self) { try workbook.addWorksheet("a/b") }
    }

    @Test func aMissingFolderFailsAtClose() throws {
        let workbook = try Workbook(path: "/nonexistent-folder/x.xlsx")
        _ = try workbook.addWorksheet("A")
        #expect(throws: XLSXError.self) { try workbook.close() }
    }
}
