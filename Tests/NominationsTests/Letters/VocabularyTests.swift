import Testing
@testable import Nominations

// Words for clusters, topics, supporters and consent.

@Suite("Cluster names in other cases and shorter")
struct ClusterNameFormsTests {
    @Test(arguments: [("za skupino Kraškega roba", "kraski-rob-rizana"), ("za dolino Dragonje", "dolina-dragonje"),
                      ("Dolina Dragonje", "dolina-dragonje"), ("v Deželi Refoška", "dezela-refoska"), ("Dezela Refoska", "dezela-refoska")])
    func named(text: String, slug: String) {
        #expect(Readers.defaults.gazetteer.namedClusters(in: Tokenizer.tokens(text)) == [slug])
    }
}

@Suite("Topics in other words")
struct TopicWordsTests {
    @Test(arguments: [("je vinar in pridelovalec malvazije", "wine"), ("skrbi za markacije na pešpoteh", "trails"),
                      ("vodi promocijo kraja na Facebooku", "marketing"), ("prideluje oljčno olje", "gastronomy"),
                      ("ima lokal na Prešernovem trgu", "town_centre"), ("uredil je usmerjevalne table", "signage")])
    func topic(text: String, topic: String) {
        #expect(Readers.defaults.gazetteer.topics(in: Tokenizer.tokens(text)).map(\.topic).contains(topic))
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

@Suite("Consent in sentences")
struct ConsentSentenceTests {
    @Test(arguments: [
        ("Soglasje kandidata je v prilogi.", true), ("Izjava o soglasju je priložena.", true), ("Kandidat je podal pisno soglasje.", true),
        ("Soglasje kandidata: podpisano.", true), ("S podpisom potrjujem, da se strinjam s kandidaturo.", true),
        ("Kandidat soglasja ni podal.", false), ("Kandidatka s kandidaturo ne soglaša.", false), ("Kandidat zaenkrat še ne ve.", nil),
        ("Soglasje kandidatke bomo posredovali naknadno.", nil), ("The signed consent is attached.", true),
        ("Svet je soglasno sklenil, da predlaga g. Edija Pribca.", nil), ("Kandidat je soglasen s kandidaturo.", true),
    ])
    func consent(sentence: String, expected: Bool?) {
        #expect(ConsentReader.consent(in: Tokenizer.tokens(sentence)) == expected)
    }
}

@Suite("Consent answered after a colon")
struct ConsentAnswerTests {
    @Test(arguments: [("☒ Kandidat s kandidaturo soglaša: NE (ne)", false), ("☒ Kandidat s kandidaturo soglaša: DA (da)", true)])
    func answer(line: String, expected: Bool) {
        #expect(ConsentReader.consent(in: Tokenizer.tokens(line)) == expected)
    }
}
