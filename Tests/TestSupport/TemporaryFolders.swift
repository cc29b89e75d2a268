import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Temporary folders of the test run: all under one folder of this process, removed when the
/// process ends (a test run leaves nothing in /tmp).
public enum TemporaryFolders {
    public static let root: String = {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("nominations-tests-\(getpid())").path
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        rootForExit = strdup(path)
        atexit {
            guard let root = rootForExit else { return }
            try? FileManager.default.removeItem(atPath: String(cString: root))
        }
        return path
    }()

    nonisolated(unsafe) private static var rootForExit: UnsafeMutablePointer<CChar>?

    /// A new empty folder.
    public static func make(_ prefix: String = "run") -> String {
        let path = root + "/\(prefix)-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}
