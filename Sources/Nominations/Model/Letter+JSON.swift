extension Letter: JSONConvertible {
    public func write(to writer: inout JSONWriter) {
        writer.object { w in
            w.key("status"); w.string(status.rawValue)
            w.key("textSource"); w.string(textSource.rawValue)
            w.string("language", language?.rawValue)
            w.key("proposer"); proposer.write(to: &w)
            w.key("nominees"); w.array { w in for nominee in nominees { nominee.write(to: &w) } }
            if let date { w.key("date"); date.write(to: &w) }
            w.key("late"); w.bool(late)
            w.key("problems"); w.array { w in for problem in problems { problem.write(to: &w) } }
        }
    }

    public init(json: JSONValue) throws {
        guard let nominees = json["nominees"]?.array, let problems = json["problems"]?.array, let late = json["late"]?.bool else {
            throw JSONError("not a letter")
        }
        self.init(status: try json.requiredEnum("status", as: LetterStatus.self),
                  textSource: try json.requiredEnum("textSource", as: TextSource.self),
                  language: try json.optionalEnum("language", as: Language.self),
                  proposer: try Proposer(json: json.member("proposer")),
                  nominees: try nominees.map(Nominee.init(json:)),
                  date: try json["date"].flatMap { $0 == .null ? nil : try CalendarDate(json: $0) },
                  late: late,
                  problems: try problems.map(Problem.init(json:)))
    }
}

extension Proposer: JSONConvertible {
    public func write(to writer: inout JSONWriter) {
        writer.object { w in
            w.string("name", name)
            w.string("category", category?.rawValue)
            w.key("confidence"); w.double(confidence)
            w.string("place", place)
            w.string("source", source)
        }
    }

    public init(json: JSONValue) throws {
        guard let confidence = json["confidence"]?.double else { throw JSONError.missing("confidence") }
        self.init(name: json["name"]?.string, category: try json.optionalEnum("category", as: Category.self),
                  confidence: confidence, place: json["place"]?.string)
        source = json["source"]?.string
    }
}

extension Nominee: JSONConvertible {
    public func write(to writer: inout JSONWriter) {
        writer.object { w in
            w.key("name"); w.string(name)
            w.string("email", email)
            w.string("phone", phone)
            w.string("address", address)
            w.key("clusters"); w.strings(clusters)
            w.key("clusterInferred"); w.bool(clusterInferred)
            w.string("clusterPlace", clusterPlace)
            if let clusterProblem { w.key("clusterProblem"); clusterProblem.write(to: &w) }
            w.string("category", category?.rawValue)
            if let consent { w.key("consent"); w.bool(consent) }
            w.key("topics")
            w.object { w in
                for key in topics.keys.sorted() { w.key(key); w.string(topics[key]!) }
            }
            w.key("endorsements"); w.strings(endorsements)
            w.string("home", home)
            w.key("homeClusters"); w.strings(homeClusters)
            w.key("selfNominated"); w.bool(selfNominated)
            w.key("evidence"); w.array { w in for item in evidence { item.write(to: &w) } }
        }
    }

    public init(json: JSONValue) throws {
        self.init(name: try json.requiredString("name"))
        email = json["email"]?.string
        phone = json["phone"]?.string
        address = json["address"]?.string
        guard let clusters = json["clusters"]?.strings, let inferred = json["clusterInferred"]?.bool,
              let endorsements = json["endorsements"]?.strings, let homeClusters = json["homeClusters"]?.strings,
              let selfNominated = json["selfNominated"]?.bool, case .object(let topics)? = json["topics"] else {
            throw JSONError("not a candidate")
        }
        self.clusters = clusters
        clusterInferred = inferred
        clusterPlace = json["clusterPlace"]?.string
        clusterProblem = try json["clusterProblem"].flatMap { $0 == .null ? nil : try Problem(json: $0) }
        category = try json.optionalEnum("category", as: Category.self)
        consent = json["consent"]?.bool
        for (key, value) in topics {
            guard let phrase = value.string else { throw JSONError.missing("topics") }
            self.topics[key] = phrase
        }
        self.endorsements = endorsements
        home = json["home"]?.string
        self.homeClusters = homeClusters
        self.selfNominated = selfNominated
        evidence = try (json["evidence"]?.array ?? []).map(Evidence.init(json:))
    }
}

extension Problem: JSONConvertible {
    public func write(to writer: inout JSONWriter) {
        writer.object { w in
            w.key("code"); w.string(code)
            w.key("message"); w.string(message)
        }
    }

    public init(json: JSONValue) throws {
        self.init(try json.requiredString("code"), try json.requiredString("message"))
    }
}

extension CalendarDate: JSONConvertible {
    public func write(to writer: inout JSONWriter) {
        writer.object { w in
            w.key("year"); w.int(year)
            w.key("month"); w.int(month)
            w.key("day"); w.int(day)
        }
    }

    public init(json: JSONValue) throws {
        guard let year = json["year"]?.int, let month = json["month"]?.int, let day = json["day"]?.int,
              let date = CalendarDate(year: year, month: month, day: day) else { throw JSONError("not a date") }
        self = date
    }
}
