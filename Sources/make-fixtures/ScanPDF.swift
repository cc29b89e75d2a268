import CCairo
import Foundation

/// An image-only PDF as a scanner writes it: each page one DeviceGray image filling the page —
/// 1-bit from a scanner, 8-bit from a phone — compressed with Flate (the grey one with PNG's "up"
/// predictor, as smooth light compresses well that way).
enum ScanPDF {
    /// One page's image: ink as cairo's alpha image (A1 or A8) of `dpi`.
    static func write(_ images: [(surface: OpaquePointer, dpi: Double)], to path: String) {
        var objects = [RawPDF.object("<< /Type /Catalog /Pages 2 0 R >>")]
        let kids = images.indices.map { "\(3 + $0 * 3) 0 R" }.joined(separator: " ")
        objects.append(RawPDF.object("<< /Type /Pages /Kids [\(kids)] /Count \(images.count) >>"))
        for (index, image) in images.enumerated() {
            let page = 3 + index * 3
            let width = Int(cairo_image_surface_get_width(image.surface)), height = Int(cairo_image_surface_get_height(image.surface))
            let points = (width: Double(width) * 72 / image.dpi, height: Double(height) * 72 / image.dpi)
            let size = String(format: "%.2f %.2f", points.width, points.height)
            objects.append(RawPDF.object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 \(size)] /Resources << /XObject << /Im1 \(page + 2) 0 R >> >> /Contents \(page + 1) 0 R >>"))
            objects.append(RawPDF.stream(Array("q \(String(format: "%.2f 0 0 %.2f", points.width, points.height)) 0 0 cm /Im1 Do Q".utf8), dictionary: ""))
            let header = "/Type /XObject /Subtype /Image /Width \(width) /Height \(height) /ColorSpace /DeviceGray "
            if cairo_image_surface_get_format(image.surface) == CAIRO_FORMAT_A1 {
                objects.append(RawPDF.stream(bits(image.surface), dictionary: header + "/BitsPerComponent 1 "))
            } else {
                objects.append(RawPDF.stream(grey(image.surface), dictionary: header
                    + "/BitsPerComponent 8 /DecodeParms << /Predictor 15 /Colors 1 /BitsPerComponent 8 /Columns \(width) >> "))
            }
        }
        FileManager.default.createFile(atPath: path, contents: RawPDF.bytes(objects))
    }

    /// Rows of bits, the first pixel in the highest bit, 1 for white paper.
    private static func bits(_ surface: OpaquePointer) -> [UInt8] {
        cairo_surface_flush(surface)
        let width = Int(cairo_image_surface_get_width(surface)), height = Int(cairo_image_surface_get_height(surface))
        let stride = Int(cairo_image_surface_get_stride(surface)), data = cairo_image_surface_get_data(surface)!
        let rowBytes = (width + 7) / 8
        var out = [UInt8](repeating: 0xFF, count: rowBytes * height)
        for y in 0..<height {
            let row = UnsafeRawPointer(data + y * stride).assumingMemoryBound(to: UInt32.self)
            for x in 0..<width where row[x / 32] & (UInt32(1) << UInt32(x % 32)) != 0 {
                out[y * rowBytes + x / 8] &= ~(UInt8(0x80) >> UInt8(x % 8))
            }
        }
        return out
    }

    /// Rows of grey bytes (255 − darkness), each led by PNG's "up" filter.
    private static func grey(_ surface: OpaquePointer) -> [UInt8] {
        cairo_surface_flush(surface)
        let width = Int(cairo_image_surface_get_width(surface)), height = Int(cairo_image_surface_get_height(surface))
        let stride = Int(cairo_image_surface_get_stride(surface)), data = cairo_image_surface_get_data(surface)!
        var out: [UInt8] = []
        out.reserveCapacity((width + 1) * height)
        for y in 0..<height {
            out.append(2)
            for x in 0..<width {
                let value = 255 - data[y * stride + x]
                let above = y > 0 ? 255 - data[(y - 1) * stride + x] : 0
                out.append(value &- above)
            }
        }
        return out
    }
}
