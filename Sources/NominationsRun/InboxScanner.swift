import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// The files in the inbox, split into those ready to read and those still arriving.
public struct InboxScan: Sendable {
    public struct File: Sendable {
        public let name: String
        public let size: Int
        /// Modification time, seconds since 1970.
        public let modified: Double
    }

    public var ready: [File]
    public var arriving: [String]
}

public enum InboxScanner {
    /// - Parameter settleSeconds: a file is ready once unchanged for this long (by its modification time).
    /// - Throws: `RunError` when the inbox cannot be listed.
    public static func scan(_ inbox: String, settleSeconds: Double, now: Date = Date()) throws -> InboxScan {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: inbox, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw RunError(description: "mapa s predlogi »\(inbox)« ne obstaja", exitCode: 2)
        }
        let names: [String]
        do { names = try manager.contentsOfDirectory(atPath: inbox) } catch {
            throw RunError(description: "mape s predlogi »\(inbox)« ni mogoče prebrati", exitCode: 2)
        }
        var scan = InboxScan(ready: [], arriving: [])
        for name in names.sorted() where !name.hasPrefix(".") {
            // lstat: cheap (no attribute dictionary), and links are not followed, as before.
            var info = stat()
            guard lstat((inbox as NSString).appendingPathComponent(name), &info) == 0, info.st_mode & S_IFMT == S_IFREG else { continue }
            let modified = Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1_000_000_000
            if now.timeIntervalSince1970 - modified < settleSeconds {
                scan.arriving.append(name)
            } else {
                scan.ready.append(.init(name: name, size: Int(info.st_size), modified: modified))
            }
        }
        return scan
    }
}
