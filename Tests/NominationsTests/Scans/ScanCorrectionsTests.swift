import Testing
@testable import Nominations

/// The usual OCR slips, put right before reading.
@Suite("Scan corrections")
struct ScanCorrectionsTests {
    @Test(arguments: [
        ("O41", "041"), ("l2.", "12."), ("2O26", "2026"), ("040-26908l", "040-269081"),
        // Words, not numbers: left alone.
        ("Il", "Il"), ("Olga", "Olga"), ("lO", "lO"),
        // Quotes made by specks at a word's edge, or between a word and a number.
        ("'Topolovec", "Topolovec"), ("2026'", "2026"), ("februarja'2026", "februarja 2026"), ("dell'Istria", "dell'Istria"),
        // "@" read as a sign; an accent on an address.
        ("ana.novak©gmail.com", "ana.novak@gmail.com"), ("horvàt.iztok@yahoo.com", "horvat.iztok@yahoo.com"),
    ])
    func words(_ read: String, _ meant: String) {
        #expect(ScanCorrections.corrected(word: read) == meant)
    }

    @Test(arguments: [
        ("E-pošta: ana(af)siol.net", "E-pošta: ana(at)siol.net"),
        ("E-pošta: maja.pucer(at@gmail.com", "E-pošta: maja.pucer@gmail.com"),
        ("tel. 4386 41 123 456", "tel. +386 41 123 456"), ("Marezige, (7386) 68 587 097", "Marezige, (+386) 68 587 097"),
        ("Telefon:  1386 41 234567", "Telefon:  +386 41 234567"), ("leta 1386 in 1400", "leta 1386 in 1400"),
        ("Datum: 7.2: 2026", "Datum: 7. 2. 2026"), ("Datum: 7..2: 2026", "Datum: 7. 2. 2026"), ("Decani, 27 1.2026", "Decani, 27. 1. 2026"),
        ("Semedela, 19, 2. 2026", "Semedela, 19. 2. 2026"), ("Istrska cesta 35, 6000 Koper", "Istrska cesta 35, 6000 Koper"),
        ("Zadeva. Kandidat za akcijsko skupino", "Zadeva: Kandidat za akcijsko skupino"),
        ("tel. 030633360, sabina. strkalj@gmail.com", "tel. 030633360, sabina.strkalj@gmail.com"),
        ("nadja.bencic@grnail.com", "nadja.bencic@gmail.com"), ("ana@gnnail com", "ana@gmail.com"),
        ("nadja.bencic@telemachi.net", "nadja.bencic@telemach.net"), ("E-pošta: Nadja.Bencic(Dtelemacli.net", "E-pošta: Nadja.Bencic@telemach.net"),
        ("nejc.kozlovicehotmail.com", "nejc.kozlovic@hotmail.com"), ("www.gmail.com", "www.gmail.com"),
        ("Od: Nejc Kozlovič <nejc kozlovic(?hotmail.com>", "Od: Nejc Kozlovič <nejc_kozlovic@hotmail.com>"),
        ("ks.gracisce(? gmail.com", "ks.gracisce@gmail.com"), ("kd.topolovec (gmail.com", "kd.topolovec@gmail.com"),
        // Written out to fool robots: left for the reader.
        ("maja.pucer(at)gmail.com", "maja.pucer(at)gmail.com"),
        // An organisation's own domain cannot be guessed.
        ("info@pd-topolovec.si", "info@pd-topolovec.si"),
        // A year and a number are no date.
        ("Koper 2030, 6000 Koper", "Koper 2030, 6000 Koper"),
    ])
    func rows(_ read: String, _ meant: String) {
        #expect(ScanCorrections.correctedRow(read) == meant)
    }

    @Test func wordsALetterOffTheConfigurationAreCorrected() throws {
        let lexicon = ScanLexicon(configuration: try ConfigurationLoader.defaults())
        #expect(lexicon.corrected("Krajevha") == "Krajevna")
        #expect(lexicon.corrected("pozdravj,") == "pozdravi,")
        #expect(lexicon.corrected("skupriost") == "skupnost")
        #expect(lexicon.corrected("SKUPNQST") == "SKUPNOST")
        #expect(lexicon.corrected("Refoška") == nil)      // a word of the lexicon
        #expect(lexicon.corrected("Kozlovič") == nil)     // nothing near it
        #expect(lexicon.corrected("Kraj") == nil)         // too short to guess
    }
}
