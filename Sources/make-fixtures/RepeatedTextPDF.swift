import CZlib
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
        let form = deflate(Array(grid.utf8))
        let page = deflate(Array(String(repeating: "/X0 Do ", count: repeats).utf8))
        let objects: [[UInt8]] = [
            Array("<< /Type /Catalog /Pages 2 0 R >>".utf8),
            Array("<< /Type /Pages /Kids [3 0 R] /Count 1 >>".utf8),
            Array("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /X0 6 0 R >> >> /Contents 4 0 R >>".utf8),
            stream(page, dictionary: ""),
            Array("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".utf8),
            stream(form, dictionary: "/Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> "),
        ]
        var body = Array("%PDF-1.4\n".utf8)
        var offsets: [Int] = []
        for (index, object) in objects.enumerated() {
            offsets.append(body.count)
            body += Array("\(index + 1) 0 obj\n".utf8) + object + Array("\nendobj\n".utf8)
        }
        let xref = body.count
        var tail = "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { tail += String(format: "%010d 00000 n \n", offset) }
        tail += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        return Data(body + Array(tail.utf8))
    }

    private static func stream(_ data: [UInt8], dictionary: String) -> [UInt8] {
        Array("<< \(dictionary)/Length \(data.count) /Filter /FlateDecode >>\nstream\n".utf8) + data + Array("\nendstream".utf8)
    }

    private static func deflate(_ input: [UInt8]) -> [UInt8] {
        var length = compressBound(uLong(input.count))
        var output = [UInt8](repeating: 0, count: Int(length))
        let status = compress2(&output, &length, input, uLong(input.count), 9)
        precondition(status == Z_OK, "zlib could not compress a fixture stream")
        return Array(output.prefix(Int(length)))
    }
}
