import Foundation
import Nominations

/// The committee's record kept in the run's state database: a workbook deleted or damaged by hand
/// does not lose the decisions, and the record is written in a transaction like the rest of the state.
struct StateDecisionStore: DecisionStore {
    let database: StateDatabase

    func load() throws -> CommitteeRecord {
        guard let json = try database.committeeJSON() else { return CommitteeRecord() }
        return try JSONDecoder().decode(CommitteeRecord.self, from: json)
    }

    func save(_ record: CommitteeRecord) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        do {
            try database.saveCommittee(try encoder.encode(record))
        } catch {
            throw RunError(description: "odločitev komisije ni mogoče shraniti v stanje »\(database.path)«", exitCode: 2)
        }
    }
}
