/// Everything a staff member may change without rebuilding: clusters, places, category signs,
/// seat rules, deadline and scoring weights. Read from YAML (see `default-config.yaml`).
public struct Configuration: Codable, Sendable {
    public struct Cluster: Codable, Sendable, Equatable {
        public var slug: String
        public var name: String
        /// Ways a letter names the cluster outright.
        public var names: [String]
    }

    public struct CategoryEntry: Codable, Sendable {
        public var slug: Category
        public var label: String
    }

    public struct SignRule: Codable, Sendable {
        public var category: Category
        public var signs: [String]
    }

    public struct Place: Codable, Sendable {
        public var name: String
        public var cluster: String
        public var uncertain: Bool?
        public var alternatives: [String]?
        public var ks: String?
        public var forms: [String]
        public var italian: [String]?
    }

    public struct LocalCommunity: Codable, Sendable {
        public var name: String
        public var cluster: String
        public var mixed: Bool?
        public var italian: [String]?
    }

    public struct Area: Codable, Sendable {
        public var cluster: String?
        public var forms: [String]
    }

    public struct OutsidePlace: Codable, Sendable {
        public var name: String
        public var forms: [String]
    }

    public struct Scoring: Codable, Sendable {
        public var local: Double
        public var consent: Double
        public var perTopic: Double
        public var perEndorsement: Double
        public var maxEndorsements: Int
        public var completeContacts: Double
        public var clusterTopics: [String: [String: Double]]

        enum CodingKeys: String, CodingKey {
            case local, consent
            case perTopic = "per_topic"
            case perEndorsement = "per_endorsement"
            case maxEndorsements = "max_endorsements"
            case completeContacts = "complete_contacts"
            case clusterTopics = "cluster_topics"
        }
    }

    public struct SeatRule: Codable, Sendable, Equatable {
        public var categories: [Category]
        public var min: Int
    }

    public struct Composition: Codable, Sendable {
        public var groupSize: Int
        public var oneGroupPerPerson: Bool
        public var seats: [SeatRule]
        public var clusterSeats: [String: [SeatRule]]?

        enum CodingKeys: String, CodingKey {
            case groupSize = "group_size"
            case oneGroupPerPerson = "one_group_per_person"
            case seats
            case clusterSeats = "cluster_seats"
        }

        public func seats(for cluster: String) -> [SeatRule] { clusterSeats?[cluster] ?? seats }
    }

    public var deadline: String
    public var clusters: [Cluster]
    public var clusterNumberWords: [String]
    public var categories: [CategoryEntry]
    public var proposerSigns: [SignRule]
    public var recipientSigns: [String]
    public var ignoredPhrases: [String]
    public var topics: [String: [String]]
    public var scoring: Scoring
    public var composition: Composition
    public var places: [Place]
    public var localCommunities: [LocalCommunity]
    public var areas: [Area]
    public var outside: [OutsidePlace]

    enum CodingKeys: String, CodingKey {
        case deadline, clusters, categories, topics, scoring, composition, places, areas, outside
        case clusterNumberWords = "cluster_number_words"
        case proposerSigns = "proposer_signs"
        case recipientSigns = "recipient_signs"
        case ignoredPhrases = "ignored_phrases"
        case localCommunities = "local_communities"
    }

    /// The Slovenian label of a category ("Krajevna skupnost").
    public func label(of category: Category) -> String {
        categories.first { $0.slug == category }?.label ?? category.rawValue
    }

    public func cluster(_ slug: String) -> Cluster? { clusters.first { $0.slug == slug } }

    public var deadlineDate: CalendarDate { CalendarDate(iso: deadline)! }
}
