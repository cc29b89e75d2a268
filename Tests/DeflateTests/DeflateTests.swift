import Testing
import Deflate

@Suite("Deflate")
struct DeflateTests {
    static let samples: [[UInt8]] = [[], Array("a".utf8), Array(String(repeating: "Predlagamo Ano Jakomin. ", count: 200).utf8),
                                     (0..<5000).map { UInt8(($0 * 131 + 7) % 256) }]

    @Test func whatIsCompressedComesBack() throws {
        let inflater = Deflate.Inflater()
        for sample in Self.samples {
            let packed = try Deflate.compress(sample)
            #expect(try Deflate.decompress(packed) == sample)
            // The reused stream gives the same, blob after blob.
            #expect(try inflater.decompress(packed) == sample)
            #expect(try inflater.decompress(try Deflate.compress(sample, fixedCodes: true)) == sample)
        }
        let text = Self.samples[2]
        #expect(try Deflate.compress(text).count < text.count / 10)
    }

    @Test func aDamagedBlobIsAnErrorAndTheStreamGoesOn() throws {
        let inflater = Deflate.Inflater()
        let packed = try Deflate.compress(Self.samples[2])
        var damaged = packed
        damaged[damaged.count / 2] ^= 0xFF
        #expect(throws: Deflate.Failure.self) { try inflater.decompress(damaged) }
        #expect(throws: Deflate.Failure.self) { try inflater.decompress(Array(packed.prefix(3))) }
        // A length beyond the limit is refused before anything is allocated.
        #expect(throws: Deflate.Failure.self) { try Deflate.decompress([0xFF, 0xFF, 0xFF, 0x7F] + packed.dropFirst(4)) }
        #expect(try inflater.decompress(packed) == Self.samples[2])
    }
}
