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
        /// What the committee and staff wrote, kept across runs (decisions, notes, hand entries).
        public var committee: CommitteeRecord
        /// What the run has to tell about the workbook files themselves (a copy kept, a workbook
        /// that could not be read), for `Povzetek`.
        public var notices: [String]

        public init(runDate: CalendarDate, seconds: Double, configurationName: String, lettersFolder: String?, arriving: [String] = [],
                    ignored: Int = 0, committee: CommitteeRecord = CommitteeRecord(), notices: [String] = []) {
            self.runDate = runDate
            self.seconds = seconds
            self.configurationName = configurationName
            self.lettersFolder = lettersFolder
            self.arriving = arriving
            self.ignored = ignored
            self.committee = committee
            self.notices = notices
        }
    }

    public static let decisions = CommitteeColumns.decisions
    static let statusLabels: [LetterStatus: String] = [
        .parsed: "prebran", .needsReview: "za pregled", .notANomination: "ni predlog", .unreadable: "neberljiv",
    ]

    let configuration: Configuration

    public init(configuration: Configuration) {
        self.configuration = configuration
    }

    public static let title = "Predlogi članov akcijskih skupin Koper 2030"
    public static let summaryName = "Povzetek", reviewName = "Za pregled", allLettersName = "Vsi predlogi"

    /// Everything from letters to the workbook model: merge, score, compose, lay out.
    public func workbook(letters: [ReadLetter], facts: RunFacts) -> WorkbookModel {
        let ordered = Self.ordered(letters)
        // The letters' own sheets need no candidates: laid out on a second core meanwhile.
        let (candidateSheets, letterSheets) = Parallel.both({ self.candidateSheets(ordered, facts: facts) },
                                                            { self.letterSheets(ordered, facts: facts) })
        let byName = Dictionary((candidateSheets + letterSheets).map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        return WorkbookModel(sheets: sheetNames.compactMap { byName[$0] }, title: Self.title)
    }

    /// The sheets' names in the workbook's order.
    public var sheetNames: [String] {
        [Self.summaryName] + configuration.clusters.map(\.name) + [Self.reviewName, Self.allLettersName]
            + [CommitteeColumns.explanationsSheet, CommitteeColumns.formerCandidatesSheet, CommitteeColumns.historySheet]
    }

    /// The letters in the order every sheet lists them.
    public static func ordered(_ letters: [ReadLetter]) -> [ReadLetter] { letters.sorted { $0.file < $1.file } }

    /// The candidates, scored and grouped, with the hand entries laid over the letters.
    struct Groups {
        let applied: HandEntries.Applied
        let candidates: [Candidate]
        let ranked: [String: [ScoredCandidate]]
        let groups: ProposedGroups
        let status: [String: GroupStatus]
    }

    func groups(_ ordered: [ReadLetter], facts: RunFacts) -> Groups {
        let applied = HandEntries(configuration: configuration).apply(facts.committee.handEntries, to: ordered)
        var candidates = CandidateMerger.merge(applied.letters, configuration: configuration)
        for index in candidates.indices where candidates[index].sources.contains(where: applied.used.contains) {
            candidates[index].warnings.insert("ročni vnos", at: 0)
        }
        let rubric = Rubric(configuration: configuration)
        var byCluster: [String: [ScoredCandidate]] = [:]
        for candidate in candidates { byCluster[candidate.cluster, default: []].append(rubric.score(candidate)) }
        let groups = GroupComposer(configuration: configuration).compose(byCluster)
        var ranked: [String: [ScoredCandidate]] = [:]
        var status: [String: GroupStatus] = [:]
        for cluster in configuration.clusters {
            ranked[cluster.slug] = Rubric.ranked(byCluster[cluster.slug] ?? [])
            status[cluster.slug] = GroupStatus(cluster: cluster.slug, ranked: ranked[cluster.slug]!, groups: groups, configuration: configuration)
        }
        return Groups(applied: applied, candidates: candidates, ranked: ranked, groups: groups, status: status)
    }

    /// The sheets that need the candidates: the summary, the clusters' sheets, the explanations and
    /// the committee's own sheets. - Parameter ordered: letters as `ordered` gives them.
    public func candidateSheets(_ ordered: [ReadLetter], facts: RunFacts) -> [WorkbookModel.Sheet] {
        let groups = groups(ordered, facts: facts)
        var sheets = [summary(ordered, groups: groups, facts: facts)]
        let sourceColumns = min(max(2, groups.candidates.map(\.sources.count).max() ?? 1), Self.maximumSourceColumns)
        for cluster in configuration.clusters {
            sheets.append(clusterSheet(cluster, groups: groups, sourceColumns: sourceColumns, facts: facts))
        }
        sheets.append(explanationsSheet(groups, facts: facts))
        let current = Set(groups.candidates.map { DecisionKey.of(cluster: $0.cluster, personKey: $0.personKey) })
        sheets.append(formerCandidatesSheet(facts.committee, current: current, facts: facts))
        sheets.append(historySheet(facts.committee, facts: facts))
        return sheets
    }

    /// The letters' sheets, which need no candidates.
    public func letterSheets(_ ordered: [ReadLetter], facts: RunFacts) -> [WorkbookModel.Sheet] {
        [reviewSheet(ordered, facts: facts), allLettersSheet(ordered, facts: facts)]
    }

    func source(_ file: String, facts: RunFacts) -> WorkbookModel.Cell {
        guard let folder = facts.lettersFolder else { return .text(file) }
        return .link(target: folder + "/" + file, text: file)
    }

    /// How a sheet prints: its name (or a cluster's) and the date on every page.
    func printing(_ title: String, columns: Int, center: String = "", facts: RunFacts) -> WorkbookModel.Printing {
        .init(columns: columns, headerLeft: title, headerCenter: center, headerRight: "Stanje na dan " + facts.runDate.slovenian)
    }
}
