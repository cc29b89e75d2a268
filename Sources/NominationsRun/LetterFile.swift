import Foundation
import Nominations

/// One input file, read in this process: its name, content hash, extracted text and the understood letter.
public struct LetterFile: Sendable {
    public let path: String
    public let name: String
    public let sha256: String
    public let extracted: ExtractedText
    public let letter: Letter

    public static func read(path: String, reader: LetterReader) -> LetterFile {
        let (sha256, extracted) = LetterBatch.extractInProcess(path)
        return LetterFile(path: path, name: (path as NSString).lastPathComponent, sha256: sha256, extracted: extracted,
                          letter: ReaderStage.understand(extracted, with: reader))
    }
}
