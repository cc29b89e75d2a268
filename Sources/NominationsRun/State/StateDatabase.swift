import Foundation
import GRDB
import Zstd
import Nominations

/// What a run keeps between nights: one SQLite database (through GRDB) in the state folder.
///
/// - `files`: inbox path → size, modification time and content hash (unchanged files are not hashed again);
/// - `contents`: content hash → the date it was first seen and last seen (the workbook marks what is
///   new; content gone from the inbox for `retentionDays` is forgotten with all that belongs to it);
/// - `texts`: extraction results by content hash and extraction fingerprint (compressed JSON);
/// - `readings`: understood letters by content hash and reader key (compressed JSON): the reader's
///   code and the parts of the configuration it uses, so that a change of weights re-reads nothing;
/// - `attempts`: readings that failed for a reason of the night (time-out, crash, memory), so that
///   the file is tried again on later nights, up to a limit.
///
/// Writes are queued from any thread and committed in one transaction by the first write queued
/// once `commitSeconds` (1 s in a run) have passed since the last commit, or once `batch` writes
/// wait (and by `finish`): a run killed half-way leaves the database whole and keeps what was
/// committed (all but the writes queued since, about the last second's work while letters keep coming).
final class StateDatabase: @unchecked Sendable {
    static let fileName = "state.sqlite"
    static let retentionDays = 30
    /// Each commit writes every page it changed to the write-ahead log, the index pages of the
    /// content hashes (random keys) again and again: at 10,000 generated letters, commits of 1,024
    /// writes instead of 64 took the parent of a cold run 0.15 s less processor time (1.55 s).
    static let defaultCommitSeconds = 1.0
    static let batch = 1024

    struct FileEntry: Equatable, Sendable {
        var size: Int
        var modified: Double
        var sha256: String
    }

    struct Attempt: Equatable, Sendable {
        var date: String
        var failure: ExtractedText.Failure
    }

    let path: String
    private let queue: DatabaseQueue
    private let lock = NSLock()
    private var pending: [(Database) throws -> Void] = []
    private let commitSeconds: Double
    /// When the queued writes were last committed (monotonic seconds).
    private var lastCommit = StateDatabase.monotonicSeconds()
    /// One zstd context each, reused, under a lock. zstd replaced zlib (level 1, a 4 KiB window,
    /// one reused stream): zlib cost the parent of a cold run 355 k instructions a letter (106 M of
    /// its 524 M for 300 letters, callgrind), while the workers needed both cores. Texts (read back
    /// only when the reader changes) at level −1: 30 k instructions a text against 65 k at level 1,
    /// 105 bytes larger; kept uncompressed they would save those 30 k, but cost 12 % more bytes for
    /// generated letters and 46 % for the dev letters. Readings at level −1 with `ReadingDictionary`:
    /// without it, level 1 took 30 k instructions a reading to decompress in a warm run (most of it
    /// building entropy tables for a blob of 600 bytes), and level −1 made the state 2,075 bytes a
    /// letter at 10,000 generated letters (over the 2 KiB it is to stay under); the figures are in
    /// `Zstd` and `ReadingDictionary`.
    private let compressionLock = NSLock()
    private let textCompressor = Zstd.Compressor(level: -1)
    private let readingCompressor: Zstd.Compressor
    private let readingDictionary: [UInt8]

    /// Opens (or makes) the database. A database that cannot be opened is moved aside and made anew
    /// (only cached work is lost); `notice` says so in plain words.
    /// - Parameter readingDictionary: what the readings are compressed with (`ReadingDictionary`); it
    ///   must be part of the reader key they are kept under.
    /// - Parameter commitSeconds: how long queued writes may wait for the next write to commit them.
    init(folder: String, readingDictionary: [UInt8] = [], commitSeconds: Double = StateDatabase.defaultCommitSeconds,
         notice: (String) -> Void = { _ in }) throws {
        self.commitSeconds = commitSeconds
        path = (folder as NSString).appendingPathComponent(Self.fileName)
        self.readingDictionary = readingDictionary
        readingCompressor = Zstd.Compressor(level: -1, dictionary: readingDictionary)
        do {
            queue = try Self.open(path)
        } catch {
            let aside = path + ".poškodovano-\(Int(Date().timeIntervalSince1970))"
            rename(path, aside)
            unlink(path + "-wal")
            unlink(path + "-shm")
            notice("stanje »\(path)« je bilo poškodovano in je shranjeno kot »\(aside)«; začenjam z novim (vsi dopisi bodo prebrani znova)")
            do { queue = try Self.open(path) } catch {
                throw RunError(description: "stanja »\(path)« ni mogoče odpreti (\(error))", exitCode: 2)
            }
        }
        Self.removeOldStateFiles(in: folder, into: queue)
        // The first second starts now, not before the database was opened and migrated.
        lastCommit = Self.monotonicSeconds()
    }

    private static func open(_ path: String) throws -> DatabaseQueue {
        var configuration = GRDB.Configuration()
        configuration.prepareDatabase { db in
            // A killed run loses at most the last transaction, and the database stays whole.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        configuration.busyMode = .timeout(30)
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        try queue.writeWithoutTransaction { db in _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL") }
        try migrator.migrate(queue)
        return queue
    }

    private static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("1") { db in
            try db.create(table: "files") { t in
                t.primaryKey("path", .text)
                t.column("size", .integer).notNull()
                t.column("modified", .double).notNull()
                t.column("sha256", .text).notNull()
            }
            try db.create(table: "contents") { t in
                t.primaryKey("sha256", .text)
                t.column("first_seen", .text).notNull()
                t.column("last_seen", .text).notNull()
            }
            try db.create(table: "texts") { t in
                t.primaryKey("sha256", .text)
                t.column("extraction", .text).notNull()
                t.column("data", .blob).notNull()
            }
            try db.create(table: "readings") { t in
                t.primaryKey("sha256", .text)
                t.column("reader_key", .text).notNull()
                t.column("data", .blob).notNull()
            }
            try db.create(table: "attempts") { t in
                t.column("sha256", .text).notNull().indexed()
                t.column("date", .text).notNull()
                t.column("failure", .text).notNull()
            }
        }
        migrator.registerMigration("2") { db in
            // The committee's decisions, notes and hand entries (`CommitteeRecord` as JSON, one row).
            try db.create(table: "committee") { t in
                t.primaryKey("id", .integer).check { $0 == 1 }
                t.column("json", .blob).notNull()
            }
        }
        migrator.registerMigration("3") { db in
            // Texts and readings were zlib blobs: they are caches, read again once.
            try db.execute(sql: "DELETE FROM texts")
            try db.execute(sql: "DELETE FROM readings")
        }
        migrator.registerMigration("4") { db in
            // The small tables keyed by text, without the rowid and the second copy of the key that
            // an index on it keeps: one B-tree to write a row into instead of two, and 110 bytes a
            // letter less (10,000 generated letters). What they hold is carried over.
            try rebuildWithoutRowID(db, table: "files", columns: ["path", "size", "modified", "sha256"]) { t in
                t.primaryKey("path", .text)
                t.column("size", .integer).notNull()
                t.column("modified", .double).notNull()
                t.column("sha256", .text).notNull()
            }
            try rebuildWithoutRowID(db, table: "contents", columns: ["sha256", "first_seen", "last_seen"]) { t in
                t.primaryKey("sha256", .text)
                t.column("first_seen", .text).notNull()
                t.column("last_seen", .text).notNull()
            }
        }
        return migrator
    }

    /// Makes `table` anew as a WITHOUT ROWID table (`define` gives its columns, the primary key first)
    /// and copies its rows into it, through a temporary table: renaming the table instead made SQLite
    /// parse the whole schema again (4.8 M of the 6.2 M instructions this took on a new database).
    private static func rebuildWithoutRowID(_ db: Database, table: String, columns: [String],
                                            define: (TableDefinition) -> Void) throws {
        let list = columns.joined(separator: ", ")
        try db.execute(sql: "CREATE TEMP TABLE previous_\(table) AS SELECT \(list) FROM \(table)")
        try db.drop(table: table)
        try db.create(table: table, options: .withoutRowID, body: define)
        try db.execute(sql: "INSERT INTO \(table) (\(list)) SELECT \(list) FROM temp.previous_\(table) ORDER BY \(columns[0])")
        try db.execute(sql: "DROP TABLE temp.previous_\(table)")
    }

    /// The state of earlier versions (JSON files): first-seen dates are carried over, the caches are
    /// dropped (the letters are read again once).
    private static func removeOldStateFiles(in folder: String, into queue: DatabaseQueue) {
        let manager = FileManager.default
        let seenPath = (folder as NSString).appendingPathComponent("seen.json")
        if let data = manager.contents(atPath: seenPath), data.count < 64 << 20, case .object(let members)? = try? JSONReader.parse(data) {
            try? queue.write { db in
                for (sha, value) in members {
                    guard let date = value.string else { continue }
                    try db.execute(sql: "INSERT OR IGNORE INTO contents (sha256, first_seen, last_seen) VALUES (?, ?, ?)",
                                   arguments: [sha, date, date])
                }
            }
        }
        for name in (try? manager.contentsOfDirectory(atPath: folder)) ?? []
        where name == "index.json" || name == "seen.json" || (name.hasPrefix("texts") || name.hasPrefix("letters-")) && name.hasSuffix(".jsonl") {
            try? manager.removeItem(atPath: (folder as NSString).appendingPathComponent(name))
        }
    }

    // MARK: Reading

    func fileIndex() throws -> [String: FileEntry] {
        try queue.read { db in
            var index: [String: FileEntry] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT path, size, modified, sha256 FROM files")
            while let row = try rows.next() {
                index[row[0]] = FileEntry(size: row[1], modified: row[2], sha256: row[3])
            }
            return index
        }
    }

    func firstSeenDates() throws -> [String: String] {
        try queue.read { db in
            var dates: [String: String] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT sha256, first_seen FROM contents")
            while let row = try rows.next() { dates[row[0]] = row[1] }
            return dates
        }
    }

    /// What a run needs from the state before it reads anything new.
    struct Known {
        let readerKey: String
        let extraction: String
        /// By file name (relative to the inbox): size, time and content hash when last seen.
        let index: [String: FileEntry]
        /// Understood letters by content hash, for this reader key.
        let readings: [String: Letter]
        let attempts: [String: [Attempt]]
        let firstSeen: [String: String]
        /// Whether texts of this extraction are kept (none on a cold start).
        let hasTexts: Bool
    }

    func known(readerKey: String, extraction: String) throws -> Known {
        Known(readerKey: readerKey, extraction: extraction, index: try fileIndex(), readings: try readings(readerKey: readerKey),
              attempts: try attempts(), firstSeen: try firstSeenDates(), hasTexts: try hasTexts(extraction: extraction))
    }

    /// Understood letters read with this reader key (a reading that fails to decompress or decode is left out: read again).
    /// The blobs are fetched first and decompressed and decoded on every core (one decompressor each): the
    /// decoding is most of a warm run's reading of its state (about 120 k instructions a letter,
    /// callgrind), and on one thread it kept the other core idle.
    func readings(readerKey: String) throws -> [String: Letter] {
        let rows = try queue.read { db in
            var rows: [(sha256: String, data: [UInt8])] = []
            let cursor = try Row.fetchCursor(db, sql: "SELECT sha256, data FROM readings WHERE reader_key = ?", arguments: [readerKey])
            while let row = try cursor.next() {
                let data: Data = row[1]
                rows.append((row[0], Array(data)))
            }
            return rows
        }
        let decoded = Parallel.chunks(rows.count, minimumChunk: 128) { range -> [Letter?] in
            let decompressor = Zstd.Decompressor(dictionary: readingDictionary)
            return range.map { index in
                (try? decompressor.decompress(rows[index].data)).flatMap { try? Letter(jsonBytes: $0) }
            }
        }
        var letters: [String: Letter] = [:]
        letters.reserveCapacity(rows.count)
        for (row, letter) in zip(rows, decoded) { if let letter { letters[row.sha256] = letter } }
        return letters
    }

    /// Whether any text of this extraction is kept (a cold start has none, and need not hash twice).
    func hasTexts(extraction: String) throws -> Bool {
        try queue.read { db in try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM texts WHERE extraction = ?)", arguments: [extraction]) ?? false }
    }

    func texts(for hashes: Set<String>, extraction: String) throws -> [String: ExtractedText] {
        guard !hashes.isEmpty else { return [:] }
        return try queue.read { db in
            var texts: [String: ExtractedText] = [:]
            let decompressor = Zstd.Decompressor()
            let rows = try Row.fetchCursor(db, sql: "SELECT sha256, data FROM texts WHERE extraction = ?", arguments: [extraction])
            while let row = try rows.next() {
                let sha: String = row[0]
                guard hashes.contains(sha) else { continue }
                let data: Data = row[1]
                if let bytes = try? decompressor.decompress(Array(data)), let text = try? ExtractedText(jsonBytes: bytes) { texts[sha] = text }
            }
            return texts
        }
    }

    /// Failed attempts of the night kind, by content hash, oldest first.
    func attempts() throws -> [String: [Attempt]] {
        try queue.read { db in
            var attempts: [String: [Attempt]] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT sha256, date, failure FROM attempts ORDER BY rowid")
            while let row = try rows.next() {
                guard let failure = ExtractedText.Failure(rawValue: row[2]) else { continue }
                attempts[row[0], default: []].append(Attempt(date: row[1], failure: failure))
            }
            return attempts
        }
    }

    // MARK: Writing (queued from any thread)

    /// Keeps what a worker made: its text and reading, or, for a failure of the night, the attempt.
    /// - Parameter attempted: whether failed attempts are kept for this content (they are forgotten
    ///   once it is read; otherwise there is nothing to delete).
    func keep(_ file: ProcessedFile, readerKey: String?, extraction: String, today: CalendarDate, attempted: Bool = true) {
        let sha = file.sha256
        if let failure = file.transientFailure {
            enqueue { db in
                try db.execute(sql: "INSERT INTO attempts (sha256, date, failure) VALUES (?, ?, ?)", arguments: [sha, today.description, failure.rawValue])
            }
            return
        }
        let (text, letter) = compressionLock.withLock {
            (try? textCompressor.compress(Array(file.textJSON)), file.letterJSON.flatMap { try? readingCompressor.compress(Array($0)) })
        }
        enqueue { db in
            // (Statements prepared once per connection: compiling the SQL for every file cost more than the insert.)
            if let text {
                try db.cachedStatement(sql: "INSERT OR REPLACE INTO texts (sha256, extraction, data) VALUES (?, ?, ?)")
                    .execute(arguments: [sha, extraction, Data(text)])
            }
            if let letter, let readerKey {
                try db.cachedStatement(sql: "INSERT OR REPLACE INTO readings (sha256, reader_key, data) VALUES (?, ?, ?)")
                    .execute(arguments: [sha, readerKey, Data(letter)])
            }
            if attempted { try db.cachedStatement(sql: "DELETE FROM attempts WHERE sha256 = ?").execute(arguments: [sha]) }
        }
    }

    /// Keeps a letter read in this process from a kept text.
    func keep(_ letter: Letter, sha256: String, readerKey: String) {
        guard let data = compressionLock.withLock({ try? readingCompressor.compress(letter.jsonBytes) }) else { return }
        enqueue { db in
            try db.cachedStatement(sql: "INSERT OR REPLACE INTO readings (sha256, reader_key, data) VALUES (?, ?, ?)")
                .execute(arguments: [sha256, readerKey, Data(data)])
        }
    }

    /// Forgets the failed attempts of these contents (`run --retry-failed`).
    func forgetAttempts(_ hashes: [String]) {
        enqueue { db in
            for sha in hashes { try db.execute(sql: "DELETE FROM attempts WHERE sha256 = ?", arguments: [sha]) }
        }
    }

    private func enqueue(_ operation: @escaping (Database) throws -> Void) {
        let full = lock.withLock { () -> Bool in
            pending.append(operation)
            return pending.count >= Self.batch || Self.monotonicSeconds() - lastCommit >= commitSeconds
        }
        if full { try? flush() }
    }

    private static func monotonicSeconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }

    /// Commits the queued writes in one transaction.
    func flush() throws {
        let operations = lock.withLock { () -> [(Database) throws -> Void] in
            defer { pending.removeAll(); lastCommit = Self.monotonicSeconds() }
            return pending
        }
        guard !operations.isEmpty else { return }
        try queue.write { db in
            for operation in operations { try operation(db) }
        }
    }

    /// Ends a run: the queued writes, the file index as it is tonight, the contents seen tonight,
    /// and what was gone from the inbox for longer than `retentionDays` forgotten. One transaction.
    func finish(index: [String: FileEntry], previous: [String: FileEntry], today: CalendarDate) throws {
        try flush()
        let cutoff = today.adding(days: -Self.retentionDays).description
        let day = today.description
        try queue.write { db in
            for (path, entry) in index where previous[path] != entry {
                try db.cachedStatement(sql: "INSERT OR REPLACE INTO files (path, size, modified, sha256) VALUES (?, ?, ?, ?)")
                    .execute(arguments: [path, entry.size, entry.modified, entry.sha256])
            }
            for path in previous.keys where index[path] == nil {
                try db.cachedStatement(sql: "DELETE FROM files WHERE path = ?").execute(arguments: [path])
            }
            // Seen tonight (a content's last-seen date moves once a day, not on every run).
            try db.execute(sql: """
                INSERT INTO contents (sha256, first_seen, last_seen) SELECT DISTINCT sha256, ?, ? FROM files WHERE true
                ON CONFLICT (sha256) DO UPDATE SET last_seen = excluded.last_seen WHERE last_seen <> excluded.last_seen
                """, arguments: [day, day])
            try db.execute(sql: "DELETE FROM contents WHERE last_seen < ?", arguments: [cutoff])
            // (Only when contents were forgotten: three scans of the kept tables otherwise.)
            if db.changesCount > 0 {
                for table in ["texts", "readings", "attempts"] {
                    try db.execute(sql: "DELETE FROM \(table) WHERE sha256 NOT IN (SELECT sha256 FROM contents)")
                }
            }
        }
        // The write-ahead log folded into the database, so that the state on disk is the database alone.
        try queue.writeWithoutTransaction { db in _ = try db.checkpoint(.truncate) }
    }

    /// The committee's record (decisions, notes, hand entries), or `nil` when none is kept yet.
    func committeeJSON() throws -> Data? {
        try queue.read { db in try Data.fetchOne(db, sql: "SELECT json FROM committee WHERE id = 1") }
    }

    func saveCommittee(_ json: Data) throws {
        try queue.write { db in try db.execute(sql: "INSERT OR REPLACE INTO committee (id, json) VALUES (1, ?)", arguments: [json]) }
    }

    /// The database's size on disk, with its write-ahead log (for the benchmark's figures).
    func sizeOnDisk() -> Int {
        [path, path + "-wal"].reduce(0) { total, file in
            total + ((try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0)
        }
    }
}
