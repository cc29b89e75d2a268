/// The committee's columns read back from a workbook's sheets (as rows of text, row 0 the headers):
/// every row that carries a key, also one whose decision was cleared (that clearing is kept).
public struct CommitteeReading: Sendable, Equatable {
    public var decisions: [String: CommitteeDecision] = [:]
    public var handEntries: [String: HandEntry] = [:]

    public init(decisions: [String: CommitteeDecision] = [:], handEntries: [String: HandEntry] = [:]) {
        self.decisions = decisions
        self.handEntries = handEntries
    }

    /// - Parameters:
    ///   - sheets: sheet name → rows of cell texts.
    ///   - configuration: the clusters' sheet names.
    public init(sheets: [String: [[String]]], configuration: Configuration) {
        var sheetNames = configuration.clusters.map(\.name)
        sheetNames.append(CommitteeColumns.formerCandidatesSheet)
        for name in sheetNames { if let rows = sheets[name] { readDecisions(rows) } }
        if let rows = sheets[WorkbookLayout.reviewName] { readEntries(rows) }
    }

    private mutating func readDecisions(_ rows: [[String]]) {
        guard let header = rows.first, let key = header.firstIndex(of: CommitteeColumns.key),
              let decision = header.firstIndex(of: CommitteeColumns.decision) else { return }
        let note = header.firstIndex(of: CommitteeColumns.note)
        let name = header.firstIndex(of: CommitteeColumns.candidate)
        for row in rows.dropFirst() {
            func cell(_ index: Int?) -> String { index.flatMap { $0 < row.count ? row[$0] : nil }?.trimmingSpaces() ?? "" }
            let rowKey = cell(key)
            guard rowKey.contains("|") else { continue }
            decisions[rowKey] = CommitteeDecision(key: rowKey, cluster: DecisionKey.cluster(of: rowKey), name: cell(name),
                                                  decision: Self.decision(cell(decision)), note: cell(note))
        }
    }

    private mutating func readEntries(_ rows: [[String]]) {
        guard let header = rows.first, let key = header.firstIndex(of: CommitteeColumns.key) else { return }
        let columns = [CommitteeColumns.entryCandidate, CommitteeColumns.entryCluster, CommitteeColumns.entryCategory,
                       CommitteeColumns.entryConsent, CommitteeColumns.entryNotANomination].map { header.firstIndex(of: $0) }
        for row in rows.dropFirst() {
            func cell(_ index: Int?) -> String { index.flatMap { $0 < row.count ? row[$0] : nil }?.trimmingSpaces() ?? "" }
            let file = cell(key)
            guard !file.isEmpty else { continue }
            handEntries[file] = HandEntry(file: file, candidate: cell(columns[0]), cluster: cell(columns[1]), category: cell(columns[2]),
                                          consent: cell(columns[3]), notANomination: cell(columns[4]))
        }
    }

    /// A decision as the drop-down spells it when it is one of its values in any case ("imenovan").
    static func decision(_ typed: String) -> String {
        CommitteeColumns.decisions.first { Folding.fold($0) == Folding.fold(typed) } ?? typed
    }
}

extension CommitteeRecord {
    /// The record with a workbook's reading laid over it: a row read back is what the committee
    /// wants now for that key (a cleared cell clears); a key not in the workbook keeps what was kept.
    /// A changed decision is added to the history with the date it was first seen.
    /// - Parameter seen: the run's date (ISO).
    public func merging(_ reading: CommitteeReading, seen: String) -> CommitteeRecord {
        var result = self
        for key in reading.decisions.keys.sorted() {
            let read = reading.decisions[key]!
            let before = decisions[key]
            if (before?.decision ?? "") != read.decision {
                let name = read.name.isEmpty ? (before?.name ?? "") : read.name
                result.history.append(DecisionChange(key: key, cluster: read.cluster, name: name, decision: read.decision,
                                                     previous: before?.decision ?? "", seen: seen))
            }
            if read.isBlank {
                result.decisions[key] = nil
            } else {
                var kept = read
                if kept.name.isEmpty { kept.name = before?.name ?? "" }
                result.decisions[key] = kept
            }
        }
        for (file, entry) in reading.handEntries {
            result.handEntries[file] = entry.isBlank ? nil : entry
        }
        return result
    }
}
