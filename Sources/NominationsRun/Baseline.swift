import Foundation
import PDFText

/// The benchmark's baseline: poppler-glib's own text extraction, in this process, on all cores,
/// one document per task after a single-threaded warm-up. Nothing of ours on top.
import Nominations
public enum Baseline {
    static let reader = LetterReader(configuration: try! ConfigurationLoader.defaults())
    /// - Returns: the number of characters extracted (so that the work cannot be skipped).
    public static func extract(_ paths: [String]) -> Int {
        guard !paths.isEmpty else { return 0 }
        let queue = WorkQueue<Int>(count: paths.count)
        _ = queue.take()
        queue.put(characters(paths[0]), at: 0)
        DispatchQueue.concurrentPerform(iterations: min(ProcessInfo.processInfo.activeProcessorCount, paths.count)) { _ in
            while let index = queue.take() { queue.put(characters(paths[index]), at: index) }
        }
        return queue.results.reduce(0) { $0 + ($1 ?? 0) }
    }

    static func characters(_ path: String) -> Int {
        if let stage = ProcessInfo.processInfo.environment["BASELINE_STAGE"] {
            guard let data = FileManager.default.contents(atPath: path) else { return 0 }
            let text = Extraction.extract(data)
            if stage == "read" { return Self.reader.read(text).nominees.count }
            return text.pages.reduce(0) { $0 + $1.utf8.count }
        }
        guard let document = try? PDFDocument(path: path) else { return 0 }
        return (0..<document.pageCount).reduce(0) { $0 + document.rawText(page: $1).utf8.count }
    }
}
