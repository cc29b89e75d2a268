import Foundation
import Nominations
import Testing
@testable import NominationsRun

/// The workbook written in two parts (the leading sheets worked out on another thread): every
/// sheet in its place, and a mismatch between sheets and names refused, not written half.
@Suite("Streamed workbook")
struct StreamedWorkbookTests {
    static func sheet(_ name: String, _ text: String) -> WorkbookModel.Sheet {
        WorkbookModel.Sheet(name: name, columns: [.init("Stolpec", width: 20)], rows: [.init([.text(text)])], isTable: false)
    }

    @Test func leadingAndTrailingSheetsLandInTheirPlaces() throws {
        let path = RunJobTests.temporaryFolder() + "/zvezek.xlsx"
        try WorkbookWriter.write(title: "Preizkus", sheetNames: ["Prvi", "Drugi", "Tretji"], to: path,
                                 leading: { [Self.sheet("Prvi", "ena"), Self.sheet("Drugi", "dva")] },
                                 trailing: { [Self.sheet("Tretji", "tri")] })
        let workbook = try WorkbookReadBack.unzip(path, "xl/workbook.xml")
        #expect(workbook.range(of: "Prvi")!.lowerBound < workbook.range(of: "Drugi")!.lowerBound)
        #expect(workbook.range(of: "Drugi")!.lowerBound < workbook.range(of: "Tretji")!.lowerBound)
        for (index, text) in ["ena", "dva", "tri"].enumerated() {
            #expect(try WorkbookReadBack.unzip(path, "xl/worksheets/sheet\(index + 1).xml").contains(">\(text)<"))
        }
    }

    @Test func moreSheetsThanNamesIsAnError() throws {
        let path = RunJobTests.temporaryFolder() + "/zvezek.xlsx"
        #expect(throws: RunError.self) {
            try WorkbookWriter.write(title: "Preizkus", sheetNames: ["Prvi", "Drugi"], to: path,
                                     leading: { [Self.sheet("Prvi", "ena"), Self.sheet("Drugi", "dva")] },
                                     trailing: { [Self.sheet("Tretji", "tri")] })
        }
    }
}
