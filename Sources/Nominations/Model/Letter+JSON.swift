// Letters are read straight from bytes (`JSONStreamDecodable`): a warm run decodes every kept
// reading, and a cold run every reading a worker sends. Members are read as `JSONValue`'s
// accessors read them: a required member missing or of another type is an error; an optional
// string or boolean of another type is left out.
extension Letter: JSONWritable, JSONStreamDecodable {
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

    public init(from cursor: inout JSONCursor) throws {
        var status: LetterStatus?, textSource: TextSource?, language: Language?, proposer: Proposer?
        var nominees: [Nominee]?, date: CalendarDate?, late: Bool?, problems: [Problem]?
        try cursor.readObject { cursor, key in
            switch key {
            case "status": status = try cursor.readEnum(LetterStatus.self, key: key)
            case "textSource": textSource = try cursor.readEnum(TextSource.self, key: key)
            case "language": language = try cursor.readEnum(Language.self, key: key)
            case "proposer": proposer = try cursor.readNull() ? nil : Proposer(from: &cursor)
            case "nominees": nominees = try cursor.readArray(of: Nominee.init(from:))
            case "date": date = try cursor.readNull() ? nil : CalendarDate(from: &cursor)
            case "late": late = try cursor.readBoolIfAny()
            case "problems": problems = try cursor.readArray(of: Problem.init(from:))
            default: try cursor.skipValue()
            }
        }
        guard let nominees, let problems, let late else { throw JSONError("not a letter") }
        guard let status else { throw JSONError.missing("status") }
        guard let textSource else { throw JSONError.missing("textSource") }
        guard let proposer else { throw JSONError.missing("proposer") }
        self.init(status: status, textSource: textSource, language: language, proposer: proposer,
                  nominees: nominees, date: date, late: late, problems: problems)
    }
}

extension Proposer: JSONWritable, JSONStreamDecodable {
    public func write(to writer: inout JSONWriter) {
        writer.object { w in
            w.string("name", name)
            w.string("category", category?.rawValue)
            w.key("confidence"); w.double(confidence)
            w.string("place", place)
            w.string("source", source)
        }
    }

    public init(from cursor: inout JSONCursor) throws {
        var name: String?, category: Category?, confidence: Double?, place: String?, source: String?
        try cursor.readObject { cursor, key in
            switch key {
            case "name": name = try cursor.readStringIfAny()
            case "category": category = try cursor.readEnum(Category.self, key: key)
            case "confidence": confidence = try cursor.readNumberIfAny()
            case "place": place = try cursor.readStringIfAny()
            case "source": source = try cursor.readStringIfAny()
            default: try cursor.skipValue()
            }
        }
        guard let confidence else { throw JSONError.missing("confidence") }
        self.init(name: name, category: category, confidence: confidence, place: place)
        self.source = source
    }
}

extension Nominee: JSONWritable, JSONStreamDecodable {
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

    public init(from cursor: inout JSONCursor) throws {
        var name: String?, clusters: [String]?, inferred: Bool?, endorsements: [String]?, homeClusters: [String]?
        var selfNominated: Bool?, topics: [String: String]?
        var nominee = Nominee(name: "")
        try cursor.readObject { cursor, key in
            switch key {
            case "name": name = try cursor.readStringIfAny()
            case "email": nominee.email = try cursor.readStringIfAny()
            case "phone": nominee.phone = try cursor.readStringIfAny()
            case "address": nominee.address = try cursor.readStringIfAny()
            case "clusters": clusters = try cursor.readStringsIfAny()
            case "clusterInferred": inferred = try cursor.readBoolIfAny()
            case "clusterPlace": nominee.clusterPlace = try cursor.readStringIfAny()
            case "clusterProblem": nominee.clusterProblem = try cursor.readNull() ? nil : Problem(from: &cursor)
            case "category": nominee.category = try cursor.readEnum(Category.self, key: key)
            case "consent": nominee.consent = try cursor.readBoolIfAny()
            case "topics":
                guard try cursor.peek() == UInt8(ascii: "{") else { try cursor.skipValue(); break }
                var read: [String: String] = [:]
                try cursor.readObject { cursor, topic in
                    guard let phrase = try cursor.readStringIfAny() else { throw JSONError.missing("topics") }
                    read[topic] = phrase
                }
                topics = read
            case "endorsements": endorsements = try cursor.readStringsIfAny()
            case "home": nominee.home = try cursor.readStringIfAny()
            case "homeClusters": homeClusters = try cursor.readStringsIfAny()
            case "selfNominated": selfNominated = try cursor.readBoolIfAny()
            case "evidence":
                if try cursor.peek() == UInt8(ascii: "[") { nominee.evidence = try cursor.readArray(of: Evidence.init(from:)) } else { try cursor.skipValue() }
            default: try cursor.skipValue()
            }
        }
        guard let name else { throw JSONError.missing("name") }
        guard let clusters, let inferred, let endorsements, let homeClusters, let selfNominated, let topics else {
            throw JSONError("not a candidate")
        }
        nominee.name = name
        nominee.clusters = clusters
        nominee.clusterInferred = inferred
        nominee.topics = topics
        nominee.endorsements = endorsements
        nominee.homeClusters = homeClusters
        nominee.selfNominated = selfNominated
        self = nominee
    }
}

extension Problem: JSONWritable, JSONStreamDecodable {
    public func write(to writer: inout JSONWriter) {
        writer.object { w in
            w.key("code"); w.string(code)
            w.key("message"); w.string(message)
        }
    }

    public init(from cursor: inout JSONCursor) throws {
        var code: String?, message: String?
        try cursor.readObject { cursor, key in
            switch key {
            case "code": code = try cursor.readStringIfAny()
            case "message": message = try cursor.readStringIfAny()
            default: try cursor.skipValue()
            }
        }
        guard let code else { throw JSONError.missing("code") }
        guard let message else { throw JSONError.missing("message") }
        self.init(code, message)
    }
}

extension CalendarDate: JSONWritable, JSONStreamDecodable {
    public func write(to writer: inout JSONWriter) {
        writer.object { w in
            w.key("year"); w.int(year)
            w.key("month"); w.int(month)
            w.key("day"); w.int(day)
        }
    }

    public init(from cursor: inout JSONCursor) throws {
        var year: Int?, month: Int?, day: Int?
        try cursor.readObject { cursor, key in
            switch key {
            case "year": year = try cursor.readIntIfAny()
            case "month": month = try cursor.readIntIfAny()
            case "day": day = try cursor.readIntIfAny()
            default: try cursor.skipValue()
            }
        }
        guard let year, let month, let day, let date = CalendarDate(year: year, month: month, day: day) else { throw JSONError("not a date") }
        self = date
    }
}
