import CTesseract

/// Clean-up of a scanned page before OCR (see C-LIBRARIES.md, measured on scanned letters).
extension GreyPix {
    /// Whitens isolated specks: dark blobs of at most 10×10 pixels (at 300 dpi) farther than about
    /// 12 pixels from any larger mark. Dots, accents and háčeks sit next to their letters and stay.
    /// - Returns: the number of pixels whitened.
    @discardableResult
    func despeckle() throws -> Int {
        let f = library.functions
        let binary = try GreyPix(taking: f.pixConvertTo1(pointer, 200), library: library, what: "pixConvertTo1")
        let small = try GreyPix(taking: f.pixSelectBySize(binary.pointer, 10, 10, 8, Int32(L_SELECT_IF_BOTH),
                                                          Int32(L_SELECT_IF_LTE), nil),
                                library: library, what: "pixSelectBySize")
        let large = try GreyPix(taking: f.pixSubtract(nil, binary.pointer, small.pointer), library: library, what: "pixSubtract")
        // Small blobs near large ones are parts of letters: seeds where the two meet, grown back to whole blobs.
        let near = try GreyPix(taking: f.pixDilateBrick(nil, large.pointer, 25, 25), library: library, what: "pixDilateBrick")
        let seeds = try GreyPix(taking: f.pixAnd(nil, small.pointer, near.pointer), library: library, what: "pixAnd")
        let kept = try GreyPix(taking: f.pixSeedfillBinary(nil, seeds.pointer, small.pointer, 8), library: library, what: "pixSeedfillBinary")
        let specks = try GreyPix(taking: f.pixSubtract(nil, small.pointer, kept.pointer), library: library, what: "pixSubtract")
        // A little around each speck too, so that its grey halo goes with it.
        let mask = try GreyPix(taking: f.pixDilateBrick(nil, specks.pointer, 5, 5), library: library, what: "pixDilateBrick")
        var count: Int32 = 0
        guard f.pixCountPixels(mask.pointer, &count, nil) == 0 else { throw OCRError(.imageFailed, "pixCountPixels") }
        guard count > 0 else { return 0 }
        guard f.pixSetMasked(pointer, mask.pointer, 255) == 0 else { throw OCRError(.imageFailed, "pixSetMasked") }
        return Int(count)
    }

    /// The page turned upright when it is tilted (Leptonica finds the angle to about 0.06°).
    /// - Returns: the angle found, in degrees (0 when none was found with confidence).
    @discardableResult
    func deskew() throws -> Double {
        var angle: Float = 0, confidence: Float = 0
        // Leptonica's defaults: reduction 2 for the sweep, ±7° in 1° steps, reduction 4 for the search.
        let upright = try GreyPix(taking: library.functions.pixDeskewGeneral(pointer, 0, 0, 0, 0, 0, &angle, &confidence),
                                  library: library, what: "pixDeskewGeneral")
        swapPointer(with: upright)
        return Double(angle)
    }
}
