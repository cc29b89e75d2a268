import Foundation
import GRDB
import Nominations
import TestSupport
import Testing
import Zstd
@testable import NominationsRun

/// The run's state in SQLite: what is kept comes back, a damaged database costs only the cache,
/// content gone for 30 days is forgotten, and a change of weights re-reads nothing.
@Suite("State database", .serialized)
struct StateDatabaseTests {
    static let sha = String(repeating: "a", count: 64), other = String(repeating: "b", count: 64)
    static let today = CalendarDate(year: 2026, month: 2, day: 20)!

    static func processed(_ sha: String, letter: Letter?, failure: ExtractedText.Failure? = nil) -> ProcessedFile {
        var file = ProcessedFile(sha256: sha, textJSON: Data(ExtractedText(pages: ["Predlagamo Ano Jakomin."], fields: []).jsonBytes),
                                 letter: letter, letterJSON: letter.map { Data($0.jsonBytes) })
        file.transientFailure = failure
        return file
    }

    @Test func whatIsKeptComesBack() throws {
        let folder = TemporaryFolders.make("state")
        let letter = Letter.unreadable("preizkus")
        do {
            let database = try StateDatabase(folder: folder)
            database.keep(Self.processed(Self.sha, letter: letter), readerKey: "r1", extraction: "e1", today: Self.today)
            database.keep(Self.processed(Self.other, letter: nil, failure: .timedOut), readerKey: "r1", extraction: "e1", today: Self.today)
            try database.finish(index: ["a.pdf": .init(size: 1, modified: 2, sha256: Self.sha), "b.pdf": .init(size: 3, modified: 4, sha256: Self.other)],
                                previous: [:], today: Self.today)
        }
        let database = try StateDatabase(folder: folder)
        #expect(try database.fileIndex()["a.pdf"] == .init(size: 1, modified: 2, sha256: Self.sha))
        #expect(try database.readings(readerKey: "r1")[Self.sha]?.jsonBytes == letter.jsonBytes)
        #expect(try database.readings(readerKey: "r2").isEmpty)
        #expect(try database.texts(for: [Self.sha], extraction: "e1")[Self.sha]?.pages == ["Predlagamo Ano Jakomin."])
        #expect(try database.texts(for: [Self.sha], extraction: "e2").isEmpty)
        // A failure of the night keeps no text and no reading, only the attempt.
        #expect(try database.texts(for: [Self.other], extraction: "e1").isEmpty)
        #expect(try database.attempts()[Self.other] == [.init(date: "2026-02-20", failure: .timedOut)])
        #expect(try database.firstSeenDates()[Self.sha] == "2026-02-20")
    }

    /// A database of the version before (files and contents with rowids) is carried over: its rows
    /// come back from tables without rowids, and what else it kept is still read.
    @Test func anEarlierDatabaseIsCarriedOver() throws {
        let folder = TemporaryFolders.make("state")
        let path = folder + "/" + StateDatabase.fileName
        let text = ExtractedText(pages: ["Predlagamo Ano Jakomin."], fields: [])
        let frame = try Zstd.Compressor(level: -1).compress(text.jsonBytes)
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: """
                CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
                INSERT INTO grdb_migrations VALUES ('1'), ('2'), ('3');
                CREATE TABLE files (path TEXT PRIMARY KEY, size INTEGER NOT NULL, modified DOUBLE NOT NULL, sha256 TEXT NOT NULL);
                CREATE TABLE contents (sha256 TEXT PRIMARY KEY, first_seen TEXT NOT NULL, last_seen TEXT NOT NULL);
                CREATE TABLE texts (sha256 TEXT PRIMARY KEY, extraction TEXT NOT NULL, data BLOB NOT NULL);
                CREATE TABLE readings (sha256 TEXT PRIMARY KEY, reader_key TEXT NOT NULL, data BLOB NOT NULL);
                CREATE TABLE attempts (sha256 TEXT NOT NULL, date TEXT NOT NULL, failure TEXT NOT NULL);
                CREATE INDEX attempts_on_sha256 ON attempts(sha256);
                CREATE TABLE committee (id INTEGER PRIMARY KEY CHECK (id = 1), json BLOB NOT NULL);
                """)
            try db.execute(sql: "INSERT INTO files VALUES ('mapa/a.pdf', 1, 2, ?)", arguments: [Self.sha])
            try db.execute(sql: "INSERT INTO contents VALUES (?, '2026-01-05', '2026-02-19')", arguments: [Self.sha])
            try db.execute(sql: "INSERT INTO texts VALUES (?, 'e1', ?)", arguments: [Self.sha, Data(frame)])
        }
        do {
            let database = try StateDatabase(folder: folder)
            #expect(try database.fileIndex() == ["mapa/a.pdf": .init(size: 1, modified: 2, sha256: Self.sha)])
            #expect(try database.firstSeenDates() == [Self.sha: "2026-01-05"])
            #expect(try database.texts(for: [Self.sha], extraction: "e1")[Self.sha]?.pages == text.pages)
            database.keep(Self.processed(Self.other, letter: nil), readerKey: nil, extraction: "e1", today: Self.today)
            try database.finish(index: [:], previous: [:], today: Self.today)
        }
        let schemas = try DatabaseQueue(path: path).read { db in
            try String.fetchAll(db, sql: "SELECT sql FROM sqlite_schema WHERE name IN ('files', 'contents')")
        }
        #expect(schemas.count == 2)
        #expect(schemas.allSatisfy { $0.contains("WITHOUT ROWID") })
        #expect(try StateDatabase(folder: folder).texts(for: [Self.other], extraction: "e1")[Self.other] != nil)
    }

    /// Writes wait for a commit, made by the first write once `commitSeconds` have passed since the
    /// last one: a run killed then keeps what was done before.
    @Test func writesAreCommittedOnceTheirTimeHasCome() throws {
        let folder = TemporaryFolders.make("state")
        let seconds = 0.3
        let database = try StateDatabase(folder: folder, commitSeconds: seconds)
        let committed = { try DatabaseQueue(path: database.path).read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM texts") } }
        database.keep(Self.processed(Self.sha, letter: nil), readerKey: nil, extraction: "e", today: Self.today)
        #expect(try committed() == 0)
        Thread.sleep(forTimeInterval: seconds + 0.1)
        database.keep(Self.processed(Self.other, letter: nil), readerKey: nil, extraction: "e", today: Self.today)
        #expect(try committed() == 2)
    }

    /// However quickly they come, no more than `batch` writes wait for a commit.
    @Test func aFullBatchIsCommittedAtOnce() throws {
        let folder = TemporaryFolders.make("state")
        // (No commit for time here, however slow the machine.)
        let database = try StateDatabase(folder: folder, commitSeconds: 3600)
        let committed = { try DatabaseQueue(path: database.path).read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM texts") } }
        let hashes = (0..<StateDatabase.batch).map { String(format: "%064x", $0) }
        for sha in hashes.dropLast() {
            database.keep(Self.processed(sha, letter: nil), readerKey: nil, extraction: "e", today: Self.today)
        }
        #expect(try committed() == 0)
        database.keep(Self.processed(hashes.last!, letter: nil), readerKey: nil, extraction: "e", today: Self.today)
        #expect(try committed() == StateDatabase.batch)
    }

    /// Readings are compressed with the dictionary the database was opened with; opened with
    /// another, they are left out (read again), not decoded wrongly. `RunJob.readerKey` covers it too.
    @Test func readingsNeedTheirDictionary() throws {
        let folder = TemporaryFolders.make("state")
        let configuration = RunFixtures.configuration
        let dictionary = ReadingDictionary.bytes(for: configuration)
        var letter = Letter.unreadable("preizkus")
        letter.nominees = [Nominee(name: "Ana Jakomin")]
        do {
            let database = try StateDatabase(folder: folder, readingDictionary: dictionary)
            database.keep(Self.processed(Self.sha, letter: letter), readerKey: "r", extraction: "e", today: Self.today)
            try database.finish(index: [:], previous: [:], today: Self.today)
        }
        #expect(try StateDatabase(folder: folder, readingDictionary: dictionary).readings(readerKey: "r")[Self.sha]?.jsonBytes == letter.jsonBytes)
        #expect(try StateDatabase(folder: folder).readings(readerKey: "r").isEmpty)
        #expect(RunJob.readerKey(configuration, dictionary: dictionary) != RunJob.readerKey(configuration, dictionary: []))
        #expect(String(decoding: dictionary, as: UTF8.self).contains("\"clusterInferred\""))
    }

    @Test func contentGoneForThirtyDaysIsForgotten() throws {
        let folder = TemporaryFolders.make("state")
        let database = try StateDatabase(folder: folder)
        database.keep(Self.processed(Self.sha, letter: .unreadable("x")), readerKey: "r", extraction: "e", today: Self.today)
        let index = ["a.pdf": StateDatabase.FileEntry(size: 1, modified: 2, sha256: Self.sha)]
        try database.finish(index: index, previous: [:], today: Self.today)
        // The file leaves the inbox; 30 days later its content is still kept, 31 days later it is not.
        try database.finish(index: [:], previous: index, today: Self.today.adding(days: 30))
        #expect(try database.readings(readerKey: "r")[Self.sha] != nil)
        try database.finish(index: [:], previous: [:], today: Self.today.adding(days: 31))
        #expect(try database.readings(readerKey: "r").isEmpty)
        #expect(try database.texts(for: [Self.sha], extraction: "e").isEmpty)
        #expect(try database.firstSeenDates().isEmpty)
    }

    @Test func aDamagedDatabaseIsSetAsideAndMadeAnew() throws {
        let folder = TemporaryFolders.make("state")
        try Data("to ni baza SQLite".utf8).write(to: URL(fileURLWithPath: folder + "/" + StateDatabase.fileName))
        let notices = NoticeLog()
        let database = try StateDatabase(folder: folder, notice: notices.add)
        #expect(try database.fileIndex().isEmpty)
        #expect(notices.lines.first?.contains("poškodovano") == true)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).contains { $0.hasPrefix(StateDatabase.fileName + ".poškodovano") })
    }

    @Test func daysAreCountedOverMonthsAndYears() {
        #expect(CalendarDate(year: 2026, month: 2, day: 28)!.adding(days: 1).description == "2026-03-01")
        #expect(CalendarDate(year: 2024, month: 2, day: 28)!.adding(days: 1).description == "2024-02-29")
        #expect(CalendarDate(year: 2026, month: 12, day: 31)!.adding(days: 1).description == "2027-01-01")
        #expect(CalendarDate(year: 2026, month: 3, day: 1)!.adding(days: -30).description == "2026-01-30")
    }

    @Test func aChangeOfWeightsRescoresWithoutRereading() throws {
        let inbox = try RunFixtures.copyInbox(from: RunFixtures.fixtures, files: ["ks-two-candidates.pdf", "invoice.pdf"])
        let outbox = TemporaryFolders.make()
        var configuration = RunFixtures.configuration
        _ = try RunJob(configuration: configuration, configurationName: "t", inbox: inbox, outbox: outbox, state: nil, settleSeconds: 0).run()
        configuration.scoring.local += 7
        let weights = try RunJob(configuration: configuration, configurationName: "t", inbox: inbox, outbox: outbox, state: nil, settleSeconds: 0).run()
        #expect(weights.contains("na novo prebranih 0, iz shranjenih besedil 0"), "\(weights)")
        // What the reader uses (a cluster's name) reads the kept texts again, without extracting.
        configuration.clusters[0].names.append("Mestno središče Koper")
        let names = try RunJob(configuration: configuration, configurationName: "t", inbox: inbox, outbox: outbox, state: nil, settleSeconds: 0).run()
        #expect(names.contains("na novo prebranih 0, iz shranjenih besedil 2"), "\(names)")
    }
}

/// Notices a run gives, collected from any thread.
final class NoticeLog: @unchecked Sendable {
    private let lock = NSLock()
    private var collected: [String] = []
    var lines: [String] { lock.withLock { collected } }
    func add(_ line: String) { lock.withLock { collected.append(line) } }
}
