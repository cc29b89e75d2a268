import Crypto

/// SHA-256 of a byte buffer, for identifying letters by content, through swift-crypto (on Linux its
/// BoringSSL, which uses the processor's SHA instructions where it has them).
public enum SHA256 {
    /// Lower-case hex digest.
    public static func hex<Bytes: Collection>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        if let digest = bytes.withContiguousStorageIfAvailable({ hex(of: Crypto.SHA256.hash(data: UnsafeRawBufferPointer($0))) }) { return digest }
        return hex(of: Crypto.SHA256.hash(data: Array(bytes)))
    }

    private static func hex(of digest: Crypto.SHA256.Digest) -> String {
        let digits = Array("0123456789abcdef".utf8)
        return String(unsafeUninitializedCapacity: 64) { out in
            var index = 0
            for byte in digest {
                out[index] = digits[Int(byte >> 4)]
                out[index + 1] = digits[Int(byte & 15)]
                index += 2
            }
            return index
        }
    }
}
