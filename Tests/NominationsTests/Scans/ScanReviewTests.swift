import Testing
@testable import Nominations

/// A letter read by OCR says so, and what rests on weak words goes to review.
@Suite("Scan review")
struct ScanReviewTests {
    static let lines = [
        "Turistično društvo Sočerga", "Sočerga 12, 6275 Črni Kal", "Sočerga, 9. februarja 2026",
        "Zadeva: Predlog kandidatke za akcijsko skupino", "Spoštovani,",
        "za članico akcijske skupine »Dolina reke Dragonje« predlagamo go. Majo Pucer.",
        "Ime in priimek: Maja Pucer", "Telefon: 041 552 318", "E-pošta: maja.pucer@gmail.com",
        "Kandidatka s kandidaturo soglaša.", "Lep pozdrav,", "Marko Bržan", "predsednik društva",
    ]

    /// The letter's lines as OCR's words, each line a Tesseract line; `confidence` gives a word's.
    static func scan(_ confidence: (String) -> Double = { _ in 96 }) -> ExtractedText {
        var words: [RecognizedWord] = []
        for (index, line) in lines.enumerated() {
            var left = 60.0
            for text in line.split(separator: " ").map(String.init) {
                let baseline = 80 + Double(index) * 16
                words.append(RecognizedWord(text: text, confidence: confidence(text), left: left, top: baseline - 7, right: left + Double(text.count) * 5,
                                            bottom: baseline + 2, baseline: baseline, line: index))
                left += Double(text.count) * 5 + 3
            }
        }
        let page = RecognizedPage(page: 0, width: 595, height: 842, words: words)
        return ExtractedText(pages: [ScanLayout.text(of: page)], scans: [page])
    }

    @Test func aWellReadScanIsParsedAndMarkedAsOCR() {
        let letter = Readers.defaults.understand(Self.scan())
        #expect(letter.textSource == .ocr)
        #expect(letter.status == .parsed, "\(letter.problems)")
        #expect(letter.nominees.first?.phone == "+38641552318")
    }

    @Test(arguments: [("Pucer", "ime"), ("552", "telefon")])
    func aValueMadeOfWeakWordsGoesToReview(_ weak: String, _ field: String) {
        let letter = Readers.defaults.understand(Self.scan { $0 == weak || $0 == weak + "." ? 40 : 96 })
        #expect(letter.status == .needsReview)
        let problem = letter.problems.first { $0.code == "ocr_low_confidence" }
        #expect(problem?.message.contains(field) == true, "\(letter.problems)")
    }

    /// An address made of the candidate's name is borne out by it, whatever Tesseract's confidence.
    @Test func anAddressMadeOfTheNameIsTrusted() {
        let letter = Readers.defaults.understand(Self.scan { $0.contains("@") ? 35 : 96 })
        #expect(letter.status == .parsed, "\(letter.problems)")
        #expect(ScanReview.isMadeOfName("katjafonda11@telemach.net", "Katja Fonda"))
        #expect(ScanReview.isMadeOfName("gkovacic@telemach.net", "Gregor Kovačič"))
        #expect(!ScanReview.isMadeOfName("harvat.iztok@yahoo.com", "Iztok Horvat"))
        #expect(!ScanReview.isMadeOfName("info@siol.net", "Iztok Horvat"))
        #expect(!ScanReview.isMadeOfName("frankod.sabadin@siol.net", "Franko Sabadin"))
        #expect(ScanReview.isMadeOfName("franko.sabadin@siol.net", "Franko Sabadin"))
    }

    @Test func aPoorlyReadPageGoesToReview() {
        let letter = Readers.defaults.understand(Self.scan { _ in 70 })
        #expect(letter.status == .needsReview)
        #expect(letter.problems.contains { $0.code == "ocr_low_confidence" && $0.message.contains("Sken strani 1") })
    }

    @Test func aPageOCRCouldNotReadIsNamed() {
        var text = Self.scan()
        text.scans.append(RecognizedPage(page: 1, width: 595, height: 842, words: [], failure: .timedOut))
        text.pages.append("")
        let letter = Readers.defaults.understand(text)
        #expect(letter.status == .needsReview)
        #expect(letter.problems.contains { $0.code == "ocr_page_unread" && $0.message.contains("Stran 2") })
        // With nothing read at all, the letter is unreadable, and says why.
        let nothing = ExtractedText(pages: [""], scans: [RecognizedPage(page: 0, width: 595, height: 842, words: [], failure: .timedOut)])
        let unreadable = Readers.defaults.understand(nothing)
        #expect(unreadable.status == .unreadable)
        #expect(unreadable.problems.first?.message.contains("časovno omejitev") == true)
    }

    @Test func aClusterNumberReadUncertainlyAloneGoesToReview() {
        func words(_ line: String, confidence: Double) -> [(page: Int, word: RecognizedWord)] {
            line.split(separator: " ").enumerated().map { index, text in
                (0, RecognizedWord(text: String(text), confidence: text.first!.isNumber ? confidence : 96, left: Double(index) * 40, top: 0,
                                   right: Double(index) * 40 + 30, bottom: 9, baseline: 8, line: 0))
            }
        }
        let names = ScanReview.clusterWords(["Dežela Refoška", "Mesto Koper"])
        #expect(ScanReview.weakClusterNumber(words("za cluster 4.", confidence: 83), clusterWords: names)?.text == "4.")
        #expect(ScanReview.weakClusterNumber(words("za cluster 4.", confidence: 96), clusterWords: names) == nil)
        #expect(ScanReview.weakClusterNumber(words("št. 3 (Dežela Refoška)", confidence: 83), clusterWords: names) == nil)
    }
}
