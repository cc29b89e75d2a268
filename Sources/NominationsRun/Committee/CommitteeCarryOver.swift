import Digest
import Foundation
import Nominations
import XLSX

/// Keeps the committee's work across runs: before a run writes, the decisions, notes and hand
/// entries are read back from the workbooks and laid over the record in the state; a workbook a
/// person changed is copied before it is replaced; one that cannot be read is left as it is and
/// the new workbook goes under its dated name only. After the write, the record is saved.
struct CommitteeCarryOver {
    static let copiesFolder = "kopije"

    let outbox: String
    let latestName: String
    let store: DecisionStore
    let configuration: Configuration
    let today: CalendarDate

    /// What the run writes with, and what it has to say.
    struct Prepared {
        var record: CommitteeRecord
        /// The names to write the workbook under.
        var names: [String]
        /// For `Povzetek` and the log (Slovenian).
        var notices: [String]
    }

    func prepare(datedName: String) -> Prepared {
        var notices: [String] = []
        var record: CommitteeRecord
        do {
            record = try store.load()
        } catch {
            record = CommitteeRecord()
            notices.append("Shranjenih odločitev komisije ni bilo mogoče prebrati; prevzete so iz delovnih zvezkov.")
        }
        var names = [datedName, latestName]
        let layout = WorkbookLayout(configuration: configuration)
        let workbooks = CommitteeWorkbooks(outbox: outbox, latestName: latestName)
        let present = workbooks.found(sheets: Set(layout.sheetNames), written: record.written, stamps: record.stamps ?? [:])
        // (Those byte for byte as written were hashed already: no copy, and no second hash, for them.)
        let unchanged = Set(present.filter(\.unchanged).map(\.name))
        for found in present where !found.unchanged {
            switch found.sheets {
            case .success(let sheets) where !found.locked:
                record = record.merging(CommitteeReading(sheets: sheets, configuration: configuration), seen: today.description)
            case .success, .failure:
                // Left as it is; the new workbook goes under a name that replaces nothing a person is working on.
                let why = found.locked ? "je odprt v drugem programu" : "ga ni bilo mogoče prebrati (\(Self.reason(found.sheets)))"
                names.removeAll { $0 == found.name }
                if names.isEmpty || (names == [datedName] && found.name == datedName) { names = [Self.spareName(datedName)] }
                notices.append("Delovni zvezek »\(found.name)« \(why): ostal je nespremenjen, nov je zapisan kot »\(names[0])«."
                               + " Odločitve iz njega bodo prevzete, ko bo spet berljiv in zaprt.")
            }
        }
        // A copy of every workbook a person changed, before it is replaced.
        for name in names where !unchanged.contains(name) && workbooks.exists(name) {
            let path = (outbox as NSString).appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            guard record.written[name] != SHA256.hex(data) else { continue }
            if let copy = keepCopy(of: path, name: name) {
                notices.append("Delovni zvezek »\(name)« je bil spremenjen ročno: kopija je shranjena kot »\(copy)«.")
            }
        }
        return Prepared(record: record, names: names, notices: notices)
    }

    /// Saves the record with the hashes of what was written.
    func finish(_ prepared: Prepared) throws {
        var record = prepared.record
        // The names are hard links to one file (or copies of it): each file is hashed once (links
        // share their stamp, which names the device and inode).
        var hashOf: [String: String] = [:]
        var stamps = record.stamps ?? [:]
        for name in prepared.names {
            let path = (outbox as NSString).appendingPathComponent(name)
            let stamp = CommitteeWorkbooks.stamp(path)
            stamps[name] = stamp
            let identity = stamp ?? path
            if let known = hashOf[identity] { record.written[name] = known; continue }
            if let data = FileManager.default.contents(atPath: path) {
                record.written[name] = SHA256.hex(data)
                hashOf[identity] = record.written[name]
            }
        }
        record.stamps = stamps
        try store.save(record)
    }

    /// `kopije/<name>-<date>-<time>.xlsx`, readable by owner and group only.
    func keepCopy(of path: String, name: String) -> String? {
        let folder = (outbox as NSString).appendingPathComponent(Self.copiesFolder)
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o750])
        var now = time(nil)
        var parts = tm()
        localtime_r(&now, &parts)
        let stamp = String(format: "%04d-%02d-%02d-%02d%02d%02d", Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1, Int(parts.tm_mday),
                           Int(parts.tm_hour), Int(parts.tm_min), Int(parts.tm_sec))
        let base = (name as NSString).deletingPathExtension
        let copy = "\(Self.copiesFolder)/\(base)-\(stamp).xlsx"
        let target = (outbox as NSString).appendingPathComponent(copy)
        guard !FileManager.default.fileExists(atPath: target) else { return copy }
        do {
            try FileManager.default.copyItem(atPath: path, toPath: target)
            try? FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: target)
            return copy
        } catch {
            return nil
        }
    }

    /// A dated name that replaces nothing: `predlogi-2026-12-07-2.xlsx`, …
    static func spareName(_ dated: String) -> String {
        let base = (dated as NSString).deletingPathExtension
        return "\(base)-\(Int(time(nil)) % 100000).xlsx"
    }

    static func reason(_ sheets: Result<[String: [[String]]], XLSXReadError>) -> String {
        if case .failure(let error) = sheets {
            switch error.code {
            case .notAnArchive: return "datoteka ni delovni zvezek ali je poškodovana"
            case .missingPart: return "manjka del delovnega zvezka"
            case .tooLarge: return "datoteka je prevelika"
            case .badXML: return "poškodovana vsebina"
            }
        }
        return "odprt drugje"
    }
}
