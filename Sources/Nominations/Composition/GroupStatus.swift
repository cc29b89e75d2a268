/// A cluster's proposed group as the committee checks it at a glance: seats filled, each seat rule
/// met or not (with the reason), the next eligible reserve, and why a row stands where it stands.
public struct GroupStatus: Sendable, Equatable {
    public struct Rule: Sendable, Equatable {
        public let categories: [Category]
        public let wanted: Int
        public let filled: Int
        /// Slovenian: "izpolnjeno (Ana Novak)" or "ni izpolnjeno: ni primernega kandidata (predlog po roku)";
        /// the rule's categories are named beside it.
        public let text: String
        public var met: Bool { filled >= wanted }
    }

    public let cluster: String
    public let filled: Int
    public let size: Int
    public let rules: [Rule]
    /// The best eligible candidate outside every proposed group.
    public let reserve: ScoredCandidate?
    /// Person key → why the row is in or out of the group although its rank says otherwise.
    public let remarks: [String: String]

    /// "3 / 5".
    public var seats: String { "\(filled) / \(size)" }
    public var complete: Bool { filled == size && rules.allSatisfy(\.met) }

    /// - Parameters:
    ///   - ranked: the cluster's candidates as `Rubric.ranked` gives them.
    ///   - groups: the proposed members of every cluster.
    public init(cluster: String, ranked: [ScoredCandidate], groups: ProposedGroups, configuration: Configuration) {
        self.cluster = cluster
        let members = groups.members[cluster] ?? []
        var elsewhere: [String: String] = [:]
        for (other, keys) in groups.members where other != cluster {
            for key in keys { elsewhere[key] = configuration.cluster(other)?.name ?? other }
        }
        size = configuration.composition.groupSize
        filled = ranked.filter { members.contains($0.candidate.personKey) }.count
        func label(_ categories: [Category]) -> String {
            categories.map { configuration.label(of: $0) }.joined(separator: " ali ")
        }
        var rules: [Rule] = []
        for rule in configuration.composition.seats(for: cluster) {
            let inRule = ranked.filter { $0.candidate.category.map(rule.categories.contains) ?? false }
            let chosen = inRule.filter { members.contains($0.candidate.personKey) }
            let text: String
            if chosen.count >= rule.min {
                text = "izpolnjeno (" + chosen.map(\.candidate.name).joined(separator: ", ") + ")"
            } else if inRule.isEmpty {
                text = "ni izpolnjeno: ni kandidata te kategorije"
            } else if !inRule.contains(where: \.candidate.eligible) {
                text = "ni izpolnjeno: ni primernega kandidata (" + Self.whyIneligible(inRule.map(\.candidate)) + ")"
            } else if inRule.filter({ $0.candidate.eligible }).allSatisfy({ elsewhere[$0.candidate.personKey] != nil || members.contains($0.candidate.personKey) }),
                      chosen.count < inRule.filter(\.candidate.eligible).count {
                text = "ni izpolnjeno: primerni kandidati so predlagani v drugo skupino"
            } else {
                text = "ni izpolnjeno: premalo primernih kandidatov (\(chosen.count) od \(rule.min))"
            }
            rules.append(Rule(categories: rule.categories, wanted: rule.min, filled: chosen.count, text: text))
        }
        self.rules = rules
        reserve = ranked.first { $0.candidate.eligible && !members.contains($0.candidate.personKey) && elsewhere[$0.candidate.personKey] == nil }
        // Rank against the group: a member below a non-member, a non-member above a member.
        var remarks: [String: String] = [:]
        let lastMember = ranked.lastIndex { members.contains($0.candidate.personKey) } ?? -1
        let firstOut = ranked.firstIndex { !members.contains($0.candidate.personKey) } ?? ranked.count
        for (index, scored) in ranked.enumerated() {
            let key = scored.candidate.personKey
            if members.contains(key) && index > firstOut {
                let rule = rules.first { rule in scored.candidate.category.map(rule.categories.contains) ?? false }
                remarks[key] = "v predlagani sestavi pred višje uvrščenimi zaradi pravila sestave"
                    + (rule.map { " (" + label($0.categories) + ")" } ?? "")
            } else if !members.contains(key) && index < lastMember {
                if let other = elsewhere[key] {
                    remarks[key] = DisplayName.word("predlagan", "predlagana", for: scored.candidate.name) + " v skupino \(other) (oseba je lahko le v eni skupini)"
                } else if scored.candidate.eligible {
                    remarks[key] = "ni v predlagani sestavi: mesta so zasedena po pravilih sestave"
                }
            } else if !members.contains(key), let other = elsewhere[key], scored.candidate.eligible {
                remarks[key] = DisplayName.word("predlagan", "predlagana", for: scored.candidate.name) + " v skupino \(other) (oseba je lahko le v eni skupini)"
            }
        }
        self.remarks = remarks
    }

    static func whyIneligible(_ candidates: [Candidate]) -> String {
        var reasons: [String] = []
        if candidates.contains(where: { $0.late }) { reasons.append("predlog po roku") }
        if candidates.contains(where: { $0.consent == false }) { reasons.append("kandidat ne soglaša") }
        return reasons.joined(separator: ", ")
    }
}
