import Foundation
import Nominations
import OCR
import PDFText

/// OCR of a PDF's scanned pages, in this process: each page rendered at 300 dpi in grey, cleaned
/// up and read by Tesseract, its words turned into page points. The only place that joins poppler's
/// door (rendering) and Tesseract's (recognition).
enum ScanReading {
    /// Reads the pages; a page that fails or runs out of time comes back with its failure.
    static func recognize(_ document: PDFDocument, pages: [Int], options: ExtractionOptions) -> [RecognizedPage] {
        pages.map { page in
            defer {
                pagesRead.add(1)
                options.pageRecognized?()
            }
            return recognize(document, page: page, options: options)
        }
    }

    private static func recognize(_ document: PDFDocument, page: Int, options: ExtractionOptions) -> RecognizedPage {
        let size = document.pageSize(page: page)
        func failed(_ failure: RecognizedPage.Failure, _ detail: String) -> RecognizedPage {
            RecognizedPage(page: page, width: size.width, height: size.height, words: [], failure: failure, detail: detail)
        }
        // The page's budget is this thread's processor time (rendering, clean-up and recognition all
        // run on it): the same page gets the same outcome on a busy machine.
        let started = ThreadClock.seconds()
        do {
            let engine = try engines.take()
            defer { engines.put(engine) }
            let image = try document.greyImage(page: page, dpi: options.ocrDPI)
            let remaining = options.ocrSecondsPerPage - (ThreadClock.seconds() - started)
            guard remaining > 0 else { return failed(.timedOut, "rendering used the page's \(options.ocrSecondsPerPage) s") }
            let read = try image.pixels.withUnsafeBufferPointer { pixels in
                try engine.recognize(grey: pixels, width: image.width, height: image.height, dpi: image.dpi,
                                     cleanup: options.cleanup, seconds: remaining)
            }
            // Pixels to points, to a tenth of a point (what the state keeps).
            let scale = 72 / Double(image.dpi)
            func points(_ pixels: Int) -> Double { (Double(pixels) * scale * 10).rounded() / 10 }
            let words = read.words.map { word in
                RecognizedWord(text: word.text, confidence: (word.confidence * 10).rounded() / 10, left: points(word.left), top: points(word.top),
                               right: points(word.right), bottom: points(word.bottom), baseline: points(word.baseline), line: word.line,
                               weakestLetter: (word.weakestLetter * 10).rounded() / 10)
            }
            return RecognizedPage(page: page, width: size.width, height: size.height, words: words,
                                  skew: (read.skewDegrees * 100).rounded() / 100,
                                  detail: read.cleanupFailure.map { "read without clean-up: \($0)" })
        } catch let error as OCRError {
            return failed(error.code == .timedOut ? .timedOut : .failed, error.description)
        } catch {
            return failed(.failed, "\(error)")
        }
    }

    /// One engine per thread that reads scans, started at the first scanned page and kept for the
    /// next (a worker has one; the in-process mode one per core).
    static let engines = EnginePool(languages: ExtractionOptions.ocrLanguages)

    /// Pages OCR has read (or given up) in this process: tests check that a warm run reads none.
    static let pagesRead = Counter()
}

/// Tesseract engines for the threads that need one, under a lock. An engine that cannot start is
/// not tried again for every page.
final class EnginePool: @unchecked Sendable {
    private let lock = NSLock()
    private var idle: [OCREngine] = []
    private var failure: OCRError?
    let languages: String

    init(languages: String) {
        self.languages = languages
    }

    /// An idle engine, or a new one. - Throws: `OCRError` when Tesseract cannot start.
    func take() throws -> OCREngine {
        try lock.withLock {
            if let failure { throw failure }
            if let engine = idle.popLast() { return engine }
            do {
                return try OCREngine(languages: languages)
            } catch let error as OCRError {
                failure = error
                throw error
            }
        }
    }

    func put(_ engine: OCREngine) {
        lock.withLock { idle.append(engine) }
    }
}

/// A count shared between threads.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    func add(_ value: Int) { lock.withLock { count += value } }
    var value: Int { lock.withLock { count } }
}
