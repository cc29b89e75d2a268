import Foundation
import Nominations
import TestSupport
import Testing
@testable import NominationsRun

#if canImport(Glibc)
import Glibc
#endif

/// Every entry of the inbox is accounted for, and a failure of one night is not a fact about the file.
@Suite("Inbox accounting and retries", .serialized)
struct InboxAccountingTests {
    /// An inbox with every kind of entry staff and programs leave there.
    static func mixedInbox() throws -> (inbox: String, outside: String) {
        let manager = FileManager.default
        let inbox = try RunFixtures.copyInbox(from: RunFixtures.fixtures, files: ["ks-two-candidates.pdf", "invoice.pdf"])
        let outside = TemporaryFolders.make("outside")
        try manager.createDirectory(atPath: inbox + "/prejeto februar", withIntermediateDirectories: true)
        try manager.copyItem(atPath: RunFixtures.fixtures + "/form-table.pdf", toPath: inbox + "/prejeto februar/obrazec.pdf")
        try manager.copyItem(atPath: RunFixtures.fixtures + "/two-columns.pdf", toPath: outside + "/zunaj.pdf")
        try manager.createSymbolicLink(atPath: inbox + "/povezava na obrazec.pdf", withDestinationPath: inbox + "/prejeto februar/obrazec.pdf")
        try manager.createSymbolicLink(atPath: inbox + "/povezava ven.pdf", withDestinationPath: outside + "/zunaj.pdf")
        try manager.createSymbolicLink(atPath: inbox + "/pokvarjena.pdf", withDestinationPath: inbox + "/ni je.pdf")
        try Data("skrito".utf8).write(to: URL(fileURLWithPath: inbox + "/.skrita.pdf"))
        try Data("zaklep".utf8).write(to: URL(fileURLWithPath: inbox + "/.~lock.predlog.odt#"))
        try Data("word".utf8).write(to: URL(fileURLWithPath: inbox + "/~$predlog.docx"))
        try Data().write(to: URL(fileURLWithPath: inbox + "/prazen.pdf"))
        #expect(mkfifo(inbox + "/cev", 0o600) == 0)
        for name in try manager.subpathsOfDirectory(atPath: inbox) {
            var info = stat()
            if lstat(inbox + "/" + name, &info) == 0, info.st_mode & S_IFMT != S_IFLNK {
                try? manager.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -3600)], ofItemAtPath: inbox + "/" + name)
            }
        }
        return (inbox, outside)
    }

    /// A run with the workers under a time limit per file (one worker).
    static func run(_ inbox: String, _ outbox: String, secondsPerFile: Double, retryFailed: Bool = false) throws -> String {
        let pool = ExtractionPool(executable: RunFixtures.executable!, limits: WorkerLimits(secondsPerFile: secondsPerFile), workers: 1)
        return try RunJob(configuration: RunFixtures.configuration, configurationName: "t", inbox: inbox, outbox: outbox, state: nil,
                          settleSeconds: 0, extraction: .workers(pool), retryFailed: retryFailed).run()
    }

    @Test func everyEntryIsReadListedOrIgnored() throws {
        let (inbox, _) = try Self.mixedInbox()
        let scan = try InboxScanner.scan(inbox, settleSeconds: 60)
        #expect(Set(scan.ready.map(\.name)) == ["ks-two-candidates.pdf", "invoice.pdf", "prejeto februar/obrazec.pdf",
                                                 "povezava na obrazec.pdf", "prazen.pdf"])
        // The link inside the inbox is read from the file it points to.
        #expect(scan.ready.first { $0.name == "povezava na obrazec.pdf" }?.source.hasSuffix("prejeto februar/obrazec.pdf") == true)
        let reasons = Dictionary(uniqueKeysWithValues: scan.listed.map { ($0.name, $0.reason) })
        #expect(reasons["povezava ven.pdf"]?.contains("zunaj mape") == true)
        #expect(reasons["pokvarjena.pdf"]?.contains("pokvarjena povezava") == true)
        #expect(reasons["cev"]?.contains("ni navadna datoteka") == true)
        #expect(Set(scan.ignored) == [".skrita.pdf", ".~lock.predlog.odt#", "~$predlog.docx"])
        #expect(scan.arriving.isEmpty)
        // Nothing unaccounted for: every entry but the folder itself is in one list.
        let all = try FileManager.default.contentsOfDirectory(atPath: inbox).filter { $0 != "prejeto februar" }.count + 1
        #expect(scan.entries == all)
    }

    @Test func theRunShowsEveryEntryOnTheWorkbookAndCountsThem() throws {
        let (inbox, _) = try Self.mixedInbox()
        let outbox = TemporaryFolders.make()
        let summary = try RunJob(configuration: RunFixtures.configuration, configurationName: "t", inbox: inbox, outbox: outbox,
                                 state: nil, settleSeconds: 60).run()
        #expect(summary.contains("vnosov v mapi 11 (datotek 5, na seznamu za pregled 3, prezrtih 3, še prihaja 0)"), "\(summary)")
        let text = try RunFixtures.workbookText(outbox + "/" + RunJob.latestName)
        for name in ["prejeto februar/obrazec.pdf", "povezava ven.pdf", "pokvarjena.pdf", "cev", "prazen.pdf", "zunaj mape", "pokvarjena povezava"] {
            #expect(text.contains(name), "\(name) is not in the workbook")
        }
        #expect(text.contains("prazna datoteka (0 bajtov)"))
        #expect(!text.contains("~$predlog") && !text.contains(".skrita"))
        // The letter in a subfolder keeps its folder among the copies the links open.
        #expect(FileManager.default.fileExists(atPath: outbox + "/" + RunJob.lettersFolder + "/prejeto februar/obrazec.pdf"))
    }

    @Test func aMissingInboxOrAFileMakesNothing() throws {
        let outbox = TemporaryFolders.make() + "/Outbox"
        for inbox in ["/nonexistent/Inbox", RunFixtures.fixtures + "/invoice.pdf"] {
            let job = RunJob(configuration: RunFixtures.configuration, configurationName: "t", inbox: inbox, outbox: outbox, state: nil, settleSeconds: 0)
            do {
                _ = try job.run()
                Issue.record("\(inbox) must be refused")
            } catch let error as RunError {
                #expect(error.description.contains(inbox))
                #expect(error.description.contains(inbox.hasSuffix(".pdf") ? "datoteka" : "ne obstaja"))
            }
            #expect(!FileManager.default.fileExists(atPath: outbox))
        }
    }

    @Test(.enabled(if: RunFixtures.executable != nil, "the nominations executable is not built beside the tests"))
    func aLetterThatTimedOutOneNightIsReadTheNext() throws {
        let inbox = try RunFixtures.copyInbox(from: RunFixtures.fixtures, files: ["ks-two-candidates.pdf"])
        let outbox = TemporaryFolders.make()
        func run(secondsPerFile: Double) throws -> String { try Self.run(inbox, outbox, secondsPerFile: secondsPerFile) }
        func reviewText() throws -> String { try RunFixtures.workbookText(outbox + "/" + RunJob.latestName) }
        // An overloaded night: the limit is too short for anything.
        let overloaded = try run(secondsPerFile: 0.001)
        #expect(overloaded.contains("neberljivi 1"))
        #expect(try reviewText().contains("1× prekoračen čas branja; dopis bo znova prebran ob naslednjem zagonu"))
        // The next night, with the normal limit: read.
        let normal = try run(secondsPerFile: 20)
        #expect(normal.contains("na novo prebranih 1") && normal.contains("poskusov znova 1"), "\(normal)")
        #expect(normal.contains("neberljivi 0"))
        #expect(try reviewText().contains("Ana Jakomin"))
        // And the night after, from the state: nothing read again.
        #expect(try run(secondsPerFile: 20).contains("na novo prebranih 0"))
    }

    @Test(.enabled(if: RunFixtures.executable != nil, "the nominations executable is not built beside the tests"))
    func aLetterThatFailsEveryNightIsGivenUpThenRetriedOnRequest() throws {
        let inbox = try RunFixtures.copyInbox(from: RunFixtures.fixtures, files: ["invoice.pdf"])
        let outbox = TemporaryFolders.make()
        func run(secondsPerFile: Double, retryFailed: Bool = false) throws -> String {
            try Self.run(inbox, outbox, secondsPerFile: secondsPerFile, retryFailed: retryFailed)
        }
        for night in 1...ReadAttempts.nightsLimit { #expect(try run(secondsPerFile: 0.001).contains("na novo prebranih 1"), "night \(night)") }
        // Given up: listed with its history, not read again (even with time enough)…
        #expect(try run(secondsPerFile: 20).contains("na novo prebranih 0"))
        let text = try RunFixtures.workbookText(outbox + "/" + RunJob.latestName)
        #expect(text.contains("\(ReadAttempts.nightsLimit)× prekoračen čas branja; nadaljnjih poskusov ni"))
        // …until staff ask for it.
        let retried = try run(secondsPerFile: 20, retryFailed: true)
        #expect(retried.contains("na novo prebranih 1") && retried.contains("neberljivi 0"), "\(retried)")
    }
}
