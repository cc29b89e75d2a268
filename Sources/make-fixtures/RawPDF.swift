import CZlib
import Foundation

/// A PDF written object by object, for fixtures cairo cannot draw (forms, hostile files).
enum RawPDF {
    /// The file: objects numbered from 1 in order (object 1 is the catalog), the cross-reference
    /// table and the trailer (with `trailer` added to its dictionary).
    static func bytes(_ objects: [[UInt8]], trailer: String = "") -> Data {
        var body = Array("%PDF-1.4\n".utf8)
        var offsets: [Int] = []
        for (index, object) in objects.enumerated() {
            offsets.append(body.count)
            body += Array("\(index + 1) 0 obj\n".utf8) + object + Array("\nendobj\n".utf8)
        }
        let xref = body.count
        var tail = "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { tail += String(format: "%010d 00000 n \n", offset) }
        tail += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R \(trailer)>>\nstartxref\n\(xref)\n%%EOF\n"
        return Data(body + Array(tail.utf8))
    }

    static func object(_ text: String) -> [UInt8] { Array(text.utf8) }

    /// A one-page fillable form: the page's printed text (Helvetica) and its widgets, each a
    /// dictionary without its `/P`; object 6 is a check box's appearance of `box` points.
    static func form(text: String, widgets: [String], box: Int) -> Data {
        let references = widgets.indices.map { "\($0 + 7) 0 R" }.joined(separator: " ")
        var objects = [
            object("<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [\(references)] >> >>"),
            object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
            object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R /Annots [\(references)] >>"),
            stream(Array(text.utf8), dictionary: ""),
            object("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"),
            stream(Array("0 0 \(box) \(box) re S".utf8), dictionary: "/Type /XObject /Subtype /Form /BBox [0 0 \(box) \(box)] "),
        ]
        for widget in widgets { objects.append(object("<< /Type /Annot /Subtype /Widget /P 3 0 R " + widget + " >>")) }
        return bytes(objects)
    }

    /// A check box's widget entries, ticked or not.
    static func checkBox(_ name: String, rect: String, ticked: Bool) -> String {
        let state = ticked ? "/Yes" : "/Off"
        return "/FT /Btn /T (\(name)) /Rect [\(rect)] /V \(state) /AS \(state) /AP << /N << /Yes 6 0 R /Off 6 0 R >> >>"
    }

    /// A stream object, compressed.
    static func stream(_ data: [UInt8], dictionary: String) -> [UInt8] {
        let packed = deflate(data)
        return Array("<< \(dictionary)/Length \(packed.count) /Filter /FlateDecode >>\nstream\n".utf8) + packed + Array("\nendstream".utf8)
    }

    private static func deflate(_ input: [UInt8]) -> [UInt8] {
        var length = compressBound(uLong(input.count))
        var output = [UInt8](repeating: 0, count: Int(length))
        let status = compress2(&output, &length, input, uLong(input.count), 9)
        precondition(status == Z_OK, "zlib could not compress a fixture stream")
        return Array(output.prefix(Int(length)))
    }
}
