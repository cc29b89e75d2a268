import Testing
@testable import Nominations

// Forms and layouts: contacts on their own lines, forms typed as text, names in two fields.

@Suite("Reading letters: contacts on their own lines, wrapped numbers, forms as text")
struct ContactLinesTests {
    @Test func peopleNamedTogetherThenEachOnTheirOwnLine() {
        let letter = readLetter("""
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
        let letter = readLetter("""
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
        let letter = readLetter("""
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
        let letter = readLetter("""
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

@Suite("Reading letters: a form whose values follow their labels after a single space")
struct SingleSpaceFormTests {
    @Test func labelsAndValuesWithoutColumnGaps() throws {
        let letter = readLetter("""
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
        """)
        let nominee = try #require(letter.nominees.first)
        #expect(letter.proposer.name == "Agrarna skupnost Zazid")
        #expect(letter.proposer.category == .agrarnaSkupnost)
        #expect(nominee.name == "Dean Benčič")
        #expect(nominee.consent == true)
        #expect(nominee.phone == "+38668528866")
    }
}

@Suite("Reading forms: a name in two fields")
struct SplitNameFormTests {
    @Test func firstNameAndSurnameInTheirOwnFields() throws {
        func field(_ label: String, _ value: String) -> ExtractedText.Field { .init(label: label, name: label.lowercased(), value: value, ticked: nil) }
        // The page as the extraction lays a filled form out: each value beside its printed label.
        let letter = Readers.defaults.read(ExtractedText(pages: ["""
        Prijavnica – predlog člana akcijske skupine
        Predlagatelj  Društvo prijateljev Sv. Antona
        Vrsta predlagatelja  društvo
        Ime  Katja
        Priimek  Bordon
        GSM  031 909 808
        Skupina  Dežela Refoška
        Datum  14. 2. 2026
        ☒  Kandidatka soglaša s kandidaturo
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
