/// Lays the results of a run out as the committee's workbook (Slovenian throughout).
public struct WorkbookLayout: Sendable {
    public struct RunFacts: Sendable {
        public var runDate: CalendarDate
        public var seconds: Double
        public var configurationName: String
        /// Folder (relative to the workbook) where copies of the letters are kept for the links.
        public var lettersFolder: String?
        /// Files seen in the inbox but still being copied (read next night).
        public var arriving: [String]
        /// Hidden files and office programs' temporary files in the inbox, not read.
        public var ignored: Int

        public init(runDate: CalendarDate, seconds: Double, configurationName: String, lettersFolder: String?, arriving: [String] = [],
                    ignored: Int = 0) {
            self.runDate = runDate
            self.seconds = seconds
            self.configurationName = configurationName
            self.lettersFolder = lettersFolder
            self.arriving = arriving
            self.ignored = ignored
        }
    }

    public static let decisions = ["Imenovan", "Rezerva", "Zavrnjen"]
    public static let clusterHeaders = ["Rang", "Kandidat", "Kategorija", "Točke", "Predlagana sestava", "Predlagatelji",
                                        "Utemeljitev", "Opozorila", "Vir", "Odločitev komisije", "E-pošta", "Telefon"]
    static let statusLabels: [LetterStatus: String] = [
        .parsed: "prebran", .needsReview: "za pregled", .notANomination: "ni predlog", .unreadable: "neberljiv",
    ]

    let configuration: Configuration

    public init(configuration: Configuration) {
        self.configuration = configuration
    }

    public static let title = "Predlogi članov akcijskih skupin Koper 2030"
    static let summaryName = "Povzetek", reviewName = "Za pregled", allLettersName = "Vsi predlogi"

    /// Everything from letters to the workbook model: merge, score, compose, lay out.
    public func workbook(letters: [ReadLetter], facts: RunFacts) -> WorkbookModel {
        let ordered = Self.ordered(letters)
        // The letters' own sheets need no candidates: laid out on a second core meanwhile.
        let (candidateSheets, letterSheets) = Parallel.both({ self.candidateSheets(ordered, facts: facts) },
                                                            { self.letterSheets(ordered, facts: facts) })
        return WorkbookModel(sheets: candidateSheets + letterSheets, title: Self.title)
    }

    /// The sheets' names in the workbook's order: the candidates' sheets, then the letters'.
    public var sheetNames: [String] {
        [Self.summaryName] + configuration.clusters.map(\.name) + [Self.reviewName, Self.allLettersName]
    }

    /// The letters in the order every sheet lists them.
    public static func ordered(_ letters: [ReadLetter]) -> [ReadLetter] { letters.sorted { $0.file < $1.file } }

    /// The summary and the clusters' sheets: merged, scored and composed candidates (the first
    /// sheets of `sheetNames`). - Parameter ordered: letters as `ordered` gives them.
    public func candidateSheets(_ ordered: [ReadLetter], facts: RunFacts) -> [WorkbookModel.Sheet] {
        let candidates = CandidateMerger.merge(ordered, configuration: configuration)
        let rubric = Rubric(configuration: configuration)
        var byCluster: [String: [ScoredCandidate]] = [:]
        for candidate in candidates { byCluster[candidate.cluster, default: []].append(rubric.score(candidate)) }
        let groups = GroupComposer(configuration: configuration).compose(byCluster)
        var sheets = [summary(ordered, candidates: candidates, facts: facts)]
        for cluster in configuration.clusters {
            sheets.append(clusterSheet(cluster, Rubric.ranked(byCluster[cluster.slug] ?? []),
                                       proposed: groups.members[cluster.slug] ?? [], facts: facts))
        }
        return sheets
    }

    /// The letters' sheets, which need no candidates (the last sheets of `sheetNames`).
    public func letterSheets(_ ordered: [ReadLetter], facts: RunFacts) -> [WorkbookModel.Sheet] {
        [reviewSheet(ordered, facts: facts), allLettersSheet(ordered, facts: facts)]
    }

    func source(_ file: String, facts: RunFacts) -> WorkbookModel.Cell {
        guard let folder = facts.lettersFolder else { return .text(file) }
        return .link(target: folder + "/" + file, text: file)
    }

    func summary(_ letters: [ReadLetter], candidates: [Candidate], facts: RunFacts) -> WorkbookModel.Sheet {
        func count(_ status: LetterStatus) -> Double { Double(letters.filter { $0.letter.status == status }.count) }
        var rows: [WorkbookModel.Row] = [
            .init([.text("Datum izdelave"), .text(facts.runDate.slovenian)]),
            .init([.text("Prebranih dopisov"), .number(Double(letters.count))]),
            .init([.text("Predlogov (prebranih brez pripomb)"), .number(count(.parsed))]),
            .init([.text("Dopisov za pregled"), .number(count(.needsReview))]),
            .init([.text("Dopisov po roku"), .number(Double(letters.filter { $0.letter.late }.count))]),
            .init([.text("Ni predlog"), .number(count(.notANomination))]),
            .init([.text("Neberljivih"), .number(count(.unreadable))]),
            .init([.text("Datotek, ki še prihajajo"), .number(Double(facts.arriving.count))]),
            .init([.text("Prezrtih datotek v mapi (skrite, začasne datoteke urejevalnikov)"), .number(Double(facts.ignored))]),
            .init([.text("Rok za predloge"), .text(configuration.deadlineDate.slovenian)]),
            .init([.text("Trajanje obdelave (s)"), .number((facts.seconds * 10).rounded() / 10)]),
            .init([.text("Nastavitve"), .text(facts.configurationName)]),
            .init([.empty]),
            .init([.text("Kandidati po skupinah in kategorijah")] , style: .heading),
            .init([.text("Skupina")] + Category.allCases.map { .text(configuration.label(of: $0)) } + [.text("Skupaj")], style: .heading),
        ]
        for cluster in configuration.clusters {
            let inCluster = candidates.filter { $0.cluster == cluster.slug }
            rows.append(.init([.text(cluster.name)] + Category.allCases.map { category in
                .number(Double(inCluster.filter { $0.category == category }.count))
            } + [.number(Double(inCluster.count))]))
        }
        return .init(name: Self.summaryName, columns: [.init("Povzetek", width: 38), .init("", width: 18)] +
                     Category.allCases.dropFirst().map { _ in .init("", width: 18) } + [.init("", width: 12)],
                     rows: rows, dropDown: nil, isTable: false)
    }

    func clusterSheet(_ cluster: Configuration.Cluster, _ ranked: [ScoredCandidate], proposed: Set<String>, facts: RunFacts) -> WorkbookModel.Sheet {
        var rows: [WorkbookModel.Row] = []
        for (index, scored) in ranked.enumerated() {
            let candidate = scored.candidate
            let isProposed = proposed.contains(candidate.personKey)
            var warnings = candidate.warnings
            if !candidate.eligible { warnings.insert("ni primeren za predlagano sestavo", at: 0) }
            let sources: WorkbookModel.Cell = candidate.sources.count == 1
                ? source(candidate.sources[0], facts: facts) : .text(candidate.sources.joined(separator: "; "))
            rows.append(.init([
                .number(Double(index + 1)), .text(candidate.name),
                .text(candidate.category.map { configuration.label(of: $0) } ?? "neznana"),
                .number(scored.points), .text(isProposed ? "Da" : ""),
                .text(candidate.proposers.joined(separator: "; ")), .text(scored.explanation),
                .text(warnings.joined(separator: "; ")), sources, .empty,
                .text(candidate.email ?? ""), .text(candidate.phone ?? ""),
            ], style: isProposed ? .highlighted : (candidate.eligible ? .normal : .muted)))
        }
        let widths: [Double] = [6, 24, 18, 7, 11, 30, 60, 34, 26, 18, 26, 15]
        let wraps: Set<Int> = [5, 6, 7, 8]
        return .init(name: cluster.name,
                     columns: Self.clusterHeaders.enumerated().map { .init($1, width: widths[$0], wrap: wraps.contains($0)) },
                     rows: rows, dropDown: (column: 9, values: Self.decisions), isTable: true)
    }

    func reviewSheet(_ letters: [ReadLetter], facts: RunFacts) -> WorkbookModel.Sheet {
        var rows: [WorkbookModel.Row] = []
        for read in letters where read.letter.status != .parsed {
            let reasons = read.letter.problems.filter { $0.kind != .clusterInferred }
            let reason = reasons.map(\.message).joined(separator: " ")
            let twins = read.otherNames.isEmpty ? "" : " Enak dopis tudi kot: \(read.otherNames.joined(separator: "; "))."
            rows.append(.init([source(read.file, facts: facts), .text(Self.statusLabels[read.letter.status] ?? ""),
                               .text((reason.isEmpty ? "—" : reason) + twins), .text(Self.whatToCheck(read.letter))]))
        }
        for file in facts.arriving {
            rows.append(.init([.text(file), .text("še prihaja"),
                               .text("Datoteka se je med obdelavo še spreminjala (kopiranje ni končano)."),
                               .text("Prebrana bo ob naslednji obdelavi; preverite, da je kopiranje končano.")]))
        }
        return .init(name: Self.reviewName, columns: [.init("Datoteka", width: 32, wrap: true), .init("Stanje", width: 12),
                                                    .init("Razlog", width: 70, wrap: true), .init("Kaj preveriti", width: 50, wrap: true)],
                     rows: rows, dropDown: nil, isTable: true)
    }

    /// Where a letter's words came from, as the committee reads it (a letter read by OCR is marked).
    static let textSourceLabels: [TextSource: String] = [.text: "besedilo PDF", .form: "obrazec PDF", .ocr: "sken (OCR)", .none: "—"]

    static func whatToCheck(_ letter: Letter) -> String {
        switch letter.status {
        case .unreadable: return "Odprite datoteko; če je dopis, ga pretipkajte ali zaprosite za berljivo kopijo."
        case .notANomination: return "Preverite, ali je dokument res brez predloga; sicer ga vnesite ročno."
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
            .init("Datoteka", width: 32, wrap: true), .init("Stanje", width: 12), .init("Predlagatelj", width: 30, wrap: true),
            .init("Vrsta predlagatelja", width: 18), .init("Kandidati", width: 28, wrap: true), .init("Skupine", width: 30, wrap: true),
            .init("Datum dopisa", width: 12), .init("Po roku", width: 8), .init("Prvič prejet", width: 12), .init("Novo", width: 7),
            .init("Opombe", width: 70, wrap: true), .init("Besedilo", width: 16),
        ], rows: rows, dropDown: nil, isTable: true)
    }
}
