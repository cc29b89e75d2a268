import Testing
@testable import Nominations

// Letters without the usual frame: where the letterhead, the subject and the signature are.

@Suite("Reading letters: no salutation, no closing")
struct UnframedLetterTests {
    @Test func aLetterheadWithoutSalutationOrRecipientNamesTheProposer() throws {
        let letter = readLetter("""
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
        let letter = readLetter("""
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
        let letter = readLetter("""
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
        let letter = readLetter("""
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
        let letter = readLetter("""
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

@Suite("Reading letters: letterheads beside a date or below the recipient")
struct LetterheadPlacementTests {
    @Test func theDateInAColumnBesideTheSender() {
        let letter = readLetter("""
        Društvo prijateljev Kubeda    Kubed, 17. 2. 2026
        Kubed 12, 6272 Gračišče
        Predlog kandidatov za akcijsko skupino
        Društvo prijateljev Kubeda predlaga v akcijsko skupino Kraški rob z dolino reke Rižane kandidate iz tabele.
        Ime in priimek  Telefon  E-pošta
        Borut Mahnič  031 654 987  borut.mahnic@example.si
        Lep pozdrav,
        Marjan Hrvatin
        predsednik društva
        """)
        #expect(letter.proposer.name == "Društvo prijateljev Kubeda")
        #expect(letter.proposer.category == .drustvo)
        #expect(letter.nominees.map(\.name) == ["Borut Mahnič"])
        #expect(letter.date?.description == "2026-02-17")
    }

    @Test func theSenderBelowTheRecipientAtTheTop() {
        let letter = readLetter("""
        Zavod za mladino, kulturo in turizem Koper
        Verdijeva 10, 6000 Koper
        Apartmaji Morje, Nataša Grižon s.p.
        Bertoki 77, 6000 Koper
        Spoštovani,
        kot lokalni ponudnik nastanitev za članico akcijske skupine Mesto Koper predlagam go. Vesno Rojac, ki vodi naše apartmaje.
        Kontakt: 070 123 123. Vesna s kandidaturo soglaša.
        Koper, 26. 2. 2026
        Nataša Grižon
        """)
        #expect(letter.proposer.category == .ponudnik)
        #expect(letter.nominees.map(\.name) == ["Vesna Rojac"])
    }
}

@Suite("Reading letters: signatures with a stamp, subjects, a date after the CV")
struct StampAndSubjectTests {
    @Test func aSignatureWithAStampAndNoClosing() {
        let letter = readLetter("""
        Društvo vodnikov Slovenske Istre
        Tartinijev trg 11, 6330 Piran
        Zavod za mladino, kulturo in turizem Koper
        6000 Koper
        29. januarja 2026
        Zadeva: Predlog za člana akcijske skupine
        Društvo vodnikov Slovenske Istre se odziva na vaš javni poziv.
        Za člana akcijske skupine Dolina reke Dragonje predlagamo g. Žigo Petrinjo, tel. 031 245 517. Soglasje kandidata prilagamo.
        Jasna Jerman
        predsednica društva
        (žig)
        """)
        #expect(letter.nominees.map(\.name) == ["Žiga Petrinja"])
        #expect(letter.status == .parsed)
    }

    @Test func anOwnerSigningWithTheBusinessNameEndingInSP() throws {
        let letter = readLetter("""
        Kolesarski center Cunja, Mirko Cunja s.p.
        Osp 65b, 6275 Črni Kal
        tel. 068166159 · info@example.si
        Osp, 9. 2. 2026
        Za člana akcijske skupine Kraški rob z dolino reke Rižane predlagamo našega lastnika g. Mirka Cunjo.
        Mirko Cunja
        nosilec dejavnosti
        Kolesarski center Cunja, Mirko Cunja s.p.
        """)
        let nominee = try #require(letter.nominees.first)
        #expect(nominee.name == "Mirko Cunja")
        #expect(nominee.consent == true)
        #expect(nominee.phone == "+38668166159")
    }

    @Test func theDateAloneBelowAnAttachedCV() {
        let letter = readLetter("""
        Spoštovani,
        prijavljam se za člana akcijske skupine Mesto Koper. Tel. 041 555 111.
        Lep pozdrav,
        Rok Kralj
        ŽIVLJENJEPIS
        Delovne izkušnje
        1990–danes: vodnik
        24. januarja 2026
        """)
        #expect(letter.date?.description == "2026-01-24")
    }
}

@Suite("Reading letters: the business's contacts in a footer")
struct FooterContactsTests {
    @Test func anOwnerSigningAboveAFooterWithTheContacts() throws {
        let letter = readLetter("""
        Kolesarski center Cunja, Mirko Cunja s.p.
        Osp, 9. 2. 2026
        Spoštovani,
        za člana akcijske skupine Kraški rob z dolino reke Rižane predlagamo našega lastnika g. Mirka Cunjo.
        S spoštovanjem,
        Mirko Cunja
        nosilec dejavnosti
        Osp 65b, 6275 Črni Kal | tel. 068166159 | info@example.si
        """)
        let nominee = try #require(letter.nominees.first)
        #expect(nominee.phone == "+38668166159")
        #expect(nominee.email == "info@example.si")
    }
}

@Suite("Reading letters: a place and date above the recipient, a title, 'Za društvo'")
struct TitlesAndPlaceDateTests {
    @Test func thePlaceAndDateAtTheTopIsNotTheSenderAndATitleIsNoVerb() {
        let letter = readLetter("""
        Koper, 4.2.2026
        Zavod za mladino, kulturo in turizem Koper
        6000 Koper
        PREDLOG
        Spodaj podpisana Nataša Jerman, Bertoki 4, Koper, predlagam za članico akcijske skupine Mesto Koper Ano Pribac. Tel. kandidatke: 040 333 111. Ana se s predlogom strinja.
        Nataša Jerman
        """)
        #expect(letter.nominees.map(\.name) == ["Ana Pribac"])
        #expect(letter.proposer.name == "Nataša Jerman")
        #expect(letter.proposer.category == .posameznik)
    }

    @Test func anOrganisationSigningWithZa() {
        let letter = readLetter("""
        Društvo vinogradnikov Slovenske Istre predlaga za člana akcijske skupine Dežela Refoška Roberta Kocjančiča, tel. 031 456 789. S kandidaturo soglaša.
        Marezige, 3. februarja 2026
        Za Društvo vinogradnikov Slovenske Istre:
        predsednik Milan Bratož
        """)
        #expect(letter.proposer.name == "Društvo vinogradnikov Slovenske Istre")
        #expect(letter.proposer.category == .drustvo)
    }
}

@Suite("A long line of contacts in the letterhead")
struct ContactLineLetterheadTests {
    @Test func theOwnersContactsInALongLetterheadLine() throws {
        let letter = readLetter("""
        TURISTIČNA KMETIJA BORDON
        Kubed 3, 6272 Gračišče
        tel. 05 653 22 11, info@kmetija-bordon.example, www.kmetija-bordon.example
        Kubed, 19.02.2026
        Predlagamo, da se v akcijsko skupino Kraški rob z dolino reke Rižane imenuje Damjan Bordon. S predlogom se strinja.
        S spoštovanjem,
        Damjan Bordon
        nosilec dejavnosti
        """)
        let nominee = try #require(letter.nominees.first)
        #expect(nominee.phone == "+38656532211")
        #expect(nominee.email == "info@kmetija-bordon.example")
    }
}

@Suite("Other closing formulas")
struct ClosingFormulaTests {
    @Test(arguments: ["Lepo vas pozdravljam,", "S prijaznimi pozdravi,", "Prijazen pozdrav", "Yours sincerely,"])
    func theSignersOwnPhoneIsNotTheCandidates(closing: String) {
        let letter = readLetter("""
        Spoštovani,
        za člana akcijske skupine Mesto Koper predlagam g. Roka Kralja. Rok soglaša.
        \(closing)
        Ana Kos
        tel. 031 999 888
        """)
        #expect(letter.proposer.name == "Ana Kos")
        #expect(letter.nominees.map(\.name) == ["Rok Kralj"])
        #expect(letter.nominees.map(\.phone) == [nil])
    }
}
