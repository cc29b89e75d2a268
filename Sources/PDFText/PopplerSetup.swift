import CPoppler
import Foundation

/// One-time process set-up for poppler: its parser complaints go to a quiet log handler, and one
/// tiny document stays open for the life of the process — poppler rebuilds its global settings
/// whenever the last open document is freed, which costs more than reading a short letter.
enum PopplerSetup {
    nonisolated(unsafe) private static var keepAlive: OpaquePointer?

    private static let done: Bool = {
        cpoppler_silence_logs()
        keepAlive = openMinimalDocument()
        return true
    }()

    static func once() { _ = done }

    /// A valid one-page PDF, built in memory.
    private static func openMinimalDocument() -> OpaquePointer? {
        let objects = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                       "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 10 10] >>"]
        var body = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (index, object) in objects.enumerated() {
            offsets.append(body.utf8.count)
            body += "\(index + 1) 0 obj\n\(object)\nendobj\n"
        }
        let xref = body.utf8.count
        body += "xref\n0 4\n0000000000 65535 f \n" + offsets.map { String(format: "%010d 00000 n \n", $0) }.joined()
        body += "trailer\n<< /Size 4 /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        let data = Data(body.utf8)
        let bytes: OpaquePointer? = data.withUnsafeBytes { g_bytes_new($0.baseAddress, gsize($0.count)) }
        guard let bytes else { return nil }
        defer { g_bytes_unref(bytes) }
        return poppler_document_new_from_bytes(bytes, nil, nil)
    }
}
