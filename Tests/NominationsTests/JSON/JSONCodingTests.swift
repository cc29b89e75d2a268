import Foundation
import Testing
@testable import Nominations

@Suite("JSON written and read by hand")
struct JSONCodingTests {
    /// Text with everything that needs care: quotes, backslashes, control characters, č š ž, emoji.
    static let awkward = "»Dežela Refoška« \"quoted\" back\\slash\nnew line\ttab\u{1}bell\u{7F} čšž ČŠŽ 🍷 / end"

    static var letter: Letter {
        var nominee = Nominee(name: "Ana Šuc")
        nominee.email = "ana@primer.si"
        nominee.phone = "+38641123456"
        nominee.address = "Marezige 3, 6000 Koper"
        nominee.clusters = ["dezela-refoska", "mesto-koper"]
        nominee.clusterInferred = true
        nominee.clusterPlace = "Marezige"
        nominee.clusterProblem = Problem("cluster_uncertain", awkward)
        nominee.category = .agrarnaSkupnost
        nominee.consent = false
        nominee.topics = ["wine": "…vinske degustacije…", "heritage": awkward]
        nominee.endorsements = ["KS Marezige", "Društvo \"Vinarji\""]
        nominee.home = "Marezige"
        nominee.homeClusters = ["dezela-refoska"]
        nominee.selfNominated = true
        nominee.evidence = [Evidence(field: "name", rule: "data_row", line: 14, quote: awkward, confidence: 0.95),
                            Evidence(field: "consent", rule: "stated", line: nil, quote: "soglaša", confidence: 0.8)]
        let bare = Nominee(name: "Bor")
        return Letter(status: .needsReview, textSource: .form, language: .it,
                      proposer: Proposer(name: "KS Marezige", category: .ks, confidence: 0.85, place: "Marezige"),
                      nominees: [nominee, bare], date: CalendarDate(year: 2026, month: 2, day: 28), late: true,
                      problems: [Problem("late", "Dopis je datiran po roku."), Problem("x", awkward)])
    }

    static var text: ExtractedText {
        ExtractedText(pages: ["Prva stran\n" + awkward, ""],
                      fields: [.init(label: "Ime:", name: "ime", value: "Ana", ticked: nil),
                               .init(label: "☒ društvo", name: "vrsta", value: nil, ticked: true)],
                      failure: nil, detail: awkward)
    }

    @Test func letterRoundTrips() throws {
        let letter = Self.letter
        #expect(try Letter(jsonBytes: letter.jsonBytes) == letter)
        let bare = Letter.unreadable("prazna datoteka")
        #expect(try Letter(jsonBytes: bare.jsonBytes) == bare)
    }

    @Test func textRoundTrips() throws {
        let text = Self.text
        #expect(try ExtractedText(jsonBytes: text.jsonBytes) == text)
        let failed = ExtractedText.failed(.timedOut)
        #expect(try ExtractedText(jsonBytes: failed.jsonBytes) == failed)
    }

    /// The state written by earlier versions (Foundation's encoder) is still read, and Foundation reads ours.
    @Test func agreesWithFoundation() throws {
        let letter = Self.letter, text = Self.text
        #expect(try Letter(jsonBytes: JSONEncoder().encode(letter)) == letter)
        #expect(try JSONDecoder().decode(Letter.self, from: Data(letter.jsonBytes)) == letter)
        #expect(try ExtractedText(jsonBytes: JSONEncoder().encode(text)) == text)
        #expect(try JSONDecoder().decode(ExtractedText.self, from: Data(text.jsonBytes)) == text)
    }

    @Test func parsesEscapesAndNumbers() throws {
        let value = try JSONReader.parse(Array(#" { "a" : [1, -2.5, 3e2, true, false, null], "s": "\u010d\ud83c\udf77\/\"\\\n", "e": {} } "#.utf8))
        #expect(value["a"] == .array([.number(1), .number(-2.5), .number(300), .bool(true), .bool(false), .null]))
        #expect(value["s"] == .string("č🍷/\"\\\n"))
        #expect(value["e"] == .object([]))
    }

    /// Numbers read from their digits come out as Double's own parser reads them, bit for bit.
    @Test(arguments: ["0", "-0", "14", "0.95", "0.1", "-2.5", "0.3333333333333333", "123456789012345", "1234567890123456789",
                      "0.000000000000000000001", "1e3", "2.5E-3", "-1.25e+2", "9007199254740993", "0.1000000000000000055511151231257827"])
    func numbersAgreeWithDoublesParser(_ text: String) throws {
        let read = try JSONReader.parse(Array("[\(text)]".utf8)).array?.first?.double
        #expect(read?.bitPattern == Double(text)?.bitPattern, "\(text): \(String(describing: read)) against \(String(describing: Double(text)))")
    }

    @Test(arguments: [#"{"a":1"#, #"{"a":"b}"#, #"{"a":1} x"#, "[1,]", "{\"a\":\"line\nbreak\"}", #"{"a":tru}"#, "", #""\x""#, "-"])
    func refusesBrokenText(_ text: String) {
        #expect(throws: JSONError.self) { try JSONReader.parse(Array(text.utf8)) }
    }

    @Test func refusesDeepNesting() {
        let deep = String(repeating: "[", count: 1000) + String(repeating: "]", count: 1000)
        #expect(throws: JSONError.self) { try JSONReader.parse(Array(deep.utf8)) }
    }

    /// Letters are read straight from bytes as `JSONValue`'s accessors read them: members it does
    /// not know are skipped (whatever is in them), an optional string or boolean of another type is
    /// left out, and a required member of another type is refused.
    @Test func readsLettersAsTheAccessorsDo() throws {
        let nominee = #"{"name":"Ana","email":5,"phone":null,"consent":"da","clusters":["dolina-dragonje"],"clusterInferred":false,"#
            + #""topics":{"wine":"vino"},"endorsements":[],"homeClusters":[],"selfNominated":false,"evidence":{"x":1},"extra":[{"a":[1,{"b":null}]},"č"]}"#
        let letter = #"{"status":"parsed","textSource":"text","language":null,"proposer":{"confidence":1e-1,"name":["KS"]},"#
            + #""nominees":[\#(nominee)],"date":null,"late":false,"problems":[],"future":{"deep":[[[true]]]}}"#
        let read = try Letter(jsonBytes: Array(letter.utf8))
        #expect(read.proposer.confidence == 0.1)
        // Numbers in the forms the tree reads too.
        for (written, value) in [("+1", 1.0), (".5", 0.5), ("-0.25", -0.25)] {
            let other = try Letter(jsonBytes: Array(letter.replacingOccurrences(of: #""confidence":1e-1"#, with: #""confidence":\#(written)"#).utf8))
            #expect(other.proposer.confidence == value, "\(written)")
        }
        #expect(read.proposer.name == nil)
        #expect(read.nominees.count == 1)
        #expect(read.nominees[0].email == nil && read.nominees[0].consent == nil && read.nominees[0].evidence.isEmpty)
        #expect(read.nominees[0].topics == ["wine": "vino"])
        #expect(read.language == nil && read.date == nil)
        for (broken, why) in [(#""late":false"#, #""late":"no""#), (#""clusters":["dolina-dragonje"]"#, #""clusters":["dolina-dragonje",1]"#),
                              (#""name":"Ana""#, #""name":3"#), (#""topics":{"wine":"vino"}"#, #""topics":{"wine":1}"#),
                              (#""language":null"#, #""language":"de""#), (#""date":null"#, #""date":{"year":2026,"month":2,"day":30}"#),
                              (#""proposer":{"confidence":1e-1,"name":["KS"]}"#, #""proposer":{"name":"KS"}"#)] {
            #expect(throws: JSONError.self, "\(why)") { try Letter(jsonBytes: Array(letter.replacingOccurrences(of: broken, with: why).utf8)) }
        }
        #expect(throws: JSONError.self) { try Letter(jsonBytes: Array((letter + " {}").utf8)) }
        let deep = letter.replacingOccurrences(of: "[[[true]]]", with: String(repeating: "[", count: 100) + String(repeating: "]", count: 100))
        #expect(throws: JSONError.self) { try Letter(jsonBytes: Array(deep.utf8)) }
    }

    @Test func refusesMissingMembers() {
        #expect(throws: JSONError.self) { try Letter(jsonBytes: Array(#"{"status":"parsed"}"#.utf8)) }
        #expect(throws: JSONError.self) { try Letter(jsonBytes: Array(#"{"status":"nonsense","textSource":"text","proposer":{"confidence":0},"nominees":[],"late":false,"problems":[]}"#.utf8)) }
        #expect(throws: JSONError.self) { try ExtractedText(jsonBytes: Array(#"{"pages":["a",1],"fields":[]}"#.utf8)) }
    }
}
