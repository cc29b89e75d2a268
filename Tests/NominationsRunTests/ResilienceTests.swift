import Foundation
import Digest
import Nominations
import TestSupport
import Testing
@testable import NominationsRun

/// Workers, limits, the lock and the state: the run survives what strangers send.
@Suite("Resilience", .serialized)
struct ResilienceTests {
    @Test(.enabled(if: RunFixtures.executable != nil, "the nominations executable is not built beside the tests"))
    func workersExtractAndSurviveATimeout() throws {
        let pool = ExtractionPool(executable: try #require(RunFixtures.executable), limits: WorkerLimits(secondsPerFile: 20, memoryMiB: 1024), workers: 2)
        let paths = ["ks-two-candidates.pdf", "encrypted.pdf", "form-table.pdf", "empty.pdf"].map { RunFixtures.fixtures + "/" + $0 }
        let results = pool.extract(paths)
        #expect(results.count == 4)
        #expect(results[0].extracted.pages.joined().contains("Marezige"))
        #expect(results[1].extracted.failure == .encrypted)
        #expect(results[3].extracted.failure == .empty)
        #expect(results[0].sha256 == SHA256.hex(try Data(contentsOf: URL(fileURLWithPath: paths[0]))))

        // A limit no file can meet: every file times out, each worker is killed and replaced, nothing hangs.
        let impatient = ExtractionPool(executable: try #require(RunFixtures.executable), limits: WorkerLimits(secondsPerFile: 0.001), workers: 1)
        let started = Date()
        let timedOut = impatient.extract(Array(paths.prefix(3)))
        #expect(timedOut.allSatisfy { $0.extracted.failure == .timedOut })
        #expect(Date().timeIntervalSince(started) < 10)
    }

    /// Workers that reach their file limit are replaced mid-batch, and every file still gets its own
    /// text and letter, in order (answers are matched to files by position).
    @Test(.enabled(if: RunFixtures.executable != nil, "the nominations executable is not built beside the tests"))
    func workersAreReplacedAfterTheirFileLimit() throws {
        let names = ["ks-two-candidates.pdf", "form-table.pdf", "empty.pdf", "ks-two-candidates.pdf", "encrypted.pdf", "form-table.pdf", "invoice.pdf"]
        let paths = names.map { RunFixtures.fixtures + "/" + $0 }
        let pool = ExtractionPool(executable: try #require(RunFixtures.executable), limits: WorkerLimits(secondsPerFile: 20, filesPerWorker: 2), workers: 2)
        let replaced = pool.process(paths, reading: RunFixtures.configuration)
        let single = LetterBatch.process(paths, mode: .inProcess, reading: RunFixtures.configuration)
        #expect(replaced.map(\.sha256) == single.map(\.sha256))
        #expect(replaced.map(\.letter) == single.map(\.letter))
        #expect(replaced.map(\.extracted) == single.map(\.extracted))
    }

    /// A worker extracts a batch of files before it reads their letters: a file that hangs it in the
    /// middle of a batch is the one that times out, and every file around it is still read.
    @Test(.enabled(if: RunFixtures.executable != nil, "the nominations executable is not built beside the tests"))
    func aFileThatHangsMidBatchIsTheOneThatTimesOut() throws {
        let names = ["ks-two-candidates.pdf", "form-table.pdf", "Hostile/repeated-text.pdf", "invoice.pdf", "two-columns.pdf"]
        let paths = names.map { RunFixtures.fixtures + "/" + $0 }
        let pool = ExtractionPool(executable: try #require(RunFixtures.executable), limits: WorkerLimits(secondsPerFile: 2), workers: 1)
        let started = Date()
        let results = pool.process(paths, reading: RunFixtures.configuration)
        #expect(Date().timeIntervalSince(started) < 20)
        #expect(results.map { $0.extracted.failure } == [nil, nil, .timedOut, nil, nil])
        let others = [0, 1, 3, 4]
        let single = LetterBatch.process(others.map { paths[$0] }, mode: .inProcess, reading: RunFixtures.configuration)
        #expect(others.map { results[$0].letter } == single.map(\.letter))
        #expect(results[2].letter?.status == .unreadable)
    }

    /// Workers started ahead that died before the batch are replaced; every file is still read.
    @Test(.enabled(if: RunFixtures.executable != nil, "the nominations executable is not built beside the tests"))
    func prestartedWorkersThatDiedAreReplaced() throws {
        let paths = ["ks-two-candidates.pdf", "form-table.pdf", "invoice.pdf"].map { RunFixtures.fixtures + "/" + $0 }
        let pool = ExtractionPool(executable: try #require(RunFixtures.executable), limits: WorkerLimits(secondsPerFile: 20), workers: 2)
        pool.prestart()
        let started = pool.prestartedProcessIdentifiers
        #expect(started.count == 2)
        for pid in started { kill(pid, SIGKILL) }
        usleep(100_000)
        let results = pool.process(paths, reading: RunFixtures.configuration)
        let single = LetterBatch.process(paths, mode: .inProcess, reading: RunFixtures.configuration)
        #expect(results.map(\.letter) == single.map(\.letter))
        #expect(results.allSatisfy { $0.extracted.failure == nil })
    }

    /// A process with several threads never copies itself for a worker (the copy could inherit a
    /// lock another thread held): the run forks its workers only before it starts any thread.
    @Test func noWorkerIsForkedFromAProcessWithSeveralThreads() throws {
        let other = Thread { Thread.sleep(forTimeInterval: 1) }
        other.start()
        #expect(!WorkerProcess.isSingleThreaded)
        #expect(WorkerProcess(forkingWith: WorkerLimits()) == nil)
    }

    @Test func aSecondRunWaitsABoundedTimeThenSaysSo() throws {
        let state = RunFixtures.temporaryFolder()
        let held = try RunLock(folder: state, waitSeconds: 0)
        let inbox = try RunFixtures.copyInbox(from: RunFixtures.fixtures, files: ["invoice.pdf"])
        let job = RunJob(configuration: RunFixtures.configuration, configurationName: "t", inbox: inbox,
                         outbox: RunFixtures.temporaryFolder(), state: state, settleSeconds: 0, lockWaitSeconds: 0.5)
        do {
            _ = try job.run()
            Issue.record("the second run must not start while the lock is held")
        } catch let error as RunError {
            #expect(error.exitCode == 75)
            #expect(error.description.contains("druga obdelava že teče"))
        }
        withExtendedLifetime(held) {}
    }

    @Test func aWarmRunReadsNothingAgainAndGivesTheSameContent() throws {
        let inbox = try RunFixtures.copyInbox(from: RunFixtures.fixtures)
        let outbox = RunFixtures.temporaryFolder()
        let job = RunJob(configuration: RunFixtures.configuration, configurationName: "t", inbox: inbox, outbox: outbox, state: nil, settleSeconds: 0)
        let first = try job.run()
        let sheetsBefore = try (2...7).map { try WorkbookReadBack.unzip(outbox + "/" + RunJob.latestName, "xl/worksheets/sheet\($0).xml") }
        let second = try job.run()
        let count = try FileManager.default.contentsOfDirectory(atPath: inbox).count
        #expect(first.contains("na novo prebranih \(count)"))
        #expect(second.contains("na novo prebranih 0"))
        let sheetsAfter = try (2...7).map { try WorkbookReadBack.unzip(outbox + "/" + RunJob.latestName, "xl/worksheets/sheet\($0).xml") }
        #expect(sheetsBefore == sheetsAfter)
    }

    @Test func theSameLetterUnderTwoNamesIsListedOnceWithBoth() throws {
        let inbox = try RunFixtures.copyInbox(from: RunFixtures.fixtures, files: ["ks-two-candidates.pdf"])
        try FileManager.default.copyItem(atPath: inbox + "/ks-two-candidates.pdf", toPath: inbox + "/kopija dopisa.pdf")
        let outbox = RunFixtures.temporaryFolder()
        let summary = try RunJob(configuration: RunFixtures.configuration, configurationName: "t", inbox: inbox, outbox: outbox,
                                 state: nil, settleSeconds: 0).run()
        #expect(summary.contains("datotek 2,") && summary.contains("dopisov 1 ("))
        let text = try RunFixtures.workbookText(outbox + "/" + RunJob.latestName)
        #expect(text.contains("kopija dopisa.pdf"))
        #expect(text.contains("ks-two-candidates.pdf"))
    }

    @Test func inputsAreNeverChanged() throws {
        let inbox = try RunFixtures.copyInbox(from: RunFixtures.fixtures)
        let before = try FileManager.default.contentsOfDirectory(atPath: inbox).sorted().map { name in
            (name, SHA256.hex(try Data(contentsOf: URL(fileURLWithPath: inbox + "/" + name))))
        }
        _ = try RunJob(configuration: RunFixtures.configuration, configurationName: "t", inbox: inbox, outbox: RunFixtures.temporaryFolder(),
                       state: nil, settleSeconds: 0).run()
        let after = try FileManager.default.contentsOfDirectory(atPath: inbox).sorted().map { name in
            (name, SHA256.hex(try Data(contentsOf: URL(fileURLWithPath: inbox + "/" + name))))
        }
        #expect(before.map(\.0) == after.map(\.0))
        #expect(before.map(\.1) == after.map(\.1))
    }
}
