import Foundation
import Digest
import Nominations

/// Why a run could not be done (a one-line reason for stderr, in Slovenian).
public struct RunError: Error, CustomStringConvertible {
    public let description: String
    public let exitCode: Int32

    public init(description: String, exitCode: Int32) {
        self.description = description
        self.exitCode = exitCode
    }
}

/// The nightly batch: inbox → letters → workbook in the outbox.
public struct RunJob: Sendable {
    public static let latestName = "predlogi-zadnji.xlsx"
    public static let lettersFolder = "dopisi"
    public static let stateFolderName = ".nominations"

    let configuration: Configuration
    let configurationName: String
    let inbox: String
    let outbox: String
    let state: String?
    let settleSeconds: Double
    let extraction: ExtractionMode
    let lockWaitSeconds: Double
    /// Read again at once the files given up after failures of the night.
    let retryFailed: Bool
    /// Where the run's notices go (stderr in the program).
    let notice: @Sendable (String) -> Void

    public init(configuration: Configuration, configurationName: String, inbox: String, outbox: String, state: String?,
                settleSeconds: Double, extraction: ExtractionMode = .inProcess, lockWaitSeconds: Double = 60,
                retryFailed: Bool = false, notice: @escaping @Sendable (String) -> Void = { _ in }) {
        self.configuration = configuration
        self.configurationName = configurationName
        self.inbox = inbox
        self.outbox = outbox
        self.state = state
        self.settleSeconds = settleSeconds
        self.extraction = extraction
        self.lockWaitSeconds = lockWaitSeconds
        self.retryFailed = retryFailed
        self.notice = notice
    }

    /// Runs the batch as one chain of stages:
    ///
    ///     scan → identify → extract and read (cached) → [ReadLetter] → merge, score, compose
    ///          → WorkbookModel's sheets → write
    ///
    /// Only the ends touch the outbox: the scan lists the inbox, the last stage writes the workbook.
    /// (The extraction reads each letter in a worker, and the state keeps what was read.)
    /// - Returns: a one-line summary (counts and output names only, no personal data).
    public func run() throws -> String {
        let started = Date()
        var clock = PhaseClock()
        // Before anything is made: a missing inbox, one that is a file or one that cannot be read
        // leaves no trace.
        try InboxScanner.checkInbox(inbox)
        try createFolder(outbox)
        try checkWritable(outbox)
        let stateFolder = state ?? (outbox as NSString).appendingPathComponent(Self.stateFolderName)
        try createFolder(stateFolder)
        let lock = try RunLock(folder: stateFolder, waitSeconds: lockWaitSeconds)
        defer { withExtendedLifetime(lock) {} }
        let readingDictionary = ReadingDictionary.bytes(for: configuration)
        let database = try StateDatabase(folder: stateFolder, readingDictionary: readingDictionary, notice: notice)
        // What the state knows is loaded (and its readings decoded) on other threads while the inbox
        // is listed: neither needs the other (a warm run over 10,000 letters spent 0.06 s listing
        // and 0.3 s loading, one after the other).
        let readerKey = Self.readerKey(configuration, dictionary: readingDictionary)
        let loading = SideTask { try database.known(readerKey: readerKey, extraction: Fingerprints.extraction) }
        // Whatever happens below, the state is not being read when the lock is given up.
        defer { _ = try? loading.wait() }
        let scan = try InboxScanner.scan(inbox, settleSeconds: settleSeconds)
        clock.mark("scan")
        // The letter copies need nothing but the scan: made on a second thread while the letters are
        // read; the workbook is put in place only when they are done.
        let copies = SideTask { [self] in try keepCopies(of: scan.ready) }
        // Whatever happens below, the copies are done before the lock is given up.
        defer { try? copies.wait() }

        let known = try stateRead { try loading.wait() }
        let previous = known.index
        var files = Self.identify(scan.ready, index: previous)
        let today = CalendarDate.today()
        let reading = try extractAndRead(&files, known: known, database: database, today: today)
        clock.mark("state loaded, extract+read")

        let letters = Self.merge(files, letters: reading.letters, listed: scan.listed, firstSeen: known.firstSeen, today: today)
        // The state is finished on a second thread while the groups and the workbook are made; the
        // workbook is put in place only when the state and the copies are done.
        let index = Dictionary(files.map { ($0.file.name, StateDatabase.FileEntry(size: $0.file.size, modified: $0.file.modified, sha256: $0.sha256!)) },
                               uniquingKeysWith: { first, _ in first })
        let side = SideTask { try database.finish(index: index, previous: previous, today: today) }
        clock.mark("state")

        // The committee's decisions, notes and hand entries: read back from the workbooks before
        // they are replaced, and kept in the state.
        let dated = "predlogi-\(today).xlsx"
        let carryOver = CommitteeCarryOver(outbox: outbox, latestName: Self.latestName, store: StateDecisionStore(database: database),
                                           configuration: configuration, today: today)
        let committee = carryOver.prepare(datedName: dated)
        let facts = WorkbookLayout.RunFacts(runDate: today, seconds: Date().timeIntervalSince(started),
                                            configurationName: configurationName, lettersFolder: Self.lettersFolder,
                                            arriving: scan.arriving, ignored: scan.ignored.count,
                                            committee: committee.record, notices: committee.notices)
        do {
            try writeAtomically(names: committee.names, beforeRename: { try side.wait(); try copies.wait() }) { path in
                try writeWorkbook(letters, facts: facts, to: path, clock: &clock)
            }
        } catch {
            // The state is still kept (nothing read tonight is lost); the workbook's error is the one reported.
            try? side.wait()
            throw error
        }
        try carryOver.finish(committee)
        clock.mark("state, copies")
        clock.report()
        let counts = Dictionary(grouping: letters, by: { $0.letter.status }).mapValues(\.count)
        return "nominations: vnosov v mapi \(scan.entries) (datotek \(scan.ready.count), na seznamu za pregled \(scan.listed.count), "
            + "prezrtih \(scan.ignored.count), še prihaja \(scan.arriving.count)), "
            + "dopisov \(letters.count) (prebrani \(counts[.parsed] ?? 0), za pregled \(counts[.needsReview] ?? 0), "
            + "ni predlog \(counts[.notANomination] ?? 0), neberljivi \(counts[.unreadable] ?? 0)), "
            + "na novo prebranih \(reading.extracted), iz shranjenih besedil \(reading.reread), poskusov znova \(reading.retried); zapisano: \(committee.names.joined(separator: ", "))"
            + committee.notices.map { "; opozorilo: " + $0 }.joined()
    }

    /// Merge, score, compose, lay out and write. Each sheet's model is finished before it is
    /// written; the letters' sheets (laid out without candidates) are written while the candidates
    /// are merged, scored and composed on a second core, the candidates' sheets after them
    /// (one after the other, a warm run over 1,000 letters took 1.16 s of wall time for 1.25 s of
    /// processor time at this step).
    func writeWorkbook(_ letters: [ReadLetter], facts: WorkbookLayout.RunFacts, to path: String, clock: inout PhaseClock) throws {
        let layout = WorkbookLayout(configuration: configuration)
        let ordered = WorkbookLayout.ordered(letters)
        let file = try WorkbookWriter.Open(path: path, title: WorkbookLayout.title, sheetNames: layout.sheetNames)
        let (candidateSheets, lettersWritten) = Parallel.both(
            { layout.candidateSheets(ordered, facts: facts) },
            { Result { for sheet in layout.letterSheets(ordered, facts: facts) { try file.write(sheet) } } })
        try lettersWritten.get()
        clock.mark("groups | letters' sheets")
        for sheet in candidateSheets { try file.write(sheet) }
        clock.mark("candidates' sheets")
        try file.close()
        clock.mark("workbook file")
    }

    /// A file of tonight's inbox and its content hash, once known.
    struct TrackedFile {
        let file: InboxScan.File
        var sha256: String?
    }

    /// Identify: the hash of every file whose size and time are as recorded (no re-hashing).
    static func identify(_ ready: [InboxScan.File], index: [String: StateDatabase.FileEntry]) -> [TrackedFile] {
        ready.map { file in
            let known = index[file.name].flatMap { $0.size == file.size && $0.modified == file.modified ? $0.sha256 : nil }
            return TrackedFile(file: file, sha256: known)
        }
    }

    struct Reading {
        var letters: [String: Letter]
        var extracted = 0
        var retried = 0
        /// Letters read again from their kept texts (the reader or what it uses of the configuration changed).
        var reread = 0
    }

    /// Extract and read: understood letters from the state where this content was read by this
    /// reader; kept texts read again; the rest extracted and read in the workers, each result kept
    /// as soon as it is done (a run killed half-way loses no finished work). Every file gets its hash.
    func extractAndRead(_ files: inout [TrackedFile], known: StateDatabase.Known, database: StateDatabase, today: CalendarDate) throws -> Reading {
        let readerKey = known.readerKey
        let extractionKey = known.extraction
        let cached = known.readings
        let attempts = known.attempts
        var reading = Reading(letters: [:])
        var missing: [Int] = []
        for (index, file) in files.enumerated() {
            if let sha = file.sha256, reading.letters[sha] != nil { continue }
            if let sha = file.sha256, let letter = cached[sha] { reading.letters[sha] = letter } else { missing.append(index) }
        }
        // Files given up after failures of the night: listed with their history, not read again
        // (unless asked to), so that one bad file does not cost every night its time limit.
        if retryFailed {
            database.forgetAttempts(missing.compactMap { files[$0].sha256 }.filter { attempts[$0] != nil })
        } else {
            missing.removeAll { index in
                guard let sha = files[index].sha256, let failed = attempts[sha], !ReadAttempts.shouldTry(failed) else { return false }
                reading.letters[sha] = ReadAttempts.letter(failed)
                return true
            }
        }
        reading.retried = missing.filter { files[$0].sha256.map { attempts[$0] != nil } ?? false }.count
        // Texts kept from earlier runs (the reader or the configuration changed): read again here.
        let hasTexts = known.hasTexts
        if hasTexts {
            // A file not in the index (new, or a run was killed before saving it): hashed to find its text.
            for index in missing where files[index].sha256 == nil {
                if let data = InputFile.read(files[index].file.source) { files[index].sha256 = SHA256.hex(data) }
            }
        }
        let texts = hasTexts ? try stateRead { try database.texts(for: Set(missing.compactMap { files[$0].sha256 }), extraction: extractionKey) } : [:]
        var fromText: [Int] = [], toExtract: [Int] = []
        for index in missing {
            if let sha = files[index].sha256, texts[sha] != nil { fromText.append(index) } else { toExtract.append(index) }
        }
        let processed = LetterBatch.process(toExtract.map { files[$0].file.source }, mode: extraction, reading: configuration) { file in
            database.keep(file, readerKey: readerKey, extraction: extractionKey, today: today, attempted: attempts[file.sha256] != nil)
        }
        reading.extracted = toExtract.count
        for (position, index) in toExtract.enumerated() {
            let file = processed[position]
            files[index].sha256 = file.sha256
            guard reading.letters[file.sha256] == nil else { continue }
            if let failure = file.transientFailure {
                reading.letters[file.sha256] = ReadAttempts.letter((attempts[file.sha256] ?? []) + [.init(date: today.description, failure: failure)])
            } else if let letter = file.letter {
                reading.letters[file.sha256] = letter
            }
        }
        // The reader's gazetteer is built only when there is something to read here.
        let pending = fromText.filter { reading.letters[files[$0].sha256!] == nil }
        let read = pending.isEmpty ? [] : LetterBatch.read(pending.map { texts[files[$0].sha256!]! }, reader: LetterReader(configuration: configuration))
        reading.reread = pending.count
        for (index, letter) in zip(pending, read) where reading.letters[files[index].sha256!] == nil {
            reading.letters[files[index].sha256!] = letter
            database.keep(letter, sha256: files[index].sha256!, readerKey: readerKey)
        }
        return reading
    }

    /// Merge: the same content under several names is one letter; entries that are not letters are
    /// listed with their reason, so that nothing in the inbox goes unaccounted for.
    static func merge(_ files: [TrackedFile], letters: [String: Letter], listed: [InboxScan.Listed],
                      firstSeen: [String: String], today: CalendarDate) -> [ReadLetter] {
        var order: [String] = []
        var namesOf: [String: [String]] = [:]
        for file in files {
            guard let sha = file.sha256 else { continue }
            if namesOf[sha] == nil { order.append(sha) }
            namesOf[sha, default: []].append(file.file.name)
        }
        var result = order.map { sha in
            let names = namesOf[sha]!.sorted()
            return ReadLetter(file: names[0], letter: letters[sha] ?? .unreadable("datoteke ni bilo mogoče prebrati"),
                              otherNames: Array(names.dropFirst()), firstSeen: firstSeen[sha] ?? today.description)
        }
        result += listed.map { ReadLetter(file: $0.name, letter: .unreadable($0.reason), firstSeen: today.description) }
        return result
    }

    /// A read of the state that fails is the run's error, in plain words.
    func stateRead<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch let error as RunError { throw error } catch {
            throw RunError(description: "stanja ni mogoče prebrati (\(error))", exitCode: 2)
        }
    }

    /// Identifies the configuration and the code that reads a letter (fingerprints made at build time
    /// of the reader's sources, vocabulary and built-in data, and of the text extraction): cached
    /// letters are valid only for all of them.
    static let readerVersion = "reader-" + Fingerprints.reader + "-" + Fingerprints.extraction
    /// The key of cached readings: the reader's code and the parts of the configuration the reader
    /// uses (not the weights of the scoring nor the seats of the groups: changing those re-scores
    /// without re-reading), and the dictionary the readings are compressed with.
    static func readerKey(_ configuration: Configuration, dictionary: [UInt8]) -> String {
        String(SHA256.hex(configuration.readerPart + Array(readerVersion.utf8) + dictionary).prefix(16))
    }

    /// Copies of the letters beside the workbook, so that the links open them anywhere (a letter in
    /// a subfolder of the inbox keeps its subfolder).
    func keepCopies(of files: [InboxScan.File]) throws {
        let manager = FileManager.default
        let folder = (outbox as NSString).appendingPathComponent(Self.lettersFolder)
        try createFolder(folder)
        for file in files {
            // (Paths joined as strings: NSString's path methods cost a warm run over 1,000 letters 25 M
            // instructions, callgrind. A name is relative to the inbox, "/" between its folders.)
            let target = folder + "/" + file.name
            let subfolder = file.name.utf8.lastIndex(of: UInt8(ascii: "/")).map { String(file.name[..<$0]) }
            let targetFolder = subfolder.map { folder + "/" + $0 } ?? folder
            if subfolder != nil { try createFolder(targetFolder) }
            let source = file.source
            // No copy yet: a hard link made in one step (it fails rather than replace anything).
            if link(source, target) == 0 { continue }
            var kept = stat(), original = stat()
            if stat(target, &kept) == 0, stat(source, &original) == 0,
               (kept.st_ino == original.st_ino && kept.st_dev == original.st_dev) || kept.st_size == original.st_size { continue }
            let baseName = subfolder.map { String(file.name.dropFirst($0.count + 1)) } ?? file.name
            let temporary = targetFolder + "/.\(baseName).\(getpid()).tmp"
            try? manager.removeItem(atPath: temporary)
            // A hard link costs nothing and leaves the input as it is (its mode is not touched);
            // across file systems, a copy readable by owner and group only.
            if link(source, temporary) != 0 {
                guard (try? manager.copyItem(atPath: source, toPath: temporary)) != nil else { continue }
                try? manager.setAttributes([.posixPermissions: 0o640], ofItemAtPath: temporary)
            }
            if rename(temporary, target) != 0 { try? manager.removeItem(atPath: temporary) }
        }
    }

    /// A folder the run must write in: a plain reason when it cannot (the workbook would fail at the end).
    func checkWritable(_ path: String) throws {
        guard access(path, W_OK | X_OK) == 0 else {
            throw RunError(description: "v mapo »\(path)« ni mogoče pisati (\(Self.systemReason(errno)))", exitCode: 2)
        }
    }

    func createFolder(_ path: String) throws {
        // Most nights the folder is there already: one stat.
        var info = stat()
        if stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR { return }
        if let failure = Self.makeFolders(path) {
            throw RunError(description: "mape »\(path)« ni mogoče ustvariti (\(failure))", exitCode: 2)
        }
    }

    /// `mkdir -p` with the C library's reason (in the system's words) when it fails.
    static func makeFolders(_ path: String) -> String? {
        var info = stat()
        if stat(path, &info) == 0 { return (info.st_mode & S_IFMT) == S_IFDIR ? nil : "na tem mestu je datoteka" }
        let parent = (path as NSString).deletingLastPathComponent
        if !parent.isEmpty, parent != path, let failure = makeFolders(parent) { return failure }
        if mkdir(path, 0o750) == 0 || errno == EEXIST { return nil }
        return systemReason(errno)
    }

    /// The C library's error in Slovenian for the usual cases, else in the system's words.
    static func systemReason(_ code: Int32) -> String {
        switch code {
        case EACCES, EPERM: return "ni dovoljenja"
        case EROFS: return "datotečni sistem je samo za branje"
        case ENOSPC: return "na disku ni prostora"
        case ENOENT: return "pot ne obstaja"
        case ENOTDIR: return "del poti ni mapa"
        default: return String(cString: strerror(code))
        }
    }

    /// Writes to a temporary file in the outbox and renames it into place, for every name.
    func writeAtomically(names: [String], beforeRename: () throws -> Void = {}, write: (String) throws -> Void) throws {
        let manager = FileManager.default
        // Temporary workbooks of a killed run.
        for name in (try? manager.contentsOfDirectory(atPath: outbox)) ?? [] where name.hasPrefix(".predlogi-") && name.hasSuffix(".tmp") {
            try? manager.removeItem(atPath: (outbox as NSString).appendingPathComponent(name))
        }
        // Written once; every further name is a hard link to (or a copy of) the same file.
        let temporaries = names.map { (outbox as NSString).appendingPathComponent(".\($0).\(getpid()).tmp") }
        do {
            try write(temporaries[0])
            try manager.setAttributes([.posixPermissions: 0o640], ofItemAtPath: temporaries[0])
            for temporary in temporaries.dropFirst() where link(temporaries[0], temporary) != 0 {
                try manager.copyItem(atPath: temporaries[0], toPath: temporary)
            }
            try beforeRename()
            for (name, temporary) in zip(names, temporaries) {
                let target = (outbox as NSString).appendingPathComponent(name)
                if rename(temporary, target) != 0 { throw RunError(description: "delovnega zvezka ni mogoče shraniti v »\(outbox)«", exitCode: 2) }
            }
        } catch let error as RunError {
            for temporary in temporaries { try? manager.removeItem(atPath: temporary) }
            throw error
        } catch {
            for temporary in temporaries { try? manager.removeItem(atPath: temporary) }
            throw RunError(description: "delovnega zvezka ni mogoče zapisati (\(error))", exitCode: 2)
        }
    }
}

extension CalendarDate {
    /// Today's date in the local time zone.
    /// From the C library (TZ, else /etc/localtime, as Foundation's time zone reads them):
    /// `Calendar.current` took more than a millisecond to set up.
    static func today() -> CalendarDate {
        tzset()
        var now = time(nil)
        var parts = tm()
        guard localtime_r(&now, &parts) != nil,
              let date = CalendarDate(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday)) else {
            let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
            return CalendarDate(year: parts.year!, month: parts.month!, day: parts.day!)!
        }
        return date
    }
}
