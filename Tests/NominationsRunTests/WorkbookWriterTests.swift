import Foundation
import Nominations
import Testing
@testable import NominationsRun

/// The writer takes a finished model: every sheet lands in its place with its cells, and a model
/// libxlsxwriter refuses is an error, not half a file.
@Suite("Workbook writer")
struct WorkbookWriterTests {
    static func sheet(_ name: String, _ text: String) -> WorkbookModel.Sheet {
        WorkbookModel.Sheet(name: name, columns: [.init("Stolpec", width: 20)], rows: [.init([.text(text)])], dropDowns: [], isTable: false)
    }

    @Test func everySheetLandsInItsPlace() throws {
        let path = TemporaryFolders.make() + "/zvezek.xlsx"
        let model = WorkbookModel(sheets: [Self.sheet("Prvi", "ena"), Self.sheet("Drugi", "dva"), Self.sheet("Tretji", "tri")], title: "Preizkus")
        try WorkbookWriter.write(model, to: path)
        let workbook = try WorkbookReadBack.unzip(path, "xl/workbook.xml")
        #expect(workbook.range(of: "Prvi")!.lowerBound < workbook.range(of: "Drugi")!.lowerBound)
        #expect(workbook.range(of: "Drugi")!.lowerBound < workbook.range(of: "Tretji")!.lowerBound)
        let sheets = try WorkbookReadBack.sheets(path)
        #expect(sheets.count == 3)
        for (index, text) in ["ena", "dva", "tri"].enumerated() {
            let rows = try WorkbookReadBack.rows(path, sheet: index + 1)
            #expect(rows.first?["A"] == "Stolpec")
            #expect(rows.dropFirst().first?["A"] == text)
        }
    }

    @Test func twoSheetsOfOneNameAreAnError() throws {
        let path = TemporaryFolders.make() + "/zvezek.xlsx"
        let model = WorkbookModel(sheets: [Self.sheet("Prvi", "ena"), Self.sheet("Prvi", "dva")], title: "Preizkus")
        #expect(throws: (any Error).self) { try WorkbookWriter.write(model, to: path) }
    }
}
