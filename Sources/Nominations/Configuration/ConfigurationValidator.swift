import Yams

/// Checks that a decoded configuration makes sense (known clusters, a valid deadline, …).
enum ConfigurationValidator {
    static func validate(_ config: Configuration, node: Node, file: String) throws {
        func fail(_ path: [String], _ reason: String) throws -> Never {
            var current: Node? = node
            for key in path {
                if let index = Int(key), let sequence = current?.sequence, index < sequence.count {
                    current = sequence[index]
                } else {
                    current = current?.mapping?[key]
                }
            }
            throw ConfigurationError(file: file, line: (current ?? node).mark?.line, reason: reason)
        }
        if CalendarDate(iso: config.deadline) == nil {
            try fail(["deadline"], "rok »\(config.deadline)« ni datum v obliki LLLL-MM-DD")
        }
        if config.clusters.isEmpty { try fail(["clusters"], "seznam klastrov je prazen") }
        let slugs = Set(config.clusters.map(\.slug))
        if slugs.count != config.clusters.count { try fail(["clusters"], "dva klastra imata isto oznako (slug)") }
        for (index, cluster) in config.clusters.enumerated() where cluster.name.count > 31 {
            try fail(["clusters", "\(index)", "name"], "ime klastra »\(cluster.name)« je daljše od 31 znakov (omejitev imena lista v Excelu)")
        }
        for (index, place) in config.places.enumerated() where !slugs.contains(place.cluster) {
            try fail(["places", "\(index)", "cluster"], "kraj »\(place.name)«: neznan klaster »\(place.cluster)«")
        }
        for (index, community) in config.localCommunities.enumerated() where !slugs.contains(community.cluster) {
            try fail(["local_communities", "\(index)", "cluster"], "KS »\(community.name)«: neznan klaster »\(community.cluster)«")
        }
        for (index, area) in config.areas.enumerated() {
            if let cluster = area.cluster, !slugs.contains(cluster) {
                try fail(["areas", "\(index)", "cluster"], "neznan klaster »\(cluster)«")
            }
        }
        for (cluster, _) in config.scoring.clusterTopics where !slugs.contains(cluster) {
            try fail(["scoring", "cluster_topics", cluster], "neznan klaster »\(cluster)«")
        }
        for (cluster, weights) in config.scoring.clusterTopics {
            for topic in weights.keys where config.topics[topic] == nil {
                try fail(["scoring", "cluster_topics", cluster], "neznano področje »\(topic)«")
            }
        }
        for cluster in (config.composition.clusterSeats ?? [:]).keys where !slugs.contains(cluster) {
            try fail(["composition", "cluster_seats", cluster], "neznan klaster »\(cluster)«")
        }
        if config.composition.groupSize < 1 {
            try fail(["composition", "group_size"], "velikost skupine mora biti vsaj 1")
        }
        let minimum = config.composition.seats.reduce(0) { $0 + $1.min }
        if minimum > config.composition.groupSize {
            try fail(["composition", "seats"], "pravila zahtevajo \(minimum) članov, skupina pa jih ima \(config.composition.groupSize)")
        }
        for category in Category.allCases where !config.categories.contains(where: { $0.slug == category }) {
            try fail(["categories"], "manjka oznaka za kategorijo »\(category.rawValue)«")
        }
    }
}
