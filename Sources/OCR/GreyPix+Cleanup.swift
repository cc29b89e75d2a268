import CTesseract

/// Clean-up of a scanned page before OCR (see C-LIBRARIES.md, measured on scanned letters).
///
/// Every Leptonica call is checked: a `nil` image, an image of another depth than expected, or an
/// error code becomes `OCRError.imageFailed`, and the page is then read without clean-up.
extension GreyPix {
    /// Whitens specks: small marks that stand nowhere a letter's dot, accent or punctuation would
    /// (`SpeckFilter`), with the grey halo around them.
    /// - Returns: the number of specks whitened.
    /// - Throws: `OCRError.imageFailed`; the image is unchanged then.
    @discardableResult
    func despeckle(dpi: Int) throws -> Int {
        let f = library.functions
        try requireGrey("despeckle")
        let binary = try derived("pixConvertTo1", depth: 1) { f.pixConvertTo1($0, 200) }
        let boxes = try binary.markBoxes(dpi: dpi)
        let specks = SpeckFilter.specks(boxes, dpi: dpi)
        guard !specks.isEmpty else { return 0 }
        let chosen = try BoxList(count: specks.count, library: library)
        for index in specks {
            let box = boxes[index]
            try chosen.add(x: box.x, y: box.y, width: box.width, height: box.height)
        }
        // The specks' own pixels (not their whole boxes, which may reach into a letter), and a pixel
        // around them for the grey halo.
        let empty = try GreyPix(taking: f.pixCreate(Int32(width), Int32(height), 1), depth: 1, library: library, what: "pixCreate")
        let inBoxes = try empty.derived("pixMaskBoxa", depth: 1) { pix in
            chosen.withPointer { f.pixMaskBoxa(nil, pix, $0, Int32(L_SET_PIXELS)) }
        }
        let speckPixels = try binary.combined("pixAnd", with: inBoxes) { f.pixAnd(nil, $0, $1) }
        let mask = try speckPixels.derived("pixDilateBrick", depth: 1) { f.pixDilateBrick(nil, $0, 3, 3) }
        try setMasked(mask, to: 255)
        return specks.count
    }

    /// Whitens table rules: horizontal and vertical lines longer than half an inch and thinner than
    /// a letter's stroke is wide (a block of that size, a logo, stays).
    /// - Throws: `OCRError.imageFailed`; the image is unchanged then.
    func removeRules(dpi: Int) throws {
        let f = library.functions
        try requireGrey("removeRules")
        let long = Int32(Double(dpi) * 0.5), thick = Int32(max(3, Double(dpi) * 0.03))
        let binary = try derived("pixConvertTo1", depth: 1) { f.pixConvertTo1($0, 200) }
        let horizontal = try binary.derived("pixOpenBrick", depth: 1) { f.pixOpenBrick(nil, $0, long, 1) }
        let vertical = try binary.derived("pixOpenBrick", depth: 1) { f.pixOpenBrick(nil, $0, 1, long) }
        let blocksH = try binary.derived("pixOpenBrick", depth: 1) { f.pixOpenBrick(nil, $0, long, thick) }
        let blocksV = try binary.derived("pixOpenBrick", depth: 1) { f.pixOpenBrick(nil, $0, thick, long) }
        let lines = try horizontal.combined("pixOr", with: vertical) { f.pixOr(nil, $0, $1) }
        let blocks = try blocksH.combined("pixOr", with: blocksV) { f.pixOr(nil, $0, $1) }
        let thin = try lines.combined("pixSubtract", with: blocks) { f.pixSubtract(nil, $0, $1) }
        let mask = try thin.derived("pixDilateBrick", depth: 1) { f.pixDilateBrick(nil, $0, 3, 3) }
        try setMasked(mask, to: 255)
    }

    /// The page turned upright when it is tilted (Leptonica finds the angle to about 0.06°).
    /// - Returns: the angle found, in degrees (0 when none was found with confidence).
    /// - Throws: `OCRError.imageFailed`; the image is unchanged then.
    @discardableResult
    func deskew() throws -> Double {
        try requireGrey("deskew")
        var angle: Float = 0, confidence: Float = 0
        // Leptonica's defaults: reduction 2 for the sweep, ±7° in 1° steps, reduction 4 for the search.
        // An 8-bit page is rotated by area mapping and stays 8-bit (a clone when there is no tilt).
        let upright = try derived("pixDeskewGeneral", depth: 8) {
            library.functions.pixDeskewGeneral($0, 0, 0, 0, 0, 0, &angle, &confidence)
        }
        guard upright.width > 0, upright.height > 0 else { throw OCRError(.imageFailed, "pixDeskewGeneral made an empty image") }
        swapPointer(with: upright)
        return Double(angle)
    }

    /// The clean-up steps asked for, each on its own: a step Leptonica fails leaves the image as it
    /// was, and the others still run (a page that cannot be cleaned is read as it is).
    func cleanUp(_ cleanup: OCRCleanup, dpi: Int) -> (skew: Double, specks: Int, failure: String?) {
        var failures: [String] = []
        var skew = 0.0, specks = 0
        func attempt(_ step: () throws -> Void) {
            do { try step() } catch { failures.append("\(error)") }
        }
        if cleanup.removeRules { attempt { try removeRules(dpi: dpi) } }
        // Upright first: the specks are told from punctuation by the lines of type beside them.
        if cleanup.deskew { attempt { skew = try deskew() } }
        if cleanup.despeckle { attempt { specks = try despeckle(dpi: dpi) } }
        return (skew, specks, failures.isEmpty ? nil : failures.joined(separator: "; "))
    }

    // MARK: - Checked steps

    /// - Throws: `OCRError.imageFailed` unless this is an 8-bit grey image.
    func requireGrey(_ step: String) throws {
        guard depth == 8 else { throw OCRError(.imageFailed, "\(step) needs an 8-bit grey image, not \(depth)-bit") }
    }

    /// A 1-bit image Leptonica makes from this one and `other` (both kept alive during the call).
    func combined(_ what: String, with other: GreyPix,
                  _ make: (UnsafeMutablePointer<PIX>, UnsafeMutablePointer<PIX>) -> UnsafeMutablePointer<PIX>?) throws -> GreyPix {
        try derived(what, depth: 1) { pix in other.withPointer { make(pix, $0) } }
    }

    /// Sets this grey image's pixels under a 1-bit `mask` to `value`.
    func setMasked(_ mask: GreyPix, to value: UInt32) throws {
        try requireGrey("pixSetMasked")
        guard mask.depth == 1, mask.width == width, mask.height == height else {
            throw OCRError(.imageFailed, "pixSetMasked: a \(mask.depth)-bit mask of \(mask.width)×\(mask.height) on \(width)×\(height)")
        }
        let status = withPointer { pix in mask.withPointer { library.functions.pixSetMasked(pix, $0, value) } }
        guard status == 0 else { throw OCRError(.imageFailed, "pixSetMasked returned \(status)") }
    }

    /// The boxes of this 1-bit image's marks (8-connected), with how much of a small one's box is ink.
    func markBoxes(dpi: Int) throws -> [SpeckFilter.Box] {
        let f = library.functions
        guard depth == 1 else { throw OCRError(.imageFailed, "pixConnCompBB needs a 1-bit image, not \(depth)-bit") }
        return try withPointer { binary in
            guard let found = f.pixConnCompBB(binary, 8) else { throw OCRError(.imageFailed, "pixConnCompBB returned no boxes") }
            var marks: UnsafeMutablePointer<BOXA>? = found
            defer { f.boxaDestroy(&marks) }
            let count = Int(f.boxaGetCount(found))
            // A page of text has a few thousand marks (letters, dots, dust); hundreds of thousands are a
            // picture or noise, where telling specks from letters means nothing (and would take long).
            guard count <= SpeckFilter.maximumMarks else { return [] }
            var boxes: [SpeckFilter.Box] = []
            boxes.reserveCapacity(count)
            for index in 0..<count {
                var x: Int32 = 0, y: Int32 = 0, w: Int32 = 0, h: Int32 = 0
                guard f.boxaGetBoxGeometry(found, Int32(index), &x, &y, &w, &h) == 0 else { continue }
                var box = SpeckFilter.Box(x: Int(x), y: Int(y), width: Int(w), height: Int(h))
                // Small marks: how much of their box is ink.
                if box.width <= 12 * dpi / 300, box.height <= 12 * dpi / 300, let rectangle = f.boxCreate(x, y, w, h) {
                    var ink: Int32 = 0
                    if f.pixCountPixelsInRect(binary, rectangle, &ink, nil) == 0 { box.ink = Int(ink) }
                    var owned: UnsafeMutablePointer<BOX>? = rectangle
                    f.boxDestroy(&owned)
                }
                boxes.append(box)
            }
            return boxes
        }
    }
}

/// A Leptonica list of boxes (`BOXA`), owned: freed in `deinit`.
final class BoxList {
    private let library: TesseractLibrary
    private let pointer: UnsafeMutablePointer<BOXA>

    init(count: Int, library: TesseractLibrary) throws {
        guard let made = library.functions.boxaCreate(Int32(count)) else { throw OCRError(.imageFailed, "boxaCreate returned no list") }
        pointer = made
        self.library = library
    }

    deinit {
        var owned: UnsafeMutablePointer<BOXA>? = pointer
        library.functions.boxaDestroy(&owned)
    }

    func add(x: Int, y: Int, width: Int, height: Int) throws {
        let f = library.functions
        guard let box = f.boxCreate(Int32(x), Int32(y), Int32(width), Int32(height)) else {
            throw OCRError(.imageFailed, "boxCreate \(width)×\(height) returned no box")
        }
        guard withPointer({ f.boxaAddBox($0, box, Int32(L_INSERT)) }) == 0 else {
            var owned: UnsafeMutablePointer<BOX>? = box
            f.boxDestroy(&owned)
            throw OCRError(.imageFailed, "boxaAddBox failed")
        }
    }

    func withPointer<Result>(_ body: (UnsafeMutablePointer<BOXA>) throws -> Result) rethrows -> Result {
        try withExtendedLifetime(self) { try body(pointer) }
    }
}
