import Testing
import Zstd

@Suite("Zstd")
struct ZstdTests {
    static let samples: [[UInt8]] = [[], Array("a".utf8), Array(String(repeating: "Predlagamo Ano Jakomin. ", count: 200).utf8),
                                     (0..<5000).map { UInt8(($0 * 131 + 7) % 256) }]

    @Test(arguments: [Int32(1), -1])
    func whatIsCompressedComesBack(level: Int32) throws {
        let compressor = Zstd.Compressor(level: level)
        let decompressor = Zstd.Decompressor()
        for sample in Self.samples {
            // The reused contexts give the same, blob after blob.
            for _ in 0..<2 { #expect(try decompressor.decompress(try compressor.compress(sample)) == sample) }
        }
        let text = Self.samples[2]
        #expect(try compressor.compress(text).count < text.count / 10)
    }

    @Test func aDamagedBlobIsAnErrorAndTheContextGoesOn() throws {
        let decompressor = Zstd.Decompressor()
        let packed = try Zstd.Compressor().compress(Self.samples[3])
        var damaged = packed
        damaged[damaged.count / 2] ^= 0xFF
        #expect(throws: Zstd.Failure.self) { try decompressor.decompress(damaged) }
        #expect(throws: Zstd.Failure.self) { try decompressor.decompress(Array(packed.prefix(packed.count - 3))) }
        #expect(throws: Zstd.Failure.self) { try decompressor.decompress([0x78, 0x9C, 1, 2, 3, 4]) }
        // A zlib blob of the earlier state (its size first) is not a frame.
        #expect(throws: Zstd.Failure.self) { try decompressor.decompress([5, 0, 0, 0, 0x78, 0x01, 0x4B, 0x04, 0x00]) }
        #expect(try decompressor.decompress(packed) == Self.samples[3])
    }

    /// Blobs compressed with a dictionary come back with the same dictionary, are smaller for it,
    /// and fail (not decode wrongly) without it or with another.
    @Test func aDictionaryIsNeededToDecompress() throws {
        let dictionary = Array(#"{"name":"","email":"","clusters":["dolina-dragonje"],"consent":true}"#.utf8)
        let blob = Array(#"{"name":"Ana Jakomin","email":"ana@example.si","clusters":["dolina-dragonje"],"consent":true}"#.utf8)
        let packed = try Zstd.Compressor(level: -1, dictionary: dictionary).compress(blob)
        #expect(packed.count < (try Zstd.Compressor(level: -1).compress(blob)).count - 20)
        for _ in 0..<2 { #expect(try Zstd.Decompressor(dictionary: dictionary).decompress(packed) == blob) }
        #expect(throws: Zstd.Failure.self) { try Zstd.Decompressor().decompress(packed) }
        var other = dictionary
        other.replaceSubrange(2..<6, with: Array("nome".utf8))
        #expect(throws: Zstd.Failure.self) { try Zstd.Decompressor(dictionary: other).decompress(packed) }
    }

    /// A frame that says it is larger than the limit is refused before anything is allocated.
    @Test func aSizeBeyondTheLimitIsRefused() throws {
        let big = [UInt8](repeating: 7, count: Zstd.maximumSize + 1)
        let packed = try Zstd.Compressor().compress(big)
        #expect(packed.count < 100_000)
        #expect(throws: Zstd.Failure.damaged) { try Zstd.Decompressor().decompress(packed) }
    }
}
