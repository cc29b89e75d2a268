import Foundation
import Nominations
import PDFText

/// The benchmark's baseline: poppler-glib's own text extraction, in this process, on all cores,
/// one document per task after a single-threaded warm-up. Nothing of ours on top.
public enum Baseline {
    /// What is measured per file.
    public enum Stage: String, Sendable, CaseIterable {
        /// poppler's text, nothing else (the baseline proper).
        case raw
        /// The run's extraction: text laid out in rows from glyph boxes, and form fields.
        case layout
        /// The run's extraction and the reader, without workers, hashing or state: what the run's
        /// own overhead is measured against.
        case read
        /// The reader alone, on texts extracted beforehand (not timed): the reader's own cost.
        case reader
    }

    /// - Returns: the number of characters (or nominees) found, so that the work cannot be skipped.
    public static func extract(_ paths: [String], stage: Stage = .raw, configuration: Configuration? = nil) -> Int {
        guard !paths.isEmpty else { return 0 }
        if stage == .reader { return configuration.map { readOnly(paths, configuration: $0).nominees } ?? 0 }
        let reader = configuration.map { LetterReader(configuration: $0) }
        let measure: @Sendable (String) -> Int
        switch stage {
        case .reader: preconditionFailure("handled above")
        case .raw: measure = characters
        case .layout: measure = { path in
            Extraction.extract(InputFile.read(path) ?? Data()).pages.reduce(0) { $0 + $1.utf8.count }
        }
        case .read: measure = { path in
            reader.map { $0.understand(Extraction.extract(InputFile.read(path) ?? Data())).nominees.count } ?? 0
        }
        }
        let queue = WorkQueue<Int>(count: paths.count)
        _ = queue.take()
        queue.put(measure(paths[0]), at: 0)
        DispatchQueue.concurrentPerform(iterations: min(ProcessInfo.processInfo.activeProcessorCount, paths.count)) { _ in
            while let index = queue.take() { queue.put(measure(paths[index]), at: index) }
        }
        return queue.results.reduce(0) { $0 + ($1 ?? 0) }
    }

    /// The reader alone on all cores, over texts extracted beforehand (not timed).
    /// - Returns: the nominees found and the seconds the reading took.
    public static func readOnly(_ paths: [String], configuration: Configuration) -> (nominees: Int, seconds: Double) {
        let reader = LetterReader(configuration: configuration)
        let texts = paths.map { Extraction.extract(InputFile.read($0) ?? Data()) }
        let started = DispatchTime.now().uptimeNanoseconds
        let nominees = LetterBatch.read(texts, reader: reader).reduce(0) { $0 + $1.nominees.count }
        return (nominees, Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9)
    }

    static func characters(_ path: String) -> Int {
        guard let document = try? PDFDocument(path: path) else { return 0 }
        return (0..<document.pageCount).reduce(0) { $0 + document.rawText(page: $1).utf8.count }
    }
}
