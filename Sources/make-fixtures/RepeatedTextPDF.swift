import Foundation

/// A small hostile PDF that keeps a text extractor busy for a long time: one page that draws the
/// same form, a grid of 7,000 letters, twenty times over (18 KB compressed). poppler compares each
/// letter with the ones already on the page, so the page takes it half a minute or more; the
/// resilience tests use it as a file that hangs a worker.
enum RepeatedTextPDF {
    static func bytes(repeats: Int = 20, step: Int = 8) -> Data {
        var grid = "BT /F1 6 Tf"
        for y in stride(from: 20, to: 820, by: step) {
            for x in stride(from: 20, to: 580, by: step) { grid += " 1 0 0 1 \(x) \(y) Tm (a) Tj" }
        }
        grid += " ET"
        return RawPDF.bytes([
            RawPDF.object("<< /Type /Catalog /Pages 2 0 R >>"),
            RawPDF.object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
            RawPDF.object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /X0 6 0 R >> >> /Contents 4 0 R >>"),
            RawPDF.stream(Array(String(repeating: "/X0 Do ", count: repeats).utf8), dictionary: ""),
            RawPDF.object("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"),
            RawPDF.stream(Array(grid.utf8), dictionary: "/Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> "),
        ])
    }
}
