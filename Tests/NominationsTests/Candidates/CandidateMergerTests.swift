import Testing
@testable import Nominations

@Suite("One person, one row")
struct CandidateMergerTests {
    static let configuration = try! ConfigurationLoader.defaults()

    static func letter(_ proposer: String, _ category: Category, _ nominees: [Nominee], late: Bool = false) -> Letter {
        Letter(status: .parsed, textSource: .text, language: .sl, proposer: Proposer(name: proposer, category: category, confidence: 1),
               nominees: nominees, date: CalendarDate(year: 2026, month: 2, day: 1), late: late, problems: [])
    }

    static func nominee(_ name: String, _ clusters: [String], email: String? = nil, phone: String? = nil, consent: Bool? = true,
                        endorsements: [String] = []) -> Nominee {
        var nominee = Nominee(name: name)
        nominee.clusters = clusters
        nominee.email = email
        nominee.phone = phone
        nominee.consent = consent
        nominee.category = .drustvo
        nominee.endorsements = endorsements
        return nominee
    }

    struct Case: Sendable, CustomStringConvertible {
        let description: String
        let first: Nominee
        let second: Nominee
        let persons: Int
    }

    static let cases: [Case] = [
        Case(description: "surname first, capitals, no diacritics", first: nominee("PEČARIČ Manca", ["mesto-koper"]),
             second: nominee("Manca Pecaric", ["mesto-koper"]), persons: 1),
        Case(description: "declined form", first: nominee("Uroš Rojac", ["dolina-dragonje"]),
             second: nominee("Uroša Rojca", ["dolina-dragonje"]), persons: 1),
        Case(description: "same e-mail, same surname", first: nominee("Dean Benčič", ["kraski-rob-rizana"], email: "dean@x.si"),
             second: nominee("D. Benčič", ["kraski-rob-rizana"], email: "dean@x.si"), persons: 1),
        Case(description: "same surname, other person", first: nominee("Ana Novak", ["mesto-koper"]),
             second: nominee("Boris Novak", ["mesto-koper"]), persons: 2),
    ]

    @Test(arguments: cases)
    func samePersonAcrossLetters(_ testCase: Case) {
        let letters = [ReadLetter(file: "a.pdf", letter: Self.letter("KS Šmarje", .ks, [testCase.first])),
                       ReadLetter(file: "b.pdf", letter: Self.letter("TD Gradin", .drustvo, [testCase.second]))]
        let candidates = CandidateMerger.merge(letters, configuration: Self.configuration)
        #expect(candidates.count == testCase.persons)
        if testCase.persons == 1 {
            #expect(candidates[0].sources == ["a.pdf", "b.pdf"])
            #expect(candidates[0].proposers == ["KS Šmarje", "TD Gradin"])
            #expect(candidates[0].endorsements.contains("TD Gradin"), "a second proposer counts as an endorsement")
        }
    }

    /// Each endorsement once, in the form first written (compared folded: case and diacritics), and
    /// a further proposer already among the endorsements is not added again.
    @Test func endorsementsOnceInTheirFirstForm() {
        let letters = [ReadLetter(file: "a.pdf", letter: Self.letter("KS Šmarje", .ks, [Self.nominee("Ana Jakomin", ["dolina-dragonje"],
                                                                                                  endorsements: ["Društvo Vinarji", "TD Gradin"])])),
                       ReadLetter(file: "b.pdf", letter: Self.letter("TD Gradin", .drustvo, [Self.nominee("Ana Jakomin", ["dolina-dragonje"],
                                                                                                      endorsements: ["DRUSTVO VINARJI", "Aktiv kmečkih žena"])]))]
        let candidates = CandidateMerger.merge(letters, configuration: Self.configuration)
        #expect(candidates.count == 1)
        #expect(candidates.first?.endorsements == ["Društvo Vinarji", "TD Gradin", "Aktiv kmečkih žena"])
    }

    @Test func oneRowPerClusterAndRefusalWins() {
        let letters = [ReadLetter(file: "a.pdf", letter: Self.letter("KS", .ks, [Self.nominee("Jadran Bandelj", ["mesto-koper", "kraski-rob-rizana"])])),
                       ReadLetter(file: "b.pdf", letter: Self.letter("TD", .drustvo, [Self.nominee("Jadran Bandelj", ["mesto-koper"], consent: false)]))]
        let candidates = CandidateMerger.merge(letters, configuration: Self.configuration)
        #expect(candidates.map(\.cluster).sorted() == ["kraski-rob-rizana", "mesto-koper"])
        let town = candidates.first { $0.cluster == "mesto-koper" }!
        #expect(town.consent == false)
        #expect(!town.eligible)
    }

    @Test func lateOnlyWhenEveryLetterIsLate() {
        let letters = [ReadLetter(file: "a.pdf", letter: Self.letter("KS", .ks, [Self.nominee("Eva Bratož", ["dolina-dragonje"])], late: true)),
                       ReadLetter(file: "b.pdf", letter: Self.letter("TD", .drustvo, [Self.nominee("Eva Bratož", ["dolina-dragonje"])]))]
        #expect(CandidateMerger.merge(letters, configuration: Self.configuration).first?.late == false)
    }
}
