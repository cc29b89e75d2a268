import Digest
import Foundation
import Nominations
import XLSX

/// The committee's workbooks in the outbox, read before a run writes: which exist, which a person
/// changed, which cannot be read (damaged, or open in a program that holds a lock file beside it).
struct CommitteeWorkbooks {
    let outbox: String
    let latestName: String

    /// A workbook as found.
    struct Found {
        let name: String
        let path: String
        let modified: Date
        /// Its sheets as rows of text, or why it could not be read.
        let sheets: Result<[String: [[String]]], XLSXReadError>
        /// Open in Excel or LibreOffice (their lock file is beside it).
        let locked: Bool
        /// Byte for byte what the run last wrote: nobody changed it, so it holds nothing the record
        /// does not (and it is not parsed: its XML cost a warm run over 10,000 letters 2 s).
        var unchanged = false
    }

    /// A file's device, inode, size and modification time (to the nanosecond), or `nil`: a file
    /// saved by a program gets a new time (and mostly a new inode), so the same stamp is the same file.
    static func stamp(_ path: String) -> String? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return "\(info.st_dev):\(info.st_ino):\(info.st_size):\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
    }

    /// The stable-name workbook and the newest dated one, oldest first (a later one's cells win).
    /// - Parameter written: name → SHA-256 of what the run last wrote under that name.
    /// - Parameter stamps: name → `stamp` of the file when the run wrote it.
    func found(sheets wanted: Set<String>, written: [String: String] = [:], stamps: [String: String] = [:]) -> [Found] {
        var names: [String] = []
        if exists(latestName) { names.append(latestName) }
        let dated = ((try? FileManager.default.contentsOfDirectory(atPath: outbox)) ?? [])
            .filter { $0.hasPrefix("predlogi-") && $0.hasSuffix(".xlsx") && $0 != latestName && CalendarDate(iso: String($0.dropFirst(9).prefix(10))) != nil }
            .sorted()
        if let newest = dated.last { names.append(newest) }
        var result = names.map { read($0, sheets: wanted, written: written[$0], stamp: stamps[$0]) }.sorted { $0.modified < $1.modified }
        // The dated one counts only when it is newer than the stable one.
        if let stable = result.firstIndex(where: { $0.name == latestName }), stable == result.count - 1, result.count == 2 {
            result.removeFirst()
        }
        return result
    }

    func read(_ name: String, sheets wanted: Set<String>, written: String? = nil, stamp: String? = nil) -> Found {
        let path = (outbox as NSString).appendingPathComponent(name)
        let modified = (try? FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date) ?? Date.distantPast
        let locked = exists(".~lock.\(name)#") || exists("~$\(name)")
        if let written, !locked,
           (stamp != nil && Self.stamp(path) == stamp) || FileManager.default.contents(atPath: path).map({ SHA256.hex($0) == written }) == true {
            return Found(name: name, path: path, modified: modified, sheets: .success([:]), locked: false, unchanged: true)
        }
        let sheets: Result<[String: [[String]]], XLSXReadError>
        do {
            let read = try WorkbookReader.read(path: path, sheets: wanted)
            sheets = .success(Dictionary(read.map { ($0.name, $0.rows) }, uniquingKeysWith: { first, _ in first }))
        } catch let error as XLSXReadError {
            sheets = .failure(error)
        } catch {
            sheets = .failure(XLSXReadError(.notAnArchive, "\(error)"))
        }
        return Found(name: name, path: path, modified: modified, sheets: sheets, locked: locked)
    }

    func exists(_ name: String) -> Bool {
        FileManager.default.fileExists(atPath: (outbox as NSString).appendingPathComponent(name))
    }
}
