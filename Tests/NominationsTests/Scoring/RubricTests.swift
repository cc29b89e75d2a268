import Testing
@testable import Nominations

@Suite("Scoring rubric")
struct RubricTests {
    static let configuration = try! ConfigurationLoader.defaults()

    static func candidate(cluster: String, topics: [String], local: Bool, consent: Bool?, endorsements: Int, contacts: Bool) -> Candidate {
        Candidate(name: "Ana Novak", cluster: cluster, category: .ks, email: contacts ? "a@b.si" : nil, phone: contacts ? "+38641000000" : nil,
                  proposers: ["KS"], sources: ["a.pdf"], endorsements: (0..<endorsements).map { "Društvo \($0)" }, consent: consent,
                  topics: Dictionary(uniqueKeysWithValues: topics.map { ($0, "citat \($0)") }), local: local, localQuote: local ? "Marezige" : nil,
                  late: false, warnings: [])
    }

    struct Case: Sendable, CustomStringConvertible {
        let description: String
        let cluster: String
        let topics: [String]
        let local: Bool
        let consent: Bool?
        let endorsements: Int
        let contacts: Bool
        let points: Double
    }

    // Weights from the default configuration: local 3, consent 2, topic 1 (+ cluster bonus), endorsement 1 (max 3), contacts 1.
    static let cases: [Case] = [
        Case(description: "nothing", cluster: "mesto-koper", topics: [], local: false, consent: nil, endorsements: 0, contacts: false, points: 0),
        Case(description: "local and consent", cluster: "dezela-refoska", topics: [], local: true, consent: true, endorsements: 0, contacts: false, points: 5),
        Case(description: "wine in Dežela Refoška weighs more", cluster: "dezela-refoska", topics: ["wine"], local: false, consent: nil, endorsements: 0, contacts: false, points: 3),
        Case(description: "wine elsewhere", cluster: "mesto-koper", topics: ["wine"], local: false, consent: nil, endorsements: 0, contacts: false, points: 1),
        Case(description: "endorsements capped", cluster: "mesto-koper", topics: [], local: false, consent: false, endorsements: 7, contacts: true, points: 4),
    ]

    @Test(arguments: cases)
    func points(_ testCase: Case) {
        let scored = Rubric(configuration: Self.configuration).score(Self.candidate(
            cluster: testCase.cluster, topics: testCase.topics, local: testCase.local, consent: testCase.consent,
            endorsements: testCase.endorsements, contacts: testCase.contacts))
        #expect(scored.points == testCase.points)
        #expect(scored.lines.reduce(0) { $0 + $1.points } == scored.points)
    }

    @Test func explanationQuotesTheLetter() {
        let scored = Rubric(configuration: Self.configuration).score(Self.candidate(
            cluster: "dezela-refoska", topics: ["wine"], local: true, consent: true, endorsements: 1, contacts: false))
        #expect(scored.explanation.contains("lokalnost +3 (Marezige)"))
        #expect(scored.explanation.contains("vino +3 (»citat wine«)"))
        #expect(scored.explanation.contains("soglasje +2"))
    }

    @Test func rankingIsDeterministicWithADocumentedTieBreak() {
        let rubric = Rubric(configuration: Self.configuration)
        var a = Self.candidate(cluster: "mesto-koper", topics: [], local: false, consent: nil, endorsements: 0, contacts: false)
        a.name = "Žiga Zorko"
        var b = a
        b.name = "Ana Abram"
        var c = a
        c.consent = false
        c.name = "Ana Aaa"
        let ranked = Rubric.ranked([rubric.score(a), rubric.score(c), rubric.score(b)]).map(\.candidate.name)
        #expect(ranked == ["Ana Abram", "Žiga Zorko", "Ana Aaa"], "equal points: by name; ineligible last")
    }
}
