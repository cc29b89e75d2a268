import Testing
@testable import OCR

/// Tesseract through its door: loaded at first use, a time budget per page, errors as `OCRError`.
@Suite("OCR engine")
struct OCREngineTests {
    /// A grey page of random marks (a photograph of nothing): what defeats OCR.
    static func noise(width: Int, height: Int) -> [UInt8] {
        var state: UInt64 = 42
        return (0..<(width * height)).map { _ in
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return (state >> 60) < 5 ? 0 : 255
        }
    }

    @Test func theLibraryLoadsAndAnEmptyPageHasNoWords() throws {
        let engine = try OCREngine(languages: "slv+ita")
        #expect(engine.version.hasPrefix("5."))
        let white = [UInt8](repeating: 255, count: 1200 * 1600)
        let page = try white.withUnsafeBufferPointer { try engine.recognize(grey: $0, width: 1200, height: 1600, dpi: 300, seconds: 30) }
        #expect(page.words.isEmpty)
        #expect(page.width == 1200 && page.height == 1600)
    }

    @Test func aPageOverItsBudgetThrowsTimedOut() throws {
        let engine = try OCREngine()
        let noise = Self.noise(width: 2480, height: 3508)
        #expect(throws: OCRError.self) {
            try noise.withUnsafeBufferPointer { try engine.recognize(grey: $0, width: 2480, height: 3508, dpi: 300, seconds: 0.05) }
        }
        do {
            _ = try noise.withUnsafeBufferPointer { try engine.recognize(grey: $0, width: 2480, height: 3508, dpi: 300, seconds: 0.05) }
        } catch let error as OCRError {
            #expect(error.code == .timedOut)
        }
        // The engine is still good for the next page.
        let white = [UInt8](repeating: 255, count: 600 * 800)
        #expect(try white.withUnsafeBufferPointer { try engine.recognize(grey: $0, width: 600, height: 800, dpi: 300, seconds: 30) }.words.isEmpty)
    }

    @Test func aMissingModelIsAnInitError() {
        #expect(throws: OCRError(.initFailed, "no model for xxx (tesseract-ocr-slv, tesseract-ocr-ita)")) { try OCREngine(languages: "xxx") }
    }

    @Test func anEmptyImageIsAnImageError() throws {
        let engine = try OCREngine()
        let none: [UInt8] = []
        #expect(throws: OCRError.self) { try none.withUnsafeBufferPointer { try engine.recognize(grey: $0, width: 0, height: 0, dpi: 300, seconds: 5) } }
    }
}
