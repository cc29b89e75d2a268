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

@Suite("Reading letters: names in lists, shared consent")
struct ListedNamesAndSharedConsentTests {
    func read(_ text: String) -> Letter { MoreLetterCasesTests.reader.read(ExtractedText(pages: [text])) }

    @Test func menInEGetTheirNominativeBack() {
        let letter = read("""
        Turistično društvo Škofije
        Škofije, 5. 2. 2026
        Spoštovani,
        za člana akcijske skupine Kraški rob z dolino reke Rižane predlagamo Jožeta Kocjančiča, tel. 041 123 456.
        Kandidat se s kandidaturo strinja.
        Lep pozdrav,
        Nevenka Babič, predsednica
        """)
        #expect(letter.nominees.map(\.name) == ["Jože Kocjančič"])
    }

    @Test func accusativesInAListWithoutDiacriticsAndAConsentForBoth() {
        let letter = read("""
        Kulturno drustvo Pomjan
        Pomjan, 10. 2. 2026
        Spostovani,
        nase drustvo v akcijsko skupino Dolina reke Dragonje predlaga dva kandidata:
        1) Matijo Pecarja, Pomjan 22, tel. 040 987 654
        2) Tino Babic, Krkavce 4, tina.babic@example.si
        Oba se s predlogom strinjata.
        S spostovanjem,
        Ana Kralj, predsednica
        """)
        #expect(letter.nominees.map(\.name) == ["Matija Pecar", "Tina Babic"])
        #expect(letter.nominees.map(\.consent) == [true, true])
    }

    @Test func nominativesInAListStayAsWritten() {
        let letter = read("""
        Društvo prijateljev Marezig
        Marezige, 10. 2. 2026
        Spoštovani,
        v akcijsko skupino Dežela Refoška predlagamo:
        1. Marjeta Kos, tel. 040 987 654
        2. Luka Novak, luka.novak@example.si
        Kandidata soglašata.
        Lep pozdrav,
        Ana Kralj
        """)
        #expect(letter.nominees.map(\.name) == ["Marjeta Kos", "Luka Novak"])
        #expect(letter.nominees.map(\.consent) == [true, true])
    }

    @Test func aTitledListItemAndTheClusterAboveACapitalsHeading() {
        let letter = read("""
        KRAJEVNA SKUPNOST GRAČIŠČE
        Gračišče 3
        6272 Gračišče
        Datum: 20. 2. 2026
        Zavod za turizem Koper
        PREDLOG ČLANOV AKCIJSKE SKUPINE
        Svet KS Gračišče predlaga v akcijsko skupino Kraški rob z dolino reke Rižane naslednje osebe:
        - Petra Bordon, Gračišče 7, tel. 05 123 45 67
        - dr. Igor Ražman, igor.razman@example.si
        Oba kandidata sta podala soglasje h kandidaturi.
        Predsednik Sveta KS Gračišče
        Zdravko Černe
        """)
        #expect(letter.nominees.map(\.name) == ["Petra Bordon", "Igor Ražman"])
        #expect(letter.nominees.map(\.email) == [nil, "igor.razman@example.si"])
        #expect(letter.nominees.map(\.clusters) == [["kraski-rob-rizana"], ["kraski-rob-rizana"]])
        #expect(letter.nominees.map(\.consent) == [true, true])
        #expect(letter.proposer.category == .ks)
    }

    @Test(arguments: [("Nina je pripravljena sodelovati.", true), ("Nina ni pripravljena sodelovati.", false)])
    func readinessToTakePartIsConsent(sentence: String, consent: Bool) {
        let letter = read("""
        Gostilna Pri Mariji
        Sv. Anton, 3. 2. 2026
        Spoštovani!
        V akcijsko skupino Dežela Refoška predlagam go. Nino Šav, tel. 031 567 890. \(sentence)
        Lep pozdrav
        Marija Šav
        """)
        #expect(letter.nominees.map(\.consent) == [consent])
    }
}

@Suite("Reading letters: surnames in -a")
struct SurnamesInATests {
    @Test func listedNominativesWithSurnamesInAStay() {
        let letter = MoreLetterCasesTests.reader.read(ExtractedText(pages: ["""
        Društvo prijateljev Marezig
        Marezige, 10. 2. 2026
        Spoštovani,
        v akcijsko skupino Dežela Refoška predlagamo:
        1. Marjeta Pobega, tel. 040 987 654
        2. Luka Cunja, luka.cunja@example.si
        Lep pozdrav,
        Ana Kralj
        """]))
        #expect(letter.nominees.map(\.name) == ["Marjeta Pobega", "Luka Cunja"])
    }

    @Test func aListedAccusativeWithTheNominativeElsewhereInTheLetter() {
        let letter = MoreLetterCasesTests.reader.read(ExtractedText(pages: ["""
        Društvo prijateljev Marezig
        Marezige, 10. 2. 2026
        Spoštovani,
        v akcijsko skupino Dežela Refoška predlagamo:
        1. Janeza Novaka, tel. 040 987 654
        Janez vodi vaški pevski zbor.
        Lep pozdrav,
        Ana Kralj
        """]))
        #expect(letter.nominees.map(\.name) == ["Janez Novak"])
    }
}

@Suite("Reading letters: short values and self-nominations")
struct ShortValuesAndSelfNominationTests {
    func read(_ text: String) -> Letter { MoreLetterCasesTests.reader.read(ExtractedText(pages: [text])) }

    @Test func aShortConsentValueEndingASentenceIsTheValue() {
        let letter = read("""
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
        let letter = read("""
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

@Suite("Reading letters: contacts on their own lines, wrapped numbers, forms as text")
struct ContactLinesTests {
    func read(_ text: String) -> Letter { MoreLetterCasesTests.reader.read(ExtractedText(pages: [text])) }

    @Test func peopleNamedTogetherThenEachOnTheirOwnLine() {
        let letter = read("""
        Športno društvo Dekani
        Dekani, 9. februarja 2026
        Spoštovani,
        upravni odbor predlaga za člane akcijske skupine Kraški rob z dolino reke Rižane Ano Kos, Petra Novaka in Majo Zorko.
        Vsi trije se s kandidaturo strinjajo.
        Ana Kos: 031 111 222
        Peter Novak: 031 333 444
        Maja Zorko: maja.zorko@example.si
        Lep pozdrav,
        Tanja Rožac, predsednica
        """)
        #expect(letter.nominees.map(\.name) == ["Ana Kos", "Peter Novak", "Maja Zorko"])
        #expect(letter.nominees.map(\.phone) == ["+38631111222", "+38631333444", nil])
        #expect(letter.nominees.map(\.email) == [nil, nil, "maja.zorko@example.si"])
        #expect(letter.nominees.map(\.consent) == [true, true, true])
    }

    @Test func aPhoneNumberWrappedOverTheLineEnd() {
        let letter = read("""
        Društvo upokojencev Koper
        Koper, 25. 2. 2026
        Spoštovani,
        v akcijsko skupino Mesto Koper predlagamo našega člana g. Franca Kocjančiča (tel. 041 232
        323). Kandidat s predlogom soglaša.
        Lep pozdrav,
        Milan Perič
        """)
        #expect(letter.nominees.map(\.phone) == ["+38641232323"])
    }

    @Test func aFormTypedAsTextIsNoLetterhead() throws {
        let letter = read("""
        PREDLOG ZA ČLANA AKCIJSKE SKUPINE
        Predlagatelj: Oljarna Babič, Marezige 3
        Vrsta predlagatelja: ponudnik
        Ime in priimek: Darko Babič
        Telefon: 05/ 663 12 34
        E-naslov: darko@oljarna-babic.example
        Akcijska skupina: Dežela Refoška
        Soglasje kandidata: DA
        Kraj in datum: Marezige, 18. 2. 2026
        """)
        let nominee = try #require(letter.nominees.first)
        #expect(letter.proposer.name == "Oljarna Babič")
        #expect(letter.proposer.category == .ponudnik)
        #expect(nominee.phone == "+38656631234")
        #expect(nominee.email == "darko@oljarna-babic.example")
        #expect(nominee.clusters == ["dezela-refoska"])
    }

    @Test func aNameOnTheClosingLineSigns() {
        let letter = read("""
        Pozdravljeni,
        za akcijsko skupino Dezela Refoska predlagam sosedo Katarino Jerman iz Truske. Katarina se strinja s kandidaturo.
        Kontakt: 041-555-321
        Lp, Bojan Kralj
        Truske, 12.2.2026
        """)
        #expect(letter.proposer.name == "Bojan Kralj")
        #expect(letter.proposer.category == .posameznik)
        #expect(letter.nominees.map(\.name) == ["Katarina Jerman"])
    }
}

@Suite("Reading letters: more ways to propose")
struct MoreWaysToProposeTests {
    func read(_ text: String) -> Letter { MoreLetterCasesTests.reader.read(ExtractedText(pages: [text])) }

    @Test func theProposedCandidateIsNamedAfterJe() throws {
        let letter = read("""
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
        let letter = read("""
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
        let letter = read("""
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

@Suite("Reading letters: letterheads beside a date or below the recipient")
struct LetterheadPlacementTests {
    func read(_ text: String) -> Letter { MoreLetterCasesTests.reader.read(ExtractedText(pages: [text])) }

    @Test func theDateInAColumnBesideTheSender() {
        let letter = read("""
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
        let letter = read("""
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

@Suite("Proposer kinds from their names")
struct ProposerKindTests {
    @Test(arguments: [("Sirarna Gažon", Category.ponudnik), ("Cebelarstvo Kocjancic", .ponudnik), ("Domačija Pri Lenčkovih", .ponudnik),
                      ("Vinotoč Rodica", .ponudnik), ("Aktiv kmečkih žena Šmarje", .drustvo), ("Lovska družina Gračišče", .drustvo),
                      ("Ribiška družina Koper", .drustvo)])
    func kindOfOrganisation(name: String, kind: Category) {
        #expect(MoreLetterCasesTests.reader.gazetteer.category(ofOrganisation: Tokenizer.tokens(name)) == kind)
    }

    @Test(arguments: ["Janez Novak", "Mladinski center Koper"])
    func noKindWithoutASign(name: String) {
        #expect(MoreLetterCasesTests.reader.gazetteer.category(ofOrganisation: Tokenizer.tokens(name)) == nil)
    }
}

@Suite("Reading letters: declining and withdrawing")
struct DecliningAndWithdrawingTests {
    func read(_ text: String) -> Letter { MoreLetterCasesTests.reader.read(ExtractedText(pages: [text])) }

    @Test func aLetterThatProposesNoOneIsNoNomination() {
        let letter = read("""
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
        let letter = read("""
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

@Suite("Reading letters: on behalf of, women's surnames, consent in a sentence")
struct OnBehalfAndSurnamesTests {
    func read(_ text: String) -> Letter { MoreLetterCasesTests.reader.read(ExtractedText(pages: [text])) }

    @Test func onBehalfOfAnAssociationNamedInTheGenitive() {
        let letter = read("""
        Spoštovani,
        pišem vam v imenu Društva vinogradnikov Slovenske Istre. Predlagamo g. Boštjana Rodico za člana akcijske skupine Dežela Refoška.
        Boštjan se s kandidaturo strinja (tel. 031 900 800).
        Hvala in lep pozdrav,
        Sandra Rodica
        tajnica društva
        """)
        #expect(letter.proposer.name == "Društvo vinogradnikov Slovenske Istre")
        #expect(letter.proposer.category == .drustvo)
        #expect(letter.nominees.map(\.name) == ["Boštjan Rodica"])
    }

    @Test(arguments: [("Turističnega društva Koper", "Turistično društvo Koper"), ("Krajevne skupnosti Šmarje", "Krajevna skupnost Šmarje"),
                      ("KS Šmarje", "KS Šmarje"), ("Agrarne skupnosti Kubed", "Agrarna skupnost Kubed")])
    func organisationsInTheNominative(genitive: String, nominative: String) {
        #expect(ProposerReader.organisationNominative(genitive) == nominative)
    }

    @Test func aWomansSurnameInAIsKeptWhateverElseTheLetterSays() {
        let letter = read("""
        Vaška skupnost Hrvoji
        V Hrvojih, dne 16. februarja 2026
        Spoštovani,
        za članico akcijske skupine Dežela Refoška predlagamo gospo Lucijo Franca, ki skrbi za turistično ponudbo vasi.
        Kandidatka je s kandidaturo soglašala, dosegljiva je na telefonu 041 789 012.
        S spoštovanjem,
        Franc Ražman
        """)
        #expect(letter.nominees.map(\.name) == ["Lucija Franca"])
    }

    @Test func consentAnsweredInRunningText() {
        let letter = read("""
        Koper, 1. 2. 2026
        V akcijsko skupino Mesto Koper predlagam gospo Tjašo Babič iz Kopra. Telefon: 051-222-333. Soglasje: da.
        Damjan Kocjančič
        """)
        #expect(letter.nominees.map(\.consent) == [true])
    }
}

@Suite("Reading letters: Italian names, double surnames, descriptions between names")
struct NamesBetweenWordsTests {
    func read(_ text: String) -> Letter { MoreLetterCasesTests.reader.read(ExtractedText(pages: [text])) }

    @Test func anItalianManDeclinedAndAWomanAfterARelativeClause() {
        let letter = read("""
        Društvo Bertoki
        Bertoki, 5. 2. 2026
        Spoštovani,
        za člana akcijske skupine Mesto Koper predlagamo g. Marca Rossija, ki vodi našo kulturno sekcijo, in go. Ano Novak-Kralj. Oba se s kandidaturo strinjata.
        Lep pozdrav,
        Sergio Bianchi, predsednik
        """)
        #expect(letter.nominees.map(\.name) == ["Marco Rossi", "Ana Novak-Kralj"])
    }

    @Test func aDescriptionBeforeTheSecondName() {
        let letter = read("""
        Pohodniško društvo Slavnik
        Podgorje, 20. 2. 2026
        Spoštovani,
        v akcijsko skupino Kraški rob z dolino reke Rižane predlagamo našega podpredsednika Aleša Kocjana in dolgoletno članico Majdo Štrukelj Furlan.
        Oba sta s kandidaturo soglašala.
        Lep pozdrav,
        Igor Mahnič, predsednik
        """)
        #expect(letter.nominees.map(\.name) == ["Aleš Kocjan", "Majda Štrukelj Furlan"])
    }

    @Test(arguments: [("Marca Rossija", PersonName.Gender?.some(.male), "Marco Rossi"), ("Marca Rossija", nil, "Marco Rossi"),
                      ("Maria Rossi", nil, "Maria Rossi"), ("Lucijo Franca", .female, "Lucija Franca"), ("Toneta Sabadina", nil, "Tone Sabadin")])
    func nominatives(written: String, gender: PersonName.Gender?, nominative: String) {
        #expect(PersonName.nominative(written, knownWords: [], gender: gender) == nominative)
    }
}

@Suite("Reading letters: short letters and Slovenian names that look Italian")
struct ShortLettersTests {
    @Test func aShortLetterSignedWithoutClosing() {
        let letter = MoreLetterCasesTests.reader.read(ExtractedText(pages: ["""
        Spoštovani,
        v akcijsko skupino Mesto Koper predlagam Roberta Cerkvenika. Kandidat soglaša. Tel. 041 333 222.
        Mateja Vatovec, Koper
        """]))
        #expect(letter.nominees.map(\.name) == ["Robert Cerkvenik"])
        #expect(letter.proposer.name == "Mateja Vatovec")
        #expect(letter.proposer.category == .posameznik)
    }

    @Test(arguments: [("Roberta Cerkvenika", "Robert Cerkvenik"), ("Franca Kocjančiča", "Franc Kocjančič"), ("Maria Bianchija", "Mario Bianchi")])
    func slovenianOrItalian(written: String, nominative: String) {
        #expect(PersonName.nominative(written, knownWords: [], gender: .male) == nominative)
    }
}

@Suite("Reading letters: accepting, and women with undeclined surnames")
struct AcceptingTests {
    func read(_ text: String) -> Letter { MoreLetterCasesTests.reader.read(ExtractedText(pages: [text])) }

    @Test func acceptingTheCandidacyIsConsentButAcceptingAProposalIsNot() {
        let accepts = read("""
        Krajevna skupnost Šmarje
        Spoštovani,
        svet KS je na seji dne 15. 1. 2026 sklenil, da v akcijsko skupino Dežela Refoška predlaga Jerneja Hrvatina (041 202 303), ki kandidaturo sprejema.
        Lep pozdrav,
        Tina Kos, predsednica
        """)
        #expect(accepts.nominees.map(\.consent) == [true])
        let decides = read("""
        Krajevna skupnost Šmarje
        Spoštovani,
        svet KS je sprejel predlog, da v akcijsko skupino Dežela Refoška predlaga Jerneja Hrvatina (041 202 303).
        Lep pozdrav,
        Tina Kos, predsednica
        """)
        #expect(decides.nominees.map(\.consent) == [nil])
    }

    @Test(arguments: [("Petro Glavina", "Petra Glavina"), ("Ano Pobego", "Ana Pobega"), ("Luko Novaka", "Luka Novak"), ("Janeza Novaka", "Janez Novak")])
    func accusativesWithoutMarkers(written: String, nominative: String) {
        #expect(PersonName.nominative(written, knownWords: []) == nominative)
    }
}

@Suite("Consent in sentences")
struct ConsentSentenceTests {
    @Test(arguments: [
        ("Soglasje kandidata je v prilogi.", true), ("Izjava o soglasju je priložena.", true), ("Kandidat je podal pisno soglasje.", true),
        ("Soglasje kandidata: podpisano.", true), ("S podpisom potrjujem, da se strinjam s kandidaturo.", true),
        ("Kandidat soglasja ni podal.", false), ("Kandidatka s kandidaturo ne soglaša.", false), ("Kandidat zaenkrat še ne ve.", nil),
        ("Soglasje kandidatke bomo posredovali naknadno.", nil), ("The signed consent is attached.", true),
    ])
    func consent(sentence: String, expected: Bool?) {
        #expect(ConsentReader.consent(in: Tokenizer.tokens(sentence)) == expected)
    }
}

@Suite("Cluster names in other cases and shorter")
struct ClusterNameFormsTests {
    @Test(arguments: [("za skupino Kraškega roba", "kraski-rob-rizana"), ("za dolino Dragonje", "dolina-dragonje"),
                      ("Dolina Dragonje", "dolina-dragonje"), ("v Deželi Refoška", "dezela-refoska"), ("Dezela Refoska", "dezela-refoska")])
    func named(text: String, slug: String) {
        #expect(MoreLetterCasesTests.reader.gazetteer.namedClusters(in: Tokenizer.tokens(text)) == [slug])
    }
}

@Suite("Reading letters: a form whose values follow their labels after a single space")
struct SingleSpaceFormTests {
    @Test func labelsAndValuesWithoutColumnGaps() throws {
        let letter = MoreLetterCasesTests.reader.read(ExtractedText(pages: ["""
        OBRAZEC ZA PREDLOG ČLANA AKCIJSKE SKUPINE
        Predlagatelj (naziv oz. ime in Agrarna skupnost Zazid
        priimek)
        Vrsta predlagatelja ☒ agrarna skupnost
        Naslov predlagatelja Zazid 18, 6243 Obrov
        Ime in priimek kandidata/ke Dean Benčič
        Telefon 068528866
        Akcijska skupina Kraški rob z dolino reke Rižane
        Soglasje kandidata/ke s DA
        kandidaturo (DA/NE)
        Kraj in datum Zazid, 20. 2. 2026
        """]))
        let nominee = try #require(letter.nominees.first)
        #expect(letter.proposer.name == "Agrarna skupnost Zazid")
        #expect(letter.proposer.category == .agrarnaSkupnost)
        #expect(nominee.name == "Dean Benčič")
        #expect(nominee.consent == true)
        #expect(nominee.phone == "+38668528866")
    }
}

@Suite("Reading letters: on behalf of, wrapped")
struct OnBehalfWrappedTests {
    @Test func anOrganisationInBracketsWrappedOverTwoLines() {
        let letter = MoreLetterCasesTests.reader.read(ExtractedText(pages: ["""
        Od: Ana Kos <ana.kos@example.si>
        Zadeva: predlog
        Pozdravljeni,
        v imenu našega društva (Pohodniško društvo
        Marezige) predlagam Janeza Bordona za akcijsko skupino Dežela Refoška. Janez soglaša, tel. 041 111 333.
        Lp, Ana
        """]))
        #expect(letter.proposer.name == "Pohodniško društvo Marezige")
        #expect(letter.proposer.category == .drustvo)
    }
}

@Suite("Reading letters: signatures with a stamp, subjects, a date after the CV")
struct StampAndSubjectTests {
    func read(_ text: String) -> Letter { MoreLetterCasesTests.reader.read(ExtractedText(pages: [text])) }

    @Test func aSignatureWithAStampAndNoClosing() {
        let letter = read("""
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
        let letter = read("""
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
        let letter = read("""
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
        let letter = MoreLetterCasesTests.reader.read(ExtractedText(pages: ["""
        Kolesarski center Cunja, Mirko Cunja s.p.
        Osp, 9. 2. 2026
        Spoštovani,
        za člana akcijske skupine Kraški rob z dolino reke Rižane predlagamo našega lastnika g. Mirka Cunjo.
        S spoštovanjem,
        Mirko Cunja
        nosilec dejavnosti
        Osp 65b, 6275 Črni Kal | tel. 068166159 | info@example.si
        """]))
        let nominee = try #require(letter.nominees.first)
        #expect(nominee.phone == "+38668166159")
        #expect(nominee.email == "info@example.si")
    }
}

@Suite("Reading forms: a name in two fields")
struct SplitNameFormTests {
    @Test func firstNameAndSurnameInTheirOwnFields() throws {
        func field(_ label: String, _ value: String) -> ExtractedText.Field { .init(label: label, name: label.lowercased(), value: value, ticked: nil) }
        let letter = MoreLetterCasesTests.reader.read(ExtractedText(pages: ["""
        Prijavnica – predlog člana akcijske skupine
        Predlagatelj
        Vrsta predlagatelja
        Ime
        Priimek
        GSM
        Kandidatka soglaša s kandidaturo
        """], fields: [field("Predlagatelj", "Društvo prijateljev Sv. Antona"), field("Vrsta predlagatelja", "društvo"),
                       field("Ime", "Katja"), field("Priimek", "Bordon"), field("GSM", "031 909 808"),
                       field("Skupina", "Dežela Refoška"), field("Datum", "14. 2. 2026"),
                       .init(label: "Kandidatka soglaša s kandidaturo", name: "soglasje", value: nil, ticked: true)]))
        let nominee = try #require(letter.nominees.first)
        #expect(letter.nominees.count == 1)
        #expect(nominee.name == "Katja Bordon")
        #expect(nominee.phone == "+38631909808")
        #expect(nominee.clusters == ["dezela-refoska"])
        #expect(letter.proposer.category == .drustvo)
    }
}

@Suite("Consent answered after a colon")
struct ConsentAnswerTests {
    @Test(arguments: [("☒ Kandidat s kandidaturo soglaša: NE (ne)", false), ("☒ Kandidat s kandidaturo soglaša: DA (da)", true)])
    func answer(line: String, expected: Bool) {
        #expect(ConsentReader.consent(in: Tokenizer.tokens(line)) == expected)
    }
}

@Suite("Reading letters: names after 'je', councils that chose")
struct CopulaAndChoiceTests {
    func read(_ text: String) -> Letter { MoreLetterCasesTests.reader.read(ExtractedText(pages: [text])) }

    @Test func aNameAfterJeIsTheNominative() {
        let letter = read("""
        Turistično društvo Marezige
        Marezige, 5. 2. 2026
        Spoštovani,
        na vaš poziv odgovarjamo s predlogom. Naš kandidat za akcijsko skupino Dežela Refoška je Stojan Rodica, ki vodi vinsko cesto. Kandidat soglaša.
        Lep pozdrav,
        Ana Bržan
        """)
        #expect(letter.nominees.map(\.name) == ["Stojan Rodica"])
    }

    @Test func aCouncilThatChoseACandidate() {
        let letter = read("""
        Spoštovani,
        v imenu KS Boršt sporočam, da je svet KS za člana akcijske skupine Kraški rob z dolino reke Rižane izbral Tomaža Grižona. Tomaž se strinja. tel 031 818 919
        Lp
        Klara Bandelj, tajnica KS
        """)
        #expect(letter.nominees.map(\.name) == ["Tomaž Grižon"])
        #expect(letter.proposer.name == "KS Boršt")
        #expect(letter.proposer.category == .ks)
    }

    @Test(arguments: [("Stojan Rodica", "Stojan Rodica"), ("Andrej Bandelj", "Andrej Bandelj"), ("Stojana Rodico", "Stojan Rodica")])
    func undeclinedFirstNamesKeepTheSurname(written: String, nominative: String) {
        #expect(PersonName.nominative(written, knownWords: []) == nominative)
    }
}

@Suite("Reading letters: more ways to put oneself forward")
struct SelfNominationWordingTests {
    @Test(arguments: ["želim postati član akcijske skupine Mesto Koper.", "se javljam za sodelovanje v akcijski skupini Mesto Koper.",
                      "bi rad sodeloval v akcijski skupini Mesto Koper."])
    func puttingOneselfForward(sentence: String) throws {
        let letter = MoreLetterCasesTests.reader.read(ExtractedText(pages: ["""
        Marko Kralj
        Semedela 12, 6000 Koper
        Koper, 20. 2. 2026
        Spoštovani,
        \(sentence) Sem lastnik trgovine s spominki. Tel. 041 515 616.
        Lep pozdrav,
        Marko Kralj
        """]))
        let nominee = try #require(letter.nominees.first)
        #expect(nominee.name == "Marko Kralj")
        #expect(nominee.clusters == ["mesto-koper"])
        #expect(nominee.phone == "+38641515616")
    }
}

@Suite("Topics in other words")
struct TopicWordsTests {
    @Test(arguments: [("je vinar in pridelovalec malvazije", "wine"), ("skrbi za markacije na pešpoteh", "trails"),
                      ("vodi promocijo kraja na Facebooku", "marketing"), ("prideluje oljčno olje", "gastronomy"),
                      ("ima lokal na Prešernovem trgu", "town_centre"), ("uredil je usmerjevalne table", "signage")])
    func topic(text: String, topic: String) {
        #expect(MoreLetterCasesTests.reader.gazetteer.topics(in: Tokenizer.tokens(text)).map(\.topic).contains(topic))
    }
}

@Suite("Supporters in other words")
struct SupporterWordsTests {
    @Test(arguments: [("Podporo predlogu izražajo tudi Kulturno društvo Gradin in KS Pregara.", ["Kulturno društvo Gradin", "KS Pregara"]),
                      ("Priložena je podporna izjava Turističnega društva Sočerga.", ["Turističnega društva Sočerga"]),
                      ("Predlog podpirata tudi KD Gradin in AS Pregara.", ["KD Gradin", "AS Pregara"]),
                      // Letters whose folded form is longer than the text ("ß" folds to "ss") crashed the search.
                      ("Straße 5. Predlog podpirajo tudi Društvo Straßenfest in KS Pregara.", ["Društvo Straßenfest", "KS Pregara"]),
                      ("Straße 5. Predlog podpirajo", [])])
    func supporters(sentence: String, names: [String]) {
        #expect(Endorsements.find(in: TextLine.lines(pages: [sentence])) == names)
    }
}

@Suite("Reading letters: a place and date above the recipient, a title, 'Za društvo'")
struct TitlesAndPlaceDateTests {
    func read(_ text: String) -> Letter { MoreLetterCasesTests.reader.read(ExtractedText(pages: [text])) }

    @Test func thePlaceAndDateAtTheTopIsNotTheSenderAndATitleIsNoVerb() {
        let letter = read("""
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
        let letter = read("""
        Društvo vinogradnikov Slovenske Istre predlaga za člana akcijske skupine Dežela Refoška Roberta Kocjančiča, tel. 031 456 789. S kandidaturo soglaša.
        Marezige, 3. februarja 2026
        Za Društvo vinogradnikov Slovenske Istre:
        predsednik Milan Bratož
        """)
        #expect(letter.proposer.name == "Društvo vinogradnikov Slovenske Istre")
        #expect(letter.proposer.category == .drustvo)
    }
}

@Suite("Seats of people who put themselves forward")
struct SelfNominationSeatTests {
    @Test func anOwnerOnTheBusinessLetterHoldsAProvidersSeat() throws {
        let letter = MoreLetterCasesTests.reader.read(ExtractedText(pages: ["""
        Kmetija Butul
        Butul Marko s.p.
        Gradin 5, 6272 Gračišče
        Spoštovani!
        Na vaš javni poziv predlagam sebe, Marka Butula, nosilca kmetije, za člana akcijske skupine Dolina reke Dragonje.
        Tel. 041 909 090
        Gradin, 1. 2. 2026
        Marko Butul
        """]))
        let nominee = try #require(letter.nominees.first)
        #expect(letter.proposer.category == .ponudnik)
        #expect(nominee.category == .ponudnik)
    }
}

@Suite("A letter in Croatian")
struct CroatianLetterTests {
    @Test func croatianWordsForProposingAndAgreeing() throws {
        let letter = MoreLetterCasesTests.reader.read(ExtractedText(pages: ["""
        Poštovani,
        predlažem gospodina Dragana Petrovića za člana akcijske skupine Mesto Koper. Tel. 041 321 123. Suglasan je s kandidaturom.
        Srdačan pozdrav,
        Ivana Horvat
        Koper, 12. 2. 2026
        """]))
        let nominee = try #require(letter.nominees.first)
        #expect(nominee.name == "Dragan Petrović")
        #expect(nominee.consent == true)
    }
}
