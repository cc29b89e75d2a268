import Testing
@testable import Nominations

@Suite("Proposed groups")
struct GroupComposerTests {
    static let configuration = try! ConfigurationLoader.defaults()

    static func scored(_ name: String, _ cluster: String, _ category: Category, _ points: Double, eligible: Bool = true) -> ScoredCandidate {
        let candidate = Candidate(name: name, cluster: cluster, category: category, email: nil, phone: nil, proposers: ["P"],
                                  sources: ["f.pdf"], endorsements: [], consent: eligible ? true : false, topics: [:], local: false,
                                  localQuote: nil, late: false, warnings: [])
        return ScoredCandidate(candidate: candidate, points: points, lines: [])
    }

    @Test func seatRulesWinOverRawPoints() {
        let cluster = "dezela-refoska"
        let candidates = [
            Self.scored("A A", cluster, .posameznik, 10), Self.scored("B B", cluster, .posameznik, 9),
            Self.scored("C C", cluster, .posameznik, 8), Self.scored("D D", cluster, .posameznik, 7),
            Self.scored("E E", cluster, .posameznik, 6), Self.scored("K K", cluster, .ks, 1),
        ]
        let groups = GroupComposer(configuration: Self.configuration).compose([cluster: candidates])
        let members = groups.members[cluster] ?? []
        #expect(members.count == 5)
        #expect(members.contains(PersonKey.of("K K")))
        #expect(!members.contains(PersonKey.of("E E")))
    }

    @Test func refusedConsentIsNeverProposed() {
        let cluster = "dolina-dragonje"
        let groups = GroupComposer(configuration: Self.configuration).compose([cluster: [
            Self.scored("A A", cluster, .ks, 10, eligible: false), Self.scored("B B", cluster, .ks, 1),
        ]])
        #expect(groups.members[cluster] == [PersonKey.of("B B")])
    }

    /// Brute force over every assignment: at most five per cluster, a person in one group only,
    /// and each seat rule met as far as eligible candidates of that kind are left for the cluster.
    static func bruteForce(_ ranked: [String: [ScoredCandidate]]) -> Double {
        let clusters = ranked.keys.sorted()
        var best = -1.0
        func subsets(_ pool: [ScoredCandidate]) -> [[ScoredCandidate]] {
            let eligible = pool.filter(\.candidate.eligible)
            var result: [[ScoredCandidate]] = []
            for mask in 0..<(1 << eligible.count) where mask.nonzeroBitCount <= 5 {
                result.append(eligible.indices.filter { mask & (1 << $0) != 0 }.map { eligible[$0] })
            }
            return result
        }
        func valid(_ groups: [String: [ScoredCandidate]]) -> Bool {
            for cluster in clusters {
                let elsewhere = Set(groups.filter { $0.key != cluster }.values.flatMap { $0.map(\.candidate.personKey) })
                let left = ranked[cluster]!.filter { $0.candidate.eligible && !elsewhere.contains($0.candidate.personKey) }
                let group = groups[cluster] ?? []
                for rule in Self.configuration.composition.seats(for: cluster) {
                    let available = left.filter { rule.categories.contains($0.candidate.category!) }.count
                    let have = group.filter { rule.categories.contains($0.candidate.category!) }.count
                    if have < min(rule.min, available) { return false }
                }
            }
            return true
        }
        func walk(_ index: Int, _ used: Set<String>, _ groups: [String: [ScoredCandidate]]) {
            guard index < clusters.count else {
                if valid(groups) { best = max(best, groups.values.flatMap { $0 }.reduce(0) { $0 + $1.points }) }
                return
            }
            let cluster = clusters[index]
            for group in subsets(ranked[cluster]!) {
                let keys = Set(group.map(\.candidate.personKey))
                if !keys.isDisjoint(with: used) { continue }
                var next = groups
                next[cluster] = group
                walk(index + 1, used.union(keys), next)
            }
        }
        walk(0, [], [:])
        return best
    }

    @Test(arguments: 1...25)
    func optimalAgainstBruteForce(seed: Int) {
        var generator = SplitMix(seed: UInt64(seed))
        let clusters = ["mesto-koper", "dezela-refoska"]
        let people = (0..<7).map { "Oseba\($0) Priimek\($0)" }
        var ranked: [String: [ScoredCandidate]] = [:]
        for cluster in clusters {
            for person in people where generator.next() % 3 != 0 {
                let category = Category.allCases[Int(generator.next() % 5)]
                ranked[cluster, default: []].append(Self.scored(person, cluster, category, Double(generator.next() % 10),
                                                                eligible: generator.next() % 6 != 0))
            }
            ranked[cluster] = Array((ranked[cluster] ?? []).prefix(8))
        }
        let composer = GroupComposer(configuration: Self.configuration)
        let result = composer.compose(ranked)
        let expected = Self.bruteForce(ranked)
        #expect(abs(result.total - expected) < 1e-9, "seed \(seed): composer \(result.total), brute force \(expected)")
        // a person in one group only
        let all = result.members.values.flatMap { $0 }
        #expect(all.count == Set(all).count)
    }
}

/// A small deterministic random generator for property tests.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed &* 0x9E3779B97F4A7C15 }
    mutating func next() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }
}
