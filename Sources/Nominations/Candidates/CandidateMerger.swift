/// Recognises the same person across letters (name folded for diacritics, order and case;
/// e-mail; phone) and makes one candidate per person per cluster.
public enum CandidateMerger {
    public static func merge(_ letters: [ReadLetter], configuration: Configuration) -> [Candidate] {
        // Every nominee of a nomination letter, with its letter.
        var entries: [(nominee: Nominee, letter: ReadLetter)] = []
        for read in letters where read.letter.status == .parsed || read.letter.status == .needsReview {
            for nominee in read.letter.nominees { entries.append((nominee, read)) }
        }
        // Group into persons: union-find over exact keys (folded name, e-mail, phone), then a
        // declension-tolerant comparison only within the same surname bucket.
        var parent = Array(entries.indices)
        func root(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
            return x
        }
        func union(_ a: Int, _ b: Int) { parent[root(a)] = root(b) }
        var byKey: [String: Int] = [:], byEmail: [String: Int] = [:], byPhone: [String: Int] = [:]
        var buckets: [String: [Int]] = [:]
        // What the comparisons need of each name, worked out once per nominee.
        let facts = Parallel.map(entries.count) { NameFacts(entries[$0].nominee) }
        for (index, entry) in entries.enumerated() {
            let key = facts[index].key
            if let other = byKey[key] { union(index, other) } else { byKey[key] = index }
            if let email = entry.nominee.email {
                if let other = byEmail[email], samePerson(facts[other], facts[index]) { union(index, other) } else { byEmail[email] = byEmail[email] ?? index }
            }
            if let phone = entry.nominee.phone {
                if let other = byPhone[phone], samePerson(facts[other], facts[index]) { union(index, other) } else { byPhone[phone] = byPhone[phone] ?? index }
            }
            for bucket in facts[index].buckets {
                for other in buckets[bucket] ?? [] where root(other) != root(index) && samePerson(facts[other], facts[index]) {
                    union(index, other)
                }
                buckets[bucket, default: []].append(index)
            }
        }
        var groupsByRoot: [Int: [Int]] = [:]
        var rootOrder: [Int] = []
        for index in entries.indices {
            let r = root(index)
            if groupsByRoot[r] == nil { rootOrder.append(r) }
            groupsByRoot[r, default: []].append(index)
        }
        let persons = rootOrder.map { groupsByRoot[$0]! }
        // One candidate per person and cluster, in the order of the persons and the configuration's clusters.
        // One written form per person on every sheet, from all of the person's letters.
        var seats: [(cluster: String, members: [Int], name: String)] = []
        for group in persons {
            let name = DisplayName.of(group.map { entries[$0].nominee.name })
            let clusters = configuration.clusters.map(\.slug).filter { slug in group.contains { entries[$0].nominee.clusters.contains(slug) } }
            for cluster in clusters {
                seats.append((cluster, group.filter { entries[$0].nominee.clusters.contains(cluster) }, name))
            }
        }
        let places = MunicipalPlaces(configuration)
        let topicPhrases = configuration.topics.mapValues(TopicEvidence.Phrases.init)
        return Parallel.map(seats.count) { index in
            var result = candidate(cluster: seats[index].cluster, members: seats[index].members.map { entries[$0] },
                                   configuration: configuration, places: places, topicPhrases: topicPhrases)
            result.name = seats[index].name
            if DisplayName.gender(of: result.name) == .female {
                result.warnings = result.warnings.map { $0 == "kandidat s kandidaturo ne soglaša" ? "kandidatka s kandidaturo ne soglaša" : $0 }
            }
            return result
        }
    }

    /// A nominee's name as the comparisons below use it.
    struct NameFacts {
        let name: String
        let email: String?
        let phone: String?
        let key: String
        let words: Set<String>
        let wordCount: Int
        let buckets: [String]

        init(_ nominee: Nominee) {
            name = nominee.name
            email = nominee.email
            phone = nominee.phone
            let tokens = Tokenizer.tokens(name)
            key = PersonKey.of(tokens: tokens)
            words = Set(tokens.map(\.folded))
            wordCount = tokens.count
            buckets = CandidateMerger.buckets(tokens: tokens)
        }
    }

    static func samePerson(_ a: NameFacts, _ b: NameFacts) -> Bool {
        if a.key == b.key { return true }
        if let x = a.email, let y = b.email, x == y, !a.words.isDisjoint(with: b.words) || PersonName.samePerson(a.name, b.name) { return true }
        if let x = a.phone, let y = b.phone, x == y, !a.words.isDisjoint(with: b.words) { return true }
        return a.wordCount == b.wordCount && PersonName.samePerson(a.name, b.name)
    }

    /// The bucket for fuzzy comparison: the first two folded letters of each name word, sorted
    /// (case endings leave them alone: "Uroša Rojca" and "Uroš Rojac" share "ro ur").
    static func buckets(tokens: [Token]) -> [String] {
        [tokens.filter { !PersonName.titles.contains($0.folded) }.map { String($0.folded.prefix(2)) }.sorted().joined(separator: " ")]
    }


    static func candidate(cluster: String, members: [(nominee: Nominee, letter: ReadLetter)], configuration: Configuration,
                          places: MunicipalPlaces? = nil, topicPhrases: [String: TopicEvidence.Phrases]? = nil) -> Candidate {
        let places = places ?? MunicipalPlaces(configuration)
        let topicPhrases = topicPhrases ?? configuration.topics.mapValues(TopicEvidence.Phrases.init)
        // The written form from a data row is as good as any; take the first letter's.
        let first = members[0].nominee
        let proposers = members.map { $0.letter.letter.proposer.name ?? "(neznan predlagatelj)" }
        // Each endorsement once, in its first written form (names compared folded, each folded once:
        // folding every kept name again for every new one was 5 M instructions over 1,000 letters).
        var endorsements: [String] = []
        var folded = Set<String>()
        for member in members {
            for name in member.nominee.endorsements where folded.insert(Folding.fold(name)).inserted {
                endorsements.append(name)
            }
        }
        // Further proposers count as endorsements too.
        for proposer in proposers.dropFirst() where folded.insert(Folding.fold(proposer)).inserted {
            endorsements.append(proposer)
        }
        let consents = members.map(\.nominee.consent)
        let consent: Bool? = consents.contains(false) ? false : (consents.contains(true) ? true : nil)
        var topics: [String: String] = [:]
        for member in members {
            let proposer = TopicEvidence.words(member.letter.letter.proposer.name ?? "")
            for (topic, quote) in member.nominee.topics where topics[topic] == nil {
                // The proposer's own name ("Pohodniško društvo …") is no evidence of the candidate's experience.
                if let phrases = topicPhrases[topic], TopicEvidence.restsOnName(nameWords: proposer, quote: quote, phrases: phrases) { continue }
                topics[topic] = quote
            }
        }
        // Local: a home or an inferring place in this cluster, and a place of the municipality.
        var localQuote: String?
        for member in members where localQuote == nil {
            if member.nominee.homeClusters.contains(cluster), let home = member.nominee.home, places.contains(home) {
                localQuote = home
            } else if member.nominee.clusterInferred && member.nominee.clusters.contains(cluster),
                      let place = member.nominee.clusterPlace, places.contains(place) {
                localQuote = place
            }
        }
        var warnings: [String] = []
        if consent == false { warnings.append("kandidat s kandidaturo ne soglaša") }
        if consent == nil { warnings.append("soglasje ni navedeno") }
        let late = members.allSatisfy { $0.letter.letter.late }
        if late { warnings.append("predlog je prispel po roku") }
        if members.allSatisfy({ $0.nominee.email == nil && $0.nominee.phone == nil }) { warnings.append("ni kontaktnih podatkov") }
        if members.contains(where: { $0.nominee.clusterInferred }) { warnings.append("skupina določena po kraju") }
        if members.allSatisfy({ $0.letter.letter.textSource == .ocr }) { warnings.append("prebrano s skena (OCR)") }
        let categories = members.compactMap(\.nominee.category)
        return Candidate(
            name: first.name, cluster: cluster, category: categories.first,
            email: members.compactMap(\.nominee.email).first, phone: members.compactMap(\.nominee.phone).first,
            proposers: proposers, sources: members.map(\.letter.file), endorsements: endorsements, consent: consent,
            topics: topics, local: localQuote != nil, localQuote: localQuote,
            late: late, warnings: warnings)
    }
}
