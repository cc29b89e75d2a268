import CTesseract
import Foundation

/// One Tesseract engine (`TessBaseAPI`), with its language models loaded: made once per worker and
/// reused for every page (starting one takes about 0.13 s and 130 MB). Freed in `deinit`.
///
/// Not `Sendable` and not thread-safe: one engine per thread.
public final class OCREngine {
    private let library: TesseractLibrary
    private let handle: OpaquePointer
    public let languages: String

    /// Starts an engine with the installed models of `languages` ("slv+ita").
    /// - Throws: `OCRError.libraryMissing` when libtesseract cannot be loaded, `.initFailed` when a
    ///   model is missing.
    public init(languages: String = "slv+ita") throws {
        let library = try TesseractLibrary.load()
        guard let handle = library.functions.TessBaseAPICreate() else { throw OCRError(.initFailed, "TessBaseAPICreate") }
        let f = library.functions
        // Tesseract's diagnostics ("Estimating resolution …") would reach stderr.
        guard f.TessBaseAPISetVariable(handle, "debug_file", "/dev/null") != 0 else {
            f.TessBaseAPIDelete(handle)
            throw OCRError(.initFailed, "TessBaseAPISetVariable debug_file")
        }
        guard f.TessBaseAPIInit3(handle, nil, languages) == 0 else {
            f.TessBaseAPIDelete(handle)
            throw OCRError(.initFailed, "no model for \(languages) (tesseract-ocr-slv, tesseract-ocr-ita)")
        }
        f.TessBaseAPISetPageSegMode(handle, PSM_AUTO)
        self.library = library
        self.handle = handle
        self.languages = languages
    }

    deinit {
        library.functions.TessBaseAPIEnd(handle)
        library.functions.TessBaseAPIDelete(handle)
    }

    /// Tesseract's version ("5.3.0").
    public var version: String { library.version }

    /// Reads one page image.
    /// - Parameters:
    ///   - grey: 8-bit grey pixels, rows of `width` bytes.
    ///   - dpi: the resolution it was rendered at (Tesseract is always told it).
    ///   - cleanup: despeckling and deskewing before reading.
    ///   - seconds: the page's time budget, in this thread's processor time (`ThreadClock`);
    ///     Tesseract stops reading when it is spent.
    /// - Throws: `OCRError` (`imageFailed` when the page image cannot be made, `recognitionFailed`,
    ///   `timedOut`). A clean-up step that fails is skipped, and the page is read without it
    ///   (`OCRPage.cleanupFailure` says why).
    public func recognize(grey: UnsafeBufferPointer<UInt8>, width: Int, height: Int, dpi: Int,
                          cleanup: OCRCleanup = OCRCleanup(), seconds: Double) throws -> OCRPage {
        let started = ThreadClock.seconds()
        func spent() -> Double { ThreadClock.seconds() - started }
        let image = try GreyPix(grey: grey, width: width, height: height, dpi: dpi, library: library)
        let cleaned = image.cleanUp(cleanup, dpi: dpi)
        let f = library.functions
        // Tesseract takes its own reference to the image (a clone), so it may outlive `image`.
        image.withPointer { f.TessBaseAPISetImage2(handle, $0) }
        f.TessBaseAPISetSourceResolution(handle, Int32(dpi))
        defer { f.TessBaseAPIClear(handle) }
        guard spent() < seconds else { throw OCRError(.timedOut, "clean-up used the page's \(seconds) s") }
        guard let monitor = f.TessMonitorCreate() else { throw OCRError(.recognitionFailed, "TessMonitorCreate") }
        defer { f.TessMonitorDelete(monitor) }
        // Tesseract asks its cancel function between words: it says stop once this thread's processor
        // time reaches the deadline (Tesseract's own deadline is on the wall clock). With
        // OMP_THREAD_LIMIT=1 Tesseract works on the calling thread only.
        let deadline = UnsafeMutablePointer<Double>.allocate(capacity: 1)
        defer { deadline.deallocate() }
        deadline.initialize(to: started + seconds)
        f.TessMonitorSetCancelThis(monitor, deadline)
        f.TessMonitorSetCancelFunc(monitor) { deadline, _ in
            guard let deadline else { return false }
            return ThreadClock.seconds() >= deadline.load(as: Double.self)
        }
        let status = f.TessBaseAPIRecognize(handle, monitor)
        if spent() >= seconds { throw OCRError(.timedOut, "more than \(seconds) s") }
        guard status == 0 else { throw OCRError(.recognitionFailed, "TessBaseAPIRecognize returned \(status)") }
        var words = words()
        // Numbers Tesseract is unsure of are read again on their own, as one line: a table's rule or
        // the next column beside them no longer leads it astray. (Addresses read again came out worse.)
        for index in words.indices where Self.wantsSecondReading(words[index]) && spent() < seconds {
            if let again = readAlone(words[index], width: image.width, height: image.height), again.confidence > words[index].confidence,
               Self.isNumber(again.text), abs(again.text.count - words[index].text.count) <= 2 {
                words[index].text = again.text
                words[index].confidence = again.confidence
            }
        }
        f.TessBaseAPISetPageSegMode(handle, PSM_AUTO)
        return OCRPage(words: words, width: image.width, height: image.height, dpi: dpi, skewDegrees: cleaned.skew,
                       specklePixels: cleaned.specks, cleanupFailure: cleaned.failure)
    }

    /// A word worth a second reading: an uncertain number (a phone, a date, a postal code).
    static func wantsSecondReading(_ word: OCRWord) -> Bool {
        word.confidence < 75 && isNumber(word.text)
    }

    /// Three digits or more, and at most two letters (O read for 0, l for 1).
    static func isNumber(_ text: String) -> Bool {
        text.filter(\.isNumber).count >= 3 && text.filter(\.isLetter).count <= 2
    }

    /// The word's box (a little larger) read as a single line; `nil` when nothing, or more than one
    /// word, comes out.
    private func readAlone(_ word: OCRWord, width: Int, height: Int) -> (text: String, confidence: Double)? {
        let f = library.functions
        let padX = 3, padY = max(2, (word.bottom - word.top) / 5)
        let left = max(0, word.left - padX), top = max(0, word.top - padY)
        let right = min(width, word.right + padX), bottom = min(height, word.bottom + padY)
        guard right > left, bottom > top else { return nil }
        f.TessBaseAPISetPageSegMode(handle, PSM_SINGLE_LINE)
        f.TessBaseAPISetRectangle(handle, Int32(left), Int32(top), Int32(right - left), Int32(bottom - top))
        guard let text = f.TessBaseAPIGetUTF8Text(handle) else { return nil }
        let read = String(cString: text).trimmingCharacters(in: .whitespacesAndNewlines)
        f.TessDeleteText(text)
        let confidence = Double(f.TessBaseAPIMeanTextConf(handle))
        guard !read.isEmpty, !read.contains(" "), !read.contains("\n") else { return nil }
        return (read, confidence)
    }

    /// The words of the page just recognised, in Tesseract's order.
    private func words() -> [OCRWord] {
        let f = library.functions
        guard let iterator = f.TessBaseAPIGetIterator(handle) else { return [] }
        defer { f.TessResultIteratorDelete(iterator) }
        guard let position = f.TessResultIteratorGetPageIteratorConst(iterator) else { return [] }
        var words: [OCRWord] = []
        var line = -1
        // Letter by letter: each word is taken at its first letter, and keeps its least sure letter
        // (a word's own confidence counts against it that it is in no dictionary, as addresses are not).
        var current: Int?
        repeat {
            if f.TessPageIteratorIsAtBeginningOf(position, RIL_TEXTLINE) != 0 { line += 1 }
            if f.TessPageIteratorIsAtBeginningOf(position, RIL_WORD) != 0 {
                current = nil
                if let word = word(iterator, position, line: max(line, 0)) {
                    words.append(word)
                    current = words.count - 1
                }
            }
            if let current {
                words[current].weakestLetter = min(words[current].weakestLetter, Double(f.TessResultIteratorConfidence(iterator, RIL_SYMBOL)))
            }
        } while f.TessResultIteratorNext(iterator, RIL_SYMBOL) != 0
        return words
    }

    /// The word the iterator stands at the start of; `nil` for an empty one.
    private func word(_ iterator: OpaquePointer, _ position: OpaquePointer, line: Int) -> OCRWord? {
        let f = library.functions
        guard let text = f.TessResultIteratorGetUTF8Text(iterator, RIL_WORD) else { return nil }
        let word = String(cString: text)
        f.TessDeleteText(text)
        var left: Int32 = 0, top: Int32 = 0, right: Int32 = 0, bottom: Int32 = 0
        guard f.TessPageIteratorBoundingBox(position, RIL_WORD, &left, &top, &right, &bottom) != 0,
              !word.allSatisfy(\.isWhitespace) else { return nil }
        // The baseline where the word's middle stands (the bottom of the box when there is none).
        var x1: Int32 = 0, y1: Int32 = 0, x2: Int32 = 0, y2: Int32 = 0
        var baseline = Int(bottom)
        if f.TessPageIteratorBaseline(position, RIL_WORD, &x1, &y1, &x2, &y2) != 0 {
            let middle = Double(left + right) / 2
            baseline = x2 == x1 ? Int(y1) : Int((Double(y1) + Double(y2 - y1) * (middle - Double(x1)) / Double(x2 - x1)).rounded())
        }
        return OCRWord(text: word, confidence: Double(f.TessResultIteratorConfidence(iterator, RIL_WORD)),
                       left: Int(left), top: Int(top), right: Int(right), bottom: Int(bottom), baseline: baseline, line: line)
    }
}

/// The page image as OCR reads it, after clean-up: for looking at what the clean-up does.
public enum OCRImage {
    /// - Returns: the cleaned grey pixels (rows of `width` bytes) and the tilt corrected, in degrees.
    /// - Throws: `OCRError` (`libraryMissing`, `imageFailed`).
    public static func cleaned(grey: UnsafeBufferPointer<UInt8>, width: Int, height: Int, dpi: Int,
                               cleanup: OCRCleanup) throws -> (pixels: [UInt8], skewDegrees: Double) {
        let library = try TesseractLibrary.load()
        let image = try GreyPix(grey: grey, width: width, height: height, dpi: dpi, library: library)
        let cleaned = image.cleanUp(cleanup, dpi: dpi)
        if let failure = cleaned.failure { throw OCRError(.imageFailed, failure) }
        return (try image.greyBytes(), cleaned.skew)
    }
}
