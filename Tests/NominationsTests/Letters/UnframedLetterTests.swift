import Testing
@testable import Nominations

/// Letters without the usual frame: no salutation, no recipient block, no closing formula.
@Suite("Reading letters: no salutation, no closing")
struct UnframedLetterTests {
    func read(_ text: String) -> Letter { MoreLetterCasesTests.reader.read(ExtractedText(pages: [text])) }

    @Test func aLetterheadWithoutSalutationOrRecipientNamesTheProposer() throws {
        let letter = read("""
        Agrarna skupnost Kubed
        Kubed 1, 6272 Gračišče
        Kubed, dne 10. januarja 2026
        Zadeva: predlog
        Agrarna skupnost Kubed za člana akcijske skupine za Kraški rob predlaga Marka Sabadina iz Kubeda (tel 051 333 444).
        Marko je pastir in pozna poti. Z imenovanjem soglaša.
        Za agrarno skupnost
        Jure Bordon, predsednik
        """)
        #expect(letter.proposer.category == .agrarnaSkupnost)
        #expect(letter.proposer.name == "Agrarna skupnost Kubed")
        #expect(letter.nominees.map(\.name) == ["Marko Sabadin"])
    }

    @Test func aRoleAboveANameWithoutClosingIsTheSignatureNotACandidate() throws {
        let letter = read("""
        Hotel Koper d.o.o.
        Pristaniška ulica 3, 6000 Koper
        Koper, 27/02/2026
        Predlog za člana akcijske skupine Mesto Koper
        Kot ponudnik nastanitev v starem mestnem jedru predlagamo našo direktorico Kristino Pečar
        (GSM: +386 41 987 654, kristina.pecar@example.si) za članico akcijske skupine Mesto Koper.
        Kandidatka soglaša s predlogom.
        Direktor
        Aleš Furlan
        """)
        #expect(letter.nominees.map(\.name) == ["Kristina Pečar"])
        #expect(letter.proposer.category == .ponudnik)
        #expect(letter.proposer.name == "Hotel Koper d.o.o.")
    }

    @Test func aSalutationIsNeverTheProposerAndADateAboveANameSigns() throws {
        let letter = read("""
        Spoštovani,
        kot prebivalka Sv. Antona predlagam gospo Marjeto Kos za akcijsko skupino Kraški rob z dolino reke Rižane.
        Njena tel. št.: 041123456. Gospa Kos s kandidaturo soglaša.
        Sv. Anton, 12. 2. 2026
        Irena Pahor
        """)
        #expect(letter.proposer.name == "Irena Pahor")
        #expect(letter.proposer.category == .posameznik)
        #expect(letter.nominees.map(\.name) == ["Marjeta Kos"])
    }

    @Test func aCandidateListAtTheEndIsNotASignature() throws {
        let letter = read("""
        Krajevna skupnost Gradin
        Gradin 1, 6272 Gračišče
        Gradin, 3. 2. 2026
        Za akcijsko skupino Kraški rob z dolino reke Rižane predlagamo:
        - Ana Pobega, tel. 041 111 222
        - Boris Pucer
        """)
        #expect(Set(letter.nominees.map(\.name)) == ["Ana Pobega", "Boris Pucer"])
        #expect(letter.proposer.category == .ks)
    }

    @Test func aPredmetLineNamesTheClusterBeforeAPlaceWould() throws {
        let letter = read("""
        Kulturno društvo Pomjan
        Pomjan 18, 6274 Šmarje
        Pomjan, 10. 2. 2026
        Predmet: predlog člana akcijske skupine Dolina reke Dragonje
        Spoštovani,
        naše društvo predlaga Tino Babič iz Krkavč, tina.babic@example.si. Tina se s predlogom strinja.
        S spoštovanjem,
        Ana Kralj, predsednica
        """)
        let nominee = try #require(letter.nominees.first)
        #expect(nominee.clusters == ["dolina-dragonje"])
        #expect(!letter.problems.contains { $0.code == "cluster_inferred" })
    }
}
