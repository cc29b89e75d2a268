/// The committee's own sheets: decisions kept for people who are no longer candidates, and every
/// change of decision with the date a run first saw it.
extension WorkbookLayout {
    func formerCandidatesSheet(_ record: CommitteeRecord, current: Set<String>, facts: RunFacts) -> WorkbookModel.Sheet {
        let former = record.decisions.values.filter { !current.contains($0.key) }.sorted { ($0.cluster, $0.name) < ($1.cluster, $1.name) }
        let rows = former.map { decision -> WorkbookModel.Row in
            .init([.text(configuration.cluster(decision.cluster)?.name ?? decision.cluster), .text(decision.name),
                   .text(decision.decision), .text(decision.note),
                   .text("ni več med kandidati te skupine (dopis umaknjen, spremenjen ali ime zapisano drugače)"), .text(decision.key)])
        }
        return .init(name: CommitteeColumns.formerCandidatesSheet, columns: [
            .init(CommitteeColumns.cluster, width: 24, wrap: true), .init(CommitteeColumns.candidate, width: 24, wrap: true),
            .init(CommitteeColumns.decision, width: 14, input: true), .init(CommitteeColumns.note, width: 34, wrap: true, input: true),
            .init("Zakaj tukaj", width: 40, wrap: true), .init(CommitteeColumns.key, width: 30, hidden: true),
        ], rows: rows, dropDowns: [.init(column: 2, values: Self.decisions)], isTable: true,
           printing: printing(CommitteeColumns.formerCandidatesSheet, columns: 5, facts: facts))
    }

    func historySheet(_ record: CommitteeRecord, facts: RunFacts) -> WorkbookModel.Sheet {
        let rows = record.history.map { change -> WorkbookModel.Row in
            .init([.text(CalendarDate(iso: change.seen)?.slovenian ?? change.seen),
                   .text(configuration.cluster(change.cluster)?.name ?? change.cluster), .text(change.name),
                   .text(change.decision.isEmpty ? "(odločitev izbrisana)" : change.decision),
                   .text(change.previous.isEmpty ? "—" : change.previous)])
        }
        return .init(name: CommitteeColumns.historySheet, columns: [
            .init("Prvič opaženo", width: 14), .init(CommitteeColumns.cluster, width: 28, wrap: true),
            .init(CommitteeColumns.candidate, width: 26, wrap: true), .init("Odločitev", width: 18), .init("Prej", width: 18),
        ], rows: rows, isTable: true, printing: printing(CommitteeColumns.historySheet, columns: 5, facts: facts))
    }
}
