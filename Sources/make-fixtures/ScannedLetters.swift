import CCairo
import Foundation

/// Scanned letters for the OCR tests (`make-fixtures --scans FOLDER`): each is a letter the
/// generator draws, made into the image a scanner or a phone would give, in an image-only PDF (or,
/// for the mixed one, a scanned page drawn by cairo as a 1-bit stencil beside a page with text). What each says is in the tests that read it.
/// Kept small: 1-bit (a scanner) or grey in steps (a phone), at 150 dpi.
enum ScannedLetters {
    static func write(in scans: String) throws {
        try FileManager.default.createDirectory(atPath: scans, withIntermediateDirectories: true)
        func path(_ name: String) -> String { (scans as NSString).appendingPathComponent(name) }

        // A društvo's letter, scanned 1.1° askew, with dust, a stamp and a signature.
        do {
            let page = ScanImage(tilt: 1.1, seed: 11)
            societyLetter(page)
            page.specks(900)
            let bits = page.binarised()
            ScanPDF.write([(bits, page.dpi)], to: path("scan-letter.pdf"))
            cairo_surface_destroy(bits)
        }

        // A KS's letter over two scanned pages: the candidate's contacts and consent on the second.
        do {
            let first = ScanImage(tilt: -0.8, seed: 21), second = ScanImage(tilt: 0.6, seed: 22)
            communityLetter(first, second)
            first.specks(700)
            second.specks(700)
            let pages = [first, second].map { ($0.binarised(), $0.dpi) }
            ScanPDF.write(pages, to: path("scan-two-pages.pdf"))
            for page in pages { cairo_surface_destroy(page.0) }
        }

        // A letter with a text layer whose second page, the candidate's signed consent, was scanned.
        do {
            let pdf = PDFWriter(path: path("scan-mixed.pdf"))
            pdf.line("Agrarna skupnost Movraž")
            pdf.line("Movraž 5, 6272 Gračišče")
            pdf.gap()
            pdf.line("Zavod za mladino, kulturo in turizem Koper")
            pdf.line("6000 Koper")
            pdf.line([(400, "Movraž, 12. 2. 2026")])
            pdf.line("Zadeva: Predlog kandidata za akcijsko skupino")
            pdf.line("Spoštovani,")
            pdf.line("za akcijsko skupino Dolina reke Dragonje predlagamo našega člana:")
            pdf.line("Ime in priimek: Boris Kocjančič")
            pdf.line("Telefon: 031 765 432")
            pdf.line("Boris Kocjančič skrbi za pohodne poti nad Movražem in za table ob njih.")
            pdf.line("Izjavo kandidata o soglasju prilagamo.")
            pdf.line("Lep pozdrav,")
            pdf.line([(400, "Ivan Rojac")])
            pdf.line([(400, "predsednik")])
            pdf.newPage()
            let consent = ScanImage(tilt: -1.2, seed: 31)
            consent.line("IZJAVA O SOGLASJU", x: 220, bold: true)
            consent.gap(14)
            consent.line("Spodaj podpisani Boris Kocjančič, Movraž 14, 6272 Gračišče,")
            consent.line("soglašam s kandidaturo za člana akcijske skupine Dolina reke Dragonje.")
            consent.gap(30)
            consent.line([(60, "Movraž, 10. 2. 2026"), (360, "Boris Kocjančič")])
            consent.signature(x: 370, y: consent.baseline + 6)
            consent.specks(500)
            let bits = consent.binarised()
            pdf.scanPage(bits, dpi: consent.dpi)
            cairo_surface_destroy(bits)
            pdf.finish()
        }

        // A poor copy: a copy of a copy, at 100 dpi, small type, much dust. OCR reads it with little
        // confidence; what it reads must go to review, never stand as read.
        do {
            let page = ScanImage(dpi: 100, tilt: 2.4, fontSize: 8.5, seed: 51)
            societyLetter(page)
            page.specks(6000)
            let bits = page.binarised()
            ScanPDF.write([(bits, page.dpi)], to: path("scan-poor.pdf"))
            cairo_surface_destroy(bits)
        }

        // A filled-in form photographed with a phone: grey, lit unevenly, 2° askew.
        do {
            let page = ScanImage(tilt: 2, fontSize: 11, seed: 41)
            photographedForm(page)
            let photo = page.photographed()
            ScanPDF.write([(photo, page.dpi)], to: path("scan-photo.pdf"))
            cairo_surface_destroy(photo)
        }
    }

    static func societyLetter(_ page: ScanImage) {
        page.line("Turistično društvo Sočerga", bold: true)
        page.line("Sočerga 12, 6275 Črni Kal")
        page.line("tel. 05 655 12 34, e-pošta: td.socerga@siol.net")
        page.gap(24)
        page.line("Zavod za mladino, kulturo in turizem Koper")
        page.line("6000 Koper")
        page.gap()
        page.line([(360, "Sočerga, 9. februarja 2026")])
        page.gap()
        page.line("Zadeva: Predlog kandidatke za akcijsko skupino", bold: true)
        page.gap()
        page.line("Spoštovani,")
        page.line("za članico akcijske skupine »Dolina reke Dragonje« predlagamo go. Majo Pucer.")
        page.gap()
        page.line([(60, "Ime in priimek:"), (200, "Maja Pucer")])
        page.line([(60, "Telefon:"), (200, "041 552 318")])
        page.line([(60, "E-pošta:"), (200, "maja.pucer(at)gmail.com")])
        page.gap()
        page.line("Maja Pucer vodi pohode po poteh ob Dragonji in skrbi za table ob njih.")
        page.line("Kandidatka s kandidaturo soglaša.")
        page.gap()
        page.line("Lep pozdrav,")
        page.gap(20)
        page.line([(360, "Marko Bržan")])
        page.line([(360, "predsednik društva")])
        page.signature(x: 370, y: page.baseline - 54)
        page.stamp(x: 290, y: page.baseline - 30, lines: ["TURISTIČNO", "DRUŠTVO", "SOČERGA"])
    }

    /// The letter runs over to the second page: its reasons, the candidate's address and consent,
    /// and the signature are there.
    static func communityLetter(_ first: ScanImage, _ second: ScanImage) {
        first.line("Krajevna skupnost Marezige", bold: true)
        first.line("Marezige 12, 6273 Marezige")
        first.gap(24)
        first.line("Zavod za mladino, kulturo in turizem Koper")
        first.line("6000 Koper")
        first.gap()
        first.line([(360, "Marezige, 3. 2. 2026")])
        first.gap()
        first.line("Zadeva: Predlog kandidata za akcijsko skupino", bold: true)
        first.gap()
        first.line("Spoštovani,")
        first.line("svet krajevne skupnosti je na seji sklenil, da v akcijsko skupino")
        first.line("»Dežela Refoška« predlaga:")
        first.gap()
        first.line([(60, "Ime in priimek:"), (200, "Anton Jakomin")])
        first.line([(60, "Telefon:"), (200, "+386 41 234 567")])
        first.gap()
        first.line("Anton Jakomin je vinogradnik iz Marezig. Urejal je vinsko cesto in")
        first.line("table ob njej, za obiskovalce pa vodi degustacije refoška.")

        second.line("Kandidat je dosegljiv tudi po e-pošti anton.jakomin@siol.net.")
        second.line("Kandidat s kandidaturo soglaša.")
        second.gap()
        second.line("Lep pozdrav,")
        second.gap(20)
        second.line([(360, "Tina Tomšič")])
        second.line([(360, "predsednica Sveta KS")])
        second.signature(x: 370, y: second.baseline - 54)
        second.stamp(x: 290, y: second.baseline - 30, lines: ["KRAJEVNA", "SKUPNOST", "MAREZIGE"])
    }

    static func photographedForm(_ page: ScanImage) {
        page.line("OBRAZEC ZA PREDLOG ČLANA AKCIJSKE SKUPINE", x: 90, bold: true)
        page.gap(16)
        page.line([(60, "Predlagatelj:"), (230, "Klemen Hrvatin")])
        page.line([(60, "Vrsta predlagatelja:"), (230, "posameznik")])
        page.line([(60, "Ime in priimek kandidata:"), (230, "Petra Glavina")])
        page.line([(60, "Telefon:"), (230, "070 123 456")])
        page.line([(60, "E-pošta:"), (230, "petra.glavina@gmail.com")])
        page.line([(60, "Akcijska skupina:"), (230, "Mesto Koper")])
        page.line([(60, "Utemeljitev:"), (230, "Petra vodi trgovino v mestnem jedru")])
        page.line([(230, "in sodeluje z Visit Koper.")])
        page.line([(60, "Soglasje kandidata:"), (230, "DA")])
        page.line([(60, "Kraj in datum:"), (230, "Koper, 14. 2. 2026")])
        page.gap(20)
        page.line([(360, "Klemen Hrvatin")])
        page.signature(x: 360, y: page.baseline - 20)
    }
}

/// A generated letter scanned: each page drawn as `ScanImage` (tilted by up to 1.5° either way,
/// with dust), then written as an image-only PDF.
final class ScanWriter: LetterSheet {
    private let path: String
    private let seed: UInt64
    private var pages: [ScanImage] = []

    init(path: String, seed: UInt64) {
        self.path = path
        self.seed = seed
        newPage()
    }

    private var page: ScanImage { pages[pages.count - 1] }

    func line(_ columns: [(Double, String)]) { page.line(columns) }
    func line(_ text: String, x: Double) { page.line(text, x: x) }
    func gap() { page.gap() }

    func newPage() {
        let number = seed &* 7 &+ UInt64(pages.count)
        pages.append(ScanImage(tilt: Double(Int(number % 31) - 15) / 10, seed: number))
    }

    func finish() {
        let images = pages.map { page in
            page.specks(600)
            return (page.binarised(), page.dpi)
        }
        ScanPDF.write(images, to: path)
        for image in images { cairo_surface_destroy(image.0) }
    }
}
