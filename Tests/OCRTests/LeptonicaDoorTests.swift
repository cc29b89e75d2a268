import CTesseract
import Foundation
import Testing
@testable import OCR

/// Leptonica through the door: every image it makes is checked (no image, or one of another depth,
/// is an `OCRError`), and no image is freed while Leptonica still reads it.
@Suite("Leptonica door")
struct LeptonicaDoorTests {
    /// A scanned page as the scanned letters come: lines of type (dark bars of letters and gaps)
    /// tilted by `degrees`, with dust between them. Grey, rows of `width` bytes.
    static func tiltedDustyPage(width: Int = 1240, height: Int = 1754, degrees: Double = 1.1) -> [UInt8] {
        var pixels = [UInt8](repeating: 255, count: width * height)
        let slope = tan(degrees * .pi / 180)
        var state: UInt64 = 7
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        // Lines of "words": letters 8 px wide and 20 px high, 3 px apart, words 12 px apart.
        for line in 0..<40 where 120 + line * 36 + 60 < height {
            let baseline = 120 + line * 36
            var x = 100
            while x < width - 120 {
                let letters = 2 + next(8)
                for _ in 0..<letters where x < width - 120 {
                    let y0 = max(0, baseline - 20 + Int(Double(x) * slope))
                    for y in y0..<min(height, y0 + 20) {
                        for dx in 0..<8 { pixels[y * width + x + dx] = 20 }
                    }
                    x += 11
                }
                x += 12
            }
        }
        // Dust: single dark dots of 2–4 px anywhere.
        for _ in 0..<400 {
            let x = next(width - 4), y = next(height - 4), size = 2 + next(3)
            for yy in y..<(y + size) { for xx in x..<(x + size) { pixels[yy * width + xx] = 40 } }
        }
        return pixels
    }

    @Test func aNullImageFromLeptonicaIsAnErrorNotACrash() throws {
        let library = try TesseractLibrary.load()
        // Leptonica refuses a depth of 3 bits ("pixCreateHeader: depth must be {1, 2, 4, 8, 16, 24, 32}")
        // and returns NULL: the message the crashing workers logged before they used that NULL.
        #expect(throws: OCRError.self) {
            try GreyPix(taking: library.functions.pixCreate(100, 100, 3), library: library, what: "pixCreate")
        }
    }

    @Test func anImageOfAnotherDepthThanExpectedIsAnError() throws {
        let library = try TesseractLibrary.load()
        let grey = [UInt8](repeating: 255, count: 200 * 100)
        let page = try grey.withUnsafeBufferPointer { try GreyPix(grey: $0, width: 200, height: 100, dpi: 300, library: library) }
        #expect(page.depth == 8)
        // pixConvertTo1 makes a 1-bit image: asked for an 8-bit one, the door says so.
        #expect(throws: OCRError.self) { try page.derived("pixConvertTo1", depth: 8) { library.functions.pixConvertTo1($0, 200) } }
        let binary = try page.derived("pixConvertTo1", depth: 1) { library.functions.pixConvertTo1($0, 200) }
        // The clean-up steps want the 8-bit page; a 1-bit one is refused before Leptonica sees it.
        #expect(throws: OCRError.self) { try binary.deskew() }
        #expect(throws: OCRError.self) { try binary.despeckle(dpi: 300) }
        #expect(throws: OCRError.self) { try binary.removeRules(dpi: 300) }
        #expect(throws: OCRError.self) { try binary.greyBytes() }
        // A mask of another size is refused too.
        let small = [UInt8](repeating: 0, count: 50 * 50)
        let other = try small.withUnsafeBufferPointer { try GreyPix(grey: $0, width: 50, height: 50, dpi: 300, library: library) }
        let otherMask = try other.derived("pixConvertTo1", depth: 1) { library.functions.pixConvertTo1($0, 200) }
        #expect(throws: OCRError.self) { try page.setMasked(otherMask, to: 255) }
    }

    @Test func aPageThatCannotBeCleanedIsReportedAndLeftAsItWas() throws {
        let library = try TesseractLibrary.load()
        let grey = Self.tiltedDustyPage(width: 400, height: 300)
        let page = try grey.withUnsafeBufferPointer { try GreyPix(grey: $0, width: 400, height: 300, dpi: 300, library: library) }
        let binary = try page.derived("pixConvertTo1", depth: 1) { library.functions.pixConvertTo1($0, 200) }
        let cleaned = binary.cleanUp(OCRCleanup(despeckle: true, deskew: true, removeRules: true), dpi: 300)
        #expect(cleaned.failure?.contains("8-bit") == true)
        #expect(binary.depth == 1 && binary.width == 400 && binary.height == 300)
    }

    /// The kind of page that crashed the workers of a merge ("pixCreateHeader", then a NULL used): a
    /// tilted page with dust, deskewed and then despeckled, again and again. Every intermediate image
    /// is checked for NULL and for its depth, and kept alive while Leptonica reads it.
    @Test func aTiltedDustyPageIsDeskewedAndDespeckledAgainAndAgain() throws {
        let library = try TesseractLibrary.load()
        let width = 1240, height = 1754
        let grey = Self.tiltedDustyPage(width: width, height: height)
        for _ in 0..<5 {
            let page = try grey.withUnsafeBufferPointer { try GreyPix(grey: $0, width: width, height: height, dpi: 150, library: library) }
            let cleaned = page.cleanUp(OCRCleanup(), dpi: 150)
            #expect(cleaned.failure == nil)
            #expect(abs(cleaned.skew) > 0.5)
            #expect(cleaned.specks > 100)
            #expect(page.depth == 8)
            let bytes = try page.greyBytes()
            #expect(bytes.count == page.width * page.height)
        }
    }

    @Test func aTiltedDustyPageIsReadWithItsCleanUp() throws {
        let engine = try OCREngine()
        let width = 1240, height = 1754
        let grey = Self.tiltedDustyPage(width: width, height: height)
        let page = try grey.withUnsafeBufferPointer { try engine.recognize(grey: $0, width: width, height: height, dpi: 150, seconds: 60) }
        #expect(page.cleanupFailure == nil)
        #expect(abs(page.skewDegrees) > 0.5)
    }
}
