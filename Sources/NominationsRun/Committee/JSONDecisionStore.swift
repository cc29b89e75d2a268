import Foundation
import Nominations

/// The committee's record as one JSON file in the run's state folder, replaced atomically
/// (a temporary file renamed into place). A stand-in until the state lives in a database.
struct JSONDecisionStore: DecisionStore {
    let path: String

    func load() throws -> CommitteeRecord {
        guard FileManager.default.fileExists(atPath: path) else { return CommitteeRecord() }
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        return try JSONDecoder().decode(CommitteeRecord.self, from: data)
    }

    func save(_ record: CommitteeRecord) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        let temporary = path + ".\(getpid()).tmp"
        try encoder.encode(record).write(to: URL(fileURLWithPath: temporary))
        try? FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: temporary)
        guard rename(temporary, path) == 0 else {
            try? FileManager.default.removeItem(atPath: temporary)
            throw RunError(description: "odločitev komisije ni mogoče shraniti v »\(path)«", exitCode: 2)
        }
    }
}
