import CPoppler

/// A page rendered to 8-bit grey pixels (0 black … 255 white), rows of `width` bytes top to bottom:
/// what OCR reads.
public struct PageImage: Sendable {
    public let width: Int
    public let height: Int
    /// The resolution it was rendered at (lower than asked for a page too large for it).
    public let dpi: Int
    public var pixels: [UInt8]

    public init(width: Int, height: Int, dpi: Int, pixels: [UInt8]) {
        self.width = width
        self.height = height
        self.dpi = dpi
        self.pixels = pixels
    }

    /// Pixels a rendered page may have: an A3 page at 300 dpi has 17.4 million. A larger page is
    /// rendered at a lower resolution, so that a page the size of a wall cannot exhaust memory.
    public static let maximumPixels = 36_000_000
}

extension PDFDocument {
    /// The page rendered as print shows it, onto white paper, in grey.
    /// - Parameters:
    ///   - index: the page, from 0.
    ///   - dpi: the resolution wanted; lowered for a page that would exceed `PageImage.maximumPixels`.
    /// - Throws: `PDFError.other` when the page cannot be had or cairo cannot make the surface.
    public func greyImage(page index: Int, dpi: Int = 300) throws -> PageImage {
        guard let page = poppler_document_get_page(handle, Int32(index)) else { throw PDFError(.other, "no page \(index)") }
        defer { cpoppler_unref(UnsafeMutableRawPointer(page)) }
        var points = (width: 0.0, height: 0.0)
        poppler_page_get_size(page, &points.width, &points.height)
        guard points.width > 0, points.height > 0 else { throw PDFError(.other, "page \(index) has no size") }
        var resolution = Double(dpi)
        let wanted = points.width * points.height * (resolution / 72) * (resolution / 72)
        if wanted > Double(PageImage.maximumPixels) { resolution *= (Double(PageImage.maximumPixels) / wanted).squareRoot() }
        let scale = resolution / 72
        let width = Int((points.width * scale).rounded()), height = Int((points.height * scale).rounded())
        guard width > 0, height > 0 else { throw PDFError(.other, "page \(index) is too small to render") }

        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(width), Int32(height)) else {
            throw PDFError(.other, "cairo gave no surface")
        }
        defer { cairo_surface_destroy(surface) }
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else {
            throw PDFError(.other, "cairo surface \(width)×\(height): \(String(cString: cairo_status_to_string(cairo_surface_status(surface))))")
        }
        guard let context = cairo_create(surface) else { throw PDFError(.other, "cairo gave no context") }
        // Poppler does not paint the paper: white first.
        cairo_set_source_rgb(context, 1, 1, 1)
        cairo_paint(context)
        cairo_scale(context, scale, scale)
        poppler_page_render_for_printing(page, context)
        let status = cairo_status(context)
        cairo_destroy(context)
        cairo_surface_flush(surface)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw PDFError(.other, "rendering page \(index): \(String(cString: cairo_status_to_string(status)))")
        }
        guard let data = cairo_image_surface_get_data(surface) else { throw PDFError(.other, "cairo surface has no data") }
        let stride = Int(cairo_image_surface_get_stride(surface))
        // Native-endian 0x00RRGGBB words, `stride` bytes per row (not always width × 4).
        let pixels = [UInt8](unsafeUninitializedCapacity: width * height) { grey, count in
            for y in 0..<height {
                let row = UnsafeRawPointer(data + y * stride).assumingMemoryBound(to: UInt32.self)
                let out = grey.baseAddress! + y * width
                for x in 0..<width {
                    let value = row[x]
                    let r = (value >> 16) & 0xFF, g = (value >> 8) & 0xFF, b = value & 0xFF
                    out[x] = UInt8(truncatingIfNeeded: (r &* 77 &+ g &* 150 &+ b &* 29) >> 8)
                }
            }
            count = width * height
        }
        return PageImage(width: width, height: height, dpi: Int(resolution.rounded()), pixels: pixels)
    }

    /// Whether anything is drawn on the page (text drawn as outlines, a picture): rendered coarsely,
    /// some of it is dark. A blank page has no ink.
    public func hasInk(page index: Int) -> Bool {
        guard let image = try? greyImage(page: index, dpi: 18) else { return false }
        let dark = image.pixels.reduce(0) { $0 + ($1 < 160 ? 1 : 0) }
        return dark * 1000 >= image.pixels.count
    }

    /// The page's size in points; zero for a page that cannot be had.
    public func pageSize(page index: Int) -> (width: Double, height: Double) {
        guard let page = poppler_document_get_page(handle, Int32(index)) else { return (0, 0) }
        defer { cpoppler_unref(UnsafeMutableRawPointer(page)) }
        var width = 0.0, height = 0.0
        poppler_page_get_size(page, &width, &height)
        return (width, height)
    }

    /// The share of the page (0…1) that images cover: about 1 for a scan.
    public func imageCoverage(page index: Int) -> Double {
        guard let page = poppler_document_get_page(handle, Int32(index)) else { return 0 }
        defer { cpoppler_unref(UnsafeMutableRawPointer(page)) }
        var width = 0.0, height = 0.0
        poppler_page_get_size(page, &width, &height)
        guard width > 0, height > 0, let list = poppler_page_get_image_mapping(page) else { return 0 }
        defer { poppler_page_free_image_mapping(list) }
        var covered = 0.0
        var node: UnsafeMutablePointer<GList>? = list
        while let current = node {
            if let raw = current.pointee.data {
                let area = raw.assumingMemoryBound(to: PopplerImageMapping.self).pointee.area
                // Clipped to the page (an image may hang over its edge).
                let w = min(max(area.x1, area.x2), width) - max(min(area.x1, area.x2), 0)
                let h = min(max(area.y1, area.y2), height) - max(min(area.y1, area.y2), 0)
                if w > 0, h > 0 { covered += w * h }
            }
            node = current.pointee.next
        }
        return min(1, covered / (width * height))
    }
}
