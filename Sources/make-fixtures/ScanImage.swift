import CCairo
import Foundation

/// A letter as a scanner or a phone's camera sees it: printed at a resolution of its own, tilted,
/// with specks of dust, a stamp and a signature's scribble; then made 1-bit (a scanner) or left grey
/// with uneven light (a phone). Drawn with cairo into an alpha image (the ink), placed on a PDF page
/// as an image with no text layer.
final class ScanImage {
    let dpi: Double
    let width: Int
    let height: Int
    /// The ink: alpha 255 is black.
    let surface: OpaquePointer
    private let context: OpaquePointer
    private var y = 70.0
    private var random: UInt64

    /// - Parameters:
    ///   - tilt: degrees the sheet lies askew on the glass.
    ///   - seed: the specks' pattern (the same seed, the same file).
    init(dpi: Double = 150, tilt: Double = 1.0, fontSize: Double = 11, seed: UInt64 = 1) {
        self.dpi = dpi
        width = Int(595 * dpi / 72)
        height = Int(842 * dpi / 72)
        random = seed &* 6364136223846793005 &+ 1442695040888963407
        surface = cairo_image_surface_create(CAIRO_FORMAT_A8, Int32(width), Int32(height))
        context = cairo_create(surface)
        // Points on the page, turned about its centre.
        cairo_scale(context, dpi / 72, dpi / 72)
        cairo_translate(context, 297.5, 421)
        cairo_rotate(context, tilt * .pi / 180)
        cairo_translate(context, -297.5, -421)
        cairo_select_font_face(context, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL)
        cairo_set_font_size(context, fontSize)
        cairo_set_source_rgba(context, 0, 0, 0, 1)
    }

    deinit {
        cairo_destroy(context)
        cairo_surface_destroy(surface)
    }

    /// A line of text; `columns` are (x, text) pairs on the same baseline (points).
    func line(_ columns: [(Double, String)], bold: Bool = false) {
        if bold { cairo_select_font_face(context, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_BOLD) }
        for (x, text) in columns {
            cairo_move_to(context, x, y)
            cairo_show_text(context, text)
        }
        if bold { cairo_select_font_face(context, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL) }
        y += 16
    }

    func line(_ text: String, x: Double = 60, bold: Bool = false) { line([(x, text)], bold: bold) }

    func gap(_ points: Double = 10) { y += points }

    /// The current line's baseline (points from the top).
    var baseline: Double { y }

    /// A round stamp: two rings and the organisation's name across them, in lighter ink.
    func stamp(x: Double, y: Double, lines: [String]) {
        cairo_save(context)
        cairo_set_source_rgba(context, 0, 0, 0, 0.75)
        cairo_set_line_width(context, 1.6)
        cairo_new_path(context)
        cairo_arc(context, x, y, 38, 0, 2 * .pi)
        cairo_stroke(context)
        cairo_arc(context, x, y, 33, 0, 2 * .pi)
        cairo_stroke(context)
        cairo_set_font_size(context, 7)
        for (index, text) in lines.enumerated() {
            var extents = cairo_text_extents_t()
            cairo_text_extents(context, text, &extents)
            cairo_move_to(context, x - extents.width / 2, y - 4 + Double(index) * 9 - Double(lines.count - 1) * 4.5)
            cairo_show_text(context, text)
        }
        cairo_restore(context)
    }

    /// A signature's scribble: loops of a pen across the signature line.
    func signature(x: Double, y: Double) {
        cairo_save(context)
        cairo_set_line_width(context, 1.3)
        cairo_move_to(context, x, y)
        for step in 0..<6 {
            let dx = Double(step) * 14
            cairo_curve_to(context, x + dx + 4, y - 18, x + dx + 12, y + 8, x + dx + 14, y - 4)
        }
        cairo_curve_to(context, x + 90, y - 10, x + 40, y + 6, x + 110, y + 2)
        cairo_stroke(context)
        cairo_restore(context)
    }

    private func next() -> UInt64 {
        random = random &* 6364136223846793005 &+ 1442695040888963407
        return random >> 33
    }

    /// Dust: `count` dots of one or two pixels anywhere on the sheet (also beside letters).
    func specks(_ count: Int) {
        cairo_surface_flush(surface)
        guard let data = cairo_image_surface_get_data(surface) else { return }
        let stride = Int(cairo_image_surface_get_stride(surface))
        for _ in 0..<count {
            let x = Int(next() % UInt64(width - 2)), y = Int(next() % UInt64(height - 2)), size = 1 + Int(next() % 2)
            for dy in 0..<size { for dx in 0..<size { data[(y + dy) * stride + x + dx] = 255 } }
        }
        cairo_surface_mark_dirty(surface)
    }

    /// The sheet as a 1-bit scanner makes it: ink where the alpha is at least half.
    func binarised() -> OpaquePointer {
        cairo_surface_flush(surface)
        let bits = cairo_image_surface_create(CAIRO_FORMAT_A1, Int32(width), Int32(height))!
        let source = cairo_image_surface_get_data(surface)!, target = cairo_image_surface_get_data(bits)!
        let sourceStride = Int(cairo_image_surface_get_stride(surface)), targetStride = Int(cairo_image_surface_get_stride(bits))
        for y in 0..<height {
            let row = UnsafeMutableRawPointer(target + y * targetStride).assumingMemoryBound(to: UInt32.self)
            for x in 0..<width where source[y * sourceStride + x] >= 128 {
                // Cairo packs A1 pixels into native-endian 32-bit words, the first pixel lowest on this machine.
                row[x / 32] |= UInt32(1) << UInt32(x % 32)
            }
        }
        cairo_surface_mark_dirty(bits)
        return bits
    }

    /// The sheet as a phone's camera sees it: grey paper, brighter on one side, ink a little grey.
    /// - Returns: an alpha image where alpha is darkness (painted in black over white paper).
    func photographed() -> OpaquePointer {
        cairo_surface_flush(surface)
        let photo = cairo_image_surface_create(CAIRO_FORMAT_A8, Int32(width), Int32(height))!
        let source = cairo_image_surface_get_data(surface)!, target = cairo_image_surface_get_data(photo)!
        let stride = Int(cairo_image_surface_get_stride(surface))
        for y in 0..<height {
            for x in 0..<width {
                // Paper: 10 % grey at the bright corner, 35 % at the far one; ink: 85 % black.
                let shade = 0.10 + 0.25 * (Double(x) / Double(width) * 0.4 + Double(y) / Double(height) * 0.6)
                let ink = Double(source[y * stride + x]) / 255 * 0.85
                let darkness = shade + (1 - shade) * ink
                // Darkness in steps of 8 (a phone's JPEG would smooth it; here it keeps the file small).
                target[y * stride + x] = UInt8(min(255, (darkness * 255 / 8).rounded() * 8))
            }
        }
        cairo_surface_mark_dirty(photo)
        return photo
    }
}
