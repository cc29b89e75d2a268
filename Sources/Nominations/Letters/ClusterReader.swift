/// Which cluster(s) a nominee is proposed for: named outright, or inferred from where the
/// candidate or the proposer is active. Uncertain or outside places go to review.
struct ClusterDecision {
    var clusters: [String]
    var inferred: Bool
    /// The place the decision rests on, for the message.
    var place: String?
    /// Why no cluster could be named (a place outside, an uncertain place), in Slovenian.
    var problem: Problem?
}

enum ClusterReader {
    /// Words that introduce the area of activity ("za območje Marezig", "deluje v Ospu").
    static let areaTriggers = Vocabulary.areaWords
    /// Words that introduce where the candidate lives.
    static let homeTriggers = Vocabulary.homeWords

    /// Clusters named outright in a list of lines; a sentence naming every cluster is a quoted
    /// list of all of them and names none.
    static func named(in lines: [TextLine], gazetteer: Gazetteer) -> [String] {
        var result: [String] = []
        let stream = TokenStream(lines)
        // Sentences: name clusters per sentence so that a wrapped name still counts.
        var sentence: [Token] = []
        func flush() {
            let named = gazetteer.namedClusters(in: sentence)
            if named.count < gazetteer.configuration.clusters.count { for slug in named where !result.contains(slug) { result.append(slug) } }
            sentence = []
        }
        for index in stream.tokens.indices {
            sentence.append(stream.tokens[index])
            // ("klaster št. 4", "gruppo d'azione n. 1": an abbreviation before a number ends no sentence.)
            let abbreviation = ["st", "n", "nr", "no"].contains(stream.tokens[index].folded)
                && index + 1 < stream.tokens.count && stream.tokens[index + 1].isNumber
            if stream.endsSentence(at: index) && !abbreviation { flush() }
        }
        flush()
        return result
    }

    /// Places after an area trigger in running text.
    static func areaPlaces(in lines: [TextLine], gazetteer: Gazetteer) -> [Gazetteer.PlaceRef] {
        triggeredPlaces(in: lines, triggers: areaTriggers, gazetteer: gazetteer)
    }

    static func triggeredPlaces(in lines: [TextLine], triggers: [String], gazetteer: Gazetteer) -> [Gazetteer.PlaceRef] {
        triggeredPlaces(in: lines, triggerSets: [triggers], gazetteer: gazetteer)[0]
    }

    /// Places after each set of triggers, in one pass over the places of the text.
    static func triggeredPlaces(in lines: [TextLine], triggerSets: [[String]], gazetteer: Gazetteer) -> [[Gazetteer.PlaceRef]] {
        let stream = TokenStream(lines)
        var result = Array(repeating: [Gazetteer.PlaceRef](), count: triggerSets.count)
        for match in gazetteer.placeMatches(in: stream.tokens) {
            let window = stream.tokens[max(0, match.start - 4)..<match.start]
            for (set, triggers) in triggerSets.enumerated()
            where window.contains(where: { token in triggers.contains { token.folded.hasPrefix($0) } }) {
                result[set].append(match.value)
            }
        }
        return result
    }

    /// Decides from levels of evidence, most telling first.
    static func decide(explicit: [String], levels: [[Gazetteer.PlaceRef]], configuration: Configuration) -> ClusterDecision {
        if !explicit.isEmpty { return ClusterDecision(clusters: explicit, inferred: false) }
        var outsideSeen: String?
        for level in levels {
            let inside = level.filter { $0.cluster != nil && $0.kind != .outside }
            if inside.isEmpty {
                if let outside = level.first(where: { $0.kind == .outside }) { outsideSeen = outsideSeen ?? outside.name }
                continue
            }
            let clusters = Set(inside.compactMap(\.cluster))
            if let uncertain = inside.first(where: { $0.uncertain }) {
                let alternatives = ([uncertain.cluster].compactMap { $0 } + uncertain.alternatives).compactMap { configuration.cluster($0)?.name }
                let options = alternatives.isEmpty ? "" : " (možno: \(alternatives.joined(separator: " ali ")))"
                return ClusterDecision(clusters: [], inferred: false, place: uncertain.name,
                                       problem: Problem(.clusterUncertain, "Akcijska skupina ni navedena; kraj \(uncertain.name) ne določa skupine zanesljivo\(options). Preverite, za katero skupino je predlog."))
            }
            if clusters.count > 1 {
                let names = inside.map(\.name)
                return ClusterDecision(clusters: [], inferred: false, place: names.first,
                                       problem: Problem(.clusterUncertain, "Akcijska skupina ni navedena; kraji \(Array(Set(names)).sorted().joined(separator: ", ")) spadajo v različne skupine. Preverite, za katero skupino je predlog."))
            }
            return ClusterDecision(clusters: [clusters.first!], inferred: true, place: inside.first?.name)
        }
        let reason = outsideSeen.map { "Akcijska skupina ni navedena, kraj \($0) pa ni v Mestni občini Koper. Preverite, za katero skupino je predlog." }
            ?? "Akcijska skupina ni navedena in je ni mogoče določiti po kraju. Preverite, za katero skupino je predlog."
        return ClusterDecision(clusters: [], inferred: false, place: outsideSeen, problem: Problem(.noCluster, reason))
    }
}
