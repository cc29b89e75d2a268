/// A readable summary of an understood letter (Slovenian), for `inspect` without `--json`.
public enum LetterSummary {
    static let statusLabels: [LetterStatus: String] = [
        .parsed: "prebran", .needsReview: "za pregled", .notANomination: "ni predlog", .unreadable: "neberljiv",
    ]

    public static func text(file: String, letter: Letter) -> String {
        var lines = ["\(file): \(statusLabels[letter.status] ?? letter.status.rawValue)" + (letter.textSource == .ocr ? " (prebrano s skena, OCR)" : "")]
        if let name = letter.proposer.name {
            lines.append("  predlagatelj: \(name) (\(letter.proposer.category?.rawValue ?? "neznana vrsta"))")
        }
        lines.append("  datum: \(letter.date?.slovenian ?? "ni datuma")\(letter.late ? " (po roku)" : "")")
        for nominee in letter.nominees {
            let consent = nominee.consent.map { $0 ? "soglaša" : "ne soglaša" } ?? "soglasje ni navedeno"
            lines.append("  kandidat: \(nominee.name); skupine: \(nominee.clusters.joined(separator: ", ")); \(consent)")
            lines.append("    e-pošta: \(nominee.email ?? "-"), telefon: \(nominee.phone ?? "-"), področja: \(nominee.sortedTopics.joined(separator: ", "))")
        }
        for problem in letter.problems { lines.append("  ! \(problem.message)") }
        return lines.joined(separator: "\n")
    }
}
