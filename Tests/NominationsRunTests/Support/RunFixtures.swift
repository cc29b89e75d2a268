import Foundation
import Nominations
import TestSupport

/// What the run's tests share: the committed fixture letters, the default configuration, inboxes
/// copied into temporary folders (removed when the test process ends), the shared corpora where
/// ../shared is beside the project.
enum RunFixtures {
    static let fixtures = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.path
    static let scans = fixtures + "/Scans"
    static let configuration = try! ConfigurationLoader.defaults()
    static let reader = LetterReader(configuration: configuration)

    static func temporaryFolder() -> String { TemporaryFolders.make() }

    /// A new inbox with copies of `source`'s PDFs (or of `files`), an hour old so that they are settled.
    static func copyInbox(from source: String, files: [String]? = nil) throws -> String {
        let inbox = temporaryFolder()
        let names = try files ?? FileManager.default.contentsOfDirectory(atPath: source).filter { $0.lowercased().hasSuffix(".pdf") }
        for name in names {
            let target = inbox + "/" + name
            try FileManager.default.copyItem(atPath: source + "/" + name, toPath: target)
            try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -3600)], ofItemAtPath: target)
        }
        return inbox
    }

    /// All text of a workbook: shared strings and inline strings of every sheet.
    static func workbookText(_ path: String) throws -> String { try WorkbookReadBack.text(path) }

    /// A corpus of ../shared (`dev`, `dev2`, `wild`), or nil where ../shared is not beside the project.
    static func corpus(_ name: String) -> String? {
        var url = URL(fileURLWithPath: #filePath)
        // Tests/NominationsRunTests/Support/RunFixtures.swift → the folder that holds the project
        for _ in 0..<5 { url.deleteLastPathComponent() }
        let path = url.appendingPathComponent("shared/corpus/" + name).path
        return FileManager.default.fileExists(atPath: path + "/truth.jsonl") ? path : nil
    }
    static let devCorpus = corpus("dev")

    /// The `nominations` executable built beside the test bundle.
    static let executable: String? = {
        var url = Bundle.main.bundleURL
        for _ in 0..<3 {
            let candidate = url.appendingPathComponent("nominations").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            url.deleteLastPathComponent()
        }
        return nil
    }()
}
