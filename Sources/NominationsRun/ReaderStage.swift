import Nominations

/// The one place the program calls the letter reader: the workers, the run's in-process batches,
/// kept texts read again, and `inspect` all understand a letter through here.
enum ReaderStage {
    static func understand(_ extracted: ExtractedText, with reader: LetterReader) -> Letter {
        reader.understand(extracted)
    }
}
