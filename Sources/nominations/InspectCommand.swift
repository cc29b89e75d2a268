import ArgumentParser
import Foundation
import Nominations
import NominationsRun

struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Read letters without touching any state and print what was understood."
    )

    @OptionGroup var options: ConfigOption

    @Flag(name: .long, help: "One JSON object per file, one per line (JSON Lines).")
    var json = false

    @Argument(help: "PDF files to read.")
    var files: [String]

    func run() throws {
        let reader = LetterReader(configuration: try options.load())
        for path in files {
            let file = LetterFile.read(path: path, reader: reader)
            if json {
                print(InspectRecord(file: path, sha256: file.sha256, letter: file.letter).jsonLine())
            } else {
                print(LetterSummary.text(file: path, letter: file.letter))
            }
        }
    }
}
