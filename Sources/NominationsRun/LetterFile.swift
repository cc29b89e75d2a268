import Foundation
import Nominations

/// One input file, read: its name, content hash, extracted text and the understood letter.
public struct LetterFile: Sendable {
    public let path: String
    public let name: String
    public let sha256: String
    public let extracted: ExtractedText
    public let letter: Letter

    /// Reads, extracts and understands one file (in this process).
    public static func read(path: String, reader: LetterReader) -> LetterFile {
        let name = (path as NSString).lastPathComponent
        guard let data = FileManager.default.contents(atPath: path) else {
            let extracted = ExtractedText.failed(.missing)
            return LetterFile(path: path, name: name, sha256: SHA256.hex([UInt8]()), extracted: extracted, letter: reader.read(extracted))
        }
        let extracted = Extraction.extract(data)
        return LetterFile(path: path, name: name, sha256: SHA256.hex(data), extracted: extracted, letter: reader.read(extracted))
    }
}
