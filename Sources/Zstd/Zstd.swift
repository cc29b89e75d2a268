import CZstd

/// Zstandard for the run's state: the only code that touches libzstd's pointers.
///
/// Each blob is one zstd frame that carries its content size, so that decompressing needs no
/// guess of the size, and a checksum. Measured on 1,000 generated letters, a thread each, contexts reused
/// (C, `-O2`, this machine; sizes without the 4-byte checksum), against zlib at level 1 with a
/// 4 KiB window (what the state used):
///
/// | blob | zlib 1 | zstd 1 | zstd −1 |
/// | --- | --- | --- | --- |
/// | extracted text, 605 B | 441 B, 40 µs in, 9 µs out | 423 B, 11 µs in, 4 µs out | 528 B, 5 µs in, 0.6 µs out |
/// | a letter's reading, 1,025 B | 597 B, 56 µs in, 13 µs out (fixed codes: 673 B, 5 µs out) | 578 B, 15 µs in, 5 µs out | 753 B, 6 µs in, 1 µs out |
///
/// A cold run compresses both for every letter in the parent while the workers need both cores;
/// a warm run decompresses every reading.
public enum Zstd {
    public enum Failure: Error, Equatable { case compress(String), damaged }

    /// Blobs larger than this are refused when decompressing (a damaged size must not allocate gigabytes).
    public static let maximumSize = 64 << 20

    /// Compresses many small blobs with one context (setting one up per blob costs more than the
    /// compression). Not thread-safe: one per thread.
    public final class Compressor {
        private let context: OpaquePointer?

        /// - Parameters:
        ///   - level: zstd's level (1 is its fast default; negative levels are faster still).
        ///   - dictionary: raw content that blobs may refer to (copied; empty for none). The same bytes
        ///     are needed to decompress.
        public init(level: Int32 = 1, dictionary: [UInt8] = []) {
            context = ZSTD_createCCtx()
            guard let context else { return }
            ZSTD_CCtx_setParameter(context, ZSTD_c_compressionLevel, level)
            ZSTD_CCtx_setParameter(context, ZSTD_c_contentSizeFlag, 1)
            // A checksum of the content (4 bytes, as zlib's Adler-32 was): a damaged blob is an
            // error, not a letter with a changed name.
            ZSTD_CCtx_setParameter(context, ZSTD_c_checksumFlag, 1)
            // A 4 KiB window: the blobs are a few KiB.
            ZSTD_CCtx_setParameter(context, ZSTD_c_windowLog, 12)
            if !dictionary.isEmpty { Zstd.load(dictionary) { ZSTD_CCtx_loadDictionary(context, $0, $1) } }
        }

        deinit { ZSTD_freeCCtx(context) }

        public func compress(_ input: [UInt8]) throws -> [UInt8] {
            guard let context else { throw Failure.compress("no context") }
            var output = [UInt8](repeating: 0, count: ZSTD_compressBound(input.count))
            let written = output.withUnsafeMutableBytes { out in
                input.withUnsafeBytes { source in
                    ZSTD_compress2(context, out.baseAddress, out.count, source.baseAddress, source.count)
                }
            }
            guard ZSTD_isError(written) == 0 else { throw Failure.compress(String(cString: ZSTD_getErrorName(written))) }
            output.removeLast(output.count - written)
            return output
        }
    }

    /// Decompresses many small blobs with one context. Not thread-safe: one per thread.
    public final class Decompressor {
        private let context: OpaquePointer?

        /// - Parameter dictionary: the raw content the blobs were compressed with (empty for none).
        public init(dictionary: [UInt8] = []) {
            context = ZSTD_createDCtx()
            if let context, !dictionary.isEmpty { Zstd.load(dictionary) { ZSTD_DCtx_loadDictionary(context, $0, $1) } }
        }

        deinit { ZSTD_freeDCtx(context) }

        /// - Throws: `Failure.damaged` for anything but one whole frame of a size within the limit.
        public func decompress(_ input: [UInt8]) throws -> [UInt8] {
            guard let context else { throw Failure.damaged }
            let size = input.withUnsafeBytes { ZSTD_getFrameContentSize($0.baseAddress, $0.count) }
            // Unknown (ZSTD_CONTENTSIZE_UNKNOWN) and error (ZSTD_CONTENTSIZE_ERROR) are the two largest values.
            guard size <= UInt64(maximumSize) else { throw Failure.damaged }
            if size == 0 { return [] }
            var output = [UInt8](repeating: 0, count: Int(size))
            let written = output.withUnsafeMutableBytes { out in
                input.withUnsafeBytes { source in
                    ZSTD_decompressDCtx(context, out.baseAddress, out.count, source.baseAddress, source.count)
                }
            }
            guard ZSTD_isError(written) == 0, written == Int(size) else { throw Failure.damaged }
            return output
        }
    }

    /// Loads a dictionary into a context. zstd takes content without its dictionary magic number as
    /// raw content. A load that fails (out of memory) leaves the context without one: blobs that
    /// refer to it then fail to decompress or fail their checksum; they do not decode wrongly.
    private static func load(_ dictionary: [UInt8], _ into: (UnsafeRawPointer?, Int) -> Int) {
        _ = dictionary.withUnsafeBytes { into($0.baseAddress, $0.count) }
    }
}
