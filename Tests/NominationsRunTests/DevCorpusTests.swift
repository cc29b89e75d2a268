import Foundation
import Nominations
import Testing
@testable import NominationsRun

/// The shared dev corpus (invented letters with their truth). Runs where ../shared is beside
/// the project (CI); skipped with a note elsewhere.
@Suite("Dev corpus")
struct DevCorpusTests {
    static let corpora = ["dev", "dev2"].filter { RunFixtures.corpus($0) != nil }

    /// dev and dev2: every letter with a text layer gets the truth's status and candidates.
    @Test(.enabled(if: !corpora.isEmpty, "../shared/corpus is not beside the project; the corpus test is skipped"), arguments: corpora)
    func everyLetterGetsItsStatusAndCandidates(_ name: String) throws {
        let corpus = try #require(RunFixtures.corpus(name))
        let reader = LetterReader(configuration: try ConfigurationLoader.defaults())
        let truth = try String(contentsOfFile: corpus + "/truth.jsonl", encoding: .utf8).split(separator: "\n")
        var checked = 0
        for line in truth {
            let record = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
            guard record["scanned"] as? Bool != true else { continue }
            let file = record["file"] as! String
            let read = LetterFile.read(path: corpus + "/" + file, reader: reader)
            #expect(read.letter.status.rawValue == record["status"] as? String, "\(file)")
            #expect(read.sha256 == record["sha256"] as? String, "\(file)")
            let names = (record["candidates"] as! [[String: Any]]).map { PersonKeyForTest.key($0["name"] as! String) }
            #expect(read.letter.nominees.map { PersonKeyForTest.key($0.name) }.sorted() == names.sorted(), "\(file)")
            checked += 1
        }
        #expect(checked >= 30)
    }
}

enum PersonKeyForTest {
    static func key(_ name: String) -> String {
        Folding.fold(name).split { !$0.isLetter }.map(String.init).filter { !["g", "ga", "go", "sig", "ra"].contains($0) }.sorted().joined(separator: " ")
    }
}
