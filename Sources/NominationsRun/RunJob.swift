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

    public init(configuration: Configuration, configurationName: String, inbox: String, outbox: String, state: String?,
                settleSeconds: Double, extraction: ExtractionMode = .inProcess, lockWaitSeconds: Double = 60) {
        self.configuration = configuration
        self.configurationName = configurationName
        self.inbox = inbox
        self.outbox = outbox
        self.state = state
        self.settleSeconds = settleSeconds
        self.extraction = extraction
        self.lockWaitSeconds = lockWaitSeconds
    }

    /// Runs the batch. - Returns: a one-line summary (counts and output names only, no personal data).
    public func run() throws -> String {
        let started = Date()
        var clock = PhaseClock()
        try createFolder(outbox)
        let stateFolder = state ?? (outbox as NSString).appendingPathComponent(Self.stateFolderName)
        try createFolder(stateFolder)
        let lock = try RunLock(folder: stateFolder, waitSeconds: lockWaitSeconds)
        defer { withExtendedLifetime(lock) {} }
        let store = try StateStore(folder: stateFolder)
        let scan = try InboxScanner.scan(inbox, settleSeconds: settleSeconds)
        clock.mark("scan")
        // The letter copies need nothing but the scan: made on a second thread while the letters are
        // read; the workbook is put in place only when they are done.
        let names = scan.ready.map(\.name)
        let copies = SideTask { [self] in try keepCopies(of: names) }
        // Whatever happens below, the copies are done before the lock is given up.
        defer { try? copies.wait() }

        // Hashes: from the state where the file is unchanged (no re-hashing).
        var hashes = [String?](repeating: nil, count: scan.ready.count)
        for (index, file) in scan.ready.enumerated() {
            hashes[index] = store.knownHash(name: file.name, size: file.size, modified: file.modified)
        }
        // Understood letters: from the state where this content was read with this configuration.
        let fingerprint = Self.fingerprint(configuration)
        let cachedLetters = store.cachedLetters(fingerprint: fingerprint)
        var letterOf: [String: Letter] = [:]
        var missing: [Int] = []
        for (index, hash) in hashes.enumerated() {
            if let hash, letterOf[hash] != nil { continue }
            if let hash, let letter = cachedLetters[hash] {
                letterOf[hash] = letter
            } else {
                missing.append(index)
            }
        }
        // The rest: extracted text from the state, or extracted now in the workers; then read.
        var toExtract: [Int] = []
        var texts: [Int: ExtractedText] = [:]
        for index in missing where hashes[index] == nil && store.hasCachedTexts {
            // A file not in the index (new, or a run was killed before saving it): hash it to find its text.
            if let data = InputFile.read(path(scan.ready[index].name)) { hashes[index] = SHA256.hex(data) }
        }
        let cachedTexts = store.hasCachedTexts ? store.cachedTexts(Set(missing.compactMap { hashes[$0] })) : [:]
        for index in missing {
            if let hash = hashes[index], let text = cachedTexts[hash] { texts[index] = text } else { toExtract.append(index) }
        }
        // Extracted and read in the workers; each result is kept as soon as it is done, so that a run
        // killed half-way loses no finished work.
        let processed = LetterBatch.process(toExtract.map { path(scan.ready[$0].name) }, mode: extraction, reading: configuration) { file in
            store.store(file, fingerprint: fingerprint)
        }
        for (position, index) in toExtract.enumerated() {
            let file = processed[position]
            hashes[index] = file.sha256
            if letterOf[file.sha256] == nil, let letter = file.letter { letterOf[file.sha256] = letter }
        }
        for (index, file) in scan.ready.enumerated() {
            store.record(name: file.name, size: file.size, modified: file.modified, sha256: hashes[index]!)
        }
        clock.mark("extract+read")
        // Texts kept from earlier runs, read again (the configuration or the reader changed).
        let pending = missing.filter { letterOf[hashes[$0]!] == nil && texts[$0] != nil }
        // The reader's gazetteer is built only when there is something to read here.
        let read = pending.isEmpty ? [] : LetterBatch.read(pending.map { texts[$0]! }, reader: LetterReader(configuration: configuration))
        for (index, letter) in zip(pending, read) where letterOf[hashes[index]!] == nil {
            letterOf[hashes[index]!] = letter
            store.store(letter, sha256: hashes[index]!, fingerprint: fingerprint)
        }

        clock.mark("read cached")
        // The same content under several names is one letter.
        var order: [String] = []
        var namesOf: [String: [String]] = [:]
        for (index, file) in scan.ready.enumerated() {
            let sha = hashes[index]!
            if namesOf[sha] == nil { order.append(sha) }
            namesOf[sha, default: []].append(file.name)
        }
        let today = CalendarDate.today()
        let letters = order.map { sha in
            let names = namesOf[sha]!.sorted()
            return ReadLetter(file: names[0], letter: letterOf[sha]!, otherNames: Array(names.dropFirst()),
                              firstSeen: store.firstSeen(sha, today: today))
        }
        store.forget(except: Set(scan.ready.map(\.name)))
        clock.mark("state")

        // The state is written on a second thread while the groups and the workbook are made; the
        // workbook is put in place only when the state and the copies are done.
        let side = SideTask { try store.save() }
        let sideWork = { try side.wait(); try copies.wait() }
        // The committee's decisions, notes and hand entries: read back from the workbooks before
        // they are replaced, and kept in the state.
        let dated = "predlogi-\(today).xlsx"
        let carryOver = CommitteeCarryOver(outbox: outbox, latestName: Self.latestName,
                                           store: JSONDecisionStore(path: (stateFolder as NSString).appendingPathComponent("committee.json")),
                                           configuration: configuration, today: today)
        let committee = carryOver.prepare(datedName: dated)
        let facts = WorkbookLayout.RunFacts(runDate: today, seconds: Date().timeIntervalSince(started),
                                            configurationName: configurationName, lettersFolder: Self.lettersFolder,
                                            arriving: scan.arriving, committee: committee.record, notices: committee.notices)
        let layout = WorkbookLayout(configuration: configuration)
        let ordered = WorkbookLayout.ordered(letters)
        do {
            // The candidates are merged, scored and composed on a second core while the letters'
            // sheets are laid out and written.
            try writeAtomically(names: committee.names, beforeRename: sideWork) { path in
                try WorkbookWriter.write(title: WorkbookLayout.title, sheetNames: layout.sheetNames, to: path,
                                         leading: { layout.candidateSheets(ordered, facts: facts) },
                                         trailing: { layout.letterSheets(ordered, facts: facts) })
            }
        } catch {
            // The state is still kept (nothing read tonight is lost); the workbook's error is the one reported.
            try? side.wait()
            throw error
        }
        try carryOver.finish(committee)
        clock.mark("groups, workbook, state, copies")
        clock.report()
        let counts = Dictionary(grouping: letters, by: { $0.letter.status }).mapValues(\.count)
        return "nominations: datotek \(scan.ready.count), dopisov \(letters.count) (prebrani \(counts[.parsed] ?? 0), "
            + "za pregled \(counts[.needsReview] ?? 0), ni predlog \(counts[.notANomination] ?? 0), neberljivi \(counts[.unreadable] ?? 0)), "
            + "na novo prebranih \(toExtract.count), še prihaja \(scan.arriving.count); zapisano: \(committee.names.joined(separator: ", "))"
            + committee.notices.map { "; opozorilo: " + $0 }.joined()
    }

    /// Identifies the configuration and the code that reads a letter (fingerprints made at build time
    /// of the reader's sources, vocabulary and built-in data, and of the text extraction): cached
    /// letters are valid only for all of them.
    static let readerVersion = "reader-" + Fingerprints.reader + "-" + Fingerprints.extraction
    static func fingerprint(_ configuration: Configuration) -> String {
        // The configuration's JSON has its mappings' keys sorted: the same configuration, the same bytes.
        String(SHA256.hex(configuration.jsonBytes + Array(readerVersion.utf8)).prefix(16))
    }

    func path(_ name: String) -> String { (inbox as NSString).appendingPathComponent(name) }

    /// Copies of the letters beside the workbook, so that the links open them anywhere.
    func keepCopies(of names: [String]) throws {
        let manager = FileManager.default
        let folder = (outbox as NSString).appendingPathComponent(Self.lettersFolder)
        try createFolder(folder)
        for name in names {
            let target = (folder as NSString).appendingPathComponent(name)
            let source = path(name)
            // No copy yet: a hard link made in one step (it fails rather than replace anything).
            if link(source, target) == 0 { continue }
            var kept = stat(), original = stat()
            if stat(target, &kept) == 0, stat(source, &original) == 0,
               (kept.st_ino == original.st_ino && kept.st_dev == original.st_dev) || kept.st_size == original.st_size { continue }
            let temporary = (folder as NSString).appendingPathComponent(".\(name).\(getpid()).tmp")
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

    func createFolder(_ path: String) throws {
        // Most nights the folder is there already: one stat instead of FileManager's walk up the path.
        var info = stat()
        if stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR { return }
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o750])
        } catch {
            throw RunError(description: "mape »\(path)« ni mogoče ustvariti", exitCode: 2)
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
