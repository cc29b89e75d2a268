import Testing
@testable import Nominations

/// The kinds of letter the committee receives, each read by a general mechanism: e-mail prints and
/// forwards, self-nominations, Italian letters, assemblies with several candidates, tables, and
/// documents that are no nomination. The letters are written for these tests.
@Suite("Reading letters: e-mail prints and forwards")
struct EmailPrintTests {
    @Test func theMessageAForwardCarriesIsTheLetter() throws {
        let letter = readLetter("""
        Od:  Petra Novak <petra.novak@zmktk.si>
        Za:  komisija@zmktk.si
        Datum:  torek, 3. marca 2026 10:12
        Zadeva:  Fwd: kandidat
        Prosim za evidentiranje.
        Lp, Petra
        ---------- Forwarded message ---------
        Od: Marko Kos <info@td-lopar.si>
        Datum: Tue, 24 Feb 2026 18:02:11 +0100
        Zadeva: kandidat
        Spoštovani,
        v imenu društva Turistično društvo Lopar sporočam, da predlagamo Jerneja Bizjaka za skupino Dežela Refoška.
        Jernej se s kandidaturo strinja. Telefon: 041 222 333.
        Lep pozdrav,
        Marko Kos
        Turistično društvo Lopar
        """)
        #expect(letter.proposer.name == "Turistično društvo Lopar")
        #expect(letter.proposer.category == .drustvo)
        // The forwarded message's own date, not the forward's (which is after the deadline).
        #expect(letter.date == CalendarDate(year: 2026, month: 2, day: 24))
        #expect(letter.status == .parsed)
        let nominee = try #require(letter.nominees.first)
        #expect(nominee.name == "Jernej Bizjak")
        #expect(nominee.phone == "+38641222333")
    }

    @Test func aForwardWithoutAMarkerIsToldByItsSubjectAndSecondHeader() throws {
        let letter = readLetter("""
        Outlook
        Od:  Info TIC <info@tic.si>
        Poslano:  ponedeljek, 2. marec 2026 9:40
        Za:  predlogi@zmktk.si
        Zadeva:  FW: predlog
        Posredujemo sporočilo, ki smo ga prejeli.
        Lep pozdrav, TIC
        Od:  Krajevna skupnost Gradin <ks.gradin@siol.net>
        Poslano:  petek, 20. februar 2026 21:15
        Zadeva:  predlog
        Svet KS je sklenil, da za skupino Dolina reke Dragonje predlaga Vesno Kralj, Gradin 4, GSM 051 604 227.
        Vesna je pripravljena sodelovati.
        Lep pozdrav,
        Ana Bizjak
        """)
        #expect(letter.proposer.name == "Krajevna skupnost Gradin")
        #expect(letter.proposer.category == .ks)
        #expect(letter.date == CalendarDate(year: 2026, month: 2, day: 20))
        #expect(letter.nominees.map(\.name) == ["Vesna Kralj"])
    }

    @Test func aWebMailPrintWithoutLabelsAndTheMailProgramIsNoSender() throws {
        let letter = readLetter("""
        Gmail  Tina Jerman <tina.jerman@gmail.com>
        Prijava v akcijsko skupino
        Tina Jerman <tina.jerman@gmail.com>  9. februar 2026 ob 20:41
        Za: predlogi@zmktk.si
        Pozdravljeni,
        rada bi se vključila v akcijsko skupino za Mesto Koper. Sem vodička in že deset let vodim oglede starega mesta.
        Moj telefon je 031 555 111.
        Lep pozdrav,
        Tina
        """)
        #expect(letter.proposer.name != "Gmail")
        #expect(letter.nominees.map(\.name) == ["Tina Jerman"])
        #expect(letter.nominees.first?.selfNominated == true)
        #expect(letter.nominees.first?.category == .posameznik)
        #expect(letter.date == CalendarDate(year: 2026, month: 2, day: 9))
    }
}

@Suite("Reading letters: self-nominations")
struct SelfNominationTests {
    @Test func aPresentationInTheFirstPersonWithNoNominatingVerbPutsItsWriterForward() throws {
        let letter = readLetter("""
        Marjeta Pertot
        Sveti Anton 12, 6276 Pobegi
        marjeta.pertot@gmail.com
        Zavod za mladino, kulturo in turizem Koper
        Spoštovani,
        sem domačinka iz Svetega Antona in bi rada sodelovala v akcijski skupini Dolina reke Dragonje.
        Moje izkušnje so predvsem v organizaciji vaških praznikov in vodenju pohodov.
        Lep pozdrav,
        Marjeta Pertot
        """)
        let nominee = try #require(letter.nominees.first)
        #expect(letter.nominees.count == 1)
        #expect(nominee.name == "Marjeta Pertot")
        #expect(nominee.selfNominated)
        #expect(nominee.consent == true)
        #expect(nominee.email == "marjeta.pertot@gmail.com")
        #expect(letter.proposer.category == .posameznik)
    }

    @Test func aTickedSamopredlogMakesTheFormsCandidateTheProposer() throws {
        let letter = readLetter("""
        PRIJAVNICA ZA AKCIJSKO SKUPINO
        ☒ samopredlog
        2 KANDIDAT
        Ime:  Irena
        Priimek:  Kavčič
        Telefon:  041 770 365
        Akcijska skupina:  Dežela Refoška
        Datum:  Pomjan, 8. 2. 2026
        """)
        #expect(letter.proposer.name == "Irena Kavčič")
        #expect(letter.proposer.category == .posameznik)
        #expect(letter.nominees.first?.selfNominated == true)
        #expect(letter.status == .parsed)
    }
}

@Suite("Reading letters: Italian")
struct ItalianLetterTests {
    @Test func aCommunityOfItaliansIsAnAssociationAndSegnalaProposes() throws {
        let letter = readLetter("""
        Comunità degli Italiani di Crevatini
        Crevatini 5, 6280 Ankaran
        Spett.le
        Zavod za mladino, kulturo in turizem Koper
        Crevatini, 3 febbraio 2026
        Oggetto: gruppo d'azione
        Egregi Signori,
        la nostra Comunità segnala il connazionale Giorgio Pauletich, da inserire nel gruppo d'azione n. 1.
        Recapito: cell. 041 200 300. Il candidato ha accettato la candidatura.
        Cordiali saluti
        Elena Rota
        """)
        #expect(letter.proposer.category == .drustvo)
        let nominee = try #require(letter.nominees.first)
        #expect(nominee.name == "Giorgio Pauletich")
        #expect(nominee.clusters == ["mesto-koper"])
        #expect(nominee.consent == true)
        #expect(letter.date == CalendarDate(year: 2026, month: 2, day: 3))
    }

    @Test func aBilingualLetterheadNamesTheSenderInItsFirstLanguage() throws {
        let letter = readLetter("""
        KRAJEVNA SKUPNOST ANKARAN – COMUNITÀ LOCALE ANCARANO
        Spoštovani,
        Svet KS predlaga gospoda Igorja Pellizzerja za skupino Mesto Koper, tel. 041 555 666.
        Lep pozdrav
        """)
        #expect(letter.proposer.name == "KRAJEVNA SKUPNOST ANKARAN")
        #expect(letter.proposer.category == .ks)
        // A Slovenian verb puts the name after it in the nominative, whatever else the letter is written in.
        #expect(letter.nominees.map(\.name) == ["Igor Pellizzer"])
    }

    @Test func aRefusalInItalianIsNeverConsent() throws {
        let letter = readLetter("""
        Comunità locale di Bertocchi
        Spett.le Zavod za mladino, kulturo in turizem Koper
        Bertocchi, 10 febbraio 2026
        Gentili signori,
        proponiamo la sig.ra Silvia Bonin per il gruppo d'azione «valle del Dragogna», tel. 031 111 222.
        La sig.ra Bonin non intende partecipare per motivi di lavoro; la proponiamo comunque.
        Cordiali saluti
        """)
        let nominee = try #require(letter.nominees.first)
        #expect(nominee.consent == false)
        #expect(letter.status == .needsReview)
        #expect(letter.proposer.category == .ks)
    }
}

@Suite("Reading letters: assemblies and tables with several candidates")
struct SeveralCandidatesTests {
    @Test func eachParagraphAndConsentNoteBelongsToThePersonItNames() throws {
        let letter = readLetter("""
        Agrarna skupnost Rakitovec
        Rakitovec 3, 6275 Črni Kal
        SKLEP ZBORA ČLANOV
        I. Agrarna skupnost v akcijsko skupino Kraški rob z dolino reke Rižane kandidira:
        – Boris Kocjančič
        – Mojca Žerjal
        II. Obrazložitev:
        Boris je uredil pot na Lipnik in postavil table.
        Kontakt (Boris Kocjančič): tel. 041 111 222, e-pošta boris.k@gmail.com
        Mojca vodi vaško kuhinjo in sodeluje pri prireditvah.
        Kontakt (Mojca Žerjal): tel. 031 333 444
        III. Sklep velja takoj.
        Opomba: Boris Kocjančič je izjavil, da s kandidaturo soglaša.
        Opomba: Mojca Žerjal na zboru ni bila navzoča; soglasje bomo pridobili naknadno.
        Predsednik: Ivan Rojc
        """)
        #expect(letter.nominees.map(\.name) == ["Boris Kocjančič", "Mojca Žerjal"])
        let boris = letter.nominees[0], mojca = letter.nominees[1]
        #expect(boris.phone == "+38641111222")
        #expect(boris.email == "boris.k@gmail.com")
        #expect(boris.consent == true)
        #expect(mojca.phone == "+38631333444")
        #expect(mojca.email == nil)
        // Consent still to come says nothing yet: not a refusal.
        #expect(mojca.consent == nil)
        #expect(letter.proposer.category == .agrarnaSkupnost)
    }

    @Test func aTablesConsentColumnDecidesAndItsLegendStatesNothing() throws {
        let letter = readLetter("""
        Krajevna skupnost Šmarje  Društvo Šmarje
        Šmarje 1, 6274 Šmarje
        SKUPNI PREDLOG
        Predlagamo naslednje kandidate:
        Št. Kandidat  Naslov in kontakt  Za skupino  Soglasje
        1.  Ana Bizjak  Šmarje 5, 041 222  Dežela Refoška  da
        333
        2.  Peter Kos  Šmarje 9, 031 444 555  Dežela Refoška  –
        Soglasje v preglednici pomeni, da se kandidat s predlogom strinja.
        Za KS Šmarje:
        Jana Rojc
        """)
        #expect(letter.nominees.map(\.name) == ["Ana Bizjak", "Peter Kos"])
        #expect(letter.nominees[0].consent == true)
        #expect(letter.nominees[1].consent == nil)
        // A number broken inside its cell.
        #expect(letter.nominees[0].phone == "+38641222333")
        #expect(letter.proposer.name == "Krajevna skupnost Šmarje")
    }
}

@Suite("Reading letters: clusters, contacts and dates written otherwise")
struct OtherWritingTests {
    @Test(arguments: [
        ("za klastra 2 in 3", ["kraski-rob-rizana", "dezela-refoska"]),
        ("za 1., 3. in 4. klaster", ["mesto-koper", "dezela-refoska", "dolina-dragonje"]),
        ("za klaster št. 4", ["dolina-dragonje"]),
    ])
    func severalClustersByNumber(_ phrase: String, _ slugs: [String]) throws {
        let letter = readLetter("""
        Društvo Brkini
        Spoštovani,
        predlagamo Nino Babič \(phrase). Telefon 041 987 654.
        Lep pozdrav,
        Ivo Bizjak
        """)
        #expect(try #require(letter.nominees.first).clusters.sorted() == slugs.sorted())
    }

    @Test func anAddressBrokenAtTheLinesEndAndADateWithATime() throws {
        let letter = readLetter("""
        Ivo Markežič
        Semedelska cesta 40, 6000 Koper
        Koper, 22. 2. 2026, 23:40
        Pozdravljeni,
        za akcijsko skupino Mesto Koper predlagam Alenko Bržan. Pišite ji na alenka.brzan@
        gmail.com ali pokličite 040 111 222.
        Lep pozdrav,
        Ivo Markežič
        """)
        #expect(try #require(letter.nominees.first).email == "alenka.brzan@gmail.com")
        #expect(letter.date == CalendarDate(year: 2026, month: 2, day: 22))
    }

    @Test func aProviderWhoseTradeIsUnknownIsToldByItsOwnerAndRegistration() throws {
        let letter = readLetter("""
        KAMNOSEŠTVO BOŽIČ
        Brezovica 5, 6272 Gračišče · davčna št. 90817263 · TRR SI56 0510 0801 5566 771
        Spoštovani,
        predlagamo našo sodelavko Majo Žnidaršič za skupino Dolina reke Dragonje, maja.z@gmail.com.
        Lep pozdrav,
        Damjan Božič
        lastnik
        """)
        #expect(letter.proposer.category == .ponudnik)
        #expect(letter.nominees.first?.category == .ponudnik)
    }
}

@Suite("Reading letters: documents that are no nomination")
struct NotANominationTests {
    @Test(arguments: [
        """
        Zavod za mladino, kulturo in turizem Koper
        Spoštovani,
        potrjujemo prejem vašega predloga za kandidata Janeza Novaka za akcijsko skupino Mesto Koper.
        Lep pozdrav
        """,
        """
        SPOROČILO ZA JAVNOST
        Koper, 20. januar 2026
        Mestna občina Koper je objavila poziv za člane akcijskih skupin. Kontakt za medije: Tina Rebec, 05 664 61 33.
        """,
        """
        Krajevna skupnost Sv. Anton
        IZPISEK IZ ZAPISNIKA
        Krajevna skupnost na javni poziv ne bo predlagala kandidatov za akcijsko skupino.
        Predsednik Sveta KS
        """,
    ])
    func aDocumentAboutSomethingElseIsNoNominationWhateverNamesItHolds(_ text: String) {
        let letter = readLetter(text)
        #expect(letter.status == .notANomination)
        #expect(letter.nominees.isEmpty)
        // The reason quotes what shows it.
        #expect(letter.problems.first?.message.contains("»") == true)
    }

    @Test func aDocumentAboutTheCallWithNoCandidateReadGoesToReview() {
        let letter = readLetter("""
        Društvo Oljka
        Spoštovani,
        glede akcijske skupine za Dežela Refoška vam sporočamo, da bo naš kandidat
        sporočen v kratkem, ko ga potrdi upravni odbor.
        Lep pozdrav
        """)
        #expect(letter.status == .needsReview)
        #expect(letter.problems.map(\.code) == ["no_candidate"])
    }
}

@Suite("People are recognised as people")
struct FirstNameLexiconTests {
    @Test(arguments: ["Maja", "Majo", "Jožeta", "Roka", "Petra", "Ani", "Luko", "Nevio", "Claudio", "Špela"])
    func firstNamesInAnyCase(_ word: String) {
        #expect(FirstNames.isFirstName(word))
    }

    @Test func anEmptyOrOneLetterWordIsNoName() {
        #expect(FirstNames.gender(ofNominative: "") == nil)
        #expect(!FirstNames.isFirstName("A"))
        #expect(FirstNames.gender(ofNominative: "Ana") == .female)
    }

    @Test(arguments: ["Slovenske", "Istre", "Društvo", "Koper", "Kamnoseštvo"])
    func otherWordsAreNoFirstNames(_ word: String) {
        #expect(!FirstNames.isFirstName(word))
    }

    @Test func anOrganisationsNameAfterANominationWordIsNoCandidate() {
        let letter = readLetter("""
        Kdo še podpira predlog (neobvezno)
        Društvo vodnikov Slovenske Istre
        """)
        #expect(!letter.nominees.contains { $0.name.contains("Istre") })
    }
}

@Suite("The status comes from the problem table")
struct ProblemTableTests {
    @Test func theHeaviestProblemDecides() {
        #expect(LetterStatus.decided(by: []) == .parsed)
        #expect(LetterStatus.decided(by: [Problem(.consentMissing, ""), Problem(.clusterInferred, "")]) == .parsed)
        #expect(LetterStatus.decided(by: [Problem(.consentMissing, ""), Problem(.late, "")]) == .needsReview)
        #expect(LetterStatus.decided(by: [Problem(.noCandidate, ""), Problem(.notANomination, "")]) == .notANomination)
        #expect(LetterStatus.decided(by: [Problem(.unreadable, "")]) == .unreadable)
    }

    @Test func everyCodeSaysWhatToCheck() {
        for code in ProblemCode.allCases { #expect(!code.check.isEmpty) }
    }
}

@Suite("Reading letters: people named elsewhere than after the verb")
struct NamedElsewhereTests {
    @Test func aPronounAfterTheVerbTakesThePersonOfTheContactRow() throws {
        let letter = readLetter("""
        KAMNOSEŠKA DELAVNICA BRAJDA
        Brajda d.o.o., Šmarje 3, 6274 Šmarje
        Spoštovani,
        z gospodom, ki nam je obnovil vaški kal, sodelujemo že leta. Zato ga predlagamo za člana skupine Dežela Refoška.
        Kontakt: Marjan Kocjančič, Šmarje 44, tel. 041 303 202
        S pozdravi,
        Vesna Brajda
        direktorica
        """)
        let nominee = try #require(letter.nominees.first)
        #expect(nominee.name == "Marjan Kocjančič")
        #expect(nominee.phone == "+38641303202")
        #expect(letter.proposer.category == .ponudnik)
    }

    @Test func aSentenceNamingTwoCandidatesStatesTheirConsentTogether() throws {
        let letter = readLetter("""
        Krajevna skupnost Dekani
        Spoštovani,
        Svet KS predlaga za skupino Kraški rob z dolino reke Rižane:
        1. Andrej Pregelj, tel. 041 100 200
        2. Sonja Babič, tel. 041 300 400
        3. Igor Rojc, tel. 041 500 600
        Andrej Pregelj in Sonja Babič sta pisni soglasji predložila. Igor Rojc bo soglasje posredoval naknadno.
        Lep pozdrav,
        Tanja Kos
        """)
        #expect(letter.nominees.map(\.name) == ["Andrej Pregelj", "Sonja Babič", "Igor Rojc"])
        #expect(letter.nominees.map(\.consent) == [true, true, nil])
    }

    @Test func aSignatureWithoutAClosingMayEndWithTheSignersAddress() throws {
        let letter = readLetter("""
        Dragi na ZMKTK,
        sem Valentina Kralj iz Krkavč in bi rada pomagala v skupini za Dolino reke Dragonje, kjer vsako leto pripravim dan odprtih oljk.
        Najlažje me dobite na valentina.kralj@amis.net.
        Valentina Kralj
        Krkavče 46
        """)
        let nominee = try #require(letter.nominees.first)
        #expect(nominee.name == "Valentina Kralj")
        #expect(nominee.selfNominated)
        #expect(letter.proposer.name == "Valentina Kralj")
        #expect(letter.proposer.category == .posameznik)
    }

    @Test func aReceiptStampsDateIsNotTheLetters() {
        let letter = readLetter("""
        Kulturno društvo Gabrovica  ZMKTK – PREJETO
        Gabrovica 20
        2. 3. 2026
        V Gabrovici, 27. 2. 2026
        Spoštovani,
        društvo za skupino Kraški rob z dolino reke Rižane predlaga gospo Silvo Kocjan, tel. 031 222 111.
        Lep pozdrav,
        Ana Pirc
        """)
        #expect(letter.date == CalendarDate(year: 2026, month: 2, day: 27))
        #expect(!letter.late)
        #expect(letter.proposer.name == "Kulturno društvo Gabrovica")
    }

    @Test func aFormsNumberedLabelsInAGrid() throws {
        let letter = readLetter("""
        OBRAZEC
        1. Predlagatelj (ime in priimek oz. naziv)
        Društvo Sveti Anton
        2. Ime  Priimek
        Peter  Hlača
        Telefon  E-pošta
        041 226 587  peter.hlaca@gmail.com
        3. Akcijska skupina:  Dolina reke Dragonje
        """)
        let nominee = try #require(letter.nominees.first)
        #expect(nominee.name == "Peter Hlača")
        #expect(nominee.email == "peter.hlaca@gmail.com")
        #expect(letter.proposer.name == "Društvo Sveti Anton")
    }
}
