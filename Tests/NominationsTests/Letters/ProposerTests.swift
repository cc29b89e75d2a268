import Testing
@testable import Nominations

// Who proposes: kinds from names, on behalf of an organisation.

@Suite("Proposer kinds from their names")
struct ProposerKindTests {
    @Test(arguments: [("Sirarna Gažon", Category.ponudnik), ("Cebelarstvo Kocjancic", .ponudnik), ("Domačija Pri Lenčkovih", .ponudnik),
                      ("Vinotoč Rodica", .ponudnik), ("Aktiv kmečkih žena Šmarje", .drustvo), ("Lovska družina Gračišče", .drustvo),
                      ("Ribiška družina Koper", .drustvo)])
    func kindOfOrganisation(name: String, kind: Category) {
        #expect(Readers.defaults.gazetteer.category(ofOrganisation: Tokenizer.tokens(name)) == kind)
    }

    @Test(arguments: ["Janez Novak", "Mladinski center Koper"])
    func noKindWithoutASign(name: String) {
        #expect(Readers.defaults.gazetteer.category(ofOrganisation: Tokenizer.tokens(name)) == nil)
    }
}

@Suite("Reading letters: on behalf of, women's surnames, consent in a sentence")
struct OnBehalfAndSurnamesTests {
    @Test func onBehalfOfAnAssociationNamedInTheGenitive() {
        let letter = readLetter("""
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
        let letter = readLetter("""
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
        let letter = readLetter("""
        Koper, 1. 2. 2026
        V akcijsko skupino Mesto Koper predlagam gospo Tjašo Babič iz Kopra. Telefon: 051-222-333. Soglasje: da.
        Damjan Kocjančič
        """)
        #expect(letter.nominees.map(\.consent) == [true])
    }
}

@Suite("Reading letters: on behalf of, wrapped")
struct OnBehalfWrappedTests {
    @Test func anOrganisationInBracketsWrappedOverTwoLines() {
        let letter = readLetter("""
        Od: Ana Kos <ana.kos@example.si>
        Zadeva: predlog
        Pozdravljeni,
        v imenu našega društva (Pohodniško društvo
        Marezige) predlagam Janeza Bordona za akcijsko skupino Dežela Refoška. Janez soglaša, tel. 041 111 333.
        Lp, Ana
        """)
        #expect(letter.proposer.name == "Pohodniško društvo Marezige")
        #expect(letter.proposer.category == .drustvo)
    }
}

@Suite("A person with a title or a degree")
struct TitledPersonTests {
    @Test(arguments: [("dr. Janez Novak", "Janez Novak"), ("Mag. Petra Bizjak, univ. dipl. ekon.", "Petra Bizjak")])
    func aTitledPersonIsAnIndividual(letterhead: String, name: String) {
        let letter = readLetter("""
        \(letterhead)
        Bertoki 12, 6000 Koper
        Koper, 10. 2. 2026
        Spoštovani,
        za člana akcijske skupine Mesto Koper predlagam go. Anjo Kralj, tel. 041 100 200. Anja soglaša.
        Lep pozdrav,
        \(name)
        """)
        #expect(letter.proposer.name == name)
        #expect(letter.proposer.category == .posameznik)
    }
}

@Suite("A role above the organisation in a signature")
struct RoleAndOrganisationTests {
    @Test func aSecretarySigningForTheKS() {
        let letter = readLetter("""
        Spoštovani,
        svet KS je soglasno sklenil, da v akcijsko skupino Dolina reke Dragonje predlaga predsednika sveta, g. Edija Pribca (edi.pribac@example.si).
        Lep pozdrav,
        Tajnica KS Sočerga
        Maja Glavina
        """)
        #expect(letter.proposer.name == "KS Sočerga")
        #expect(letter.proposer.category == .ks)
        #expect(letter.nominees.map(\.consent) == [nil])
    }
}
