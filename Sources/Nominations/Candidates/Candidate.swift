/// A letter as the later stages see it: its file name and what was understood.
public struct ReadLetter: Sendable {
    public let file: String
    public let letter: Letter
    /// Other file names with the same content (the same letter sent twice).
    public var otherNames: [String]
    /// The date the content was first seen by a run (ISO), when the run keeps state.
    public var firstSeen: String?

    public init(file: String, letter: Letter, otherNames: [String] = [], firstSeen: String? = nil) {
        self.file = file
        self.letter = letter
        self.otherNames = otherNames
        self.firstSeen = firstSeen
    }
}

/// One person proposed for one cluster, with every letter that proposes them.
public struct Candidate: Sendable, Equatable {
    public var name: String { didSet { personKey = PersonKey.of(name) } }
    public var cluster: String
    public var category: Category?
    public var email: String?
    public var phone: String?
    /// Proposer names, one per proposing letter.
    public var proposers: [String]
    /// Source file names.
    public var sources: [String]
    /// Supporters named in the letters, and further proposers, without repeats.
    public var endorsements: [String]
    public var consent: Bool?
    /// Topic → quote from a letter.
    public var topics: [String: String]
    /// The candidate lives or works in this cluster (or the proposer does).
    public var local: Bool
    public var localQuote: String?
    /// Every proposing letter is after the deadline.
    public var late: Bool
    /// Warnings for the committee (Slovenian).
    public var warnings: [String]

    /// The candidate may sit in the proposed group: consent not refused and a letter on time.
    public var eligible: Bool { consent != false && !late }

    /// A stable identity for the person (folded, sorted name words), kept with the name: the
    /// composition asks for it many times per candidate.
    public private(set) var personKey: String

    public init(name: String, cluster: String, category: Category?, email: String?, phone: String?, proposers: [String],
                sources: [String], endorsements: [String], consent: Bool?, topics: [String: String], local: Bool,
                localQuote: String?, late: Bool, warnings: [String]) {
        self.name = name
        self.personKey = PersonKey.of(name)
        self.cluster = cluster
        self.category = category
        self.email = email
        self.phone = phone
        self.proposers = proposers
        self.sources = sources
        self.endorsements = endorsements
        self.consent = consent
        self.topics = topics
        self.local = local
        self.localQuote = localQuote
        self.late = late
        self.warnings = warnings
    }
}

/// Keys that identify a person across letters.
enum PersonKey {
    static func of(_ name: String) -> String { of(tokens: Tokenizer.tokens(name)) }

    /// The key from the name's tokens (when they are at hand already).
    static func of(tokens: [Token]) -> String {
        tokens.filter { !PersonName.titles.contains($0.folded) }.map(\.folded).sorted().joined(separator: " ")
    }
}
