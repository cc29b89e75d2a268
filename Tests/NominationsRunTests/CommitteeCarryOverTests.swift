import Foundation
import Nominations
import Testing
import XLSX
@testable import NominationsRun

/// The committee's work survives the night: real runs, real workbooks edited as a member would,
/// read back with the program's reader.
@Suite("Committee's work across runs", .serialized)
struct CommitteeCarryOverTests {
    static let configuration = RunFixtures.configuration
    static let sheetNames = WorkbookLayout(configuration: configuration).sheetNames
    static let clusterSheets = configuration.clusters.map(\.name) + [CommitteeColumns.formerCandidatesSheet]

    struct Place {
        let inbox: String
        let outbox: String
        var latest: String { outbox + "/" + RunJob.latestName }

        func run() throws -> String {
            try RunJob(configuration: CommitteeCarryOverTests.configuration, configurationName: "t", inbox: inbox, outbox: outbox,
                       state: nil, settleSeconds: 0).run()
        }

        func add(_ file: String) throws {
            try FileManager.default.copyItem(atPath: RunFixtures.fixtures + "/" + file, toPath: inbox + "/" + file)
            try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -3600)], ofItemAtPath: inbox + "/" + file)
        }

        func remove() {
            try? FileManager.default.removeItem(atPath: inbox)
            try? FileManager.default.removeItem(atPath: outbox)
        }
    }

    static func place(_ files: [String]) throws -> Place {
        Place(inbox: try RunFixtures.copyInbox(from: RunFixtures.fixtures, files: files), outbox: RunFixtures.temporaryFolder())
    }

    /// Sets decisions and notes on the first two candidates' rows; returns key → (decision, note).
    static func decide(_ path: String, marks: [(String, String)]) throws -> [String: (String, String)] {
        let rows = try CommitteeRows.rows(path, sheetNames: configuration.clusters.map(\.name))
        try #require(rows.count >= marks.count, "the run lists too few candidates to edit")
        let decisionColumn = WorkbookLayout.clusterHeaders.firstIndex(of: CommitteeColumns.decision)!
        var wanted: [String: (String, String)] = [:]
        for (row, mark) in zip(rows, marks) {
            try WorkbookEdit.set(path, sheetNumber: row.sheetNumber, cells: [.init(row: row.row, column: decisionColumn, text: mark.0),
                                                                             .init(row: row.row, column: decisionColumn + 1, text: mark.1)])
            wanted[row.key] = mark
        }
        return wanted
    }

    static func expectKept(_ wanted: [String: (String, String)], in path: String, sheets: [String] = clusterSheets) throws {
        let rows = try CommitteeRows.rows(path, sheetNames: sheets)
        for (key, mark) in wanted {
            let row = rows.first { $0.key == key }
            #expect(row?.decision == mark.0 && row?.note == mark.1, "\(key): \(String(describing: row))")
        }
    }

    @Test func decisionsAndNotesSurviveANewLetterAndADeletedWorkbook() throws {
        let place = try Self.place(["ks-two-candidates.pdf", "form-table.pdf"])
        defer { place.remove() }
        _ = try place.run()
        let wanted = try Self.decide(place.latest, marks: [("Imenovan", "Odlična – pozna poti v Šmarjah"), ("Rezerva", "")])
        try place.add("sectioned-form.pdf")
        let summary = try place.run()
        try Self.expectKept(wanted, in: place.latest)
        // The member's file was kept before it was replaced, and the log says so.
        let copies = try FileManager.default.contentsOfDirectory(atPath: place.outbox + "/kopije")
        #expect(copies.count == 1 && summary.contains("kopija"))
        // The changes are listed with their date.
        let history = try WorkbookReader.read(path: place.latest, sheets: [CommitteeColumns.historySheet]).first!.rows
        #expect(history.dropFirst().map { $0[3] }.sorted() == ["Imenovan", "Rezerva"])
        #expect(history.dropFirst().allSatisfy { $0[0] == CalendarDate.today().slovenian })
        // Both workbooks deleted by hand: the state still has the decisions.
        try FileManager.default.removeItem(atPath: place.latest)
        try FileManager.default.removeItem(atPath: place.outbox + "/predlogi-\(CalendarDate.today()).xlsx")
        _ = try place.run()
        try Self.expectKept(wanted, in: place.latest)
        // The letters withdrawn: the decisions move to a sheet of their own, never dropped.
        for file in ["ks-two-candidates.pdf", "form-table.pdf"] { try FileManager.default.removeItem(atPath: place.inbox + "/" + file) }
        _ = try place.run()
        try Self.expectKept(wanted, in: place.latest, sheets: [CommitteeColumns.formerCandidatesSheet])
    }

    @Test(.enabled(if: LibreOffice.path != nil, "LibreOffice (soffice) is not installed: the edit saved by LibreOffice is not tested here"))
    func anEditSavedByLibreOfficeIsKept() throws {
        let place = try Self.place(["ks-two-candidates.pdf", "form-table.pdf"])
        defer { place.remove() }
        _ = try place.run()
        var wanted = try Self.decide(place.latest, marks: [("Imenovan", "prvi"), ("Zavrnjen", "drugi")])
        try WorkbookEdit.roundTripThroughLibreOffice(place.latest)
        try place.add("sectioned-form.pdf")
        _ = try place.run()
        try Self.expectKept(wanted, in: place.latest)
        // Once more: changed, then saved by LibreOffice's own writer (shared strings, its own parts).
        let changed = try Self.decide(place.latest, marks: [("Rezerva", "spremenjeno v LibreOffice")])
        try WorkbookEdit.roundTripThroughLibreOffice(place.latest)
        _ = try place.run()
        for (key, mark) in changed { wanted[key] = mark }
        try Self.expectKept(wanted, in: place.latest)
    }

    @Test func handEntriesOnTheReviewSheetBringACandidateIntoAGroup() throws {
        let place = try Self.place(["ks-two-candidates.pdf", "invoice.pdf", "empty.pdf"])
        defer { place.remove() }
        _ = try place.run()
        let review = try WorkbookReader.read(path: place.latest, sheets: [WorkbookLayout.reviewName]).first!.rows
        let header = review[0]
        let key = header.firstIndex(of: CommitteeColumns.key)!
        let first = header.firstIndex(of: CommitteeColumns.entryCandidate)!
        func row(_ file: String) throws -> Int { try #require(review.firstIndex { $0.count > key && $0[key] == file }) }
        let number = Self.sheetNames.firstIndex(of: WorkbookLayout.reviewName)! + 1
        try WorkbookEdit.set(place.latest, sheetNumber: number, cells: [
            .init(row: try row("invoice.pdf"), column: first, text: "MARTA novak"),
            .init(row: try row("invoice.pdf"), column: first + 1, text: "Dežela Refoška"),
            .init(row: try row("invoice.pdf"), column: first + 2, text: "Posameznik"),
            .init(row: try row("invoice.pdf"), column: first + 3, text: "da"),
            .init(row: try row("empty.pdf"), column: first, text: "Janez Kos"),
            .init(row: try row("empty.pdf"), column: first + 1, text: "Nekje"),
        ])
        _ = try place.run()
        let rows = try CommitteeRows.rows(place.latest, sheetNames: ["Dežela Refoška"])
        let entered = try #require(rows.first { $0.name == "Marta Novak" }, "the hand-entered candidate is in the group's sheet")
        #expect(entered.warnings.contains("ročni vnos"))
        #expect(!rows.contains { $0.name == "Janez Kos" })
        let after = try WorkbookReader.read(path: place.latest, sheets: [WorkbookLayout.reviewName]).first!.rows
        let outcome = after[0].firstIndex(of: CommitteeColumns.entryOutcome)!
        #expect(after.contains { $0.count > outcome && $0[outcome].contains("neznana skupina »Nekje«") })
        #expect(after.contains { $0.count > key && $0[key] == "invoice.pdf" && $0[outcome].hasPrefix("upoštevano") })
    }

    /// The workbook as the run wrote it is known by its stamp (device, inode, size, time) without
    /// hashing it; with another stamp its content is compared.
    @Test func aWorkbookAsWrittenIsKnownByItsStamp() throws {
        let place = try Self.place(["ks-two-candidates.pdf"])
        defer { place.remove() }
        _ = try place.run()
        let stamp = try #require(CommitteeWorkbooks.stamp(place.latest))
        let record = try StateDecisionStore(database: StateDatabase(folder: place.outbox + "/" + RunJob.stateFolderName)).load()
        #expect(record.stamps?[RunJob.latestName] == stamp)
        let workbooks = CommitteeWorkbooks(outbox: place.outbox, latestName: RunJob.latestName)
        // The stamp alone says so (the hash given is wrong on purpose).
        #expect(workbooks.read(RunJob.latestName, sheets: [], written: "0", stamp: stamp).unchanged)
        #expect(!workbooks.read(RunJob.latestName, sheets: [], written: "0", stamp: "1:2:3:4.5").unchanged)
        #expect(workbooks.read(RunJob.latestName, sheets: [], written: record.written[RunJob.latestName], stamp: "1:2:3:4.5").unchanged)
    }

    @Test func aWorkbookThatCannotBeReadIsLeftAsItIs() throws {
        let place = try Self.place(["ks-two-candidates.pdf"])
        defer { place.remove() }
        _ = try place.run()
        try FileManager.default.removeItem(atPath: place.latest)
        let damaged = Data("PK\u{3}\u{4} not really a workbook".utf8)
        try damaged.write(to: URL(fileURLWithPath: place.latest))
        let summary = try place.run()
        #expect(FileManager.default.contents(atPath: place.latest) == damaged)
        #expect(summary.contains("opozorilo") && summary.contains(RunJob.latestName))
        let dated = place.outbox + "/predlogi-\(CalendarDate.today()).xlsx"
        let facts = try WorkbookReader.read(path: dated, sheets: [WorkbookLayout.summaryName]).first!.rows
        #expect(facts.contains { $0.count > 1 && $0[0] == "Opozorilo" && $0[1].contains("ni bilo mogoče prebrati") })
    }
}
