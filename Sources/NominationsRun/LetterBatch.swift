import Foundation
import Digest
import Nominations

/// How the run extracts text from files.
public enum ExtractionMode: Sendable {
    /// In worker processes with time and memory limits (the nightly run).
    case workers(ExtractionPool)
    /// In this process on all cores (tests; no protection from hostile files).
    case inProcess
}

public enum LetterBatch {
    /// Extracts files and, with a configuration, reads their letters too: one result per path, in order.
    /// - Parameter completed: called (from any thread) as each file is done.
    public static func process(_ paths: [String], mode: ExtractionMode, reading configuration: Configuration? = nil,
                               completed: @Sendable (ProcessedFile) -> Void = { _ in }) -> [ProcessedFile] {
        switch mode {
        case .workers(let pool):
            return pool.process(paths, reading: configuration, completed: completed)
        case .inProcess:
            guard !paths.isEmpty else { return [] }
            let reader = configuration.map { LetterReader(configuration: $0) }
            let queue = WorkQueue<ProcessedFile>(count: paths.count)
            // One file on a single thread first: poppler's lazy global set-up is not thread-safe.
            _ = queue.take()
            let first = ProcessedFile.make(path: paths[0], reader: reader)
            completed(first)
            queue.put(first, at: 0)
            DispatchQueue.concurrentPerform(iterations: min(ProcessInfo.processInfo.activeProcessorCount, paths.count)) { _ in
                while let index = queue.take() {
                    let result = ProcessedFile.make(path: paths[index], reader: reader)
                    completed(result)
                    queue.put(result, at: index)
                }
            }
            return queue.results.map { $0! }
        }
    }

    /// One file in this process: its hash and extracted text.
    static func extractInProcess(_ path: String, options: ExtractionOptions = ExtractionOptions()) -> (sha256: String, extracted: ExtractedText) {
        guard let data = InputFile.read(path) else { return (SHA256.hex([UInt8]()), .failed(.missing)) }
        return (SHA256.hex(data), Extraction.extract(data, options: options))
    }

    /// Understands extracted letters on all cores (the reader is pure).
    public static func read(_ texts: [ExtractedText], reader: LetterReader) -> [Letter] {
        let queue = WorkQueue<Letter>(count: texts.count)
        DispatchQueue.concurrentPerform(iterations: min(ProcessInfo.processInfo.activeProcessorCount, max(texts.count, 1))) { _ in
            while let index = queue.take() { queue.put(ReaderStage.understand(texts[index], with: reader), at: index) }
        }
        return queue.results.map { $0! }
    }
}
