import Foundation

/// A minimal PDF protected by a user password (standard security handler, revision 2).
/// The /U entry does not match the empty password, so a reader must ask for one.
enum EncryptedPDF {
    static func bytes() -> Data {
        let hex32 = String(repeating: "4E", count: 32)
        return RawPDF.bytes([
            RawPDF.object("<< /Type /Catalog /Pages 2 0 R >>"),
            RawPDF.object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
            RawPDF.object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"),
            RawPDF.object("<< /Filter /Standard /V 1 /R 2 /O <\(hex32)> /U <\(hex32)> /P -44 >>"),
        ], trailer: "/Encrypt 4 0 R /ID [<0123456789ABCDEF0123456789ABCDEF> <0123456789ABCDEF0123456789ABCDEF>] ")
    }
}
