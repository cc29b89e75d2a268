import ArgumentParser
import Foundation
import NominationsRun

/// Hidden: times OCR page by page in this process (for Scripts/bench-ocr.sh): render, clean-up and
/// recognition of each scanned page of the PDFs, or (`--images`) recognition alone of PGM page images.
struct OCRBenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "bench-ocr", shouldDisplay: false)

    @Flag(help: "The files are PGM page images, cleaned up already: time the recognition only.") var images = false
    @Argument var files: [String]

    func run() throws {
        let times = images ? try ScanBench.images(files) : try ScanBench.pages(files)
        for page in times {
            print(String(format: "%@ %.3f %.3f %.3f %d", page.name.replacingOccurrences(of: " ", with: "_"),
                         page.render, page.cleanup, page.recognize, page.words))
        }
    }
}
