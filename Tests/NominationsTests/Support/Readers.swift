@testable import Nominations

/// The reader of the default configuration, built once for the whole test target.
enum Readers {
    static let defaults = LetterReader(configuration: try! ConfigurationLoader.defaults())
}

/// Reads a letter given as the text of one page, with the default configuration.
func readLetter(_ text: String) -> Letter { Readers.defaults.read(ExtractedText(pages: [text])) }
