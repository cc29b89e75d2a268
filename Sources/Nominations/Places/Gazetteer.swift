/// The configuration compiled for fast matching: cluster names, places in all their forms,
/// category signs, topic phrases and the phrases that name no place.
public struct Gazetteer: Sendable {
    /// A place a letter can name.
    public struct PlaceRef: Sendable, Equatable {
        public enum Kind: Sendable, Equatable { case settlement, localCommunity, area, outside }
        public let kind: Kind
        /// The place's name in the nominative.
        public let name: String
        /// `nil` for a regional term that names no single cluster and for places outside the municipality.
        public let cluster: String?
        /// The reference marks the cluster as uncertain (or the KS spans two clusters).
        public let uncertain: Bool
        public let alternatives: [String]
        /// Whether the written form must start with a capital letter to count ("Loka", not "loka").
        let needsCapital: Bool
    }

    public let configuration: Configuration
    let clusterNames: PhraseMatcher<String>
    let places: PhraseMatcher<PlaceRef>
    let ignored: PhraseMatcher<Bool>
    let recipient: PhraseMatcher<Bool>
    /// The call office's e-mail addresses among the recipient signs, and their domains (folded).
    let recipientAddresses: Set<String>
    let recipientDomains: Set<String>
    let signs: [PhraseMatcher<Category>]
    let topics: PhraseMatcher<String>
    let clusterNumberWords: PhraseMatcher<Bool>

    public init(_ configuration: Configuration) {
        self.configuration = configuration
        clusterNames = PhraseMatcher(configuration.clusters.flatMap { cluster in
            (cluster.names + [cluster.name]).map { (pattern: $0, value: cluster.slug) }
        })
        var placePhrases: [(pattern: String, value: PlaceRef)] = []
        for place in configuration.places {
            let ref = PlaceRef(kind: .settlement, name: place.name, cluster: place.cluster, uncertain: place.uncertain ?? false,
                               alternatives: place.alternatives ?? [], needsCapital: true)
            for form in place.forms + (place.italian ?? []) {
                placePhrases.append((form, PlaceRef(kind: ref.kind, name: ref.name, cluster: ref.cluster, uncertain: ref.uncertain,
                                                    alternatives: ref.alternatives, needsCapital: form.first?.isUppercase ?? true)))
            }
        }
        for community in configuration.localCommunities {
            let ref = PlaceRef(kind: .localCommunity, name: community.name, cluster: community.cluster,
                               uncertain: community.mixed ?? false, alternatives: [], needsCapital: true)
            for form in ["KS " + community.name, "krajevna skupnost " + community.name, "krajevne skupnosti " + community.name,
                         "krajevni skupnosti " + community.name, "krajevno skupnostjo " + community.name] {
                placePhrases.append((form, ref))
            }
        }
        for area in configuration.areas {
            for form in area.forms {
                placePhrases.append((form, PlaceRef(kind: .area, name: area.forms[0], cluster: area.cluster, uncertain: area.cluster == nil,
                                                    alternatives: [], needsCapital: form.first?.isUppercase ?? false)))
            }
        }
        for outside in configuration.outside {
            for form in outside.forms {
                placePhrases.append((form, PlaceRef(kind: .outside, name: outside.name, cluster: nil, uncertain: false,
                                                    alternatives: [], needsCapital: true)))
            }
        }
        places = PhraseMatcher(placePhrases)
        ignored = PhraseMatcher(configuration.ignoredPhrases.map { ($0, true) })
        recipient = PhraseMatcher(configuration.recipientSigns.map { ($0, true) })
        let addresses = configuration.recipientSigns.map(Folding.fold).filter { $0.utf8.contains(UInt8(ascii: "@")) }
        recipientAddresses = Set(addresses)
        recipientDomains = Set(addresses.compactMap { $0.split(separator: "@").last.map(String.init) })
        signs = configuration.proposerSigns.map { rule in PhraseMatcher(rule.signs.map { ($0, rule.category) }) }
        topics = PhraseMatcher(configuration.topics.flatMap { topic, phrases in phrases.map { ($0, topic) } })
        clusterNumberWords = PhraseMatcher(configuration.clusterNumberWords.map { ($0, true) })
    }

    /// The category a proposer's name shows, by the first sign rule that matches.
    public func category(ofOrganisation tokens: [Token]) -> Category? {
        for matcher in signs where matcher.contains(in: tokens) {
            return matcher.matches(in: tokens).first?.value
        }
        return nil
    }

    /// Places named in tokens, skipping cluster names and phrases that name no place.
    public func placeMatches(in tokens: [Token]) -> [PhraseMatcher<PlaceRef>.Match] {
        let blocked = blockedRanges(in: tokens)
        return places.matches(in: tokens).filter { match in
            if match.value.needsCapital, !tokens[match.start].isCapitalized { return false }
            return !blocked.contains { $0.contains(match.start) }
        }
    }

    /// Token ranges covered by cluster names and ignored phrases.
    func blockedRanges(in tokens: [Token]) -> [Range<Int>] {
        (clusterNames.matches(in: tokens).map { $0.start..<$0.end }) +
            (ignored.matches(in: tokens).map { $0.start..<$0.end })
    }

    /// Clusters named outright: by name in any case, or by number ("cluster 3", "3. klaster").
    public func namedClusters(in tokens: [Token]) -> [String] {
        var result: [String] = []
        let ignoredRanges = ignored.matches(in: tokens).map { $0.start..<$0.end }
        for match in clusterNames.matches(in: tokens) where !ignoredRanges.contains(where: { $0.contains(match.start) }) {
            if !result.contains(match.value) { result.append(match.value) }
        }
        let joiners: Set<String> = ["in", "ter", "ali", "and", "or", "e", "o", "i"]
        for match in clusterNumberWords.matches(in: tokens) {
            var numbers: [Int] = []
            // After the word: "klaster 2", "klaster št. 2", "klastra 2 in 3", "cluster 1, 2 e 4".
            var position = match.end
            if position + 1 < tokens.count, ["st", "stevilka", "n"].contains(tokens[position].folded), tokens[position + 1].isNumber { position += 1 }
            while position < tokens.count, tokens[position].isNumber, let number = Int(tokens[position].text) {
                numbers.append(number)
                position += 1
                if position + 1 < tokens.count, joiners.contains(tokens[position].folded), tokens[position + 1].isNumber { position += 1; continue }
                guard tokens[position - 1].punctuationAfter == ",", position < tokens.count, tokens[position].isNumber else { break }
            }
            // Before it: "3. klaster", "za 1., 3. in 4. klaster" (not "1. Akcijska skupina …", an item's number).
            let isClusterWord = ["klast", "clust", "grozd"].contains(where: { tokens[match.start].folded.hasPrefix($0) })
            // ("za 1. in 4. skupino": a plain word for a group takes numbers before it only when several are joined.)
            let isGroupWord = !isClusterWord && tokens[match.start].folded.hasPrefix("skupin")
            if numbers.isEmpty, match.end - match.start == 1, isClusterWord || isGroupWord && match.start >= 3
                && tokens[match.start - 1].isNumber && joiners.contains(tokens[match.start - 2].folded) && tokens[match.start - 3].isNumber {
                var back = match.start - 1
                while back >= 0, tokens[back].isNumber, let number = Int(tokens[back].text) {
                    numbers.insert(number, at: 0)
                    back -= 1
                    if back >= 1, joiners.contains(tokens[back].folded), tokens[back - 1].isNumber { back -= 1; continue }
                    guard back >= 0, tokens[back].isNumber, tokens[back].punctuationAfter == "," || tokens[back].punctuationAfter == "." else { break }
                }
            }
            for number in numbers where number >= 1 && number <= configuration.clusters.count {
                let slug = configuration.clusters[number - 1].slug
                if !result.contains(slug) { result.append(slug) }
            }
        }
        return result
    }

    /// Topic slugs with the phrase that shows each; a cluster's own name ("Dežela Refoška") shows nothing.
    public func topics(in tokens: [Token]) -> [(topic: String, start: Int, end: Int)] {
        let names = clusterNames.matches(in: tokens).map { $0.start..<$0.end }
        return topics.matches(in: tokens).filter { match in !names.contains { $0.overlaps(match.start..<match.end) } }
            .map { ($0.value, $0.start, $0.end) }
    }

    public func isRecipient(_ tokens: [Token]) -> Bool { recipient.contains(in: tokens) }
}
