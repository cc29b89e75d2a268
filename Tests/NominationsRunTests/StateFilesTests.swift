import Foundation
import Testing
@testable import NominationsRun

/// The state's index and first-seen files, written and read by hand: exact, and readable from
/// what earlier versions wrote with Foundation.
@Suite("State files")
struct StateFilesTests {
    static let index: [String: StateStore.IndexEntry] = [
        "Predlog KS Marezige.pdf": .init(size: 15_320, modified: 1_764_067_200.123456789, sha256: String(repeating: "a", count: 64)),
        "dopis \"čudno\"\n.pdf": .init(size: 0, modified: 1_700_000_000, sha256: String(repeating: "b", count: 64)),
        "x.pdf": .init(size: 7, modified: 0.5, sha256: String(repeating: "c", count: 64)),
    ]
    static let seen = [String(repeating: "a", count: 64): "2026-02-03", String(repeating: "b", count: 64): "2026-11-25"]

    @Test func indexAndSeenRoundTripExactly() throws {
        let folder = RunJobTests.temporaryFolder()
        try StateStore.writeAtomically(StateStore.indexJSON(Self.index), to: folder + "/index.json")
        try StateStore.writeAtomically(StateStore.seenJSON(Self.seen), to: folder + "/seen.json")
        #expect(StateStore.loadIndex(from: folder + "/index.json") == Self.index)
        #expect(StateStore.loadSeen(from: folder + "/seen.json") == Self.seen)
    }

    @Test func filesWrittenByFoundationAreRead() throws {
        let folder = RunJobTests.temporaryFolder()
        try JSONEncoder().encode(Self.index).write(to: URL(fileURLWithPath: folder + "/index.json"))
        try JSONEncoder().encode(Self.seen).write(to: URL(fileURLWithPath: folder + "/seen.json"))
        #expect(StateStore.loadIndex(from: folder + "/index.json") == Self.index)
        #expect(StateStore.loadSeen(from: folder + "/seen.json") == Self.seen)
        // And Foundation reads what is written now.
        #expect(try JSONDecoder().decode([String: StateStore.IndexEntry].self, from: StateStore.indexJSON(Self.index)) == Self.index)
    }

    @Test func damagedFilesAreEmptyNotFatal() throws {
        let folder = RunJobTests.temporaryFolder()
        try Data(#"{"x.pdf":{"size":7,"modified":0.5,"sha2"#.utf8).write(to: URL(fileURLWithPath: folder + "/index.json"))
        try Data(#"{"a":3}"#.utf8).write(to: URL(fileURLWithPath: folder + "/seen.json"))
        #expect(StateStore.loadIndex(from: folder + "/index.json").isEmpty)
        #expect(StateStore.loadSeen(from: folder + "/seen.json").isEmpty)
        #expect(StateStore.loadIndex(from: folder + "/missing.json").isEmpty)
    }
}
