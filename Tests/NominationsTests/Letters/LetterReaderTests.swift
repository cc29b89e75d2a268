import Testing
@testable import Nominations

/// Letters written here as text (no files): each case checks one thing a secretary would.
@Suite("Reading letters")
struct LetterReaderTests {
    func read(_ text: String) -> Letter {
        Readers.defaults.read(ExtractedText(pages: [text]))
    }

    @Test func formalLetterWithDeclinedNameAndLetterheadPhone() throws {
        let letter = read("""
        Turistično društvo Krkavče
        Krkavče 10, 6274 Šmarje
        tel.: 05 600 00 01 | e-pošta: td.krkavce@example.si
        Zavod za mladino, kulturo in turizem Koper
        6000 Koper
        Krkavče, 3. februarja 2026
        Spoštovani,
        za članico akcijske skupine predlagamo go. Heleno Bržan, ki živi v Krkavčah.
        Helena Bržan je vodila delavnice in skrbela za pohodne poti. Kontakt: 031 222 333.
        Kandidatka s kandidaturo soglaša.
        Lep pozdrav,
        Peter Kos
        predsednik
        """)
        #expect(letter.status == .parsed)
        #expect(letter.proposer.category == .drustvo)
        let nominee = try #require(letter.nominees.first)
        #expect(nominee.name == "Helena Bržan")
        #expect(nominee.phone == "+38631222333")
        #expect(nominee.email == nil)
        #expect(nominee.clusters == ["dolina-dragonje"])
        #expect(nominee.clusterInferred)
        #expect(nominee.consent == true)
        #expect(nominee.topics["trails"] != nil && nominee.topics["experiences"] != nil)
        #expect(letter.date?.description == "2026-02-03")
        #expect(letter.problems.contains { $0.code == "cluster_inferred" })
    }

    @Test func emailWithoutDiacriticsAndRefusal() throws {
        let letter = read("""
        Od: Mojca Hrvatin <mojca.hrvatin@example.si>
        Poslano: torek, 10. februar 2026 9:12
        Za: predlogi@zmktk.si
        Zadeva: predlog
        Pozdravljeni,
        predlagam soseda Marka Pucerja za clana akcijske skupine Kraski rob.
        Podatki: Marko Pucer, Osp 3, 6275 Crni Kal, tel. 040 555 666, marko.pucer(at)example.si
        Marko pravi, da s kandidaturo ne soglasa.
        Lp,
        Mojca Hrvatin
        """)
        #expect(letter.status == .needsReview)
        #expect(letter.proposer.category == .posameznik)
        let nominee = try #require(letter.nominees.first)
        #expect(nominee.name == "Marko Pucer")
        #expect(nominee.email == "marko.pucer@example.si")
        #expect(nominee.consent == false)
        #expect(nominee.clusters == ["kraski-rob-rizana"])
        #expect(!nominee.clusterInferred)
        #expect(nominee.category == .posameznik)
        #expect(letter.date?.description == "2026-02-10")
    }

    @Test func aQuotedListOfAllClustersNamesNone() throws {
        let letter = read("""
        Ana Kralj
        Ulica 1, 6310 Izola
        12. 1. 2026
        Spoštovani,
        poziv omenja skupine Mesto Koper, Kraški rob z dolino reke Rižane, Dežela Refoška in Dolina reke Dragonje.
        Prijavljam se za članico akcijske skupine. S kandidaturo soglašam. Telefon 041 000 111.
        Lep pozdrav,
        Ana Kralj
        """)
        let nominee = try #require(letter.nominees.first)
        #expect(nominee.selfNominated)
        #expect(nominee.clusters.isEmpty)
        #expect(letter.status == .needsReview)
        #expect(letter.problems.contains { $0.code == "no_cluster" })
    }

    @Test func anUncertainPlaceGoesToReviewNotToAGuess() throws {
        let letter = read("""
        Spoštovani,
        predlagam Tino Babič za območje Bertokov. Telefon 041 777 888. Tina s kandidaturo soglaša.
        Lep pozdrav,
        Janez Novak
        """)
        let nominee = try #require(letter.nominees.first)
        #expect(nominee.clusters.isEmpty)
        #expect(letter.status == .needsReview)
        #expect(letter.problems.contains { $0.code == "cluster_uncertain" })
    }

    @Test func lateLetterAndSessionDate() throws {
        let letter = read("""
        Krajevna skupnost Gradin
        Gradin 1, 6272 Gračišče
        Spoštovani,
        svet je na seji dne 20. 2. 2026 sklenil, da za skupino Dolina reke Dragonje predlagamo g. Janeza Novaka.
        Telefon: 041 123 123
        Lep pozdrav,
        V Gradinu, 5. 3. 2026
        Marija Kos
        """)
        #expect(letter.date?.description == "2026-03-05")
        #expect(letter.late)
        #expect(letter.status == .needsReview)
        #expect(letter.nominees.first?.name == "Janez Novak")
    }

    @Test func italianLetterKeepsNamesAsWritten() throws {
        let letter = read("""
        Associazione culturale Crevatini
        Spettabile
        Zavod za mladino, kulturo in turizem Koper
        6000 Koper – Capodistria
        Capodistria, 2 febbraio 2026
        Egregi Signori,
        con la presente proponiamo la Sig.ra Lucia Bonetti quale membro del gruppo d'azione «Mesto Koper».
        Recapiti: tel. 040/123-456, e-mail lucia.bonetti@example.it. La candidata acconsente alla candidatura.
        Distinti saluti,
        Marco Rossi
        """)
        #expect(letter.language == .it)
        #expect(letter.proposer.category == .drustvo)
        let nominee = try #require(letter.nominees.first)
        #expect(nominee.name == "Lucia Bonetti")
        #expect(nominee.clusters == ["mesto-koper"])
        #expect(nominee.consent == true)
    }

    @Test func invoiceIsNotANomination() {
        let letter = read("""
        Kmetija Fonda
        RAČUN št. 2026-00042
        Datum računa: 7. 2. 2026
        Degustacija vin   20   6,50   130,00
        ZA PLAČILO (EUR)   678,90
        """)
        #expect(letter.status == .notANomination)
    }

    @Test(arguments: [ExtractedText.Failure.empty, .notPDF, .damaged, .encrypted, .noPages, .scanned])
    func unreadableFilesSayWhyInSlovenian(_ failure: ExtractedText.Failure) {
        let letter = Readers.defaults.read(.failed(failure))
        #expect(letter.status == .unreadable)
        #expect(letter.textSource == .none)
        let message = letter.problems.first?.message ?? ""
        #expect(!message.isEmpty)
        #expect(message.range(of: "[a-z]", options: .regularExpression) != nil)
    }
}

import Foundation

@Suite("Reading letters: more layouts")
struct MoreLayoutTests {
    @Test func aTableOfCandidates() throws {
        let letter = Readers.defaults.read(ExtractedText(pages: ["""
        Kulturno društvo Sv. Anton
        Spoštovani,
        za akcijsko skupino Kraški rob predlagamo naslednje kandidate:
        Ime in priimek  Telefon  E-pošta
        Lea Pucer  041 111 222  lea.pucer@example.si
        Tim Hrvatin  040 333 444  tim.hrvatin@example.si
        Oba s kandidaturo soglašata.
        Lep pozdrav,
        Marta Kos
        """]))
        #expect(letter.nominees.map(\.name) == ["Lea Pucer", "Tim Hrvatin"])
        #expect(letter.nominees.map(\.phone) == ["+38641111222", "+38640333444"])
        #expect(letter.nominees.map(\.email) == ["lea.pucer@example.si", "tim.hrvatin@example.si"])
        #expect(letter.nominees.allSatisfy { $0.clusters == ["kraski-rob-rizana"] })
    }

    @Test func anotherLabelWording() throws {
        let letter = Readers.defaults.read(ExtractedText(pages: ["""
        Agrarna skupnost Rakitovec
        Rakitovec 1, 6240 Kozina
        Spoštovani,
        Predlagana oseba: Rok Bandelj
        GSM: 070 555 123
        Rok s kandidaturo soglaša.
        V Rakitovcu, dne 14. 2. 2026
        Lep pozdrav,
        Jože Kos
        """]))
        #expect(letter.proposer.category == .agrarnaSkupnost)
        #expect(letter.nominees.first?.name == "Rok Bandelj")
        #expect(letter.nominees.first?.phone == "+38670555123")
        #expect(letter.nominees.first?.clusters == ["kraski-rob-rizana"])
        #expect(letter.date?.description == "2026-02-14")
    }
}

@Suite("Reading letters: letterheads")
struct LetterheadTests {
    @Test func theMunicipalityAboveTheKSIsNotTheProposer() throws {
        let letter = Readers.defaults.read(ExtractedText(pages: ["""
        MESTNA OBČINA KOPER – COMUNE CITTÀ DI CAPODISTRIA
        KRAJEVNA SKUPNOST ČRNI KAL
        Črni Kal 5, 6275 Črni Kal
        Koper, 10. 2. 2026
        Spoštovani,
        za člana akcijske skupine predlagamo g. Boštjana Kocjana, ki živi v Ospu. Telefon 041 222 111.
        Lep pozdrav,
        Peter Bržan
        """]))
        #expect(letter.proposer.name == "KRAJEVNA SKUPNOST ČRNI KAL")
        #expect(letter.proposer.category == .ks)
        #expect(letter.nominees.first?.name == "Boštjan Kocjan")
        #expect(letter.nominees.first?.clusters == ["kraski-rob-rizana"])
    }
}
