/// What a letter turned out to be.
public enum LetterStatus: String, Codable, Sendable {
    case parsed
    case needsReview = "needs_review"
    case notANomination = "not_a_nomination"
    case unreadable
}

/// Where the words of a letter came from.
public enum TextSource: String, Codable, Sendable {
    case text, form, ocr, none
}

public enum Language: String, Codable, Sendable {
    case sl, it, en
}

/// Something the committee must know or check, with a code for scripts and a Slovenian message.
public struct Problem: Equatable, Codable, Sendable {
    public let code: String
    public let message: String

    public init(_ code: String, _ message: String) {
        self.code = code
        self.message = message
    }
}

/// The sender of a nomination (predlagatelj).
public struct Proposer: Equatable, Sendable, Codable {
    public var name: String?
    public var category: Category?
    /// How sure the reader is of the category, 0…1.
    public var confidence: Double
    /// Places named in the proposer's name or letterhead.
    public var place: String?
    /// Where the name was read: "form", "email_sender", "on_behalf", "letterhead", "signature".
    public var source: String?

    public init(name: String?, category: Category?, confidence: Double, place: String? = nil) {
        self.name = name
        self.category = category
        self.confidence = confidence
        self.place = place
    }
}

/// One proposed person as the letter presents them (kandidat).
public struct Nominee: Equatable, Sendable, Codable {
    public var name: String
    public var email: String?
    public var phone: String?
    public var address: String?
    /// Cluster slugs, in the order the letter gives them.
    public var clusters: [String]
    public var clusterInferred: Bool
    /// The place an inferred cluster rests on.
    public var clusterPlace: String?
    /// Why no cluster could be named, when none could.
    public var clusterProblem: Problem?
    public var category: Category?
    public var consent: Bool?
    /// Topic slug → the phrase of the letter that shows it.
    public var topics: [String: String]
    /// Organisations or people named as supporting the nomination.
    public var endorsements: [String]
    /// The place the candidate lives or works in, when the letter says so.
    public var home: String?
    /// Whether that place lies in the clusters proposed for.
    public var homeClusters: [String]
    public var selfNominated: Bool
    /// Where the name, the cluster and the consent were read, and how surely.
    public var evidence: [Evidence] = []

    public init(name: String) {
        self.name = name
        clusters = []
        clusterInferred = false
        topics = [:]
        endorsements = []
        homeClusters = []
        selfNominated = false
    }

    public var sortedTopics: [String] { topics.keys.sorted() }
}

/// An understood letter: the result of reading one file.
public struct Letter: Equatable, Sendable, Codable {
    public var status: LetterStatus
    public var textSource: TextSource
    public var language: Language?
    public var proposer: Proposer
    public var nominees: [Nominee]
    public var date: CalendarDate?
    public var late: Bool
    public var problems: [Problem]

    public init(status: LetterStatus, textSource: TextSource, language: Language?, proposer: Proposer,
                nominees: [Nominee], date: CalendarDate?, late: Bool, problems: [Problem]) {
        self.status = status
        self.textSource = textSource
        self.language = language
        self.proposer = proposer
        self.nominees = nominees
        self.date = date
        self.late = late
        self.problems = problems
    }

    /// A letter that could not be read at all.
    public static func unreadable(_ reason: String) -> Letter {
        Letter(status: .unreadable, textSource: .none, language: nil,
               proposer: Proposer(name: nil, category: nil, confidence: 0), nominees: [],
               date: nil, late: false, problems: [Problem(.unreadable, reason)])
    }
}
