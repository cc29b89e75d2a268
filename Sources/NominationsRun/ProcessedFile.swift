import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Nominations

/// One file after the extraction stage and, when the batch reads too, the reader: its content
/// hash, its text and its letter, each also as the JSON the state keeps (made once, in the worker).
public struct ProcessedFile: Sendable {
    public let sha256: String
    /// `ExtractedText` as JSON.
    public let textJSON: Data
    /// The understood letter, when the batch reads.
    public let letter: Letter?
    /// The letter as JSON, when the batch reads.
    public let letterJSON: Data?
    /// A failure of the night, not of the file (a time-out, a worker that died or ran out of memory):
    /// the file is tried again on later nights, and nothing of it is cached.
    public var transientFailure: ExtractedText.Failure?

    /// A file extracted (and read): a scanned page whose OCR ran out of its time budget makes it a
    /// failure of the night as well. How far OCR gets in its seconds depends on the machine's load
    /// that night, so the file is tried again like one whose worker ran out of time (and shows the
    /// same reason), not kept as final.
    init(sha256: String, textJSON: Data, letter: Letter?, letterJSON: Data?) {
        self.sha256 = sha256
        self.textJSON = textJSON
        self.letter = letter
        self.letterJSON = letterJSON
        transientFailure = Self.ocrRanOutOfTime(textJSON) ? .timedOut : nil
    }

    /// Whether the text's OCR gave up a page for time. Only a scanned letter's JSON has the
    /// `"scans":[` (inside a string its quotes would be escaped), looked for at each "[" that
    /// `memchr` finds; only such a text is decoded.
    static func ocrRanOutOfTime(_ textJSON: Data) -> Bool {
        let key = Array(#""scans":"#.utf8)
        let found = textJSON.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) -> Bool in
            guard let base = bytes.baseAddress else { return false }
            var start = 0
            while start < bytes.count, let hit = memchr(base + start, Int32(UInt8(ascii: "[")), bytes.count - start) {
                let at = UnsafeRawPointer(hit) - base
                if at >= key.count, memcmp(base + at - key.count, key, key.count) == 0 { return true }
                start = at + 1
            }
            return false
        }
        guard found, let text = try? ExtractedText(jsonBytes: textJSON) else { return false }
        return text.scans.contains { $0.failure == .timedOut }
    }

    /// The extracted text (decoded on demand: the run itself only keeps the JSON).
    public var extracted: ExtractedText {
        (try? ExtractedText(jsonBytes: textJSON)) ?? .failed(.damaged, detail: "stored text unreadable")
    }

    /// Extracts (and reads, with a reader) one file: the work of a worker, or of a thread in process.
    static func make(path: String, reader: LetterReader?) -> ProcessedFile {
        let (sha256, extracted) = LetterBatch.extractInProcess(path)
        return make(sha256: sha256, extracted: extracted, reader: reader)
    }

    /// A file that could not be extracted (the parent saw its worker hang or die); its letter, when
    /// the batch reads, says why (no reader is needed for that).
    static func failed(sha256: String, _ failure: ExtractedText.Failure, detail: String?, reading: Bool) -> ProcessedFile {
        var file = encoded(sha256: sha256, extracted: .failed(failure, detail: detail), letter: reading ? LetterReader.unreadableLetter(failure) : nil)
        if ReadAttempts.isTransient(failure) { file.transientFailure = failure }
        return file
    }

    /// A file whose extraction result is known (extracted in a worker, or text from the state).
    static func make(sha256: String, extracted: ExtractedText, reader: LetterReader?) -> ProcessedFile {
        encoded(sha256: sha256, extracted: extracted, letter: reader.map { ReaderStage.understand(extracted, with: $0) })
    }

    private static func encoded(sha256: String, extracted: ExtractedText, letter: Letter?) -> ProcessedFile {
        ProcessedFile(sha256: sha256, textJSON: Data(extracted.jsonBytes), letter: letter, letterJSON: letter.map { Data($0.jsonBytes) })
    }
}
