import Foundation
import Nominations

/// How the run extracts text from files.
public enum ExtractionMode: Sendable {
    /// In worker processes with time and memory limits (the nightly run).
    case workers(ExtractionPool)
    /// In this process on all cores (tests and the benchmark's baseline; no protection from hostile files).
    case inProcess
}

public enum LetterBatch {
    /// Extracts files: hash and text for each path, in order.
    public static func extract(_ paths: [String], mode: ExtractionMode,
                               completed: @Sendable (String, ExtractedText) -> Void = { _, _ in }) -> [(sha256: String, extracted: ExtractedText)] {
        switch mode {
        case .workers(let pool):
            return pool.extract(paths, completed: completed)
        case .inProcess:
            guard !paths.isEmpty else { return [] }
            let queue = WorkQueue<(sha256: String, extracted: ExtractedText)>(count: paths.count)
            // One extraction on a single thread first: poppler's lazy global set-up is not thread-safe.
            _ = queue.take()
            queue.put(extractInProcess(paths[0]), at: 0)
            DispatchQueue.concurrentPerform(iterations: min(ProcessInfo.processInfo.activeProcessorCount, paths.count)) { _ in
                while let index = queue.take() { queue.put(extractInProcess(paths[index]), at: index) }
            }
            return queue.results.map { $0! }
        }
    }

    static func extractInProcess(_ path: String) -> (sha256: String, extracted: ExtractedText) {
        guard let data = FileManager.default.contents(atPath: path) else { return (SHA256.hex([UInt8]()), .failed(.missing)) }
        return (SHA256.hex(data), Extraction.extract(data))
    }

    /// Understands extracted letters on all cores (the reader is pure).
    public static func read(_ texts: [ExtractedText], reader: LetterReader) -> [Letter] {
        let queue = WorkQueue<Letter>(count: texts.count)
        DispatchQueue.concurrentPerform(iterations: min(ProcessInfo.processInfo.activeProcessorCount, max(texts.count, 1))) { _ in
            while let index = queue.take() { queue.put(reader.read(texts[index]), at: index) }
        }
        return queue.results.map { $0! }
    }
}
