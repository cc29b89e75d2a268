import Foundation
import Nominations
import TestSupport
import Testing
@testable import NominationsRun

/// Scanned letters in the nightly run: in the workers under a time budget per page, and cached.
@Suite("Scanned letters in the run", .serialized)
struct ScanRunTests {
    /// A page that runs out of its OCR budget is listed with its reason, as a failure of the night;
    /// the other letters are read, and the next night, with time enough, reads the scan.
    @Test(.enabled(if: RunFixtures.executable != nil, "the nominations executable is not built beside the tests"))
    func aPageOverItsBudgetIsListedAndReadTheNextNight() throws {
        let inbox = try RunFixtures.copyInbox(from: RunFixtures.scans, files: ["scan-letter.pdf"])
        try FileManager.default.copyItem(atPath: RunFixtures.fixtures + "/ks-two-candidates.pdf", toPath: inbox + "/ks-two-candidates.pdf")
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -3600)], ofItemAtPath: inbox + "/ks-two-candidates.pdf")
        let outbox = RunFixtures.temporaryFolder()
        let pool = ExtractionPool(executable: try #require(RunFixtures.executable),
                                  limits: WorkerLimits(secondsPerFile: 20, ocrSecondsPerPage: 0.05), workers: 2)
        let summary = try RunJob(configuration: RunFixtures.configuration, configurationName: "t", inbox: inbox, outbox: outbox,
                                 state: nil, settleSeconds: 0, extraction: .workers(pool)).run()
        #expect(summary.contains("datotek 2,") && summary.contains("dopisov 2 ("))
        let review = try WorkbookReadBack.rows(outbox + "/" + RunJob.latestName, sheet: 6)
        let listed = try #require(review.first { $0["A"] == "scan-letter.pdf" })
        #expect(listed["B"] == "neberljiv")
        #expect(listed["C"]?.contains("1× prekoračen čas branja; dopis bo znova prebran") == true, "\(listed)")
        let all = try WorkbookReadBack.rows(outbox + "/" + RunJob.latestName, sheet: 7)
        #expect(all.contains { $0["A"] == "ks-two-candidates.pdf" && $0["B"] == "prebran" })

        // The next night, with the usual budget: nothing of the first night was kept as final.
        let next = try RunJob(configuration: RunFixtures.configuration, configurationName: "t", inbox: inbox, outbox: outbox,
                              state: nil, settleSeconds: 0).run()
        #expect(next.contains("poskusov znova 1"), "\(next)")
        let reread = try WorkbookReadBack.rows(outbox + "/" + RunJob.latestName, sheet: 7)
        #expect(reread.contains { $0["A"] == "scan-letter.pdf" && $0["B"] == "prebran" }, "\(reread)")
    }

    /// A second night with the same scans runs no OCR: the letters come from the state, and when the
    /// reader changes, the words OCR read are read again from the state (kept by the file's hash).
    @Test func anUnchangedNightRunsNoOCR() throws {
        let inbox = try RunFixtures.copyInbox(from: RunFixtures.scans, files: ["scan-letter.pdf", "scan-mixed.pdf"])
        let outbox = RunFixtures.temporaryFolder()
        var configuration = RunFixtures.configuration
        func run() throws -> String {
            try RunJob(configuration: configuration, configurationName: "t", inbox: inbox, outbox: outbox,
                       state: nil, settleSeconds: 0).run()
        }
        let cold = try run()
        #expect(cold.contains("na novo prebranih 2"))
        let database = try StateDatabase(folder: outbox + "/" + RunJob.stateFolderName)
        let hashes = Set(try database.fileIndex().values.map(\.sha256))
        let texts = try database.texts(for: hashes, extraction: Fingerprints.extraction)
        #expect(texts.count == 2)
        #expect(texts.values.allSatisfy { String(decoding: $0.jsonBytes, as: UTF8.self).contains("\"scans\"") })

        let warm = try run()
        #expect(warm.contains("na novo prebranih 0"))
        // A reader that reads differently (a cluster's other name): the texts, OCR's words among them,
        // are read again from the state; nothing is OCR'd.
        configuration.clusters[0].names.append("Mestno središče Koper")
        let reread = try run()
        #expect(reread.contains("na novo prebranih 0, iz shranjenih besedil 2"), "\(reread)")
        #expect(try WorkbookReadBack.rows(outbox + "/" + RunJob.latestName, sheet: 7).contains { $0["A"] == "scan-letter.pdf" && $0["B"] == "prebran" })
        let all = try WorkbookReadBack.rows(outbox + "/" + RunJob.latestName, sheet: 7)
        #expect(all.filter { $0.values.contains("sken (OCR)") }.count == 2)
    }
}
