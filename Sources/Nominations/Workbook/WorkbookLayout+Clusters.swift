/// A cluster's sheet: one row per candidate, best first, the committee's columns among the printed
/// ones, the group's state below the table; and the explanations' sheet, printed on its own.
extension WorkbookLayout {
    /// Headers of a cluster sheet up to `Vir`; further `Vir 2` … columns, contacts and the key follow.
    public static let clusterHeaders = ["Rang", "Kandidat", "Kategorija", "Točke", "Predlagana sestava", "Predlagatelji",
                                        CommitteeColumns.decision, CommitteeColumns.note, "Utemeljitev", "Opozorila", "Vir"]
    /// Columns printed on a cluster sheet: rank to the committee's note.
    static let printedClusterColumns = 8
    /// At most this many `Vir` columns, each a letter's link; a candidate with more letters shows how
    /// many more in the last (all of them are on `Vsi predlogi`). One column for each letter made
    /// 1,263 columns of a candidate named in a thousand letters, and Excel stops at 16,384.
    public static let maximumSourceColumns = 10

    /// A `Vir` cell: the letter's link, or in the last column, when there are more letters than
    /// columns, how many more.
    func sourceCell(_ sources: [String], position: Int, columns: Int, facts: RunFacts) -> WorkbookModel.Cell {
        if position == columns - 1 && sources.count > columns {
            return .text("in še " + Self.letters(sources.count - position) + " (vsi so na listu »\(Self.allLettersName)«)")
        }
        return position < sources.count ? source(sources[position], facts: facts) : .empty
    }

    /// "1 dopis", "2 dopisa", "3 dopisi", "5 dopisov" (Slovenian counts by the last two digits).
    static func letters(_ count: Int) -> String {
        switch count % 100 {
        case 1: return "\(count) dopis"
        case 2: return "\(count) dopisa"
        case 3, 4: return "\(count) dopisi"
        default: return "\(count) dopisov"
        }
    }

    func clusterSheet(_ cluster: Configuration.Cluster, groups: Groups, sourceColumns: Int, facts: RunFacts) -> WorkbookModel.Sheet {
        let ranked = groups.ranked[cluster.slug] ?? []
        let members = groups.groups.members[cluster.slug] ?? []
        let status = groups.status[cluster.slug]!
        var rows: [WorkbookModel.Row] = []
        for (index, scored) in ranked.enumerated() {
            let candidate = scored.candidate
            let key = DecisionKey.of(cluster: cluster.slug, personKey: candidate.personKey)
            let decision = facts.committee.decisions[key]
            let isProposed = members.contains(candidate.personKey)
            var cells: [WorkbookModel.Cell] = [
                .number(Double(index + 1)), .text(candidate.name),
                .text(candidate.category.map { configuration.label(of: $0) } ?? "neznana"),
                .number(scored.points), .text(isProposed ? "Da" : ""),
                .text(candidate.proposers.joined(separator: "; ")),
                .text(decision?.decision ?? ""), .text(decision?.note ?? ""),
                .text(scored.explanation), .text(warnings(scored, status: status).joined(separator: "; ")),
            ]
            for position in 0..<sourceColumns {
                cells.append(sourceCell(candidate.sources, position: position, columns: sourceColumns, facts: facts))
            }
            cells += [.text(candidate.email ?? ""), .text(candidate.phone ?? ""), .text(key)]
            let handEntered = candidate.sources.contains(where: groups.applied.used.contains)
            rows.append(.init(cells, style: isProposed ? .highlighted : (!candidate.eligible ? .muted : (handEntered ? .handEntered : .normal))))
        }
        var columns: [WorkbookModel.Column] = [
            .init("Rang", width: 6), .init("Kandidat", width: 24, wrap: true), .init("Kategorija", width: 16, wrap: true),
            .init("Točke", width: 7), .init("Predlagana sestava", width: 11, wrap: true), .init("Predlagatelji", width: 30, wrap: true),
            .init(CommitteeColumns.decision, width: 13, wrap: true, input: true),
            .init(CommitteeColumns.note, width: 28, wrap: true, input: true),
            .init("Utemeljitev", width: 60, wrap: true), .init("Opozorila", width: 34, wrap: true), .init("Vir", width: 26, wrap: true),
        ]
        for position in 1..<sourceColumns { columns.append(.init("Vir \(position + 1)", width: 26, wrap: true)) }
        columns += [.init("E-pošta", width: 26), .init("Telefon", width: 15), .init(CommitteeColumns.key, width: 30, hidden: true)]
        return .init(name: cluster.name, columns: columns, rows: rows,
                     dropDowns: [.init(column: 6, values: Self.decisions)], isTable: true,
                     notes: groupNotes(status, configuration: configuration),
                     printing: printing(cluster.name, columns: Self.printedClusterColumns,
                                        center: "Zasedena mesta: " + status.seats, facts: facts))
    }

    /// The row's warnings: why it may not sit in the group, and why it stands where it does.
    func warnings(_ scored: ScoredCandidate, status: GroupStatus) -> [String] {
        let candidate = scored.candidate
        var warnings = candidate.warnings
        if !candidate.eligible {
            let reason = GroupStatus.whyIneligible([candidate])
            warnings.insert(DisplayName.word("ni primeren", "ni primerna", for: candidate.name) + " za predlagano sestavo ("
                            + reason + "); razvrščen" + (DisplayName.gender(of: candidate.name) == .female ? "a" : "")
                            + " za vsemi, ki so lahko v sestavi, ne glede na točke", at: 0)
        }
        if let remark = status.remarks[candidate.personKey] { warnings.append(remark) }
        return warnings
    }

    /// The group's state below the table: seats, each rule, the next reserve, how rows are ordered.
    func groupNotes(_ status: GroupStatus, configuration: Configuration) -> [WorkbookModel.Row] {
        var notes: [WorkbookModel.Row] = [
            .init([.text("Zasedena mesta v predlagani sestavi: " + status.seats)], style: status.filled < status.size ? .warning : .heading),
        ]
        for rule in status.rules {
            let label = rule.categories.map { configuration.label(of: $0) }.joined(separator: " ali ")
            notes.append(.init([.text("Pravilo sestave – \(label) (najmanj \(rule.wanted)): \(rule.text)")], style: rule.met ? .normal : .warning))
        }
        if let reserve = status.reserve {
            notes.append(.init([.text("Naslednja rezerva: \(reserve.candidate.name) (\(Self.points(reserve.points)) točk)")]))
        } else {
            notes.append(.init([.text("Naslednja rezerva: ni primernega kandidata zunaj predlaganih sestav")]))
        }
        notes.append(.init([.text("Rang: najprej kandidati, ki so lahko v sestavi (soglasje ni zavrnjeno, predlog v roku), po točkah; nato ostali.")]))
        notes.append(.init([.text("Barve in oznake so razložene na listu Povzetek; utemeljitve točk za tisk so na listu Utemeljitve.")]))
        return notes
    }

    static func points(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value).replacingOccurrences(of: ".", with: ",")
    }

    /// Every cluster's explanations of points and warnings, printed on a sheet of their own.
    func explanationsSheet(_ groups: Groups, facts: RunFacts) -> WorkbookModel.Sheet {
        var rows: [WorkbookModel.Row] = []
        for cluster in configuration.clusters {
            let status = groups.status[cluster.slug]!
            for (index, scored) in (groups.ranked[cluster.slug] ?? []).enumerated() {
                rows.append(.init([.text(cluster.name), .number(Double(index + 1)), .text(scored.candidate.name), .number(scored.points),
                                   .text(scored.explanation), .text(warnings(scored, status: status).joined(separator: "; "))]))
            }
        }
        let columns: [WorkbookModel.Column] = [
            .init(CommitteeColumns.cluster, width: 16, wrap: true), .init("Rang", width: 5), .init("Kandidat", width: 20, wrap: true),
            .init("Točke", width: 6), .init("Utemeljitev", width: 56, wrap: true), .init("Opozorila", width: 32, wrap: true),
        ]
        return .init(name: CommitteeColumns.explanationsSheet, columns: columns, rows: rows, isTable: true,
                     printing: printing("Utemeljitve točk", columns: columns.count, facts: facts))
    }
}
