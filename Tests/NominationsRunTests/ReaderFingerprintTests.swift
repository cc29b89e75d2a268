import Digest
import Foundation
import Nominations
import Testing
@testable import NominationsRun

/// The cached readings are keyed by a fingerprint of the reader's code made at build time. These
/// tests fail when a reading can change without the key changing.
@Suite("The reader's fingerprint")
struct ReaderFingerprintTests {
    static let root: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url
    }()

    /// The fingerprint the build tool would make of every file of a source folder now.
    static func fingerprint(ofFolders folders: [String], extra: [String] = []) throws -> String {
        var paths: [String] = []
        for folder in folders {
            let base = root.appendingPathComponent(folder)
            let walker = try #require(FileManager.default.enumerator(atPath: base.path))
            for case let relative as String in walker {
                var isFolder: ObjCBool = false
                let path = base.appendingPathComponent(relative).path
                if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue, !relative.hasPrefix(".") {
                    paths.append(path)
                }
            }
        }
        paths += extra.map { root.appendingPathComponent($0).path }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ bytes: some Sequence<UInt8>) { for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 } }
        let prefix = root.path.hasSuffix("/") ? root.path : root.path + "/"
        for path in paths.sorted() {
            mix(("/" + path.dropFirst(prefix.count)).utf8)
            mix([0])
            mix(try Data(contentsOf: URL(fileURLWithPath: path)))
            mix([0])
        }
        return String(hash, radix: 16)
    }

    @Test func theReadersFingerprintCoversEveryFileOfTheReader() throws {
        // Every file under Sources/Nominations (code, vocabulary, first names, the built-in
        // configuration): a change to any of them must change the key of the cached readings.
        #expect(try Self.fingerprint(ofFolders: ["Sources/Nominations"]) == Fingerprints.reader)
        #expect(RunJob.readerVersion.contains(Fingerprints.reader) && RunJob.readerVersion.contains(Fingerprints.extraction))
    }

    /// Poppler's door, Tesseract's door and the extraction stage with its OCR: a change to any of them
    /// extracts (and OCRs) the letters again.
    @Test func theExtractionsFingerprintCoversPopplersAndTesseractsDoorsAndTheExtractionStage() throws {
        #expect(try Self.fingerprint(ofFolders: ["Sources/PDFText", "Sources/OCR", "Sources/NominationsRun/Scans"],
                                     extra: ["Sources/NominationsRun/Extraction.swift"]) == Fingerprints.extraction)
    }

    /// The last recorded reading of each corpus: the reader's fingerprint and a digest of what it read.
    static let snapshotPath = root.appendingPathComponent("Tests/NominationsRunTests/reading-snapshot.txt").path

    static func snapshot() -> [String: String] {
        guard let text = try? String(contentsOfFile: snapshotPath, encoding: .utf8) else { return [:] }
        var values: [String: String] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let parts = line.split(separator: "=", maxSplits: 1).map(String.init)
            if parts.count == 2 { values[parts[0].trimmingCharacters(in: .whitespaces)] = parts[1].trimmingCharacters(in: .whitespaces) }
        }
        return values
    }

    /// A digest of how the reader reads every letter of a corpus.
    static func readingDigest(of corpus: String) throws -> String {
        let reader = LetterReader(configuration: try ConfigurationLoader.defaults())
        let files = try FileManager.default.contentsOfDirectory(atPath: corpus).filter { $0.hasSuffix(".pdf") }.sorted()
        var bytes: [UInt8] = []
        for file in files {
            let read = LetterFile.read(path: corpus + "/" + file, reader: reader)
            bytes += Array(file.utf8) + [0] + read.letter.jsonBytes + [10]
        }
        return SHA256.hex(bytes)
    }

    @Test(.enabled(if: !DevCorpusTests.corpora.isEmpty, "../shared/corpus is not beside the project; skipped"), arguments: DevCorpusTests.corpora)
    func aChangedReadingOfTheCorpusComesWithANewFingerprint(_ name: String) throws {
        let corpus = try #require(RunFixtures.corpus(name))
        let digest = try Self.readingDigest(of: corpus)
        let recorded = Self.snapshot()
        let message = "the reading of \(name) changed; record it in reading-snapshot.txt: reader = \(RunJob.readerVersion), \(name) = \(digest)"
        if let before = recorded[name], before != digest {
            // The reading changed: the key of the cached readings must have changed with it.
            #expect(recorded["reader"] != RunJob.readerVersion, "\(message) (the fingerprint did not change: the cache would keep old readings)")
        }
        #expect(recorded[name] != nil, Comment(rawValue: message))
    }
}
