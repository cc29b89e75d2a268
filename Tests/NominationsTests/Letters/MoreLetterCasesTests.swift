import Testing
@testable import Nominations

/// More letters in wordings and layouts the dev corpus does not use.
@Suite("Reading letters: other wordings")
struct MoreLetterCasesTests {
    func read(_ text: String) -> Letter { Readers.defaults.read(ExtractedText(pages: [text])) }

    @Test func anEmailReplyQuotingTheCallTakesNothingFromTheQuote() throws {
        let letter = read("""
        From: Boris Zorko <boris.zorko@example.si>
        Sent: Tuesday, February 3, 2026 8:15 PM
        To: predlogi@zmktk.si
        Subject: RE: Javni poziv
        Pozdravljeni,
        predlagam Tanjo Hrvatin za članico skupine Dolina reke Dragonje. Tanja s kandidaturo soglaša.
        Njen telefon je 068 123 456.
        Lp, Boris
        -----Original Message-----
        From: ZMKTK <info@zmktk.si>
        Sent: 12. januar 2026
        Predloge pošljite do 28. 2. 2026. Skupine: Mesto Koper, Kraški rob z dolino reke Rižane, Dežela Refoška.
        Za informacije pokličite 05 663 00 00.
        """)
        let nominee = try #require(letter.nominees.first)
        #expect(nominee.name == "Tanja Hrvatin")
        #expect(nominee.phone == "+38668123456")
        #expect(nominee.clusters == ["dolina-dragonje"])
        #expect(letter.date?.description == "2026-02-03")
        #expect(letter.proposer.category == .posameznik)
    }

    @Test func anOwnerSigningForTheBusinessGivesConsentAndTheBusinessContacts() throws {
        let letter = read("""
        Vinska klet Bržan, Marko Bržan s.p.
        Truške 4, 6273 Marezige
        tel. 041 777 666 · info@klet-brzan.example
        Zavod za mladino, kulturo in turizem Koper
        6000 Koper
        Truške, 20. 2. 2026
        Spoštovani,
        za člana akcijske skupine za naše območje predlagamo našega lastnika g. Marka Bržana, ki prideluje refošk.
        S spoštovanjem,
        Marko Bržan
        lastnik
        """)
        let nominee = try #require(letter.nominees.first)
        #expect(letter.proposer.category == .ponudnik)
        #expect(nominee.name == "Marko Bržan")
        #expect(nominee.category == .ponudnik)
        #expect(nominee.consent == true)
        #expect(nominee.phone == "+38641777666")
        #expect(nominee.clusters == ["dezela-refoska"])
        #expect(nominee.topics["wine"] != nil)
    }

    @Test func aMixedKSAloneIsNoGuess() throws {
        let letter = read("""
        Spoštovani,
        v imenu KS Gračišče predlagamo go. Lucijo Kocjančič. Kontakt: lucija.k@example.si. Soglasje kandidatke prilagamo.
        Lep pozdrav,
        Ana Kos
        """)
        let nominee = try #require(letter.nominees.first)
        #expect(nominee.clusters.isEmpty)
        #expect(nominee.consent == true)
        #expect(letter.status == .needsReview)
    }
}

@Suite("Reading letters: one-line letterheads and English")
struct OneLineAndEnglishTests {
    @Test func aOneLineLetterheadOfAPerson() throws {
        let letter = Readers.defaults.read(ExtractedText(pages: ["""
        Janez Novak, Kraljeva ulica 5, 6000 Koper
        Koper, 2. 2. 2026
        Spoštovani,
        za člana akcijske skupine Mesto Koper predlagam g. Roka Pucerja, tel. 031 555 444. Rok s kandidaturo soglaša.
        Lep pozdrav,
        Janez Novak
        """]))
        #expect(letter.proposer.name == "Janez Novak")
        #expect(letter.proposer.category == .posameznik)
        #expect(letter.nominees.first?.name == "Rok Pucer")
        #expect(letter.status == .parsed)
    }

    @Test func anEnglishLetter() throws {
        let letter = Readers.defaults.read(ExtractedText(pages: ["""
        Hiking Association Socerb
        Socerb 2, 6275 Črni Kal
        12 February 2026
        Dear Sir or Madam,
        we would like to nominate Mr. Tom Kralj for the action group Kraški rob. Phone +386 41 222 333.
        Mr. Kralj agrees with the nomination.
        Kind regards,
        Eva Kos
        """]))
        #expect(letter.language == .en)
        #expect(letter.proposer.category == .drustvo)
        #expect(letter.nominees.first?.name == "Tom Kralj")
        #expect(letter.nominees.first?.clusters == ["kraski-rob-rizana"])
        #expect(letter.nominees.first?.consent == true)
        #expect(letter.date?.description == "2026-02-12")
    }
}

@Suite("Reading letters: several people in one sentence")
struct SeveralInOneSentenceTests {
    @Test func twoPeopleNamedTogetherKeepTheirOwnContacts() throws {
        let letter = Readers.defaults.read(ExtractedText(pages: ["""
        Krajevna skupnost Gradin
        Gradin 1, 6272 Gračišče
        Gradin, 4. 2. 2026
        Spoštovani,
        za akcijsko skupino Dolina reke Dragonje predlagamo go. Ano Novak in g. Boruta Kralja.
        Kontakta: 041 111 111 in 040 222 222. Oba s kandidaturo soglašata.
        Lep pozdrav,
        Jože Kos
        """]))
        #expect(letter.nominees.map(\.name) == ["Ana Novak", "Borut Kralj"])
        #expect(letter.nominees.map(\.phone) == ["+38641111111", "+38640222222"])
        #expect(letter.nominees.allSatisfy { $0.clusters == ["dolina-dragonje"] && $0.consent == true })
    }
}

@Suite("Reading letters: minutes with a resolution")
struct MinutesTests {
    @Test func aResolutionOfTheCouncilNamesTheCandidate() throws {
        let letter = Readers.defaults.read(ExtractedText(pages: ["""
        KRAJEVNA SKUPNOST ŠKOFIJE
        Spodnje Škofije 1, 6281 Škofije
        IZVLEČEK ZAPISNIKA
        7. redne seje Sveta KS Škofije, ki je bila dne 22. 1. 2026
        Ad 3) Javni poziv ZMKTK za člane akcijskih skupin
        Svet KS je po razpravi soglasno sprejel
        SKLEP št. 3/7:
        Svet KS Škofije za člana akcijske skupine Kraški rob z dolino reke Rižane predlaga g. Aleša Kocjančiča,
        Plavje 12, 6281 Škofije, tel. 041 909 808, ki s kandidaturo soglaša.
        Zapisala: Maja Novak
        Škofije, 26. 1. 2026
        Predsednik Sveta KS
        Tomaž Hrvatin
        """]))
        #expect(letter.proposer.category == .ks)
        let nominee = try #require(letter.nominees.first)
        #expect(nominee.name == "Aleš Kocjančič")
        #expect(nominee.phone == "+38641909808")
        #expect(nominee.clusters == ["kraski-rob-rizana"])
        #expect(nominee.consent == true)
        #expect(nominee.category == .ks)
        #expect(letter.date?.description == "2026-01-26", "the letter's date, not the session's")
        #expect(letter.nominees.count == 1)
    }
}
