import Foundation
import Nominations

/// Reads many files, on all cores after a single-threaded warm-up (poppler's lazy global
/// set-up is not thread-safe; C-LIBRARIES.md). Each document is opened inside its own task.
public enum LetterBatch {
    public static func read(_ paths: [String], reader: LetterReader) -> [LetterFile] {
        guard !paths.isEmpty else { return [] }
        var results = [LetterFile?](repeating: nil, count: paths.count)
        results[0] = LetterFile.read(path: paths[0], reader: reader)
        let rest = Array(paths.indices.dropFirst())
        let lock = NSLock()
        nonisolated(unsafe) var shared = results
        DispatchQueue.concurrentPerform(iterations: rest.count) { position in
            let index = rest[position]
            let file = LetterFile.read(path: paths[index], reader: reader)
            lock.lock()
            shared[index] = file
            lock.unlock()
        }
        results = shared
        return results.compactMap { $0 }
    }
}
