import COpenSSL

/// SHA-256 of a byte buffer, for identifying letters by content: OpenSSL's libcrypto, which uses
/// the processor's SHA instructions where it has them (about five times a portable implementation).
public enum SHA256 {
    /// Lower-case hex digest.
    public static func hex<Bytes: Collection>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        if let digest = bytes.withContiguousStorageIfAvailable({ digest(UnsafeRawBufferPointer($0)) }) { return digest }
        return Array(bytes).withUnsafeBytes { digest($0) }
    }

    private static func digest(_ data: UnsafeRawBufferPointer) -> String {
        var digest = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        var empty: UInt8 = 0
        let done = withUnsafePointer(to: &empty) { emptyPointer in
            EVP_Digest(data.baseAddress ?? UnsafeRawPointer(emptyPointer), data.count, &digest, &length, EVP_sha256(), nil)
        }
        // Only a broken libcrypto fails here; a wrong hash would mix up letters, so stop.
        precondition(done == 1 && length == 32, "SHA-256 in libcrypto failed")
        let digits = Array("0123456789abcdef".utf8)
        return String(unsafeUninitializedCapacity: 64) { out in
            for index in 0..<32 {
                out[index * 2] = digits[Int(digest[index] >> 4)]
                out[index * 2 + 1] = digits[Int(digest[index] & 15)]
            }
            return 64
        }
    }
}
