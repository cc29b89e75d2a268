import Foundation

#if canImport(Glibc)
import Glibc
#endif
import Nominations

/// What a run keeps between nights, in the state folder:
/// - `texts/<sha256>.json`: extraction results by content hash (an unchanged night re-reads nothing);
/// - `index.json`: file name → size, modification time, hash (unchanged files are not hashed again);
/// - `seen.json`: content hash → the date it was first seen (the workbook marks what is new).
/// Every file is written to a temporary name and renamed into place.
final class StateStore: @unchecked Sendable {
    struct IndexEntry: Codable, Equatable {
        var size: Int
        var modified: Double
        var sha256: String
    }

    let folder: String
    private(set) var index: [String: IndexEntry]
    private(set) var seen: [String: String]
    /// Whether earlier runs left extraction results (a cold start has none, and need not hash twice).
    let hasCachedTexts: Bool
    private let texts: PackFile<ExtractedText>
    private var letterPacks: [String: PackFile<Letter>] = [:]
    private let packLock = NSLock()

    init(folder: String) throws {
        self.folder = folder
        let manager = FileManager.default
        do {
            try manager.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw RunError(description: "mape s stanjem »\(folder)« ni mogoče ustvariti", exitCode: 2)
        }
        index = Self.loadIndex(from: folder + "/index.json")
        // Texts are kept per version of the extraction's code: a new extractor extracts again, and
        // the texts of an older one, never to be read again, are removed.
        let textsName = "texts-" + Fingerprints.extraction + ".jsonl"
        for name in (try? manager.contentsOfDirectory(atPath: folder)) ?? []
        where name.hasPrefix("texts") && name.hasSuffix(".jsonl") && name != textsName {
            try? manager.removeItem(atPath: folder + "/" + name)
        }
        texts = PackFile(path: folder + "/" + textsName)
        hasCachedTexts = ((try? manager.attributesOfItem(atPath: folder + "/" + textsName))?[.size] as? Int ?? 0) > 0
        seen = Self.loadSeen(from: folder + "/seen.json")
        // Temporary files left by a killed run.
        for sub in ["/"] {
            for name in (try? manager.contentsOfDirectory(atPath: folder + sub)) ?? [] where name.hasSuffix(".tmp") {
                try? manager.removeItem(atPath: folder + sub + name)
            }
        }
    }

    /// The index as a JSON object, name → {size, modified, sha256}; empty when missing or damaged
    /// (files are then hashed again, nothing is lost).
    static func loadIndex(from path: String) -> [String: IndexEntry] {
        guard let data = FileManager.default.contents(atPath: path), case .object(let members)? = try? JSONReader.parse(data) else { return [:] }
        var index: [String: IndexEntry] = [:]
        index.reserveCapacity(members.count)
        for (name, value) in members {
            guard let size = value["size"]?.int, let modified = value["modified"]?.double, let sha256 = value["sha256"]?.string else { return [:] }
            index[name] = IndexEntry(size: size, modified: modified, sha256: sha256)
        }
        return index
    }

    /// First-seen dates as a JSON object, hash → date; empty when missing or damaged.
    static func loadSeen(from path: String) -> [String: String] {
        guard let data = FileManager.default.contents(atPath: path), case .object(let members)? = try? JSONReader.parse(data) else { return [:] }
        var seen: [String: String] = [:]
        seen.reserveCapacity(members.count)
        for (sha, value) in members {
            guard let date = value.string else { return [:] }
            seen[sha] = date
        }
        return seen
    }

    static func indexJSON(_ index: [String: IndexEntry]) -> Data {
        var writer = JSONWriter(capacity: index.count * 140)
        writer.object { w in
            for name in index.keys.sorted() {
                let entry = index[name]!
                w.key(name)
                w.object { w in
                    w.key("size"); w.int(entry.size)
                    w.key("modified"); w.double(entry.modified)
                    w.key("sha256"); w.string(entry.sha256)
                }
            }
        }
        return Data(writer.bytes)
    }

    static func seenJSON(_ seen: [String: String]) -> Data {
        var writer = JSONWriter(capacity: seen.count * 84)
        writer.object { w in
            for sha in seen.keys.sorted() { w.key(sha); w.string(seen[sha]!) }
        }
        return Data(writer.bytes)
    }

    /// The hash of a file whose size and time are as recorded, without reading it.
    func knownHash(name: String, size: Int, modified: Double) -> String? {
        guard let entry = index[name], entry.size == size, entry.modified == modified else { return nil }
        return entry.sha256
    }

    func record(name: String, size: Int, modified: Double, sha256: String) {
        index[name] = IndexEntry(size: size, modified: modified, sha256: sha256)
    }

    func forget(except names: Set<String>) {
        index = index.filter { names.contains($0.key) }
    }

    /// Extraction results of earlier runs for these hashes.
    func cachedTexts(_ hashes: Set<String>) -> [String: ExtractedText] { texts.load(hashes) }

    /// Keeps what a worker made (already JSON). Safe from any thread.
    func store(_ file: ProcessedFile, fingerprint: String?) {
        texts.add(encoded: file.textJSON, sha256: file.sha256)
        if let fingerprint, let letter = file.letterJSON { letters(fingerprint).add(encoded: letter, sha256: file.sha256) }
    }

    private func letters(_ fingerprint: String) -> PackFile<Letter> {
        packLock.lock()
        defer { packLock.unlock() }
        if let pack = letterPacks[fingerprint] { return pack }
        let pack = PackFile<Letter>(path: folder + "/letters-" + fingerprint + ".jsonl")
        letterPacks[fingerprint] = pack
        return pack
    }

    /// Understood letters of earlier runs with the same configuration and reader.
    func cachedLetters(fingerprint: String) -> [String: Letter] { letters(fingerprint).loadAll() }

    func store(_ letter: Letter, sha256: String, fingerprint: String) { letters(fingerprint).add(letter, sha256: sha256) }

    /// The date a letter was first seen, recording today for a new one.
    func firstSeen(_ sha256: String, today: CalendarDate) -> String {
        if let date = seen[sha256] { return date }
        seen[sha256] = today.description
        return today.description
    }

    /// Writes the queued texts and letters, the index and first-seen dates.
    func save() throws {
        texts.flush()
        for pack in packLock.withLock({ Array(letterPacks.values) }) { pack.flush() }
        do {
            try Self.writeAtomically(Self.indexJSON(index), to: folder + "/index.json")
            try Self.writeAtomically(Self.seenJSON(seen), to: folder + "/seen.json")
        } catch {
            throw RunError(description: "stanja ni mogoče shraniti v »\(folder)«", exitCode: 2)
        }
    }


    static func writeAtomically(_ data: Data, to path: String) throws {
        // A cache entry damaged by a crash only fails to decode and is made again, so no fsync here;
        // the rename still makes each entry appear whole or not at all.
        let temporary = path + ".\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw RunError(description: "datoteke »\(temporary)« ni mogoče zapisati", exitCode: 2) }
        let complete = data.withUnsafeBytes { buffer -> Bool in
            var offset = 0
            while offset < buffer.count {
                let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written <= 0 { return false }
                offset += written
            }
            return true
        }
        close(descriptor)
        guard complete else {
            unlink(temporary)
            throw RunError(description: "datoteke »\(temporary)« ni mogoče zapisati", exitCode: 2)
        }
        if rename(temporary, path) != 0 {
            try? FileManager.default.removeItem(atPath: temporary)
            throw RunError(description: "datoteke »\(path)« ni mogoče shraniti", exitCode: 2)
        }
    }
}
