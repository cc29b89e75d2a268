/// Where a generated letter is written: a text PDF, or a scan of it.
protocol LetterSheet {
    func line(_ columns: [(Double, String)])
    func line(_ text: String, x: Double)
    func gap()
    func newPage()
    func finish()
}

extension LetterSheet {
    func line(_ text: String) { line(text, x: 50) }
}

extension PDFWriter: LetterSheet {}

import Foundation

/// Many invented one- or two-page letters for the benchmark (`make-fixtures --letters N DIR`).
enum LetterGenerator {
    static let firstNames = ["Ana", "Boris", "Cvetka", "Darko", "Eva", "Franc", "Gaja", "Igor", "Jana", "Klemen", "Lara", "Marko",
                             "Nina", "Oskar", "Petra", "Rok", "Sara", "Tilen", "Urša", "Vid"]
    static let surnames = ["Novak", "Bržan", "Kocjančič", "Jakomin", "Pucer", "Sabadin", "Hrvatin", "Markežič", "Glavina", "Benčič",
                           "Rojac", "Zadnik", "Grižon", "Pečarič", "Fonda", "Tomažič", "Šuran", "Bandelj", "Cunja", "Vižintin"]
    static let places = [("Marezige", "Marezigah", "Dežela Refoška"), ("Šmarje", "Šmarjah", "Dežela Refoška"),
                         ("Sočerga", "Sočergi", "Dolina reke Dragonje"), ("Koštabona", "Koštaboni", "Dolina reke Dragonje"),
                         ("Osp", "Ospu", "Kraški rob z dolino reke Rižane"), ("Kubed", "Kubedu", "Kraški rob z dolino reke Rižane"),
                         ("Žusterna", "Žusterni", "Mesto Koper"), ("Semedela", "Semedeli", "Mesto Koper")]
    static let proposers = ["Krajevna skupnost", "Turistično društvo", "Agrarna skupnost", "Turistična kmetija", "Kulturno društvo"]
    static let experience = ["skrbel za označevanje in vzdrževanje pohodnih poti", "pripravil vsebine za informativne table",
                             "vodil srečanja lokalnih ponudnikov", "urejal spletno stran in družbena omrežja",
                             "skrbel za ohranjanje kulturne dediščine", "soorganiziral vinske degustacije"]

    /// - Parameter scanned: each letter as a scan (1-bit, tilted, with dust) instead of a text PDF.
    static func write(count: Int, to folder: String, scanned: Bool = false) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for number in 0..<count {
            var random = number &* 2654435761 &+ 12345
            func pick<T>(_ list: [T]) -> T {
                random = (random &* 1103515245 &+ 12345) & 0x7fffffff
                return list[random % list.count]
            }
            let (place, locative, cluster) = pick(places)
            let name = "\(pick(firstNames)) \(pick(surnames))"
            let proposer = "\(pick(proposers)) \(place)"
            let path = (folder as NSString).appendingPathComponent(String(format: "predlog-%05d.pdf", number))
            let pdf: LetterSheet = scanned ? ScanWriter(path: path, seed: UInt64(number)) : PDFWriter(path: path)
            pdf.line(proposer)
            pdf.line("\(place) \(number % 90 + 1), 6000 Koper")
            pdf.line("tel.: 05 6\(number % 10)0 1\(number % 10) 20 | e-pošta: info@primer.si")
            pdf.gap()
            pdf.line("Zavod za mladino, kulturo in turizem Koper")
            pdf.line("6000 Koper")
            pdf.line([(400, "\(place), \(number % 27 + 1). 2. 2026")])
            pdf.line("Zadeva: Predlog kandidata za akcijsko skupino")
            pdf.line("Spoštovani,")
            pdf.line("za člana akcijske skupine »\(cluster)« predlagamo:")
            pdf.line("Ime in priimek: \(name)")
            pdf.line("Telefon: 041 \(100 + number % 900) \(100 + (number * 7) % 900)")
            pdf.line("E-pošta: kandidat\(number)@primer.si")
            pdf.line("Kandidat je \(pick(experience)) in \(pick(experience)). Živi v \(locative).")
            pdf.line("Kandidat s kandidaturo soglaša.")
            pdf.line("Lep pozdrav,")
            pdf.line([(400, "\(pick(firstNames)) \(pick(surnames))")])
            if number % 3 == 0 {
                pdf.newPage()
                pdf.line("ŽIVLJENJEPIS")
                pdf.line([(50, "Ime in priimek"), (200, name)])
                pdf.line([(50, "Datum rojstva"), (200, "\(number % 28 + 1). 5. 1970")])
                pdf.line("Delovne izkušnje")
                pdf.line("– \(pick(experience))")
            }
            pdf.finish()
        }
    }
}
