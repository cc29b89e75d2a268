/// `Za pregled` (with the columns staff fill in to enter a letter by hand) and `Vsi predlogi`.
extension WorkbookLayout {
    func reviewSheet(_ letters: [ReadLetter], facts: RunFacts) -> WorkbookModel.Sheet {
        let entries = facts.committee.handEntries
        let outcomes = HandEntries(configuration: configuration).apply(entries, to: letters).outcomes
        var rows: [WorkbookModel.Row] = []
        for read in letters where read.letter.status != .parsed || entries[read.file] != nil {
            let reasons = read.letter.problems.filter { $0.kind != .clusterInferred }
            let reason = reasons.map(\.message).joined(separator: " ")
            let twins = read.otherNames.isEmpty ? "" : " Enak dopis tudi kot: \(read.otherNames.joined(separator: "; "))."
            let entry = entries[read.file]
            let outcome = outcomes[read.file] ?? ""
            rows.append(.init([source(read.file, facts: facts), .text(Self.statusLabels[read.letter.status] ?? ""),
                               .text((reason.isEmpty ? "—" : reason) + twins), .text(Self.whatToCheck(read.letter)),
                               .text(entry?.candidate ?? ""), .text(entry?.cluster ?? ""), .text(entry?.category ?? ""),
                               .text(entry?.consent ?? ""), .text(entry?.notANomination ?? ""), .text(outcome), .text(read.file)],
                              style: outcome.hasPrefix("ni upoštevano") ? .warning : (outcome.isEmpty ? .normal : .handEntered)))
        }
        for file in facts.arriving {
            rows.append(.init([.text(file), .text("še prihaja"),
                               .text("Datoteka se je med obdelavo še spreminjala (kopiranje ni končano)."),
                               .text("Prebrana bo ob naslednji obdelavi; preverite, da je kopiranje končano."),
                               .empty, .empty, .empty, .empty, .empty, .empty, .empty]))
        }
        let columns: [WorkbookModel.Column] = [
            .init(CommitteeColumns.file, width: 28, wrap: true), .init("Stanje", width: 11), .init("Razlog", width: 50, wrap: true),
            .init("Kaj preveriti", width: 36, wrap: true),
            .init(CommitteeColumns.entryCandidate, width: 22, wrap: true, input: true),
            .init(CommitteeColumns.entryCluster, width: 20, wrap: true, input: true),
            .init(CommitteeColumns.entryCategory, width: 16, wrap: true, input: true),
            .init(CommitteeColumns.entryConsent, width: 10, wrap: true, input: true),
            .init(CommitteeColumns.entryNotANomination, width: 10, wrap: true, input: true),
            .init(CommitteeColumns.entryOutcome, width: 30, wrap: true), .init(CommitteeColumns.key, width: 30, hidden: true),
        ]
        return .init(name: Self.reviewName, columns: columns, rows: rows,
                     dropDowns: [.init(column: 5, values: configuration.clusters.map(\.name)),
                                 .init(column: 6, values: configuration.categories.map(\.label)),
                                 .init(column: 7, values: CommitteeColumns.consentValues), .init(column: 8, values: ["da"])],
                     isTable: true,
                     notes: [.init([.text("Ročni vnos: v stolpce »Vnos: …« vpišite kandidata (več imen ločite s podpičjem), skupino, kategorijo in soglasje, ali »da« v »Vnos: ni predlog«. Upošteva se ob naslednji obdelavi; izid je v stolpcu »Ročni vnos – izid«.")])],
                     printing: printing(Self.reviewName, columns: 4, facts: facts))
    }

    /// Where a letter's words came from, as the committee reads it (a letter read by OCR is marked).
    static let textSourceLabels: [TextSource: String] = [.text: "besedilo PDF", .form: "obrazec PDF", .ocr: "sken (OCR)", .none: "—"]

    static func whatToCheck(_ letter: Letter) -> String {
        switch letter.status {
        case .unreadable: return "Odprite datoteko; če je dopis, ga pretipkajte ali vnesite ročno (stolpci »Vnos: …«)."
        case .notANomination: return "Preverite, ali je dokument res brez predloga; sicer ga vnesite ročno (stolpci »Vnos: …«)."
        default:
            // What to check comes from the problem table, for the problems that put the letter here.
            var checks: [String] = []
            for kind in letter.problems.compactMap(\.kind) where kind.severity >= .review && !checks.contains(kind.check) {
                checks.append(kind.check)
            }
            return checks.isEmpty ? "Preberite dopis." : "Preverite: " + checks.joined(separator: ", ") + "."
        }
    }

    func allLettersSheet(_ letters: [ReadLetter], facts: RunFacts) -> WorkbookModel.Sheet {
        let rows = letters.map { read -> WorkbookModel.Row in
            let letter = read.letter
            return .init([
                source(read.file, facts: facts), .text(Self.statusLabels[letter.status] ?? ""),
                .text(letter.proposer.name ?? ""), .text(letter.proposer.category.map { configuration.label(of: $0) } ?? ""),
                .text(letter.nominees.map(\.name).joined(separator: "; ")),
                .text(Array(Set(letter.nominees.flatMap(\.clusters))).compactMap { configuration.cluster($0)?.name }.sorted().joined(separator: "; ")),
                .text(letter.date?.slovenian ?? ""), .text(letter.late ? "da" : ""),
                .text(read.firstSeen.flatMap(CalendarDate.init(iso:))?.slovenian ?? ""),
                .text(read.firstSeen == facts.runDate.description ? "da" : ""),
                .text((read.otherNames.isEmpty ? "" : "Enak dopis tudi kot: \(read.otherNames.joined(separator: "; ")). ")
                      + letter.problems.map(\.message).joined(separator: " ")),
                .text(Self.textSourceLabels[letter.textSource] ?? ""),
            ])
        }
        return .init(name: Self.allLettersName, columns: [
            .init(CommitteeColumns.file, width: 28, wrap: true), .init("Stanje", width: 11), .init("Predlagatelj", width: 26, wrap: true),
            .init("Vrsta predlagatelja", width: 16, wrap: true), .init("Kandidati", width: 26, wrap: true), .init("Skupine", width: 26, wrap: true),
            .init("Datum dopisa", width: 12), .init("Po roku", width: 8), .init("Prvič prejet", width: 12), .init("Novo", width: 7),
            .init("Opombe", width: 70, wrap: true), .init("Besedilo", width: 16),
        ], rows: rows, isTable: true, printing: printing(Self.allLettersName, columns: 6, facts: facts))
    }
}
