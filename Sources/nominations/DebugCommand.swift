import ArgumentParser
import Foundation
import Nominations
import NominationsRun

/// Prints the lines the reader sees (for developers; hidden).
struct DebugLinesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "debug-lines", shouldDisplay: false)
    @Argument var file: String
    @Flag(help: "Lead each line with the letter section the reader puts it in.") var sections = false
    @OptionGroup var config: ConfigOption
    func run() throws {
        let data = FileManager.default.contents(atPath: file) ?? Data()
        let extracted = Extraction.extract(data)
        if sections {
            let reader = LetterReader(configuration: try config.load())
            reader.sectionedLines(extracted).forEach { print($0) }
            return
        }
        for page in extracted.pages {
            print(page)
        }
    }
}
