import Foundation

// Writes the small PDF fixtures the tests open with poppler. Run from the package root:
//   swift run make-fixtures Tests/PDFTextTests/Fixtures Tests/NominationsRunTests/Fixtures
// Every letter here is invented.

let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "--letters", arguments.count == 3, let count = Int(arguments[1]) {
    try LetterGenerator.write(count: count, to: arguments[2])
    exit(0)
}
if arguments.first == "--scanned-letters", arguments.count == 3, let count = Int(arguments[1]) {
    try LetterGenerator.write(count: count, to: arguments[2], scanned: true)
    exit(0)
}
if arguments.first == "--scans", arguments.count == 2 {
    try ScannedLetters.write(in: arguments[1])
    exit(0)
}
if arguments.contains(where: { $0.hasPrefix("-") }) {
    // An option it does not know (even --help) is not taken for a folder to write into.
    FileHandle.standardError.write(Data("""
        usage: make-fixtures [FOLDER ...]          the test fixtures, in each folder (default: Fixtures)
               make-fixtures --scans FOLDER         the scanned letters for the OCR tests
               make-fixtures --letters N FOLDER     N generated letters (the benchmark's)
               make-fixtures --scanned-letters N FOLDER   the same letters, scanned (the OCR benchmark's)

        """.utf8))
    exit(arguments == ["--help"] || arguments == ["-h"] ? 0 : 64)
}
let folders = arguments.isEmpty ? ["Fixtures"] : arguments

func write(_ name: String, in folder: String, _ body: (PDFWriter) -> Void) {
    let writer = PDFWriter(path: (folder as NSString).appendingPathComponent(name))
    body(writer)
    writer.finish()
}

for folder in folders {
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)

    // A formal letter from a KS with two candidates, a letterhead phone and a session date (traps).
    write("ks-two-candidates.pdf", in: folder) { pdf in
        pdf.line("Krajevna skupnost Marezige")
        pdf.line("Marezige 12, 6273 Marezige")
        pdf.line("tel.: 05 655 10 20 | e-pošta: ks.marezige@example.si")
        pdf.line("Davčna številka: SI12345678")
        pdf.gap()
        pdf.line("Zavod za mladino, kulturo in turizem Koper")
        pdf.line("6000 Koper")
        pdf.gap()
        pdf.line([(400, "Marezige, 12. februarja 2026")])
        pdf.line("Zadeva: Predlog kandidatov za akcijsko skupino")
        pdf.line("Spoštovani,")
        pdf.line("svet krajevne skupnosti je na seji dne 3. 2. 2026 sklenil, da v akcijsko skupino »Dežela Refoška«")
        pdf.line("predlagamo naslednja kandidata:")
        pdf.line("1. Ana Jakomin")
        pdf.line("Telefon: 041 234 567")
        pdf.line("E-pošta: ana.jakomin(at)example.si")
        pdf.line("Ana Jakomin je izkušena vinogradnica in pridelovalka refoška. S kandidaturo soglaša.")
        pdf.line("2. Boris Kocjančič")
        pdf.line("Telefon: +386 (0)31 765-432")
        pdf.line("Boris Kocjančič je urejal pohodne poti in table ob njih. Živi v Truškah.")
        pdf.line("Predlog podpira tudi Turistično društvo Marezige.")
        pdf.line("Lep pozdrav,")
        pdf.line([(400, "Marta Novak")])
        pdf.line([(400, "predsednica Sveta KS")])
    }

    // A printed form as a table with tick boxes; the candidate named surname-first.
    write("form-table.pdf", in: folder) { pdf in
        pdf.line("OBRAZEC ZA PREDLOG ČLANA AKCIJSKE SKUPINE")
        pdf.gap()
        pdf.line([(50, "Predlagatelj"), (230, "Gostilna Pri Mostu d.o.o.")])
        pdf.line([(50, "Vrsta predlagatelja"), (230, "☐ krajevna skupnost")])
        pdf.line([(230, "☐ društvo")])
        pdf.line([(230, "☒ ponudnik")])
        pdf.line([(230, "☐ posameznik")])
        pdf.line([(50, "Telefon / e-pošta predlagatelja"), (230, "05 600 11 22 / info@primostu.example")])
        pdf.line([(50, "Ime in priimek kandidata/ke"), (230, "KOCJAN Marko")])
        pdf.line([(50, "Telefon"), (230, "070/123-456")])
        pdf.line([(50, "E-pošta"), (230, "marko.kocjan@example.si")])
        pdf.line([(50, "Akcijska skupina"), (230, "cluster 1")])
        pdf.line([(50, "Utemeljitev"), (230, "Vodil je trgovino v mestnem jedru.")])
        pdf.line([(50, "Soglasje kandidata/ke"), (230, "DA")])
        pdf.line([(50, "Kraj in datum"), (230, "Koper, 20. 1. 2026")])
    }

    // A letter whose candidate's name is the text of a formula.
    write("formula-name.pdf", in: folder) { pdf in
        pdf.line("Turistično društvo Gradin")
        pdf.line("Gradin 5, 6272 Gračišče")
        pdf.gap()
        pdf.line([(400, "10. 2. 2026")])
        pdf.line("Spoštovani,")
        pdf.line("za akcijsko skupino Dolina reke Dragonje predlagamo:")
        pdf.line("Ime in priimek: =HYPERLINK(\"x\") Test")
        pdf.line("Telefon: 041 111 222")
        pdf.line("Kandidat s kandidaturo soglaša.")
        pdf.line("Lep pozdrav,")
        pdf.line("Tina Tomšič")
    }

    // A letter set in two columns: the left column must be read before the right one.
    write("two-columns.pdf", in: folder) { pdf in
        pdf.line("Turistično društvo Pomjan")
        pdf.line("Pomjan 3, 6274 Šmarje")
        pdf.gap()
        pdf.line([(400, "Pomjan, 9. 2. 2026")])
        pdf.line("Spoštovani,")
        let left = ["Društvo že dvajset let skrbi za", "poti in prireditve na Pomjanu", "ter povezuje vaščane in goste",
                    "s ponudniki iz bližnjih vasi.", "Za akcijsko skupino Dežela", "Refoška zato predlagamo našo",
                    "članico go. Majo Kocjančič, ki", "je vodila obnovo stare šole."]
        let right = ["Podatki o kandidatki so taki:", "telefon 031 222 444 in e-pošta", "maja.kocjancic@example.si, živi",
                     "v Pomjanu že vse svoje življenje.", "Kandidatka je s predlogom", "seznanjena in s kandidaturo",
                     "soglaša. Hvala za vaš trud.", "Vabimo vas tudi na trgatev."]
        for (l, r) in zip(left, right) { pdf.line([(50, l), (320, r)]) }
        pdf.line("Lep pozdrav,")
        pdf.line([(400, "Tone Bržan")])
    }

    // A justified paragraph (stretched spaces are not column gaps) above a form row with a real gap.
    write("justified.pdf", in: folder) { pdf in
        pdf.justifiedLine("Janez je poskrbel za novo usmerjevalno signalizacijo do kmetij in kleti, poleg tega")
        pdf.justifiedLine("Podatki: Janez Bratoz, Šmarje 38a, tel. 040 830 506,")
        pdf.line([(50, "Telefon"), (300, "041 123 456")])
    }

    // A scan: one page with a picture and no text layer.
    write("scanned.pdf", in: folder) { pdf in pdf.imageOnlyPage() }

    // Not a nomination: an invoice.
    write("invoice.pdf", in: folder) { pdf in
        pdf.line("Kmetija Zgled")
        pdf.line("RAČUN št. 2026-0001")
        pdf.line("Datum računa: 7. 2. 2026")
        pdf.line("Pogostitev udeležencev pohoda   35   14,00   490,00")
        pdf.line("ZA PLAČILO (EUR)   490,00")
    }

    // Broken inputs: empty, text named .pdf, truncated, encrypted with an unknown user password.
    FileManager.default.createFile(atPath: (folder as NSString).appendingPathComponent("empty.pdf"), contents: Data())
    FileManager.default.createFile(atPath: (folder as NSString).appendingPathComponent("text-renamed.pdf"),
                                   contents: Data("To ni PDF, le besedilo s končnico pdf.\n".utf8))
    let full = try Data(contentsOf: URL(fileURLWithPath: (folder as NSString).appendingPathComponent("ks-two-candidates.pdf")))
    FileManager.default.createFile(atPath: (folder as NSString).appendingPathComponent("truncated.pdf"), contents: full.prefix(full.count / 3))
    FileManager.default.createFile(atPath: (folder as NSString).appendingPathComponent("encrypted.pdf"), contents: EncryptedPDF.bytes())
    // A fillable form with yes/no boxes, their answers printed before the boxes on one row and after them on the next.
    FileManager.default.createFile(atPath: (folder as NSString).appendingPathComponent("yes-no-form.pdf"), contents: YesNoFormPDF.bytes())
    // A form whose fields are named Text1 …, labelled above them in numbered sections.
    FileManager.default.createFile(atPath: (folder as NSString).appendingPathComponent("sectioned-form.pdf"), contents: SectionedFormPDF.bytes())

    // A file that keeps poppler busy far beyond any time limit, kept apart (tests that take the
    // whole folder as an inbox take only its *.pdf files).
    let hostile = (folder as NSString).appendingPathComponent("Hostile")
    try FileManager.default.createDirectory(atPath: hostile, withIntermediateDirectories: true)
    FileManager.default.createFile(atPath: (hostile as NSString).appendingPathComponent("repeated-text.pdf"), contents: RepeatedTextPDF.bytes())
}
