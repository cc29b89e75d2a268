import Foundation
import Nominations
import Testing
@testable import NominationsRun

/// The whole run on real PDFs: extraction with poppler, the workbook with libxlsxwriter, read back.
@Suite("Nightly run", .serialized)
struct RunJobTests {
    static let fixtures = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.path
    static let configuration = try! ConfigurationLoader.defaults()

    static func temporaryFolder() -> String { TemporaryFolders.make() }

    static func copyInbox(from source: String, files: [String]? = nil) throws -> String {
        let inbox = temporaryFolder()
        let names = try files ?? FileManager.default.contentsOfDirectory(atPath: source).filter { $0.lowercased().hasSuffix(".pdf") }
        for name in names {
            try FileManager.default.copyItem(atPath: (source as NSString).appendingPathComponent(name), toPath: (inbox as NSString).appendingPathComponent(name))
            try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -3600)],
                                                  ofItemAtPath: (inbox as NSString).appendingPathComponent(name))
        }
        return inbox
    }

    static func unzip(_ file: String, _ member: String) throws -> String {
        try WorkbookReadBack.unzip(file, member)
    }

    /// All text of a workbook: shared strings and inline strings of every sheet.
    static func workbookText(_ path: String) throws -> String { try WorkbookReadBack.text(path) }

    @Test func aRunWritesTheContractsWorkbookWithEveryFile() throws {
        let inbox = try Self.copyInbox(from: Self.fixtures)
        let outbox = Self.temporaryFolder() + "/Outbox"
        let job = RunJob(configuration: Self.configuration, configurationName: "test", inbox: inbox, outbox: outbox, state: nil, settleSeconds: 60)
        let summary = try job.run()
        let count = try FileManager.default.contentsOfDirectory(atPath: inbox).count
        #expect(summary.contains("datotek \(count),") && summary.contains("dopisov \(count) ("))
        let latest = outbox + "/" + RunJob.latestName
        #expect(FileManager.default.fileExists(atPath: latest))
        let workbook = try Self.unzip(latest, "xl/workbook.xml")
        for sheet in ["Povzetek", "Mesto Koper", "Kraški rob z dolino reke Rižane", "Dežela Refoška", "Dolina reke Dragonje", "Za pregled", "Vsi predlogi"] {
            #expect(workbook.contains("name=\"\(sheet)\""), "sheet \(sheet)")
        }
        let text = try Self.workbookText(latest)
        for header in ["Rang", "Kandidat", "Kategorija", "Točke", "Predlagana sestava", "Predlagatelji", "Utemeljitev", "Opozorila", "Vir"] {
            #expect(text.contains(">\(header)<"), "header \(header)")
        }
        for file in try FileManager.default.contentsOfDirectory(atPath: inbox) {
            #expect(text.contains(file), "file \(file) missing from the workbook")
        }
        #expect(text.contains("Ana Jakomin"))
        #expect(text.contains("prazna datoteka"))
        #expect(text.contains("zaščiten z geslom"))
        #expect(text.contains("skeniran dokument brez besedilnega sloja"))
        // No formulas anywhere (in each of the seven sheets), and no temporary files left.
        let sheets = try WorkbookReadBack.sheets(latest)
        #expect(sheets.count == WorkbookLayout(configuration: Self.configuration).sheetNames.count)
        #expect(sheets.count >= 7)
        for sheet in sheets { #expect(sheet.contains("<sheetData") && !sheet.contains("<f>")) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: outbox).allSatisfy { !$0.hasSuffix(".tmp") })
        // Links open the copies kept beside the workbook.
        #expect(FileManager.default.fileExists(atPath: outbox + "/" + RunJob.lettersFolder + "/ks-two-candidates.pdf"))
    }

    @Test func theSameInputsGiveTheSameContent() throws {
        let inbox = try Self.copyInbox(from: Self.fixtures)
        let first = Self.temporaryFolder(), second = Self.temporaryFolder()
        _ = try RunJob(configuration: Self.configuration, configurationName: "t", inbox: inbox, outbox: first, state: nil, settleSeconds: 60).run()
        _ = try RunJob(configuration: Self.configuration, configurationName: "t", inbox: inbox, outbox: second, state: nil, settleSeconds: 60).run()
        for index in 2...7 {
            #expect(try Self.unzip(first + "/" + RunJob.latestName, "xl/worksheets/sheet\(index).xml")
                    == Self.unzip(second + "/" + RunJob.latestName, "xl/worksheets/sheet\(index).xml"))
        }
    }

    @Test func aFreshFileIsListedAsArrivingAndNotRead() throws {
        let inbox = try Self.copyInbox(from: Self.fixtures, files: ["ks-two-candidates.pdf"])
        try FileManager.default.copyItem(atPath: Self.fixtures + "/invoice.pdf", toPath: inbox + "/novo.pdf")
        let outbox = Self.temporaryFolder()
        let summary = try RunJob(configuration: Self.configuration, configurationName: "t", inbox: inbox, outbox: outbox, state: nil, settleSeconds: 120).run()
        #expect(summary.contains("še prihaja 1"))
        #expect(try Self.workbookText(outbox + "/" + RunJob.latestName).contains("novo.pdf"))
    }

    @Test func aMissingInboxIsAClearError() {
        let job = RunJob(configuration: Self.configuration, configurationName: "t", inbox: "/nonexistent/Inbox", outbox: Self.temporaryFolder(), state: nil, settleSeconds: 0)
        #expect(throws: RunError.self) { try job.run() }
    }
}
