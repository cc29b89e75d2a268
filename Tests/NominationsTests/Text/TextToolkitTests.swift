import Foundation
import Testing
@testable import Nominations

@Suite("Slovenian text toolkit")
struct TextToolkitTests {
    @Test(arguments: [("Šmarje", "smarje"), ("KOŠTABONA", "kostabona"), ("Črni Kal", "crni kal"), ("Žusterna", "zusterna"), ("città", "citta")])
    func folding(_ input: String, _ expected: String) {
        #expect(Folding.fold(input) == expected)
    }

    /// The byte paths of the labelled-value checks say what the character definitions say.
    @Test(arguments: ["ana novak", "Ana Novak", "kandidata/ke)  Ana", "tel. 041 123 456", "", "čšž", "ČŠŽ", "e\u{301}", "x\r\ny", "½", "(naziv oz. ime in"])
    func labelledValueChecksAgreeWithCharacters(_ text: String) {
        #expect(LabeledValues.hasNoCapital(text) == text.allSatisfy { !$0.isLetter || $0.isLowercase })
        #expect(LabeledValues.hasNumber(text) == text.contains(where: \.isNumber))
    }

    /// Byte search (libc's memchr and memcmp forwards, a loop and memcmp backwards) finds what a plain scan over the
    /// bytes finds: first and last occurrence, from an offset, at both ends, none, longer needles.
    @Test(arguments: [("predlog podpirata tudi", "podpira"), ("aaa", "aa"), ("abc", "c"), ("abc", "abcd"), ("", "a"),
                      ("Šmarje in Šmarje", "Šmarje"), ("x  y  z", "  "), ("in in in", " in "), ("ab", "ab")])
    func byteSearchAgreesWithAPlainScan(_ haystack: String, _ needle: String) {
        let h = Array(haystack.utf8), n = Array(needle.utf8)
        let positions = h.count >= n.count ? (0...(h.count - n.count)).filter { Array(h[$0..<($0 + n.count)]) == n } : []
        #expect(ByteSearch.firstOffset(of: needle, in: haystack) == positions.first)
        #expect(ByteSearch.firstOffset(of: needle, in: haystack, last: true) == positions.last)
        for start in 0...h.count {
            #expect(ByteSearch.offset(of: n, in: h, from: start) == positions.first { $0 >= start }, "from \(start)")
        }
        #expect(ByteSearch.components(of: haystack, separatedBy: needle) == haystack.components(separatedBy: needle))
    }

    /// The table that folds most scalars and the definition it is made from agree on every scalar
    /// of the first planes of Unicode, those inside the table and those outside it.
    @Test func foldingTableAgreesWithItsDefinition() {
        for value in UInt32(0)..<0x3000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(Folding.fold("a" + String(scalar) + "Ž") == "a" + Folding.slowFold(value) + "z", "U+\(String(value, radix: 16))")
        }
    }

    @Test(arguments: [
        ("Koper, 15. 2. 2026", "2026-02-15"), ("15.02.2026", "2026-02-15"), ("15. februarja 2026", "2026-02-15"),
        ("dne 3. marca 2026", "2026-03-03"), ("sobota, 24. januar 2026 21:14", "2026-01-24"), ("Covedo, 29/01/2026", "2026-01-29"),
        ("Capodistria, 22 gennaio 2026", "2026-01-22"), ("2026-02-11", "2026-02-11"), ("15.2.26", "2026-02-15"),
        ("Date: Mon, Feb 12, 2026 at 10:12 AM", "2026-02-12"), ("Sent: 12 February 2026 09:00", "2026-02-12"),
        ("Datum: pon., 12. feb. 2026 ob 10:12", "2026-02-12"), ("Koper, 15. II. 2026", "2026-02-15"), ("3.XII.2025", "2025-12-03"),
        ("2026/02/15", "2026-02-15"), ("2026.02.15", "2026-02-15"), ("3rd February 2026", "2026-02-03"), ("February 21st, 2026", "2026-02-21"),
    ])
    func dates(_ text: String, _ iso: String) {
        #expect(DateFinder.dates(in: text).first?.date.description == iso)
    }

    @Test(arguments: ["Številka: 047-5/2026", "Matična številka: 5273965", "31. 2. 2026", "6000 Koper", "5 ii 2026", "2026-02/15"])
    func notDates(_ text: String) {
        #expect(DateFinder.dates(in: text).isEmpty)
    }

    @Test(arguments: [
        ("Telefon: 041 123 456", "+38641123456"), ("tel. 041/123-456", "+38641123456"), ("+386 (0)68 599-616", "+38668599616"), ("+386 (0) 41 123 456", "+38641123456"), ("05/ 663 12 34", "+38656631234"),
        ("00386 70 608 244", "+38670608244"), ("05 601 91 88", "+38656019188"), ("068357537", "+38668357537"),
        ("tel. 05/690-69-51 – info@x.si", "+38656906951"), ("GSM: 040 977 330", "+38640977330"), ("+39 040 123 4567", "+390401234567"),
    ])
    func phones(_ text: String, _ e164: String) {
        #expect(PhoneFinder.phones(in: text).first?.e164 == e164)
    }

    @Test(arguments: ["Davčna številka: SI37949710", "TRR: SI56 1010 0005 2674 609", "Puče 32b, 6276 Pobegi", "16. 1. 2026", "Številka: 047-5/2026", "Matična številka: 5273965"])
    func notPhones(_ text: String) {
        #expect(PhoneFinder.phones(in: text).isEmpty)
    }

    @Test(arguments: [
        ("E-pošta: uros.rojac(at)amis.net", "uros.rojac@amis.net"), ("ime [at] domena.si", "ime@domena.si"),
        ("Ana.Novak(afna)Gmail.com", "ana.novak@gmail.com"), ("<pd.marezige@gmail.com>", "pd.marezige@gmail.com"),
        ("ana.kos @ gmail.com", "ana.kos@gmail.com"), ("ana.kos ( at ) gmail.com", "ana.kos@gmail.com"),
    ])
    func emails(_ text: String, _ email: String) {
        #expect(EmailFinder.emails(in: text).first == email)
    }

    @Test(arguments: [("Ano Jakomin", "Ana Jakomin"), ("Simono Ražman", "Simona Ražman"), ("Mojco Cunjo", "Mojca Cunja"), ("Janeza Bratoza", "Janez Bratoz"), ("Igorja Butula", "Igor Butul")])
    func nominativeWithoutEvidence(_ declined: String, _ nominative: String) {
        #expect(PersonName.nominative(declined, knownWords: []) == nominative)
    }

    @Test func nominativePrefersTheLettersOwnForm() {
        // "Uroša Rojca" with "Uroš Rojac" written elsewhere: the fleeting vowel comes back.
        #expect(PersonName.nominative("Uroša Rojca", knownWords: ["uros", "rojac"]) == "Uroš Rojac")
        #expect(PersonName.nominative("Mirka Cunjo", knownWords: ["mirko", "cunja"]) == "Mirko Cunja")
    }

    @Test func samePersonAcrossCasesAndOrder() {
        #expect(PersonName.samePerson("PEČARIČ Manca", "Manco Pečarič"))
        #expect(PersonName.samePerson("Uroš Rojac", "Uroša Rojca"))
        #expect(!PersonName.samePerson("Ana Novak", "Boris Novak"))
    }

    @Test func phraseMatcherPrefixesAndAcronyms() {
        let matcher = PhraseMatcher<String>([("društv*", "d"), ("KS", "ks"), ("tematsk* pot*", "t")])
        #expect(matcher.matches(in: Tokenizer.tokens("Kulturno društvo Hrastovlje")).map(\.value) == ["d"])
        #expect(matcher.matches(in: Tokenizer.tokens("KS Šmarje")).map(\.value) == ["ks"])
        #expect(matcher.matches(in: Tokenizer.tokens("ks in mi")).isEmpty)
        #expect(matcher.matches(in: Tokenizer.tokens("urejanje tematske poti")).map(\.value) == ["t"])
    }
}

@Suite("Names in running text")
struct RunningTextNameTests {
    @Test(arguments: [
        ("predlagamo g. Marka Novaka", "Marko Novak"),
        ("predlagamo, da se v skupino imenuje g. Marko Novak", "Marko Novak"),
        ("predlagamo go. Ano Jakomin", "Ana Jakomin"),
        ("predlagamo našega sodelavca Igorja Butula", "Igor Butul"),
        ("predlagamo našo članico Mojco Cunjo", "Mojca Cunja"),
        ("predlagamo g. Janeza Bratoža", "Janez Bratož"),
        ("za člana predlagamo Ano Novak", "Ana Novak"),
        ("predlagamo Petra Novak", "Petra Novak"),
        ("predlagamo Marko Kralj", "Marko Kralj"),
        ("predlagamo Boruta Kralja", "Borut Kralj"),
    ])
    func nominativeFromTheSentence(_ sentence: String, _ expected: String) {
        let letter = Readers.defaults.read(ExtractedText(pages: ["""
        Turistično društvo Marezige
        Spoštovani,
        za akcijsko skupino Dežela Refoška \(sentence). Telefon 041 123 456. S kandidaturo soglaša.
        Lep pozdrav,
        Ana Kos
        """]))
        #expect(letter.nominees.map(\.name) == [expected])
    }
}
