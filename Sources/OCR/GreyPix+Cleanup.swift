import CTesseract

/// Clean-up of a scanned page before OCR (see C-LIBRARIES.md, measured on scanned letters).
extension GreyPix {
    /// Whitens specks: small marks that stand nowhere a letter's dot, accent or punctuation would
    /// (`SpeckFilter`), with the grey halo around them.
    /// - Returns: the number of specks whitened.
    @discardableResult
    func despeckle(dpi: Int) throws -> Int {
        let f = library.functions
        let binary = try GreyPix(taking: f.pixConvertTo1(pointer, 200), library: library, what: "pixConvertTo1")
        guard let found = f.pixConnCompBB(binary.pointer, 8) else { throw OCRError(.imageFailed, "pixConnCompBB") }
        var marks: UnsafeMutablePointer<BOXA>? = found
        defer { f.boxaDestroy(&marks) }
        var boxes: [SpeckFilter.Box] = []
        let count = Int(f.boxaGetCount(found))
        // A page of text has a few thousand marks (letters, dots, dust); hundreds of thousands are a
        // picture or noise, where telling specks from letters means nothing (and would take long).
        guard count <= SpeckFilter.maximumMarks else { return 0 }
        boxes.reserveCapacity(count)
        for index in 0..<count {
            var x: Int32 = 0, y: Int32 = 0, w: Int32 = 0, h: Int32 = 0
            guard f.boxaGetBoxGeometry(found, Int32(index), &x, &y, &w, &h) == 0 else { continue }
            var box = SpeckFilter.Box(x: Int(x), y: Int(y), width: Int(w), height: Int(h))
            // Small marks: how much of their box is ink.
            if box.width <= 12 * dpi / 300, box.height <= 12 * dpi / 300, let rectangle = f.boxCreate(x, y, w, h) {
                var ink: Int32 = 0
                if f.pixCountPixelsInRect(binary.pointer, rectangle, &ink, nil) == 0 { box.ink = Int(ink) }
                var owned: UnsafeMutablePointer<BOX>? = rectangle
                f.boxDestroy(&owned)
            }
            boxes.append(box)
        }
        let specks = SpeckFilter.specks(boxes, dpi: dpi)
        guard !specks.isEmpty else { return 0 }
        guard let chosen = f.boxaCreate(Int32(specks.count)) else { throw OCRError(.imageFailed, "boxaCreate") }
        var speckBoxes: UnsafeMutablePointer<BOXA>? = chosen
        defer { f.boxaDestroy(&speckBoxes) }
        for index in specks {
            let box = boxes[index]
            guard let made = f.boxCreate(Int32(box.x), Int32(box.y), Int32(box.width), Int32(box.height)),
                  f.boxaAddBox(chosen, made, Int32(L_INSERT)) == 0 else { throw OCRError(.imageFailed, "boxaAddBox") }
        }
        // The specks' own pixels (not their whole boxes, which may reach into a letter), and a pixel
        // around them for the grey halo.
        let empty = try GreyPix(taking: f.pixCreate(Int32(width), Int32(height), 1), library: library, what: "pixCreate")
        let inBoxes = try GreyPix(taking: f.pixMaskBoxa(nil, empty.pointer, chosen, Int32(L_SET_PIXELS)), library: library, what: "pixMaskBoxa")
        let speckPixels = try GreyPix(taking: f.pixAnd(nil, binary.pointer, inBoxes.pointer), library: library, what: "pixAnd")
        let mask = try GreyPix(taking: f.pixDilateBrick(nil, speckPixels.pointer, 3, 3), library: library, what: "pixDilateBrick")
        guard f.pixSetMasked(pointer, mask.pointer, 255) == 0 else { throw OCRError(.imageFailed, "pixSetMasked") }
        return specks.count
    }

    /// Whitens table rules: horizontal and vertical lines longer than half an inch and thinner than
    /// a letter's stroke is wide (a block of that size, a logo, stays).
    func removeRules(dpi: Int) throws {
        let f = library.functions
        let long = Int32(Double(dpi) * 0.5), thick = Int32(max(3, Double(dpi) * 0.03))
        let binary = try GreyPix(taking: f.pixConvertTo1(pointer, 200), library: library, what: "pixConvertTo1")
        let horizontal = try GreyPix(taking: f.pixOpenBrick(nil, binary.pointer, long, 1), library: library, what: "pixOpenBrick")
        let vertical = try GreyPix(taking: f.pixOpenBrick(nil, binary.pointer, 1, long), library: library, what: "pixOpenBrick")
        let blocksH = try GreyPix(taking: f.pixOpenBrick(nil, binary.pointer, long, thick), library: library, what: "pixOpenBrick")
        let blocksV = try GreyPix(taking: f.pixOpenBrick(nil, binary.pointer, thick, long), library: library, what: "pixOpenBrick")
        let lines = try GreyPix(taking: f.pixOr(nil, horizontal.pointer, vertical.pointer), library: library, what: "pixOr")
        let blocks = try GreyPix(taking: f.pixOr(nil, blocksH.pointer, blocksV.pointer), library: library, what: "pixOr")
        let thin = try GreyPix(taking: f.pixSubtract(nil, lines.pointer, blocks.pointer), library: library, what: "pixSubtract")
        let mask = try GreyPix(taking: f.pixDilateBrick(nil, thin.pointer, 3, 3), library: library, what: "pixDilateBrick")
        guard f.pixSetMasked(pointer, mask.pointer, 255) == 0 else { throw OCRError(.imageFailed, "pixSetMasked") }
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
