import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Reads an input file whole. Where the system allows it (the file's owner, or root), the file is
/// opened without updating its access time: inputs are never changed, not even that, and a read
/// then does not dirty the file's inode (which cost more than the read itself on ext4).
enum InputFile {
    /// Linux's O_NOATIME (Glibc exports it to Swift only under _GNU_SOURCE).
    #if os(Linux)
    static let noAccessTime: Int32 = 0o1000000
    #else
    static let noAccessTime: Int32 = 0
    #endif

    /// - Returns: nothing for a path that is not a regular file or cannot be read. Opened without
    ///   waiting (`O_NONBLOCK`, which changes nothing for a regular file): a pipe put in a letter's
    ///   place after the inbox was scanned would otherwise wait for a writer for ever.
    static func read(_ path: String) -> Data? {
        var descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | noAccessTime)
        if descriptor < 0 && errno == EPERM { descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK) }
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        // The size as stat gives it, and more if the file grew meanwhile.
        var bytes = [UInt8](repeating: 0, count: max(Int(info.st_size), 0) + 1)
        var total = 0
        while true {
            if total == bytes.count { bytes.append(contentsOf: repeatElement(0, count: max(bytes.count, 4096))) }
            let count = bytes.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress! + total, $0.count - total) }
            if count < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if count == 0 { break }
            total += count
        }
        return Data(bytes[0..<total])
    }
}
