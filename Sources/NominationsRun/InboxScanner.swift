import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Every entry of the inbox, accounted for: letters ready to read, letters still arriving, entries
/// listed for review with their reason, and entries ignored (hidden and office temporary files).
public struct InboxScan: Sendable {
    public struct File: Sendable, Equatable {
        /// The path inside the inbox ("prejeto/predlog.pdf" for a letter in a subfolder).
        public let name: String
        /// Where to read it: the file itself, or the file a symbolic link inside the inbox points to.
        public let source: String
        public let size: Int
        /// Modification time, seconds since 1970.
        public let modified: Double
    }

    /// An entry that is not a letter the run can read, with its reason in Slovenian.
    public struct Listed: Sendable, Equatable {
        public let name: String
        public let reason: String
    }

    public var ready: [File] = []
    public var arriving: [String] = []
    public var listed: [Listed] = []
    /// Hidden files and office programs' temporary files ("~$…", ".~lock…#").
    public var ignored: [String] = []

    /// Entries seen: read, arriving, listed and ignored.
    public var entries: Int { ready.count + arriving.count + listed.count + ignored.count }
}

public enum InboxScanner {
    /// Folders deeper than this are listed, not entered (a loop of bind mounts must end).
    static let maximumDepth = 16

    /// Checks the inbox before anything is made: it must exist, be a folder, and be readable.
    public static func checkInbox(_ inbox: String) throws {
        var info = stat()
        guard stat(inbox, &info) == 0 else {
            throw RunError(description: "mapa s predlogi »\(inbox)« ne obstaja", exitCode: 2)
        }
        guard info.st_mode & S_IFMT == S_IFDIR else {
            throw RunError(description: "»\(inbox)« ni mapa s predlogi, temveč datoteka", exitCode: 2)
        }
        guard access(inbox, R_OK | X_OK) == 0 else {
            throw RunError(description: "mape s predlogi »\(inbox)« ni mogoče prebrati (ni dovoljenja)", exitCode: 2)
        }
    }

    /// - Parameter settleSeconds: a file is ready once unchanged for this long (by its modification time).
    /// - Throws: `RunError` when the inbox is missing, not a folder, or cannot be listed.
    public static func scan(_ inbox: String, settleSeconds: Double, now: Date = Date()) throws -> InboxScan {
        try checkInbox(inbox)
        guard let root = realPath(inbox) else {
            throw RunError(description: "mape s predlogi »\(inbox)« ni mogoče prebrati", exitCode: 2)
        }
        var scan = InboxScan()
        try walk(folder: inbox, relative: "", root: root, depth: 0, settleSeconds: settleSeconds, now: now.timeIntervalSince1970, into: &scan)
        return scan
    }

    private static func walk(folder: String, relative: String, root: String, depth: Int, settleSeconds: Double,
                             now: Double, into scan: inout InboxScan) throws {
        let names: [String]
        do { names = try FileManager.default.contentsOfDirectory(atPath: folder) } catch {
            if depth == 0 { throw RunError(description: "mape s predlogi »\(folder)« ni mogoče prebrati", exitCode: 2) }
            scan.listed.append(.init(name: relative, reason: "mape ni mogoče prebrati (dovoljenja)"))
            return
        }
        for name in names.sorted() {
            // (Joined as strings: NSString's path methods cost about 2.5 k instructions a name.)
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            let shown = relative.isEmpty ? name : relative + "/" + name
            if isIgnored(name) {
                scan.ignored.append(shown)
                continue
            }
            // lstat: a link is judged by itself first, then by what it points to.
            var info = stat()
            guard lstat(path, &info) == 0 else {
                scan.listed.append(.init(name: shown, reason: "vnosa ni mogoče prebrati"))
                continue
            }
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                if depth + 1 >= maximumDepth {
                    scan.listed.append(.init(name: shown, reason: "mapa je pregloboko v mapi s predlogi (ni prebrana)"))
                } else {
                    try walk(folder: path, relative: shown, root: root, depth: depth + 1, settleSeconds: settleSeconds, now: now, into: &scan)
                }
            case S_IFREG:
                add(name: shown, source: path, info: info, settleSeconds: settleSeconds, now: now, into: &scan)
            case S_IFLNK:
                guard let target = realPath(path) else {
                    scan.listed.append(.init(name: shown, reason: "simbolna povezava ne kaže nikamor (pokvarjena povezava)"))
                    continue
                }
                guard target.hasPrefix(root + "/") else {
                    scan.listed.append(.init(name: shown, reason: "simbolna povezava kaže zunaj mape s predlogi (ni prebrana)"))
                    continue
                }
                var pointed = stat()
                guard stat(target, &pointed) == 0, pointed.st_mode & S_IFMT == S_IFREG else {
                    scan.listed.append(.init(name: shown, reason: "simbolna povezava ne kaže na datoteko (ni prebrana)"))
                    continue
                }
                add(name: shown, source: target, info: pointed, settleSeconds: settleSeconds, now: now, into: &scan)
            default:
                scan.listed.append(.init(name: shown, reason: "ni navadna datoteka (vtičnica, cev ali naprava)"))
            }
        }
    }

    private static func add(name: String, source: String, info: stat, settleSeconds: Double, now: Double, into scan: inout InboxScan) {
        let modified = Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1_000_000_000
        if now - modified < settleSeconds {
            scan.arriving.append(name)
        } else {
            scan.ready.append(.init(name: name, source: source, size: Int(info.st_size), modified: modified))
        }
    }

    /// Hidden entries and the temporary files of office programs: "~$predlog.docx" (Word, Excel),
    /// ".~lock.predlog.odt#" (LibreOffice; hidden too).
    static func isIgnored(_ name: String) -> Bool {
        name.hasPrefix(".") || name.hasPrefix("~$")
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
