import Foundation
import Nominations
import TestSupport
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

    /// Sheets written out of order (as the run writes the letters' sheets first) land in the
    /// workbook's order; a sheet not made, one written twice or one left unwritten is an error.
    @Test func sheetsWrittenInAnyOrderLandInTheirPlaces() throws {
        let path = TemporaryFolders.make() + "/zvezek.xlsx"
        let file = try WorkbookWriter.Open(path: path, title: "Preizkus", sheetNames: ["Prvi", "Drugi"])
        try file.write(Self.sheet("Drugi", "dva"))
        #expect(throws: (any Error).self) { try file.write(Self.sheet("Drugi", "spet")) }
        #expect(throws: (any Error).self) { try file.write(Self.sheet("Tretji", "tri")) }
        #expect(throws: (any Error).self) { try file.close() }
        try file.write(Self.sheet("Prvi", "ena"))
        try file.close()
        #expect(try WorkbookReadBack.rows(path, sheet: 1).dropFirst().first?["A"] == "ena")
        #expect(try WorkbookReadBack.rows(path, sheet: 2).dropFirst().first?["A"] == "dva")
    }

    /// The run's workbook, written sheet by sheet while the candidates are composed, is the
    /// workbook of the straight path (`WorkbookLayout.workbook`, then the writer).
    @Test func theRunsWorkbookIsTheStraightPathsWorkbook() throws {
        let names = ["ks-two-candidates.pdf", "form-table.pdf", "two-columns.pdf", "sectioned-form.pdf", "invoice.pdf", "empty.pdf"]
        let processed = LetterBatch.process(names.map { RunFixtures.fixtures + "/" + $0 }, mode: .inProcess, reading: RunFixtures.configuration)
        let letters = zip(names, processed).map { ReadLetter(file: $0, letter: $1.letter!, firstSeen: "2026-02-01") }
        #expect(letters.contains { !$0.letter.nominees.isEmpty })
        let facts = WorkbookLayout.RunFacts(runDate: CalendarDate(year: 2026, month: 2, day: 20)!, seconds: 1,
                                            configurationName: "t", lettersFolder: "dopisi")
        let folder = TemporaryFolders.make()
        let job = RunJob(configuration: RunFixtures.configuration, configurationName: "t", inbox: folder, outbox: folder,
                         state: nil, settleSeconds: 0)
        var clock = PhaseClock()
        try job.writeWorkbook(letters, facts: facts, to: folder + "/run.xlsx", clock: &clock)
        let model = WorkbookLayout(configuration: RunFixtures.configuration).workbook(letters: letters, facts: facts)
        try WorkbookWriter.write(model, to: folder + "/straight.xlsx")
        // (The same cells; the styles' numbers differ, as they are numbered in the order first used.)
        let sheets = try WorkbookReadBack.sheets(folder + "/run.xlsx")
        #expect(try WorkbookReadBack.unzip(folder + "/run.xlsx", "xl/workbook.xml") == WorkbookReadBack.unzip(folder + "/straight.xlsx", "xl/workbook.xml"))
        #expect(sheets.count == model.sheets.count)
        for index in sheets.indices {
            let run = try WorkbookReadBack.rows(folder + "/run.xlsx", sheet: index + 1)
            #expect(!run.isEmpty)
            #expect(run == (try WorkbookReadBack.rows(folder + "/straight.xlsx", sheet: index + 1)), "\(sheets[index])")
        }
    }

    /// More links than a sheet may hold (Excel's limit, which libxlsxwriter enforces): the rest are
    /// written as their text, and the file is written.
    @Test func linksBeyondExcelsLimitAreWrittenAsText() throws {
        let path = TemporaryFolders.make() + "/zvezek.xlsx"
        let rows = (0...WorkbookWriter.maximumLinks).map { WorkbookModel.Row([.link(target: "dopisi/\($0).pdf", text: "\($0).pdf")]) }
        let sheet = WorkbookModel.Sheet(name: "Povezave", columns: [.init("Vir", width: 20)], rows: rows, dropDowns: [], isTable: false)
        try WorkbookWriter.write(WorkbookModel(sheets: [sheet], title: "Preizkus"), to: path)
        let relations = try WorkbookReadBack.unzip(path, "xl/worksheets/_rels/sheet1.xml.rels")
        #expect(relations.components(separatedBy: "<Relationship ").count - 1 == WorkbookWriter.maximumLinks)
        let xml = try WorkbookReadBack.unzip(path, "xl/worksheets/sheet1.xml")
        #expect(xml.contains("<t>\(WorkbookWriter.maximumLinks).pdf</t>"))
    }

    @Test func twoSheetsOfOneNameAreAnError() throws {
        let path = TemporaryFolders.make() + "/zvezek.xlsx"
        let model = WorkbookModel(sheets: [Self.sheet("Prvi", "ena"), Self.sheet("Prvi", "dva")], title: "Preizkus")
        #expect(throws: (any Error).self) { try WorkbookWriter.write(model, to: path) }
    }
}
