import CCairo

/// A PDF written with cairo: pages of text placed at positions, and image-only pages (scans).
final class PDFWriter {
    private let surface: OpaquePointer
    private let context: OpaquePointer
    private var y = 60.0

    init(path: String) {
        surface = cairo_pdf_surface_create(path, 595, 842)
        context = cairo_create(surface)
        cairo_select_font_face(context, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL)
        cairo_set_font_size(context, 10)
    }

    /// A line of text; `columns` are (x, text) pairs printed on the same baseline.
    func line(_ columns: [(Double, String)]) {
        for (x, text) in columns {
            cairo_move_to(context, x, y)
            cairo_show_text(context, text)
        }
        y += 14
        if y > 800 { newPage() }
    }

    func line(_ text: String, x: Double = 50) { line([(x, text)]) }

    /// A justified line: the words spread from `left` to `right` with equal, stretched spaces.
    func justifiedLine(_ text: String, left: Double = 50, right: Double = 545) {
        let words = text.split(separator: " ").map(String.init)
        var widths: [Double] = []
        for word in words {
            var extents = cairo_text_extents_t()
            cairo_text_extents(context, word, &extents)
            widths.append(extents.x_advance)
        }
        let space = words.count > 1 ? (right - left - widths.reduce(0, +)) / Double(words.count - 1) : 0
        var x = left
        line(zip(words, widths).map { word, width in
            defer { x += width + space }
            return (x, word)
        })
    }

    func gap() { y += 10 }

    func newPage() {
        cairo_show_page(context)
        y = 60
    }

    /// A page that is only a picture (a scan): grey blocks, no text layer.
    func imageOnlyPage() {
        let image = cairo_image_surface_create(CAIRO_FORMAT_RGB24, 200, 100)
        let painter = cairo_create(image)
        cairo_set_source_rgb(painter, 0.9, 0.9, 0.9)
        cairo_paint(painter)
        cairo_set_source_rgb(painter, 0.2, 0.2, 0.2)
        for row in 0..<8 { cairo_rectangle(painter, 10, 10 + Double(row) * 10, 170, 4) }
        cairo_fill(painter)
        cairo_destroy(painter)
        cairo_set_source_surface(context, image, 100, 100)
        cairo_paint(context)
        cairo_surface_destroy(image)
    }

    /// A page that is only a scanned image: `image` (an alpha image: 1-bit from a scanner, or grey
    /// from a phone) painted in black over the page, at `dpi`. Ends the page.
    func scanPage(_ image: OpaquePointer, dpi: Double) {
        cairo_save(context)
        cairo_scale(context, 72 / dpi, 72 / dpi)
        cairo_set_source_rgb(context, 0, 0, 0)
        cairo_mask_surface(context, image, 0, 0)
        cairo_restore(context)
        cairo_show_page(context)
        y = 60
    }

    func finish() {
        cairo_destroy(context)
        cairo_surface_finish(surface)
        cairo_surface_destroy(surface)
    }
}
