/// What the committee and staff wrote into the workbook, kept across runs: decisions and notes on
/// candidates, hand entries for letters, and the dated changes of decision.
public struct CommitteeRecord: Codable, Sendable, Equatable {
    /// Key (`DecisionKey`) → the decision and note for that person in that cluster.
    public var decisions: [String: CommitteeDecision]
    /// Letter file → what staff entered for it by hand.
    public var handEntries: [String: HandEntry]
    /// Every change of decision, oldest first.
    public var history: [DecisionChange]
    /// Workbook file name → SHA-256 of what a run last wrote under it: a file that differs was
    /// changed by a person, and a copy is kept before it is replaced.
    public var written: [String: String]
    /// Workbook file name → the file's device, inode, size and modification time when written:
    /// a file with the same stamp is the one written, and is not hashed again (hashing both names
    /// of a 1 MB workbook cost a warm run over 10,000 letters 0.1 G instructions). Absent in
    /// records kept before it.
    public var stamps: [String: String]?

    public init(decisions: [String: CommitteeDecision] = [:], handEntries: [String: HandEntry] = [:], history: [DecisionChange] = [],
                written: [String: String] = [:]) {
        self.decisions = decisions
        self.handEntries = handEntries
        self.history = history
        self.written = written
    }

    public var isEmpty: Bool { decisions.isEmpty && handEntries.isEmpty && history.isEmpty }
}

/// One person's row in one cluster: the committee's decision and note.
public struct CommitteeDecision: Codable, Sendable, Equatable {
    public var key: String
    /// Cluster slug.
    public var cluster: String
    /// The person's name as the workbook showed it.
    public var name: String
    public var decision: String
    public var note: String

    public init(key: String, cluster: String, name: String, decision: String, note: String) {
        self.key = key
        self.cluster = cluster
        self.name = name
        self.decision = decision
        self.note = note
    }

    public var isBlank: Bool { decision.isEmpty && note.isEmpty }
}

/// A decision first seen by a run on a date (ISO): who, what, when.
public struct DecisionChange: Codable, Sendable, Equatable {
    public var key: String
    public var cluster: String
    public var name: String
    /// The new decision ("" when it was cleared).
    public var decision: String
    public var previous: String
    public var seen: String

    public init(key: String, cluster: String, name: String, decision: String, previous: String, seen: String) {
        self.key = key
        self.cluster = cluster
        self.name = name
        self.decision = decision
        self.previous = previous
        self.seen = seen
    }
}

/// What staff entered on `Za pregled` for a letter the program could not settle, as typed.
public struct HandEntry: Codable, Sendable, Equatable {
    public var file: String
    /// One name, or several separated by ";".
    public var candidate: String
    public var cluster: String
    public var category: String
    public var consent: String
    /// "Obravnavaj kot ni predlog": any non-empty mark.
    public var notANomination: String

    public init(file: String, candidate: String = "", cluster: String = "", category: String = "", consent: String = "", notANomination: String = "") {
        self.file = file
        self.candidate = candidate
        self.cluster = cluster
        self.category = category
        self.consent = consent
        self.notANomination = notANomination
    }

    public var isBlank: Bool { [candidate, cluster, category, consent, notANomination].allSatisfy(\.isEmpty) }
}

/// The stable key of a person's row in a cluster: the cluster's slug and the person's key (folded,
/// sorted name words), so it survives re-ranking, new letters and a name written another way.
public enum DecisionKey {
    public static func of(cluster: String, personKey: String) -> String { cluster + "|" + personKey }

    public static func cluster(of key: String) -> String { String(key.prefix { $0 != "|" }) }
}

/// Where the committee's record is kept besides the workbook (the run's state), so that a workbook
/// deleted or damaged by hand loses nothing.
public protocol DecisionStore: Sendable {
    /// The record kept so far; empty on a first run.
    /// - Throws: when the store exists but cannot be read.
    func load() throws -> CommitteeRecord
    /// - Throws: when the record cannot be kept.
    func save(_ record: CommitteeRecord) throws
}
