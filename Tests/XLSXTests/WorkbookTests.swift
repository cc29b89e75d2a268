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

    /// Every part is deflated at zlib's fastest level (CZipLevel stands in for minizip's call),
    /// and the file still reads back. minizip records the level in each member's flags: bits 1–2
    /// are 11 for level 1 and 00 for the default level libxlsxwriter asks for.
    @Test func partsAreDeflatedAtTheFastestLevel() throws {
        let path = Self.temporaryPath("fast.xlsx")
        let workbook = try Workbook(path: path, constantMemory: true)
        let sheet = try workbook.addWorksheet("Dopisi")
        for row in 0..<200 { try sheet.write("Krajevna skupnost Gračišče, vrstica \(row)", row: row, column: 0) }
        try workbook.close()

        let members = try Self.centralDirectory(Data(contentsOf: URL(fileURLWithPath: path)))
        let deflated = members.filter { $0.method == 8 }
        #expect(deflated.count >= 8, "a workbook has at least eight deflated parts, found \(deflated.count)")
        for member in deflated {
            #expect(member.flags & 0b110 == 0b110, "\(member.name) is deflated at another level (flags \(member.flags))")
        }
        #expect(try WorkbookReadBack.unzip(path, "xl/worksheets/sheet1.xml").contains("vrstica 199"))
    }

    /// The name, general-purpose flags and method of every member, from the ZIP's central directory.
    static func centralDirectory(_ zip: Data) throws -> [(name: String, flags: UInt16, method: UInt16)] {
        let bytes = [UInt8](zip)
        func u16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
        func u32(_ at: Int) -> Int { u16(at) | u16(at + 2) << 16 }
        struct NotAZip: Error {}
        guard let end = stride(from: bytes.count - 22, through: max(0, bytes.count - 22 - 65_535), by: -1)
            .first(where: { u32($0) == 0x0605_4b50 }) else { throw NotAZip() }
        var at = u32(end + 16)
        var members: [(name: String, flags: UInt16, method: UInt16)] = []
        for _ in 0..<u16(end + 10) {
            guard at + 46 <= bytes.count, u32(at) == 0x0201_4b50 else { throw NotAZip() }
            let nameLength = u16(at + 28)
            let name = String(decoding: bytes[(at + 46)..<(at + 46 + nameLength)], as: UTF8.self)
            members.append((name, UInt16(u16(at + 8)), UInt16(u16(at + 10))))
            at += 46 + nameLength + u16(at + 30) + u16(at + 32)
        }
        return members
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
