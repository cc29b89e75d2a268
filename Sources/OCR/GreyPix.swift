import CTesseract

/// One Leptonica image (`PIX`), owned: freed in `deinit`.
final class GreyPix {
    let library: TesseractLibrary
    private(set) var pointer: UnsafeMutablePointer<PIX>

    /// Takes ownership of an image Leptonica made; `nil` in, an error out.
    init(taking pointer: UnsafeMutablePointer<PIX>?, library: TesseractLibrary, what: String) throws {
        guard let pointer else { throw OCRError(.imageFailed, what) }
        self.pointer = pointer
        self.library = library
    }

    /// An 8-bit grey image from rows of `width` bytes.
    convenience init(grey: UnsafeBufferPointer<UInt8>, width: Int, height: Int, dpi: Int, library: TesseractLibrary) throws {
        guard width > 0, height > 0, grey.count >= width * height, let base = grey.baseAddress else {
            throw OCRError(.imageFailed, "empty image \(width)×\(height)")
        }
        try self.init(taking: ctess_pix_from_grey(library.table, base, Int32(width), Int32(height), Int32(width)),
                      library: library, what: "pixCreate \(width)×\(height)")
        guard library.functions.pixSetResolution(pointer, Int32(dpi), Int32(dpi)) == 0 else {
            throw OCRError(.imageFailed, "pixSetResolution \(dpi)")
        }
    }

    deinit {
        var owned: UnsafeMutablePointer<PIX>? = pointer
        library.functions.pixDestroy(&owned)
    }

    /// Exchanges the images of two owners (each still frees the one it holds).
    func swapPointer(with other: GreyPix) {
        swap(&pointer, &other.pointer)
    }

    var width: Int { Int(library.functions.pixGetWidth(pointer)) }
    var height: Int { Int(library.functions.pixGetHeight(pointer)) }

    /// The grey bytes, rows of `width` bytes (for tests and for looking at a cleaned page).
    var greyBytes: [UInt8] {
        [UInt8](unsafeUninitializedCapacity: width * height) { buffer, count in
            ctess_grey_from_pix(library.table, pointer, buffer.baseAddress!)
            count = width * height
        }
    }
}
