import Testing
@testable import Nominations

/// Lines of letters in any order, cut anywhere: the reader must always give an answer (a crash
/// here loses a letter in the night run).
@Suite("Reading shuffled and cut letters")
struct ShuffledLettersTests {
    static let lines = """
    Krajevna skupnost Šmarje
    Ime in priimek: Dean Benčič
    Spoštovani,
    za člana akcijske skupine Mesto Koper predlagamo g. Deana Benčiča, ki je pri nas zaposlen kot kuhar.
    Kandidat je s predlogom seznanjen in s kandidaturo soglaša.
    Telefon: 041 222 333
    E-pošta: dean.bencic@example.si
    Lep pozdrav,
    Ana Kos, predsednica
    Zadeva: Predlog za člana akcijske skupine
    Zavod za mladino, kulturo in turizem Koper
    6000 Koper
    Koper, 15. 2. 2026
    1. Matijo Pecarja, Pomjan 22, tel. 040 987 654
    - dr. Igor Ražman, igor.razman@example.si
    Oba se s predlogom strinjata.
    Predlog podpirata tudi KD Gradin in AS Pregara.
    Soglasje kandidata/ke s DA
    ☒ Kandidat s kandidaturo soglaša: NE (ne)
    Predlagatelj (naziv oz. ime in Agrarna skupnost Zazid
    priimek)
    Od: Peter Kos <peter.kos@example.si>
    ŽIVLJENJEPIS
    (žig)
    Lp, Bojan Kralj
    obveščamo vas, da umikamo naš predlog za kandidata Janeza Bordona.
    v imenu našega društva (Pohodniško društvo
    Marezige) predlagam Janeza Bordona, ki vodi sekcijo, in go. Ano Novak-Kralj.
    """.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)

    /// A fixed sequence of numbers (the same on every run).
    struct Sequence { var state: UInt64; mutating func next(_ bound: Int) -> Int {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Int((state >> 33) % UInt64(max(bound, 1)))
    } }

    @Test func everyShuffleIsRead() {
        var numbers = Sequence(state: 2026)
        var statuses = Set<String>()
        for _ in 0..<1500 {
            var picked = (0..<(1 + numbers.next(14))).map { _ in Self.lines[numbers.next(Self.lines.count)] }
            if numbers.next(2) == 0, !picked.isEmpty {
                let index = numbers.next(picked.count)
                picked[index] = String(picked[index].prefix(numbers.next(picked[index].count + 1)))
            }
            let letter = Readers.defaults.read(ExtractedText(pages: [picked.joined(separator: "\n")]))
            statuses.insert(letter.status.rawValue)
        }
        // Shuffles give every kind of answer, and the reading never stops the process.
        #expect(statuses.isSuperset(of: ["parsed", "needs_review", "not_a_nomination"]))
    }

    @Test func aDataRowAboveTheSalutation() {
        let letter = Readers.defaults.read(ExtractedText(pages: ["""
        Ime in priimek: Dean Benčič
        Spoštovani,
        za člana akcijske skupine Mesto Koper predlagamo g. Deana Benčiča. Tel. 041 222 333.
        Lep pozdrav,
        Ana Kos
        """]))
        #expect(letter.nominees.map(\.name) == ["Dean Benčič"])
    }
}
