import Foundation
import OCR
import PDFText

/// The OCR benchmark's measurements, in this process with one engine (`nominations bench-ocr`):
/// each scanned page's time to render, clean up and recognise; or the recognition alone of page
/// images cleaned up beforehand (the same images the `tesseract` program is timed on).
public enum ScanBench {
    public struct PageTimes: Sendable {
        public let name: String
        public let render: Double
        public let cleanup: Double
        public let recognize: Double
        public let words: Int
    }

    /// Every page of the PDFs that the extraction would OCR, timed phase by phase.
    /// - Throws: `OCRError` when Tesseract cannot start.
    public static func pages(_ paths: [String]) throws -> [PageTimes] {
        let engine = try OCREngine(languages: ExtractionOptions.ocrLanguages)
        var times: [PageTimes] = []
        for path in paths {
            guard let document = try? PDFDocument(path: path) else { continue }
            for page in 0..<document.pageCount {
                guard ScannedPages.needsOCR(text: document.text(page: page), imageCoverage: { document.imageCoverage(page: page) },
                                            hasInk: { document.hasInk(page: page) }) else { continue }
                let started = Date()
                let image = try document.greyImage(page: page)
                let rendered = Date()
                let cleaned = try image.pixels.withUnsafeBufferPointer {
                    try OCRImage.cleaned(grey: $0, width: image.width, height: image.height, dpi: image.dpi, cleanup: OCRCleanup())
                }
                let cleanedAt = Date()
                let read = try cleaned.pixels.withUnsafeBufferPointer {
                    try engine.recognize(grey: $0, width: image.width, height: image.height, dpi: image.dpi,
                                         cleanup: OCRCleanup(despeckle: false, deskew: false), seconds: 600)
                }
                times.append(PageTimes(name: "\((path as NSString).lastPathComponent)#\(page + 1)", render: rendered.timeIntervalSince(started),
                                       cleanup: cleanedAt.timeIntervalSince(rendered), recognize: Date().timeIntervalSince(cleanedAt),
                                       words: read.words.count))
            }
        }
        return times
    }

    /// Recognition alone of grey page images (binary PGM files), as cleaned up by `pages`'s pipeline.
    public static func images(_ paths: [String], dpi: Int = 300) throws -> [PageTimes] {
        let engine = try OCREngine(languages: ExtractionOptions.ocrLanguages)
        return try paths.compactMap { path in
            guard let (width, height, pixels) = readPGM(path) else { return nil }
            let started = Date()
            let read = try pixels.withUnsafeBufferPointer {
                try engine.recognize(grey: $0, width: width, height: height, dpi: dpi, cleanup: OCRCleanup(despeckle: false, deskew: false), seconds: 600)
            }
            return PageTimes(name: (path as NSString).lastPathComponent, render: 0, cleanup: 0, recognize: Date().timeIntervalSince(started),
                             words: read.words.count)
        }
    }

    /// A binary PGM ("P5", 8 bits) as written by `debug-lines --save-images`.
    static func readPGM(_ path: String) -> (Int, Int, [UInt8])? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        var fields: [String] = [], index = data.startIndex, current = ""
        while fields.count < 4, index < data.endIndex {
            let byte = data[index]
            index += 1
            if byte == 32 || byte == 10 || byte == 13 || byte == 9 {
                if !current.isEmpty { fields.append(current); current = "" }
            } else {
                current.append(Character(UnicodeScalar(byte)))
            }
        }
        guard fields.count == 4, fields[0] == "P5", let width = Int(fields[1]), let height = Int(fields[2]),
              data.endIndex - index >= width * height else { return nil }
        return (width, height, [UInt8](data[index..<(index + width * height)]))
    }
}
