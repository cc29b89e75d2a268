import CTesseract

/// One Leptonica image (`PIX`), owned: freed in `deinit`.
///
/// The pointer is reached only through `withPointer`, which keeps the owner alive while C uses it:
/// Swift may end an object's life after its last use, and a bare `image.pointer` handed to C could
/// then point at a freed image (Leptonica would read a freed header: a wrong depth, a NULL result).
final class GreyPix {
    let library: TesseractLibrary
    private var pointer: UnsafeMutablePointer<PIX>

    /// Takes ownership of an image Leptonica made; `nil` in, an error out. With `depth`, an image of
    /// another depth is an error too (it is freed).
    init(taking pointer: UnsafeMutablePointer<PIX>?, depth: Int32? = nil, library: TesseractLibrary, what: String) throws {
        guard let pointer else { throw OCRError(.imageFailed, "\(what) returned no image") }
        let found = library.functions.pixGetDepth(pointer)
        if let depth, found != depth {
            var owned: UnsafeMutablePointer<PIX>? = pointer
            library.functions.pixDestroy(&owned)
            throw OCRError(.imageFailed, "\(what) made a \(found)-bit image, not \(depth)-bit")
        }
        guard library.functions.pixGetData(pointer) != nil else {
            var owned: UnsafeMutablePointer<PIX>? = pointer
            library.functions.pixDestroy(&owned)
            throw OCRError(.imageFailed, "\(what) made an image without pixels")
        }
        self.pointer = pointer
        self.library = library
    }

    /// An 8-bit grey image from rows of `width` bytes.
    convenience init(grey: UnsafeBufferPointer<UInt8>, width: Int, height: Int, dpi: Int, library: TesseractLibrary) throws {
        guard width > 0, height > 0, grey.count >= width * height, let base = grey.baseAddress else {
            throw OCRError(.imageFailed, "empty image \(width)×\(height)")
        }
        try self.init(taking: ctess_pix_from_grey(library.table, base, Int32(width), Int32(height), Int32(width)),
                      depth: 8, library: library, what: "pixCreate \(width)×\(height)")
        guard withPointer({ library.functions.pixSetResolution($0, Int32(dpi), Int32(dpi)) }) == 0 else {
            throw OCRError(.imageFailed, "pixSetResolution \(dpi)")
        }
    }

    deinit {
        var owned: UnsafeMutablePointer<PIX>? = pointer
        library.functions.pixDestroy(&owned)
    }

    /// Runs `body` with the image's pointer, the image kept alive until `body` returns. The pointer
    /// must not escape `body`.
    func withPointer<Result>(_ body: (UnsafeMutablePointer<PIX>) throws -> Result) rethrows -> Result {
        try withExtendedLifetime(self) { try body(pointer) }
    }

    /// A new image Leptonica makes from this one, checked: `nil`, or another depth than `depth`, is
    /// an `OCRError.imageFailed`.
    func derived(_ what: String, depth: Int32,
                 _ make: (UnsafeMutablePointer<PIX>) -> UnsafeMutablePointer<PIX>?) throws -> GreyPix {
        try GreyPix(taking: withPointer(make), depth: depth, library: library, what: what)
    }

    /// Exchanges the images of two owners (each still frees the one it holds).
    func swapPointer(with other: GreyPix) {
        withExtendedLifetime(other) { swap(&pointer, &other.pointer) }
    }

    var width: Int { withPointer { Int(library.functions.pixGetWidth($0)) } }
    var height: Int { withPointer { Int(library.functions.pixGetHeight($0)) } }
    /// Bits per pixel: 8 for the grey page, 1 for a binarised one.
    var depth: Int32 { withPointer { library.functions.pixGetDepth($0) } }

    /// The grey bytes, rows of `width` bytes (for tests and for looking at a cleaned page).
    /// - Throws: `OCRError.imageFailed` when the image is not 8-bit.
    func greyBytes() throws -> [UInt8] {
        guard depth == 8 else { throw OCRError(.imageFailed, "a \(depth)-bit image has no grey bytes") }
        let width = width, height = height
        return withPointer { pix in
            [UInt8](unsafeUninitializedCapacity: width * height) { buffer, count in
                ctess_grey_from_pix(library.table, pix, buffer.baseAddress!)
                count = width * height
            }
        }
    }
}
