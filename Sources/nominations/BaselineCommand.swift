import ArgumentParser
import Foundation
import Nominations
import NominationsRun

/// Hidden: the benchmark's baseline — poppler-glib's own text extraction of every PDF in a
/// folder, in this process, on all cores (one document per task, after a single-threaded warm-up).
struct BaselineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "baseline", shouldDisplay: false)

    @Argument var folder: String
    @Option(help: "raw (poppler's text), layout (the run's extraction), read (extraction and reader) or reader (the reader alone; prints its seconds).")
    var stage: String = "raw"

    func run() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".pdf") }.sorted()
        guard let stage = Baseline.Stage(rawValue: stage) else {
            throw ValidationError("--stage: raw, layout, read ali reader")
        }
        let configuration = stage == .read || stage == .reader ? try BuiltInConfiguration.loadOrParse(notice: StandardError.notice) : nil
        let paths = names.map { (folder as NSString).appendingPathComponent($0) }
        if stage == .reader, let configuration {
            // The reader's seconds only (the extraction before it is not counted).
            let (nominees, seconds) = Baseline.readOnly(paths, configuration: configuration)
            print(String(format: "%d %.3f %d", names.count, seconds, nominees))
            return
        }
        let started = Date()
        let characters = Baseline.extract(paths, stage: stage,
                                          configuration: configuration)
        let seconds = Date().timeIntervalSince(started)
        print(String(format: "%d %.3f %d", names.count, seconds, characters))
    }
}
