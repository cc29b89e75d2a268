import Foundation
import Nominations
import TestSupport
import Testing
@testable import NominationsRun

/// The proposed groups as the committee sees them: read back from the written workbook.
@Suite("Workbook read back")
struct ProposedGroupReadBackTests {
    @Test(.enabled(if: RunFixtures.devCorpus != nil, "../shared/corpus/dev is not beside the project; skipped"))
    func markedMembersMeetTheSeatRulesAndLinksOpenLetters() throws {
        let corpus = try #require(RunFixtures.devCorpus)
        let inbox = try RunFixtures.copyInbox(from: corpus)
        let outbox = RunFixtures.temporaryFolder()
        let configuration = try ConfigurationLoader.defaults()
        _ = try RunJob(configuration: configuration, configurationName: "t", inbox: inbox, outbox: outbox, state: nil, settleSeconds: 0).run()
        let file = outbox + "/" + RunJob.latestName
        let labels = Dictionary(uniqueKeysWithValues: configuration.categories.map { ($0.label, $0.slug) })
        for (offset, cluster) in configuration.clusters.enumerated() {
            let rows = try WorkbookReadBack.rows(file, sheet: offset + 2)
            #expect(rows.first?["A"] == "Rang" && rows.first?["E"] == "Predlagana sestava")
            let warnings = try #require(rows.first?.first { $0.value == "Opozorila" }?.key)
            let body = rows.dropFirst().filter { !($0["B"] ?? "").isEmpty }
            let marked = body.filter { $0["E"] == "Da" }
            #expect(marked.count <= configuration.composition.groupSize, "\(cluster.name)")
            #expect(!marked.contains { ($0[warnings] ?? "").contains("ne soglaša") }, "refused consent is never proposed")
            let markedCategories = marked.compactMap { $0["C"].flatMap { labels[$0] } }
            let eligible = body.filter { !($0[warnings] ?? "").contains("ni primern") }.compactMap { $0["C"].flatMap { labels[$0] } }
            for rule in configuration.composition.seats(for: cluster.slug) where eligible.contains(where: rule.categories.contains) {
                let wanted = min(rule.min, eligible.filter(rule.categories.contains).count)
                #expect(markedCategories.filter(rule.categories.contains).count >= wanted, "\(cluster.name): \(rule.categories)")
            }
            // Ranks are 1, 2, 3 … and points never increase down the eligible part of the sheet.
            #expect(body.compactMap { $0["A"].flatMap(Int.init) } == Array(1...body.count))
        }
        // Every link opens a letter kept beside the workbook.
        let relations = try WorkbookReadBack.unzip(file, "xl/worksheets/_rels/sheet2.xml.rels")
        let targets = relations.components(separatedBy: "Target=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        #expect(!targets.isEmpty)
        for target in targets {
            let relative = WorkbookReadBack.unescape(target).replacingOccurrences(of: "%20", with: " ").replacingOccurrences(of: "\\", with: "/")
            #expect(FileManager.default.fileExists(atPath: outbox + "/" + relative), "link \(target)")
        }
    }
}
