import ArgumentParser
import Foundation
import Nominations
import NominationsRun
import OCR
import PDFText

/// Prints the lines the reader sees (for developers; hidden).
struct DebugLinesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "debug-lines", shouldDisplay: false)
    @Argument var file: String
    @Flag(help: "Lead each line with the letter section the reader puts it in.") var sections = false
    @Flag(help: "For scanned pages, list OCR's words with their confidence, line and box (points).") var words = false
    @Flag(help: "Read scanned pages without despeckling them.") var noDespeckle = false
    @Flag(help: "Read scanned pages without deskewing them.") var noDeskew = false
    @Flag(help: "Whiten table rules before reading scanned pages.") var removeRules = false
    @Option(help: "Write each page as OCR sees it (rendered and cleaned up) into this folder, as PGM.") var saveImages: String?
    @OptionGroup var config: ConfigOption
    func run() throws {
        if let saveImages {
            let document = try PDFDocument(path: file)
            for page in 0..<document.pageCount {
                let image = try document.greyImage(page: page)
                let cleaned = try image.pixels.withUnsafeBufferPointer {
                    try OCRImage.cleaned(grey: $0, width: image.width, height: image.height, dpi: image.dpi,
                                         cleanup: OCRCleanup(despeckle: !noDespeckle, deskew: !noDeskew, removeRules: removeRules))
                }
                var pgm = Data("P5\n\(image.width) \(image.height)\n255\n".utf8)
                pgm.append(contentsOf: cleaned.pixels)
                try pgm.write(to: URL(fileURLWithPath: saveImages).appendingPathComponent("page-\(page + 1).pgm"))
                print("page \(page + 1): \(image.width)×\(image.height) at \(image.dpi) dpi, skew \(cleaned.skewDegrees)°")
            }
            return
        }
        let data = FileManager.default.contents(atPath: file) ?? Data()
        let extracted = Extraction.extract(data, options: ExtractionOptions(cleanup: OCRCleanup(despeckle: !noDespeckle, deskew: !noDeskew, removeRules: removeRules)))
        if words {
            for scan in extracted.scans {
                print("page \(scan.page + 1): skew \(scan.skew)°, mean confidence \(scan.meanConfidence.map { String(format: "%.1f", $0) } ?? "-")"
                      + (scan.failure.map { ", failed: \($0.rawValue) \(scan.detail ?? "")" } ?? ""))
                for word in scan.words {
                    print(String(format: "%5.1f %5.1f  %3d  %6.1f %6.1f %6.1f %6.1f  b%6.1f  ", word.confidence, word.weakestLetter, word.line,
                                 word.left, word.top, word.right, word.bottom, word.baseline) + word.text)
                }
            }
            return
        }
        let reader = LetterReader(configuration: try config.load())
        if sections {
            reader.sectionedLines(reader.laidOut(extracted)).forEach { print($0) }
            return
        }
        for page in reader.laidOut(extracted).pages {
            print(page)
        }
    }
}

/// Reads a letter from plain text (pages separated by form feeds) and prints what the reader
/// understood, as `inspect --json` would (for developers; hidden).
struct DebugReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "debug-read", shouldDisplay: false)
    @Argument var file: String
    @OptionGroup var config: ConfigOption
    func run() throws {
        let text = try String(contentsOfFile: file, encoding: .utf8)
        let reader = LetterReader(configuration: try config.load())
        let letter = reader.understand(ExtractedText(pages: text.components(separatedBy: "\u{0C}")))
        print(InspectRecord(file: file, sha256: "", letter: letter).jsonLine())
    }
}
