import Foundation
import Digest
import Nominations
import TestSupport
import Testing
@testable import NominationsRun

/// The real program against hostile files, kills and a second run at once.
@Suite("Hostile input and kills", .serialized)
struct HostileInputTests {
    static let wild: String? = RunFixtures.devCorpus.map { ($0 as NSString).deletingLastPathComponent + "/wild" }

    static func run(_ arguments: [String], killAfter: Double? = nil) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: RunFixtures.executable!)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        if let killAfter {
            Thread.sleep(forTimeInterval: killAfter)
            kill(process.processIdentifier, SIGKILL)
        }
        process.waitUntilExit()
        return process.terminationStatus
    }

    static func content(_ outbox: String) throws -> [String] {
        try (2...7).map { try WorkbookReadBack.unzip(outbox + "/" + RunJob.latestName, "xl/worksheets/sheet\($0).xml") }
    }

    static func hashes(_ folder: String) throws -> [String: String] {
        var result: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) {
            result[name] = SHA256.hex(try Data(contentsOf: URL(fileURLWithPath: folder + "/" + name)))
        }
        return result
    }

    @Test(.enabled(if: wild != nil && RunFixtures.executable != nil, "../shared/corpus/wild or the built program is missing; skipped"),
          .timeLimit(.minutes(5)))
    func theWildCorpusRunsToTheEndAndEveryFileIsListed() throws {
        let inbox = try RunFixtures.copyInbox(from: try #require(Self.wild))
        let before = try Self.hashes(inbox)
        let outbox = RunFixtures.temporaryFolder()
        let started = Date()
        let status = try Self.run(["run", "--inbox", inbox, "--outbox", outbox, "--settle", "0", "--timeout", "5", "--memory-mib", "1024"])
        #expect(status == 0)
        #expect(Date().timeIntervalSince(started) < 180)
        #expect(try Self.hashes(inbox) == before, "inputs unchanged")
        let text = try Self.content(outbox).joined()
        let unescaped = WorkbookReadBack.unescape(text)
        for name in before.keys { #expect(unescaped.contains(name), "\(name) missing from the workbook") }
    }

    @Test(.enabled(if: RunFixtures.executable != nil, "the built program is missing; skipped"), .timeLimit(.minutes(5)))
    func killedRunsEndAsAnUninterruptedRun() throws {
        let inbox = try RunFixtures.copyInbox(from: RunFixtures.fixtures)
        let reference = RunFixtures.temporaryFolder()
        #expect(try Self.run(["run", "--inbox", inbox, "--outbox", reference, "--settle", "0"]) == 0)
        let expected = try Self.content(reference)
        let outbox = RunFixtures.temporaryFolder()
        for round in 0..<4 {
            _ = try Self.run(["run", "--inbox", inbox, "--outbox", outbox, "--settle", "0"], killAfter: [0.05, 0.15, 0.3, 0.6][round])
            #expect(try Self.run(["run", "--inbox", inbox, "--outbox", outbox, "--settle", "0"]) == 0)
            #expect(try Self.content(outbox) == expected, "round \(round)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: outbox).allSatisfy { !$0.hasSuffix(".tmp") })
        }
    }

    @Test(.enabled(if: RunFixtures.executable != nil, "the built program is missing; skipped"), .timeLimit(.minutes(5)))
    func twoRunsAtOnceEndWithTheSameContent() throws {
        let inbox = try RunFixtures.copyInbox(from: RunFixtures.fixtures)
        let reference = RunFixtures.temporaryFolder()
        #expect(try Self.run(["run", "--inbox", inbox, "--outbox", reference, "--settle", "0"]) == 0)
        let outbox = RunFixtures.temporaryFolder()
        let statuses = WorkQueue<Int32>(count: 2)
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            statuses.put((try? Self.run(["run", "--inbox", inbox, "--outbox", outbox, "--settle", "0", "--wait", "120"])) ?? -1, at: index)
        }
        #expect(statuses.results.map { $0 ?? -1 } == [0, 0])
        #expect(try Self.content(outbox) == Self.content(reference))
    }

    /// The fields of `/proc/<pid>/stat` after the command name (state first, then the parent's id);
    /// `nil` when the process is gone.
    static func statFields(_ pid: Int32) -> [Substring]? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return nil }
        return stat[stat.index(after: close)...].split(separator: " ")
    }

    /// The processes whose parent is `pid`.
    static func children(of pid: Int32) -> [Int32] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap(Int32.init).filter { child in
            guard let fields = statFields(child), fields.count > 1 else { return false }
            return Int32(fields[1]) == pid
        }
    }

    /// Whether `pid` is still a living process (not gone, not a zombie).
    static func isAlive(_ pid: Int32) -> Bool {
        guard let state = statFields(pid)?.first else { return false }
        return state != "Z"
    }

    /// A run killed with SIGKILL takes its workers with it: one busy with a file that hangs poppler
    /// would otherwise go on for as long as poppler hangs, with no run left to enforce its limit.
    @Test(.enabled(if: RunFixtures.executable != nil, "the built program is missing; skipped"), .timeLimit(.minutes(2)))
    func workersDieWithAKilledRun() throws {
        let inbox = try RunFixtures.copyInbox(from: RunFixtures.fixtures + "/Hostile", files: ["repeated-text.pdf"])
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(RunFixtures.executable))
        process.arguments = ["run", "--inbox", inbox, "--outbox", RunFixtures.temporaryFolder(), "--settle", "0", "--timeout", "600"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        var workers: [Int32] = []
        for _ in 0..<100 where workers.isEmpty {
            Thread.sleep(forTimeInterval: 0.1)
            workers = Self.children(of: process.processIdentifier)
        }
        // Time for the worker to be deep in the file.
        Thread.sleep(forTimeInterval: 0.5)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(!workers.isEmpty, "the run started no worker")
        var alive = workers
        for _ in 0..<50 where !alive.isEmpty {
            Thread.sleep(forTimeInterval: 0.1)
            alive = alive.filter(Self.isAlive)
        }
        alive.forEach { kill($0, SIGKILL) }
        #expect(alive.isEmpty, "workers alive after their run was killed: \(alive)")
    }
}
