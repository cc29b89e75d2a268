/// The proposed five per cluster: the eligible candidates with the highest total score under
/// the seat rules (at least one of each kind wherever such candidates exist), with a person in
/// one group only — the clusters are assigned jointly.
public struct ProposedGroups: Sendable, Equatable {
    /// Cluster slug → person keys of the proposed members.
    public var members: [String: Set<String>]
    public var total: Double
}

public struct GroupComposer: Sendable {
    let composition: Configuration.Composition

    public init(configuration: Configuration) {
        composition = configuration.composition
    }

    /// - Parameter ranked: cluster slug → scored candidates (any order).
    public func compose(_ ranked: [String: [ScoredCandidate]]) -> ProposedGroups {
        solve(ranked, forbidden: [:])
    }

    private func solve(_ ranked: [String: [ScoredCandidate]], forbidden: [String: Set<String>]) -> ProposedGroups {
        var members: [String: Set<String>] = [:]
        var total = 0.0
        for (cluster, candidates) in ranked {
            let allowed = candidates.filter { $0.candidate.eligible && !(forbidden[cluster]?.contains($0.candidate.personKey) ?? false) }
            let chosen = bestGroup(allowed, rules: composition.seats(for: cluster))
            members[cluster] = Set(chosen.map(\.candidate.personKey))
            total += chosen.reduce(0) { $0 + $1.points }
        }
        guard composition.oneGroupPerPerson else { return ProposedGroups(members: members, total: total) }
        // A person chosen in two clusters: try each cluster for them, keep the best whole.
        var clustersOf: [String: [String]] = [:]
        for (cluster, keys) in members { for key in keys { clustersOf[key, default: []].append(cluster) } }
        guard let (person, clusters) = clustersOf.filter({ $0.value.count > 1 }).min(by: { $0.key < $1.key }) else {
            return ProposedGroups(members: members, total: total)
        }
        var best: ProposedGroups?
        for keep in clusters.sorted() {
            var nextForbidden = forbidden
            for other in clusters where other != keep { nextForbidden[other, default: []].insert(person) }
            let result = solve(ranked, forbidden: nextForbidden)
            if best == nil || result.total > best!.total + 1e-9 { best = result }
        }
        return best!
    }

    /// The best group of at most `groupSize` from one cluster's eligible candidates: the top
    /// candidates of each seat rule first (as many as the rule asks and exist), then the best of the rest.
    func bestGroup(_ candidates: [ScoredCandidate], rules: [Configuration.SeatRule]) -> [ScoredCandidate] {
        let ordered = Rubric.ranked(candidates)
        var chosen: [ScoredCandidate] = []
        var taken = Set<String>()
        for rule in rules {
            let group = ordered.filter { candidate in
                candidate.candidate.category.map { rule.categories.contains($0) } ?? false && !taken.contains(candidate.candidate.personKey)
            }
            for candidate in group.prefix(rule.min) where chosen.count < composition.groupSize {
                chosen.append(candidate)
                taken.insert(candidate.candidate.personKey)
            }
        }
        for candidate in ordered where chosen.count < composition.groupSize && !taken.contains(candidate.candidate.personKey) {
            chosen.append(candidate)
            taken.insert(candidate.candidate.personKey)
        }
        return chosen
    }
}
