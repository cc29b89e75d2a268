import Testing
@testable import Nominations

// Names as letters write them: declined, listed, without diacritics, Italian, double.

@Suite("Reading letters: names in lists, shared consent")
struct ListedNamesAndSharedConsentTests {
    @Test func menInEGetTheirNominativeBack() {
        let letter = readLetter("""
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
        let letter = readLetter("""
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

    /// Nominatives in a list stay as written, surnames in -a too (common in Istria).
    @Test(arguments: [("Marjeta Kos", "Luka Novak"), ("Marjeta Pobega", "Luka Cunja")])
    func nominativesInAListStayAsWritten(first: String, second: String) {
        let letter = readLetter("""
        Društvo prijateljev Marezig
        Marezige, 10. 2. 2026
        Spoštovani,
        v akcijsko skupino Dežela Refoška predlagamo:
        1. \(first), tel. 040 987 654
        2. \(second), luka@example.si
        Kandidata soglašata.
        Lep pozdrav,
        Ana Kralj
        """)
        #expect(letter.nominees.map(\.name) == [first, second])
        #expect(letter.nominees.map(\.consent) == [true, true])
    }

    @Test func aTitledListItemAndTheClusterAboveACapitalsHeading() {
        let letter = readLetter("""
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
        let letter = readLetter("""
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

@Suite("Reading letters: accusatives shown by the letter itself")
struct SurnamesInATests {
    @Test func aListedAccusativeWithTheNominativeElsewhereInTheLetter() {
        let letter = readLetter("""
        Društvo prijateljev Marezig
        Marezige, 10. 2. 2026
        Spoštovani,
        v akcijsko skupino Dežela Refoška predlagamo:
        1. Janeza Novaka, tel. 040 987 654
        Janez vodi vaški pevski zbor.
        Lep pozdrav,
        Ana Kralj
        """)
        #expect(letter.nominees.map(\.name) == ["Janez Novak"])
    }
}

@Suite("Reading letters: Italian names, double surnames, descriptions between names")
struct NamesBetweenWordsTests {
    @Test func anItalianManDeclinedAndAWomanAfterARelativeClause() {
        let letter = readLetter("""
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
        let letter = readLetter("""
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
        let letter = readLetter("""
        Spoštovani,
        v akcijsko skupino Mesto Koper predlagam Roberta Cerkvenika. Kandidat soglaša. Tel. 041 333 222.
        Mateja Vatovec, Koper
        """)
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
    @Test func acceptingTheCandidacyIsConsentButAcceptingAProposalIsNot() {
        let accepts = readLetter("""
        Krajevna skupnost Šmarje
        Spoštovani,
        svet KS je na seji dne 15. 1. 2026 sklenil, da v akcijsko skupino Dežela Refoška predlaga Jerneja Hrvatina (041 202 303), ki kandidaturo sprejema.
        Lep pozdrav,
        Tina Kos, predsednica
        """)
        #expect(accepts.nominees.map(\.consent) == [true])
        let decides = readLetter("""
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

@Suite("Reading letters: names after 'je', councils that chose")
struct CopulaAndChoiceTests {
    @Test func aNameAfterJeIsTheNominative() {
        let letter = readLetter("""
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
        let letter = readLetter("""
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

@Suite("Names that lose an e when they decline")
struct FleetingVowelTests {
    @Test(arguments: [("Petra Kosa", "Peter Kos"), ("Aleksandra Babiča", "Aleksander Babič"), ("Karla Pribca", "Karel Pribec"),
                      ("Pavla Kralja", "Pavel Kralj"), ("Dejana Kralja", "Dejan Kralj"), ("Nejca Kocjana", "Nejc Kocjan"), ("Petra Kos", "Petra Kos"),
                      ("Marka Pobego", "Marko Pobega"), ("Srečka Kralja", "Srečko Kralj")])
    func nominative(written: String, nominative: String) {
        #expect(PersonName.nominative(written, knownWords: [], gender: nil) == nominative)
    }
}

@Suite("A role after a comma describes the person just named")
struct AppositionTests {
    @Test func theOwnerOfABistroIsNoSecondPerson() {
        let letter = readLetter("""
        Spoštovani,
        v imenu Združenja gostincev Koper predlagam g. Roka Babiča, lastnika Bistroja Loggia, za člana akcijske skupine Mesto Koper. Rok se s kandidaturo strinja; dosegljiv je na 031 777 111.
        Lep pozdrav
        Boris Kralj
        """)
        #expect(letter.nominees.map(\.name) == ["Rok Babič"])
    }
}
