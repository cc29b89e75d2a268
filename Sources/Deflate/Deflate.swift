import CZlibSystem

/// zlib's compress/uncompress for the run's state: the only code that touches zlib's pointers.
///
/// Stored blobs carry their length before the compressed bytes (4 bytes, little-endian), so that
/// inflating needs no guess of the size. Measured on 1,000 generated letters: the JSON of a letter
/// 1,025 → 544 bytes (652 with fixed codes, which readings use: every warm run inflates them all),
/// of its extracted text 605 → 405 (level 6); the state stays under 2 KiB a letter.
public enum Deflate {
    public enum Failure: Error { case compress(Int32), damaged }

    /// Blobs larger than this are refused when inflating (a damaged length must not allocate gigabytes).
    public static let maximumSize = 64 << 20

    /// - Parameter fixedCodes: deflate with zlib's fixed Huffman codes (`Z_FIXED`): about 20 % larger
    ///   for a letter's JSON, and inflated in half the time (no code tables to build per blob) — for
    ///   what every warm run reads back.
    public static func compress(_ input: [UInt8], level: Int32 = 6, fixedCodes: Bool = false) throws -> [UInt8] {
        try Deflater(level: level, fixedCodes: fixedCodes).compress(input)
    }

    /// Deflates many small blobs with one zlib stream, reset between them (a cold run over 10,000
    /// letters spent 2 s of the parent's processor time setting streams up and clearing their
    /// tables). Not thread-safe: one per thread.
    public final class Deflater {
        private var stream = z_stream()
        private let status: Int32

        public init(level: Int32 = 6, fixedCodes: Bool = false) {
            // A 4 KiB window and small hash tables (memLevel 2): the blobs are a few KiB, and zlib's
            // defaults (32 KiB, memLevel 8) spent three times as long clearing tables as compressing
            // (measured on 1,000 generated letters: 150 → 48 µs a text, 32 bytes larger).
            status = deflateInit2_(&stream, level, Z_DEFLATED, 12, 2, fixedCodes ? Z_FIXED : Z_DEFAULT_STRATEGY,
                                   ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        }

        deinit { if status == Z_OK { deflateEnd(&stream) } }

        public func compress(_ input: [UInt8]) throws -> [UInt8] {
            guard status == Z_OK else { throw Failure.compress(status) }
            guard deflateReset(&stream) == Z_OK else { throw Failure.compress(Z_STREAM_ERROR) }
            let bound = Int(deflateBound(&stream, uLong(input.count)))
            var output = [UInt8](repeating: 0, count: bound + 4)
            let count = UInt32(input.count)
            for shift in 0..<4 { output[shift] = UInt8(truncatingIfNeeded: count >> (8 * UInt32(shift))) }
            let result = output.withUnsafeMutableBufferPointer { out in
                input.withUnsafeBufferPointer { source in
                    stream.next_in = UnsafeMutablePointer(mutating: source.baseAddress)
                    stream.avail_in = uInt(input.count)
                    stream.next_out = out.baseAddress! + 4
                    stream.avail_out = uInt(bound)
                    return deflate(&stream, Z_FINISH)
                }
            }
            guard result == Z_STREAM_END else { throw Failure.compress(result) }
            output.removeLast(output.count - 4 - Int(stream.total_out))
            return output
        }
    }

    public static func decompress(_ input: [UInt8]) throws -> [UInt8] {
        try Inflater().decompress(input)
    }

    /// Inflates many small blobs with one zlib stream, reset between them: `uncompress` sets up a
    /// new stream (and its 32 KiB window) for every blob, which cost 50 k instructions a letter
    /// when a warm run loaded its readings (callgrind, 1,000 letters); a reset stream costs a
    /// fraction of that. Not thread-safe: one per thread.
    public final class Inflater {
        private var stream = z_stream()
        private let ready: Bool

        public init() {
            ready = inflateInit_(&stream, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK
        }

        deinit { if ready { inflateEnd(&stream) } }

        public func decompress(_ input: [UInt8]) throws -> [UInt8] {
            guard ready else { throw Failure.damaged }
            guard input.count >= 4 else { throw Failure.damaged }
            var size = 0
            for shift in 0..<4 { size |= Int(input[shift]) << (8 * shift) }
            guard size <= maximumSize else { throw Failure.damaged }
            if size == 0 { return [] }
            guard inflateReset(&stream) == Z_OK else { throw Failure.damaged }
            var output = [UInt8](repeating: 0, count: size)
            let status = output.withUnsafeMutableBufferPointer { out in
                input.withUnsafeBufferPointer { source -> Int32 in
                    stream.next_in = UnsafeMutablePointer(mutating: source.baseAddress! + 4)
                    stream.avail_in = uInt(input.count - 4)
                    stream.next_out = out.baseAddress
                    stream.avail_out = uInt(size)
                    return inflate(&stream, Z_FINISH)
                }
            }
            guard status == Z_STREAM_END, Int(stream.total_out) == size else { throw Failure.damaged }
            return output
        }
    }
}
