import Foundation
import Testing
import TestSupport
import ZIPFoundation
@testable import XLSX

/// Real workbooks written with libxlsxwriter (streamed: inline strings; in memory: shared strings)
/// and read back through ZIPFoundation and XMLParser; hostile archives refused.
@Suite("Reading workbooks back")
struct WorkbookReaderTests {
    static func folder() -> String { TemporaryFolders.make("xlsx-read") }

    @Test(arguments: [true, false])
    func cellsComeBackAsWritten(streamed: Bool) throws {
        let folder = Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/b.xlsx"
        let workbook = try Workbook(path: path, constantMemory: streamed)
        let first = try workbook.addWorksheet("Povzetek")
        let second = try workbook.addWorksheet("Kraški rob z dolino reke Rižane")
        try first.write("ne", row: 0, column: 0)
        try second.write("Odločitev komisije", row: 0, column: 0)
        try second.write("Ključ", row: 0, column: 27)
        try second.write("Imenovan", row: 1, column: 0)
        try second.write(7.5, row: 1, column: 1)
        try second.write("=SUM(A1) & <č>", row: 1, column: 27)
        try second.writeBlank(row: 2, column: 0, style: CellStyle(background: 0xFFF2CC))
        try workbook.close()

        let sheets = try WorkbookReader.read(path: path, sheets: ["Kraški rob z dolino reke Rižane"])
        #expect(sheets.map(\.name) == ["Kraški rob z dolino reke Rižane"])
        let sheet = try #require(sheets.first)
        #expect(sheet.text(row: 0, column: 0) == "Odločitev komisije")
        #expect(sheet.text(row: 0, column: 27) == "Ključ")
        #expect(sheet.text(row: 1, column: 0) == "Imenovan")
        #expect(sheet.text(row: 1, column: 1) == "7.5")
        #expect(sheet.text(row: 1, column: 27) == "=SUM(A1) & <č>")
        #expect(sheet.rows.count == 2, "a blank styled cell is no text")
    }

    @Test func aFileThatIsNoArchiveIsRefused() throws {
        let folder = Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data("not a workbook".utf8).write(to: URL(fileURLWithPath: folder + "/x.xlsx"))
        #expect(throws: XLSXReadError.self) { try WorkbookReader.read(path: folder + "/x.xlsx") }
        #expect(throws: XLSXReadError.self) { try WorkbookReader.read(path: folder + "/missing.xlsx") }
    }

    static func archive(_ path: String, parts: [String: String]) throws {
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .create)
        for (name, text) in parts.sorted(by: { $0.key < $1.key }) {
            let data = Data(text.utf8)
            try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
    }

    @Test func entitiesAndOversizedPartsAreRefused() throws {
        let folder = Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let laughs = """
        <?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>
        <workbook><sheets><sheet name="&lol2;" sheetId="1" r:id="rId1"/></sheets></workbook>
        """
        try Self.archive(folder + "/dtd.xlsx", parts: ["xl/workbook.xml": laughs])
        #expect { try WorkbookReader.read(path: folder + "/dtd.xlsx") } throws: { ($0 as? XLSXReadError)?.code == .badXML }

        let big = "<workbook>" + String(repeating: " ", count: 5000) + "</workbook>"
        try Self.archive(folder + "/big.xlsx", parts: ["xl/workbook.xml": big])
        #expect { try WorkbookReader.read(path: folder + "/big.xlsx", limits: ReadLimits(partBytes: 1000)) }
            throws: { ($0 as? XLSXReadError)?.code == .tooLarge }
        try Self.archive(folder + "/none.xlsx", parts: ["docProps/app.xml": "<a/>"])
        #expect { try WorkbookReader.read(path: folder + "/none.xlsx") } throws: { ($0 as? XLSXReadError)?.code == .missingPart }
    }

    @Test func referencesGiveRowAndColumn() {
        #expect(CellReference.parse("A1")! == (0, 0))
        #expect(CellReference.parse("AB12")! == (11, 27))
        #expect(CellReference.parse("$C$3")! == (2, 2))
        #expect(CellReference.parse("12") == nil)
        #expect(CellReference.parse("AAAA1") == nil)
    }
}
