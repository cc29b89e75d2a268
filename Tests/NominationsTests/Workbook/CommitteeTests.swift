import Foundation
import Testing
@testable import Nominations

/// The pure parts of the committee's workbook: names, evidence, decisions merged, hand entries, group state.
@Suite("Committee's workbook, pure")
struct CommitteeTests {
    static let configuration = try! ConfigurationLoader.defaults()

    @Test(arguments: [
        (["PUCER Danijel"], "Danijel Pucer"),
        (["KRISTINA PRIBAC"], "Kristina Pribac"),
        (["Kristina Kovacic", "Kristina Kovačič"], "Kristina Kovačič"),
        (["Rossana Sabadin"], "Rossana Sabadin"),
        (["dr. ana novak-kos"], "dr. Ana Novak-Kos"),
    ])
    func namesInOneNormalForm(_ written: [String], _ expected: String) {
        #expect(DisplayName.of(written) == expected)
    }

    @Test func wordsAgreeWithTheGender() {
        #expect(DisplayName.word("primeren", "primerna", for: "Ana Novak") == "primerna")
        #expect(DisplayName.word("primeren", "primerna", for: "Marko Novak") == "primeren")
    }

    @Test func theProposersOwnNameIsNoEvidence() {
        let phrases = ["pohodn*", "kolesarsk*"]
        #expect(TopicEvidence.restsOnName("Pohodniško društvo Slavnik", quote: "Pohodniško društvo Slavnik predlaga", phrases: phrases))
        #expect(!TopicEvidence.restsOnName("Pohodniško društvo Slavnik", quote: "vodi pohodniške izlete", phrases: phrases))
        #expect(!TopicEvidence.restsOnName("Turistično društvo Marezige", quote: "ureja kolesarske poti", phrases: phrases))
    }

    @Test func foldedWordsOverBytesAndCharacters() {
        // ASCII once folded: split over the bytes.
        #expect(TopicEvidence.words("Društvo „Šavrinke“, KS 2026-Koper") == ["drustvo", "savrinke", "ks", "2026", "koper"])
        // A letter the folding keeps (Cyrillic): split over characters, the same words.
        #expect(TopicEvidence.words("Društvo Мир, 12") == ["drustvo", "мир", "12"])
    }

    @Test func quotesKeepWholeWords() {
        let text = String(repeating: "beseda ", count: 8) + "pohodniške poti in markacije" + String(repeating: " dolgabeseda", count: 8)
        let quote = NomineeContext.quote(text, around: text.distance(from: text.startIndex, to: text.range(of: "pohodniške")!.lowerBound))
        let words = quote.split(separator: " ").map { String($0.filter { $0 != "…" }) }
        #expect(words.contains("pohodniške"))
        #expect(words.allSatisfy { ["beseda", "pohodniške", "poti", "in", "markacije", "dolgabeseda"].contains($0) })
    }

    @Test func onlyPlacesOfTheMunicipalityAreLocal() {
        let places = MunicipalPlaces(Self.configuration)
        #expect(places.contains("Marezige") && places.contains("v Marezigah"))
        #expect(!places.contains("Sežana"))
    }

    @Test func aReadWorkbookWinsAndChangesAreDated() {
        let kept = CommitteeRecord(decisions: ["a|x": CommitteeDecision(key: "a|x", cluster: "a", name: "X", decision: "Rezerva", note: "n")])
        let reading = CommitteeReading(decisions: [
            "a|x": CommitteeDecision(key: "a|x", cluster: "a", name: "X", decision: "Imenovan", note: "n"),
            "a|y": CommitteeDecision(key: "a|y", cluster: "a", name: "Y", decision: "", note: ""),
        ])
        let merged = kept.merging(reading, seen: "2026-12-07")
        #expect(merged.decisions["a|x"]?.decision == "Imenovan")
        #expect(merged.decisions["a|y"] == nil)
        #expect(merged.history == [DecisionChange(key: "a|x", cluster: "a", name: "X", decision: "Imenovan", previous: "Rezerva", seen: "2026-12-07")])
        // A key the workbook does not show keeps what was kept; a cleared one is cleared, and dated.
        #expect(kept.merging(CommitteeReading(), seen: "2026-12-08") == kept)
        let cleared = merged.merging(CommitteeReading(decisions: ["a|x": CommitteeDecision(key: "a|x", cluster: "a", name: "X", decision: "", note: "")]),
                                     seen: "2026-12-09")
        #expect(cleared.decisions.isEmpty && cleared.history.last?.decision == "")
    }

    @Test func handEntriesWinOrSayWhyNot() {
        let letter = Letter.unreadable("prazna datoteka")
        let letters = [ReadLetter(file: "a.pdf", letter: letter), ReadLetter(file: "b.pdf", letter: letter)]
        let applied = HandEntries(configuration: Self.configuration).apply([
            "a.pdf": HandEntry(file: "a.pdf", candidate: "Marta Novak", cluster: "3", category: "posameznik", consent: "da"),
            "b.pdf": HandEntry(file: "b.pdf", candidate: "Janez Kos", cluster: "Nekje"),
        ], to: letters)
        #expect(applied.used == ["a.pdf"])
        #expect(applied.letters[0].letter.status == .parsed)
        #expect(applied.letters[0].letter.nominees.first?.clusters == ["dezela-refoska"])
        #expect(applied.outcomes["b.pdf"] == "ni upoštevano: neznana skupina »Nekje«")
    }

    /// A candidate named in more letters than there are `Vir` columns: the last says how many more,
    /// and every letter is still on `Vsi predlogi`.
    @Test func sourceColumnsStopAtTheirMaximum() throws {
        let count = WorkbookLayout.maximumSourceColumns + 5
        let letters = (1...count).map { number in
            ReadLetter(file: String(format: "predlog-%02d.pdf", number),
                       letter: CandidateMergerTests.letter("Društvo \(number)", .drustvo, [CandidateMergerTests.nominee("Marta Novak", ["dezela-refoska"])]))
        }
        let layout = WorkbookLayout(configuration: Self.configuration)
        let facts = WorkbookLayout.RunFacts(runDate: CalendarDate(year: 2026, month: 2, day: 20)!, seconds: 1, configurationName: "t", lettersFolder: "dopisi")
        let ordered = WorkbookLayout.ordered(letters)
        let sheet = try #require(layout.candidateSheets(ordered, facts: facts).first { $0.name == "Dežela Refoška" })
        let sources = sheet.columns.enumerated().filter { $0.element.header.hasPrefix("Vir") }.map(\.offset)
        #expect(sources.count == WorkbookLayout.maximumSourceColumns)
        let row = try #require(sheet.rows.first)
        #expect(row.cells[sources[0]] == .link(target: "dopisi/predlog-01.pdf", text: "predlog-01.pdf"))
        #expect(row.cells[sources.last!] == .text("in še 6 dopisov (vsi so na listu »Vsi predlogi«)"))
        let all = try #require(layout.letterSheets(ordered, facts: facts).first { $0.name == "Vsi predlogi" })
        #expect(all.rows.count == count)
        #expect(WorkbookLayout.letters(2) == "2 dopisa" && WorkbookLayout.letters(104) == "104 dopisi" && WorkbookLayout.letters(101) == "101 dopis")
    }

    @Test func aShortGroupAndAnUnmetRuleAreFlaggedWithTheNextReserve() {
        let scored = [
            GroupComposerTests.scored("Ana Novak", "dezela-refoska", .posameznik, 9),
            GroupComposerTests.scored("Boris Kos", "dezela-refoska", .drustvo, 7),
            GroupComposerTests.scored("Cene Bole", "dezela-refoska", .ks, 12, eligible: false),
        ]
        let groups = GroupComposer(configuration: Self.configuration).compose(["dezela-refoska": scored])
        let status = GroupStatus(cluster: "dezela-refoska", ranked: Rubric.ranked(scored), groups: groups, configuration: Self.configuration)
        #expect(status.seats == "2 / 5")
        let ks = status.rules.first { $0.categories == [.ks] }
        #expect(ks?.met == false && ks?.text.contains("ni primernega kandidata") == true)
        #expect(status.reserve == nil)
    }
}
