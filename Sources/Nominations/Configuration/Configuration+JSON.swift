/// The configuration written and read by hand, in the same keys as its `Codable` form: every run
/// loads it and every worker receives it, and `Codable` cost most of a small run's fixed time.
///
/// Reading accepts a number or a boolean either as JSON gives it or as the text of a YAML scalar
/// ("0.5", "true"), but only in its plain form; anything else (an empty or null value, "yes",
/// "1e3", an unknown category) is refused, and the YAML loader then goes the `Codable` way, which
/// decides exactly as before and reports the mistake with its line.
extension Configuration: JSONConvertible {
    public func write(to writer: inout JSONWriter) {
        write(to: &writer, withScoringAndSeats: true)
    }

    /// What the reader uses of the configuration (all but the scoring's weights and the groups'
    /// seats), as JSON: cached readings are keyed by it.
    public var readerPart: [UInt8] {
        var writer = JSONWriter()
        write(to: &writer, withScoringAndSeats: false)
        return writer.bytes
    }

    func write(to writer: inout JSONWriter, withScoringAndSeats: Bool) {
        writer.object { w in
            w.key("deadline"); w.string(deadline)
            w.key("clusters"); w.array { w in
                for cluster in clusters {
                    w.object { w in
                        w.key("slug"); w.string(cluster.slug)
                        w.key("name"); w.string(cluster.name)
                        w.key("names"); w.strings(cluster.names)
                    }
                }
            }
            w.key("cluster_number_words"); w.strings(clusterNumberWords)
            w.key("categories"); w.array { w in
                for entry in categories {
                    w.object { w in w.key("slug"); w.string(entry.slug.rawValue); w.key("label"); w.string(entry.label) }
                }
            }
            w.key("proposer_signs"); w.array { w in
                for rule in proposerSigns {
                    w.object { w in w.key("category"); w.string(rule.category.rawValue); w.key("signs"); w.strings(rule.signs) }
                }
            }
            w.key("recipient_signs"); w.strings(recipientSigns)
            w.key("ignored_phrases"); w.strings(ignoredPhrases)
            w.key("topics"); w.object { w in
                for key in topics.keys.sorted() { w.key(key); w.strings(topics[key]!) }
            }
            if withScoringAndSeats {
                w.key("scoring"); scoring.write(to: &w)
                w.key("composition"); composition.write(to: &w)
            }
            w.key("places"); w.array { w in
                for place in places {
                    w.object { w in
                        w.key("name"); w.string(place.name)
                        w.key("cluster"); w.string(place.cluster)
                        if let uncertain = place.uncertain { w.key("uncertain"); w.bool(uncertain) }
                        if let alternatives = place.alternatives { w.key("alternatives"); w.strings(alternatives) }
                        if let ks = place.ks { w.key("ks"); w.string(ks) }
                        w.key("forms"); w.strings(place.forms)
                        if let italian = place.italian { w.key("italian"); w.strings(italian) }
                    }
                }
            }
            w.key("local_communities"); w.array { w in
                for community in localCommunities {
                    w.object { w in
                        w.key("name"); w.string(community.name)
                        w.key("cluster"); w.string(community.cluster)
                        if let mixed = community.mixed { w.key("mixed"); w.bool(mixed) }
                        if let italian = community.italian { w.key("italian"); w.strings(italian) }
                    }
                }
            }
            w.key("areas"); w.array { w in
                for area in areas {
                    w.object { w in
                        if let cluster = area.cluster { w.key("cluster"); w.string(cluster) }
                        w.key("forms"); w.strings(area.forms)
                    }
                }
            }
            w.key("outside"); w.array { w in
                for place in outside {
                    w.object { w in w.key("name"); w.string(place.name); w.key("forms"); w.strings(place.forms) }
                }
            }
        }
    }

    public init(json: JSONValue) throws {
        let c = ConfigurationFields(json)
        self.init(
            deadline: try c.string("deadline"),
            clusters: try c.array("clusters") { c in
                Cluster(slug: try c.string("slug"), name: try c.string("name"), names: try c.strings("names"))
            },
            clusterNumberWords: try c.strings("cluster_number_words"),
            categories: try c.array("categories") { c in
                CategoryEntry(slug: try c.category("slug"), label: try c.string("label"))
            },
            proposerSigns: try c.array("proposer_signs") { c in
                SignRule(category: try c.category("category"), signs: try c.strings("signs"))
            },
            recipientSigns: try c.strings("recipient_signs"),
            ignoredPhrases: try c.strings("ignored_phrases"),
            topics: try c.dictionary("topics") { try ConfigurationFields.strings($0) },
            scoring: try Scoring(c.fields("scoring")),
            composition: try Composition(c.fields("composition")),
            places: try c.array("places") { c in
                Place(name: try c.string("name"), cluster: try c.string("cluster"), uncertain: try c.optionalBool("uncertain"),
                      alternatives: try c.optionalStrings("alternatives"), ks: try c.optionalString("ks"),
                      forms: try c.strings("forms"), italian: try c.optionalStrings("italian"))
            },
            localCommunities: try c.array("local_communities") { c in
                LocalCommunity(name: try c.string("name"), cluster: try c.string("cluster"), mixed: try c.optionalBool("mixed"),
                               italian: try c.optionalStrings("italian"))
            },
            areas: try c.array("areas") { c in Area(cluster: try c.optionalString("cluster"), forms: try c.strings("forms")) },
            outside: try c.array("outside") { c in OutsidePlace(name: try c.string("name"), forms: try c.strings("forms")) })
    }
}

extension Configuration.Scoring {
    func write(to writer: inout JSONWriter) {
        writer.object { w in
            w.key("local"); w.double(local)
            w.key("consent"); w.double(consent)
            w.key("per_topic"); w.double(perTopic)
            w.key("per_endorsement"); w.double(perEndorsement)
            w.key("max_endorsements"); w.int(maxEndorsements)
            w.key("complete_contacts"); w.double(completeContacts)
            w.key("cluster_topics"); w.object { w in
                for cluster in clusterTopics.keys.sorted() {
                    w.key(cluster)
                    let weights = clusterTopics[cluster]!
                    w.object { w in for topic in weights.keys.sorted() { w.key(topic); w.double(weights[topic]!) } }
                }
            }
        }
    }

    init(_ c: ConfigurationFields) throws {
        self.init(local: try c.double("local"), consent: try c.double("consent"), perTopic: try c.double("per_topic"),
                  perEndorsement: try c.double("per_endorsement"), maxEndorsements: try c.int("max_endorsements"),
                  completeContacts: try c.double("complete_contacts"),
                  clusterTopics: try c.dictionary("cluster_topics") { weights in
                      try ConfigurationFields.dictionary(weights) { try ConfigurationFields.double($0) }
                  })
    }
}

extension Configuration.Composition {
    func write(to writer: inout JSONWriter) {
        func seats(_ rules: [Configuration.SeatRule], _ w: inout JSONWriter) {
            w.array { w in
                for rule in rules {
                    w.object { w in
                        w.key("categories"); w.strings(rule.categories.map(\.rawValue))
                        w.key("min"); w.int(rule.min)
                    }
                }
            }
        }
        writer.object { w in
            w.key("group_size"); w.int(groupSize)
            w.key("one_group_per_person"); w.bool(oneGroupPerPerson)
            w.key("seats"); seats(self.seats, &w)
            if let clusterSeats {
                w.key("cluster_seats"); w.object { w in
                    for cluster in clusterSeats.keys.sorted() { w.key(cluster); seats(clusterSeats[cluster]!, &w) }
                }
            }
        }
    }

    init(_ c: ConfigurationFields) throws {
        func rules(_ value: JSONValue) throws -> [Configuration.SeatRule] {
            try ConfigurationFields.array(value) { c in
                Configuration.SeatRule(categories: try c.array("categories") { try ConfigurationFields.category($0.value) },
                                       min: try c.int("min"))
            }
        }
        self.init(groupSize: try c.int("group_size"), oneGroupPerPerson: try c.bool("one_group_per_person"),
                  seats: try rules(c.member("seats")),
                  clusterSeats: try c.optionalMember("cluster_seats").map { try ConfigurationFields.dictionary($0, rules) })
    }
}

/// The members of one object of the configuration, read strictly (see `Configuration.init(json:)`).
struct ConfigurationFields {
    let value: JSONValue

    init(_ value: JSONValue) { self.value = value }

    static func refuse(_ what: String) -> JSONError { JSONError("configuration: \(what)") }

    func member(_ key: String) throws -> JSONValue {
        guard case .object = value else { throw Self.refuse("not an object at \(key)") }
        guard let member = value[key], member != .null else { throw Self.refuse("missing \(key)") }
        return member
    }

    /// `nil` when absent or null.
    func optionalMember(_ key: String) throws -> JSONValue? {
        guard case .object = value else { throw Self.refuse("not an object at \(key)") }
        guard let member = value[key], member != .null else { return nil }
        return member
    }

    func fields(_ key: String) throws -> ConfigurationFields { ConfigurationFields(try member(key)) }
    func string(_ key: String) throws -> String { try Self.string(member(key)) }
    func optionalString(_ key: String) throws -> String? { try optionalMember(key).map(Self.string) }
    func strings(_ key: String) throws -> [String] { try Self.strings(member(key)) }
    func optionalStrings(_ key: String) throws -> [String]? { try optionalMember(key).map(Self.strings) }
    func double(_ key: String) throws -> Double { try Self.double(member(key)) }
    func int(_ key: String) throws -> Int { try Self.int(member(key)) }
    func bool(_ key: String) throws -> Bool { try Self.bool(member(key)) }
    func optionalBool(_ key: String) throws -> Bool? { try optionalMember(key).map(Self.bool) }
    func category(_ key: String) throws -> Category { try Self.category(member(key)) }

    func array<T>(_ key: String, _ element: (ConfigurationFields) throws -> T) throws -> [T] {
        try Self.array(member(key), element)
    }

    func dictionary<T>(_ key: String, _ element: (JSONValue) throws -> T) throws -> [String: T] {
        try Self.dictionary(member(key), element)
    }

    static func string(_ value: JSONValue) throws -> String {
        guard case .string(let text) = value else { throw refuse("not a text") }
        return text
    }

    static func strings(_ value: JSONValue) throws -> [String] {
        guard let texts = value.strings else { throw refuse("not a list of texts") }
        return texts
    }

    static func array<T>(_ value: JSONValue, _ element: (ConfigurationFields) throws -> T) throws -> [T] {
        guard case .array(let values) = value else { throw refuse("not a list") }
        return try values.map { try element(ConfigurationFields($0)) }
    }

    static func dictionary<T>(_ value: JSONValue, _ element: (JSONValue) throws -> T) throws -> [String: T] {
        guard case .object(let members) = value else { throw refuse("not a mapping") }
        var result: [String: T] = [:]
        for (key, member) in members {
            guard result[key] == nil else { throw refuse("key \(key) twice") }
            result[key] = try element(member)
        }
        return result
    }

    static func category(_ value: JSONValue) throws -> Category {
        guard case .string(let raw) = value, let category = Category(rawValue: raw) else { throw refuse("unknown category") }
        return category
    }

    /// A JSON number, or a YAML scalar of digits with at most one decimal point.
    static func double(_ value: JSONValue) throws -> Double {
        switch value {
        case .number(let number): return number
        case .string(let text) where isDecimal(text, fraction: true): return Double(text)!
        default: throw refuse("not a number")
        }
    }

    static func int(_ value: JSONValue) throws -> Int {
        switch value {
        case .number(let number) where number == number.rounded() && abs(number) < 1e15: return Int(number)
        // No leading zero: YAML 1.1 (and so Yams) reads "010" as octal.
        case .string(let text) where isDecimal(text, fraction: false) && text.utf8.count < 16
                                    && !(text.hasPrefix("0") && text.utf8.count > 1) && !text.hasPrefix("-0"):
            return Int(text)!
        default: throw refuse("not a whole number")
        }
    }

    static func bool(_ value: JSONValue) throws -> Bool {
        switch value {
        case .bool(let flag): return flag
        case .string("true"): return true
        case .string("false"): return false
        default: throw refuse("not true or false")
        }
    }

    /// "-12", "0.5": an optional minus, digits, and (with `fraction`) one point followed by digits.
    static func isDecimal(_ text: String, fraction: Bool) -> Bool {
        var digits = 0, point = false, afterPoint = 0
        for (index, byte) in text.utf8.enumerated() {
            switch byte {
            case UInt8(ascii: "-") where index == 0: continue
            case UInt8(ascii: "0")...UInt8(ascii: "9"): if point { afterPoint += 1 } else { digits += 1 }
            case UInt8(ascii: ".") where fraction && !point && digits > 0: point = true
            default: return false
            }
        }
        return digits > 0 && (!point || afterPoint > 0)
    }
}
