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

    @Option(help: "Seconds of processor time one file may take before its reading is stopped.") var timeout: Double = 30
    @Option(name: .customLong("ocr-seconds"), help: "Seconds of processor time OCR may spend on one scanned page before it is given up.")
    var ocrSeconds = ExtractionOptions.defaultOCRSecondsPerPage

    @Argument(help: "PDF files to read.")
    var files: [String]

    func run() throws {
        // Read in worker processes, so that a hostile file cannot hang or crash inspect; they are
        // copies (forks) of inspect with the letter reader built, made while it has one thread.
        let pool = ExtractionPool(executable: SelfExecutable.path, limits: WorkerLimits(secondsPerFile: timeout, ocrSecondsPerPage: ocrSeconds))
        let configuration = try options.load()
        if !files.isEmpty { pool.prestart(reading: configuration) }
        let absolute = files.map { URL(fileURLWithPath: $0).path }
        let processed = LetterBatch.process(absolute, mode: .workers(pool), reading: configuration)
        for (path, file) in zip(files, processed) {
            guard let letter = file.letter else { continue }
            if json {
                print(InspectRecord(file: path, sha256: file.sha256, letter: letter).jsonLine())
            } else {
                print(LetterSummary.text(file: path, letter: letter))
            }
        }
    }
}
