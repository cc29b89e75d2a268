/// Points for one candidate in one cluster, by criterion, with the evidence.
public struct ScoredCandidate: Sendable, Equatable {
    public struct Line: Sendable, Equatable {
        public let criterion: String
        public let points: Double
        public let evidence: String
    }

    public var candidate: Candidate
    public var points: Double
    public var lines: [Line]

    /// "lokalnost +3 (Koštabona); …": why the points, for the committee.
    public var explanation: String {
        lines.map { line in
            let points = line.points == line.points.rounded() ? String(Int(line.points)) : String(line.points)
            return "\(line.criterion) +\(points)" + (line.evidence.isEmpty ? "" : " (\(line.evidence))")
        }.joined(separator: "; ")
    }
}

/// The scoring rubric from configuration: local, topics (with per-cluster weights), consent,
/// endorsements and complete contacts.
public struct Rubric: Sendable {
    let scoring: Configuration.Scoring
    let topicLabels: [String: String]

    public init(configuration: Configuration) {
        scoring = configuration.scoring
        topicLabels = TopicLabels.labels
    }

    public func score(_ candidate: Candidate) -> ScoredCandidate {
        var lines: [ScoredCandidate.Line] = []
        if candidate.local {
            lines.append(.init(criterion: "lokalnost", points: scoring.local, evidence: candidate.localQuote ?? ""))
        }
        let weights = scoring.clusterTopics[candidate.cluster] ?? [:]
        for topic in candidate.topics.keys.sorted() {
            let points = scoring.perTopic + (weights[topic] ?? 0)
            lines.append(.init(criterion: topicLabels[topic] ?? topic, points: points, evidence: "»\(candidate.topics[topic] ?? "")«"))
        }
        if candidate.consent == true {
            lines.append(.init(criterion: "soglasje", points: scoring.consent, evidence: ""))
        }
        let endorsements = min(candidate.endorsements.count, scoring.maxEndorsements)
        if endorsements > 0 {
            lines.append(.init(criterion: "podpore", points: Double(endorsements) * scoring.perEndorsement,
                               evidence: candidate.endorsements.prefix(scoring.maxEndorsements).joined(separator: ", ")))
        }
        if candidate.email != nil && candidate.phone != nil {
            lines.append(.init(criterion: "popolni kontakti", points: scoring.completeContacts, evidence: ""))
        }
        return ScoredCandidate(candidate: candidate, points: lines.reduce(0) { $0 + $1.points }, lines: lines)
    }

    /// Best first. Ties: more endorsements, then eligible before not, then name (folded) — deterministic.
    public static func ranked(_ scored: [ScoredCandidate]) -> [ScoredCandidate] {
        scored.sorted { a, b in
            if a.candidate.eligible != b.candidate.eligible { return a.candidate.eligible }
            if a.points != b.points { return a.points > b.points }
            if a.candidate.endorsements.count != b.candidate.endorsements.count {
                return a.candidate.endorsements.count > b.candidate.endorsements.count
            }
            return Folding.fold(a.candidate.name) < Folding.fold(b.candidate.name)
        }
    }
}

/// Slovenian names of the task areas, for the workbook.
public enum TopicLabels {
    public static let labels: [String: String] = [
        "trails": "poti", "signage": "označevanje", "experiences": "doživetja", "access": "dostop in parkiranje",
        "networking": "povezovanje", "marketing": "trženje", "heritage": "dediščina", "gastronomy": "kulinarika",
        "wine": "vino", "town_centre": "mestno središče",
    ]
}
