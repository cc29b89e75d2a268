import Foundation
import Nominations
import Testing
@testable import NominationsRun

/// Scanned letters in the nightly run: in the workers under a time budget per page, and cached.
@Suite("Scanned letters in the run", .serialized)
struct ScanRunTests {
    static let scans = ScannedLetterTests.scans

    /// A page that runs out of its OCR budget is listed with its reason; the other letters are read.
    @Test(.enabled(if: ResilienceTests.executable != nil, "the nominations executable is not built beside the tests"))
    func aPageOverItsBudgetIsListedAndTheRunGoesOn() throws {
        let inbox = try RunJobTests.copyInbox(from: Self.scans, files: ["scan-letter.pdf"])
        try FileManager.default.copyItem(atPath: RunJobTests.fixtures + "/ks-two-candidates.pdf", toPath: inbox + "/ks-two-candidates.pdf")
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -3600)], ofItemAtPath: inbox + "/ks-two-candidates.pdf")
        let outbox = RunJobTests.temporaryFolder()
        let pool = ExtractionPool(executable: try #require(ResilienceTests.executable),
                                  limits: WorkerLimits(secondsPerFile: 20, ocrSecondsPerPage: 0.05), workers: 2)
        let summary = try RunJob(configuration: RunJobTests.configuration, configurationName: "t", inbox: inbox, outbox: outbox,
                                 state: nil, settleSeconds: 0, extraction: .workers(pool)).run()
        #expect(summary.contains("datotek 2, dopisov 2"))
        let review = try WorkbookReadBack.rows(outbox + "/" + RunJob.latestName, sheet: 6)
        let listed = try #require(review.first { $0["A"] == "scan-letter.pdf" })
        #expect(listed["B"] == "neberljiv")
        #expect(listed["C"]?.contains("časovno omejitev") == true)
        let all = try WorkbookReadBack.rows(outbox + "/" + RunJob.latestName, sheet: 7)
        #expect(all.contains { $0["A"] == "ks-two-candidates.pdf" && $0["B"] == "prebran" })
    }

    /// A second night with the same scans runs no OCR: the letters come from the state, and when the
    /// reader changes, the words OCR read are read again from the state (kept by the file's hash).
    @Test func anUnchangedNightRunsNoOCR() throws {
        let inbox = try RunJobTests.copyInbox(from: Self.scans, files: ["scan-letter.pdf", "scan-mixed.pdf"])
        let outbox = RunJobTests.temporaryFolder()
        func run() throws -> String {
            try RunJob(configuration: RunJobTests.configuration, configurationName: "t", inbox: inbox, outbox: outbox,
                       state: nil, settleSeconds: 0).run()
        }
        let cold = try run()
        #expect(cold.contains("na novo prebranih 2"))
        let state = outbox + "/" + RunJob.stateFolderName
        let texts = try #require(try FileManager.default.contentsOfDirectory(atPath: state).first { $0.hasPrefix("texts-") })
        let kept = try String(contentsOfFile: state + "/" + texts, encoding: .utf8)
        #expect(kept.contains("\"scans\""))
        #expect(kept.components(separatedBy: "\n").filter { $0.contains("\"scans\"") }.count == 2)

        let warm = try run()
        #expect(warm.contains("na novo prebranih 0"))
        // A new reader (its cached letters gone): the texts, OCR's words among them, are read again; nothing is OCR'd.
        for name in try FileManager.default.contentsOfDirectory(atPath: state) where name.hasPrefix("letters-") {
            try FileManager.default.removeItem(atPath: state + "/" + name)
        }
        let reread = try run()
        #expect(reread.contains("na novo prebranih 0"))
        #expect(try WorkbookReadBack.rows(outbox + "/" + RunJob.latestName, sheet: 7).contains { $0["A"] == "scan-letter.pdf" && $0["B"] == "prebran" })
        let all = try WorkbookReadBack.rows(outbox + "/" + RunJob.latestName, sheet: 7)
        #expect(all.filter { $0.values.contains("sken (OCR)") }.count == 2)
    }
}
