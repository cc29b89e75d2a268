import Foundation
import Nominations

#if canImport(Glibc)
import Glibc
#endif

/// An append-only file of JSON lines keyed by content hash: `{"sha":"…","value":…}`.
/// A line cut short by a killed run only fails to decode and is made again; nothing else is lost.
final class PackFile<Value: JSONConvertible>: @unchecked Sendable {
    let path: String
    private let lock = NSLock()
    private var pending = Data()

    init(path: String) {
        self.path = path
    }

    /// Every complete entry in the file (the last one wins).
    func loadAll() -> [String: Value] {
        var result: [String: Value] = [:]
        forEachLine { sha, line in
            if let value = Self.value(line) { result[sha] = value }
        }
        return result
    }

    /// Only the entries for the given hashes (the others are not decoded).
    func load(_ wanted: Set<String>) -> [String: Value] {
        guard !wanted.isEmpty else { return [:] }
        var result: [String: Value] = [:]
        forEachLine { sha, line in
            guard wanted.contains(sha), let value = Self.value(line) else { return }
            result[sha] = value
        }
        return result
    }

    /// The value of one line `{"sha":"…","value":…}`; `nil` when the line was cut short or is not one.
    private static func value(_ line: UnsafeBufferPointer<UInt8>) -> Value? {
        guard let entry = try? JSONReader.parse(line), let value = entry["value"] else { return nil }
        return try? Value(json: value)
    }

    /// Calls `body` with each line's hash (read from the line's fixed prefix) and the line.
    private func forEachLine(_ body: (String, UnsafeBufferPointer<UInt8>) -> Void) {
        guard let data = FileManager.default.contents(atPath: path) else { return }
        let prefix = Array("{\"sha\":\"".utf8)
        data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            let bytes = buffer.bindMemory(to: UInt8.self)
            var start = 0
            while start < bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != 10 { end += 1 }
                if end < bytes.count, end - start > prefix.count + 64,
                   bytes[start..<(start + prefix.count)].elementsEqual(prefix) {
                    let sha = String(decoding: bytes[(start + prefix.count)..<(start + prefix.count + 64)], as: UTF8.self)
                    body(sha, UnsafeBufferPointer(rebasing: bytes[start..<end]))
                }
                start = end + 1
            }
        }
    }

    /// Queues an entry (from any thread); `flush` writes the queue.
    func add(_ value: Value, sha256: String) {
        add(encoded: Data(value.jsonBytes), sha256: sha256)
    }

    /// Queues an entry already encoded as JSON (by a worker).
    func add(encoded data: Data, sha256: String) {
        // The hash first, written by hand: readers find entries by this fixed prefix.
        guard sha256.utf8.count == 64, !data.isEmpty else { return }
        lock.lock()
        pending.append(contentsOf: Array("{\"sha\":\"\(sha256)\",\"value\":".utf8))
        pending.append(data)
        pending.append(contentsOf: Array("}\n".utf8))
        let big = pending.count > 1 << 16
        lock.unlock()
        if big { flush() }
    }

    /// Appends the queued entries in one write.
    func flush() {
        lock.lock()
        defer { lock.unlock() }
        guard !pending.isEmpty else { return }
        let descriptor = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return }
        // A line cut short before ours must not swallow it.
        var end = stat()
        if fstat(descriptor, &end) == 0, end.st_size > 0, let last = lastByte(), last != 10 { _ = write(descriptor, "\n", 1) }
        pending.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written <= 0 { break }
                offset += written
            }
        }
        close(descriptor)
        pending.removeAll(keepingCapacity: true)
    }

    private func lastByte() -> UInt8? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        guard let size = try? handle.seekToEnd(), size > 0 else { return nil }
        try? handle.seek(toOffset: size - 1)
        return try? handle.read(upToCount: 1)?.first
    }
}
