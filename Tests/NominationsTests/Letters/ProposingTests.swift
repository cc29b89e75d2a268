import Testing
@testable import Nominations

// Ways to propose, to put oneself forward, to decline and to withdraw.

@Suite("Reading letters: more ways to propose")
struct MoreWaysToProposeTests {
    @Test func theProposedCandidateIsNamedAfterJe() throws {
        let letter = readLetter("""
        Krajevna skupnost Šmarje
        Šmarje, 14. 2. 2026
        Spoštovani,
        Predlagana kandidatka za akcijsko skupino Dežela Refoška je Silva Kocjančič, Šmarje 44. Njena telefonska številka je +386 (0) 41 123 456.
        Soglasje kandidatke bomo posredovali naknadno.
        Lep pozdrav,
        Mirjam Glavina, predsednica
        """)
        let nominee = try #require(letter.nominees.first)
        #expect(nominee.name == "Silva Kocjančič")
        #expect(nominee.phone == "+38641123456")
        #expect(nominee.consent == nil)
    }

    @Test func aResolutionThatAppoints() {
        let letter = readLetter("""
        TURISTIČNO DRUŠTVO SOČERGA
        Sočerga, 11.02.2026
        Zadeva: predlog za člana akcijske skupine
        Na seji upravnega odbora smo sprejeli sklep, da v akcijsko skupino Dolina reke Dragonje imenujemo gospoda Mitjo Bordona. S predlogom soglaša.
        Kontakt kandidata: mitja.bordon@example.si; 040 321 654
        Za TD Sočerga:
        Neža Pribac
        """)
        #expect(letter.nominees.map(\.name) == ["Mitja Bordon"])
        #expect(letter.nominees.map(\.email) == ["mitja.bordon@example.si"])
        #expect(letter.proposer.category == .drustvo)
    }

    @Test func aRoleBeforeTheOrganisationInTheSignature() {
        let letter = readLetter("""
        Dear Sir or Madam,
        I would like to nominate Mr. Tom Jenkins for the action group Kraški rob z dolino reke Rižane. He agrees to the nomination. Phone: +386 31 246 810.
        Kind regards,
        Ana Furlan
        President, Kolesarski klub Koper
        Koper, 3 February 2026
        """)
        #expect(letter.proposer.name == "Kolesarski klub Koper")
        #expect(letter.proposer.category == .drustvo)
        #expect(letter.nominees.map(\.name) == ["Tom Jenkins"])
    }
}

@Suite("Reading letters: short values and self-nominations")
struct ShortValuesAndSelfNominationTests {
    @Test func aShortConsentValueEndingASentenceIsTheValue() {
        let letter = readLetter("""
        Vinska klet Steras
        Marezige, 20. 2. 2026
        Spoštovani!
        Predlagamo Nikolo Steraja za predstavnika ponudnikov v akcijski skupini za Deželo Refoška.
        Telefon: +386 5 6271 234
        Soglasje: kandidat soglaša.
        Lep pozdrav,
        Vinska klet Steras
        """)
        #expect(letter.nominees.map(\.consent) == [true])
    }

    @Test func aSelfNominationAfterARecipientNamingKoper() throws {
        let letter = readLetter("""
        Luka Miklavčič
        Pobegi, Istrska cesta 12
        6276 Pobegi
        Koper, 15. II. 2026
        ZMKTK
        Koper
        Predlagam sebe za člana akcijske skupine Mesto Koper. Sem vodnik po starem mestnem jedru in poznam mestno zgodovino.
        Dosegljiv sem na 00386 41 222 333 ali luka.miklavcic@example.com.
        Luka Miklavčič
        """)
        let nominee = try #require(letter.nominees.first)
        #expect(nominee.name == "Luka Miklavčič")
        #expect(nominee.clusters == ["mesto-koper"])
        #expect(nominee.consent == true)
        #expect(letter.proposer.category == .posameznik)
        #expect(letter.date?.description == "2026-02-15")
    }
}

@Suite("Reading letters: declining and withdrawing")
struct DecliningAndWithdrawingTests {
    @Test func aLetterThatProposesNoOneIsNoNomination() {
        let letter = readLetter("""
        Turistično društvo Koper
        Koper, 2. 2. 2026
        Spoštovani,
        zahvaljujemo se vam za povabilo. Žal v tem krogu ne bomo predlagali kandidata, saj naši člani nimajo dovolj časa.
        Predlagamo pa, da se srečanja akcijskih skupin organizirajo v popoldanskem času.
        Lep pozdrav,
        Marko Kralj, predsednik
        """)
        #expect(letter.status == .notANomination)
    }

    @Test func aWithdrawalGoesToReviewAndProposesNoOne() throws {
        let letter = readLetter("""
        Krajevna skupnost Marezige
        Marezige, 20. 2. 2026
        Zadeva: Umik predloga
        Spoštovani,
        obveščamo vas, da umikamo naš predlog z dne 3. 2. 2026 za kandidata Janeza Bordona, ker se je kandidat odselil.
        Lep pozdrav,
        Ana Kocjančič, predsednica sveta KS
        """)
        #expect(letter.status == .needsReview)
        #expect(letter.nominees.isEmpty)
        let problem = try #require(letter.problems.first)
        #expect(problem.code == "withdrawal")
        #expect(problem.message.contains("Janez Bordon"))
        #expect(WorkbookLayout.whatToCheck(letter).contains("umika predlog"))
    }
}

@Suite("Reading letters: more ways to put oneself forward")
struct SelfNominationWordingTests {
    @Test(arguments: ["želim postati član akcijske skupine Mesto Koper.", "se javljam za sodelovanje v akcijski skupini Mesto Koper.",
                      "bi rad sodeloval v akcijski skupini Mesto Koper."])
    func puttingOneselfForward(sentence: String) throws {
        let letter = readLetter("""
        Marko Kralj
        Semedela 12, 6000 Koper
        Koper, 20. 2. 2026
        Spoštovani,
        \(sentence) Sem lastnik trgovine s spominki. Tel. 041 515 616.
        Lep pozdrav,
        Marko Kralj
        """)
        let nominee = try #require(letter.nominees.first)
        #expect(nominee.name == "Marko Kralj")
        #expect(nominee.clusters == ["mesto-koper"])
        #expect(nominee.phone == "+38641515616")
    }
}

@Suite("Seats of people who put themselves forward")
struct SelfNominationSeatTests {
    @Test func anOwnerOnTheBusinessLetterHoldsAProvidersSeat() throws {
        let letter = readLetter("""
        Kmetija Butul
        Butul Marko s.p.
        Gradin 5, 6272 Gračišče
        Spoštovani!
        Na vaš javni poziv predlagam sebe, Marka Butula, nosilca kmetije, za člana akcijske skupine Dolina reke Dragonje.
        Tel. 041 909 090
        Gradin, 1. 2. 2026
        Marko Butul
        """)
        let nominee = try #require(letter.nominees.first)
        #expect(letter.proposer.category == .ponudnik)
        #expect(nominee.category == .ponudnik)
    }
}

@Suite("A letter in Croatian")
struct CroatianLetterTests {
    @Test func croatianWordsForProposingAndAgreeing() throws {
        let letter = readLetter("""
        Poštovani,
        predlažem gospodina Dragana Petrovića za člana akcijske skupine Mesto Koper. Tel. 041 321 123. Suglasan je s kandidaturom.
        Srdačan pozdrav,
        Ivana Horvat
        Koper, 12. 2. 2026
        """)
        let nominee = try #require(letter.nominees.first)
        #expect(nominee.name == "Dragan Petrović")
        #expect(nominee.consent == true)
    }
}

@Suite("People introduced one by one")
struct OrdinalIntroductionTests {
    @Test func firstAndSecondCandidates() {
        let letter = readLetter("""
        Krajevna skupnost Dekani
        Dekani, 14. 2. 2026
        Spoštovani,
        predlagamo dva kandidata za akcijsko skupino Kraški rob z dolino reke Rižane.
        Prvi je Marjan Hrvatin iz Dekanov, ki vodi pohodniško sekcijo. Dosegljiv je na 041 111 000. S kandidaturo soglaša.
        Druga je Tina Kocjančič iz Bezovice, ki skrbi za učne poti. Njen telefon je 031 222 000. Tudi ona soglaša.
        Lep pozdrav,
        Milan Bordon, predsednik sveta KS
        """)
        #expect(letter.nominees.map(\.name) == ["Marjan Hrvatin", "Tina Kocjančič"])
        #expect(letter.nominees.map(\.phone) == ["+38641111000", "+38631222000"])
    }
}
