import Foundation
import Nominations
import TestSupport
import Testing
@testable import NominationsRun

/// The whole run on real PDFs: extraction with poppler, the workbook with libxlsxwriter, read back.
@Suite("Nightly run", .serialized)
struct RunJobTests {
    @Test func aRunWritesTheContractsWorkbookWithEveryFile() throws {
        let inbox = try RunFixtures.copyInbox(from: RunFixtures.fixtures)
        let outbox = RunFixtures.temporaryFolder() + "/Outbox"
        let job = RunJob(configuration: RunFixtures.configuration, configurationName: "test", inbox: inbox, outbox: outbox, state: nil, settleSeconds: 60)
        let summary = try job.run()
        let count = try FileManager.default.contentsOfDirectory(atPath: inbox).count
        #expect(summary.contains("datotek \(count),") && summary.contains("dopisov \(count) ("))
        let latest = outbox + "/" + RunJob.latestName
        #expect(FileManager.default.fileExists(atPath: latest))
        let workbook = try WorkbookReadBack.unzip(latest, "xl/workbook.xml")
        for sheet in ["Povzetek", "Mesto Koper", "Kraški rob z dolino reke Rižane", "Dežela Refoška", "Dolina reke Dragonje", "Za pregled", "Vsi predlogi"] {
            #expect(workbook.contains("name=\"\(sheet)\""), "sheet \(sheet)")
        }
        let text = try RunFixtures.workbookText(latest)
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
        #expect(sheets.count == WorkbookLayout(configuration: RunFixtures.configuration).sheetNames.count)
        #expect(sheets.count >= 7)
        for sheet in sheets { #expect(sheet.contains("<sheetData") && !sheet.contains("<f>")) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: outbox).allSatisfy { !$0.hasSuffix(".tmp") })
        // Links open the copies kept beside the workbook.
        #expect(FileManager.default.fileExists(atPath: outbox + "/" + RunJob.lettersFolder + "/ks-two-candidates.pdf"))
    }

    @Test func theSameInputsGiveTheSameContent() throws {
        let inbox = try RunFixtures.copyInbox(from: RunFixtures.fixtures)
        let first = RunFixtures.temporaryFolder(), second = RunFixtures.temporaryFolder()
        _ = try RunJob(configuration: RunFixtures.configuration, configurationName: "t", inbox: inbox, outbox: first, state: nil, settleSeconds: 60).run()
        _ = try RunJob(configuration: RunFixtures.configuration, configurationName: "t", inbox: inbox, outbox: second, state: nil, settleSeconds: 60).run()
        for index in 2...7 {
            #expect(try WorkbookReadBack.unzip(first + "/" + RunJob.latestName, "xl/worksheets/sheet\(index).xml")
                    == WorkbookReadBack.unzip(second + "/" + RunJob.latestName, "xl/worksheets/sheet\(index).xml"))
        }
    }

    @Test func aFreshFileIsListedAsArrivingAndNotRead() throws {
        let inbox = try RunFixtures.copyInbox(from: RunFixtures.fixtures, files: ["ks-two-candidates.pdf"])
        try FileManager.default.copyItem(atPath: RunFixtures.fixtures + "/invoice.pdf", toPath: inbox + "/novo.pdf")
        let outbox = RunFixtures.temporaryFolder()
        let summary = try RunJob(configuration: RunFixtures.configuration, configurationName: "t", inbox: inbox, outbox: outbox, state: nil, settleSeconds: 120).run()
        #expect(summary.contains("še prihaja 1"))
        #expect(try RunFixtures.workbookText(outbox + "/" + RunJob.latestName).contains("novo.pdf"))
    }

    @Test func aMissingInboxIsAClearError() {
        let job = RunJob(configuration: RunFixtures.configuration, configurationName: "t", inbox: "/nonexistent/Inbox", outbox: RunFixtures.temporaryFolder(), state: nil, settleSeconds: 0)
        #expect(throws: RunError.self) { try job.run() }
    }
}
