import Foundation

/// One line of `nominations inspect --json` (see spec/inspect.schema.json).
public struct InspectRecord: Encodable {
    struct ProposerJSON: Encodable {
        let name: String?
        let category: String?
        let confidence: Double
        let source: String?
    }

    struct CandidateJSON: Encodable {
        let name: String
        let email: String?
        let phone: String?
        let address: String?
        let clusters: [String]
        let category: String?
        let consent: Bool?
        let topics: [String]
        let evidence: [Evidence]
    }

    let file: String
    let sha256: String
    let status: String
    let textSource: String
    let language: String?
    let proposer: ProposerJSON
    let candidates: [CandidateJSON]
    let letterDate: String?
    let late: Bool
    let problems: [Problem]

    enum CodingKeys: String, CodingKey {
        case file, sha256, status, language, proposer, candidates, late, problems
        case textSource = "text_source"
        case letterDate = "letter_date"
    }

    public init(file: String, sha256: String, letter: Letter) {
        self.file = file
        self.sha256 = sha256
        status = letter.status.rawValue
        textSource = letter.textSource.rawValue
        language = letter.language?.rawValue
        proposer = ProposerJSON(name: letter.proposer.name, category: letter.proposer.category?.rawValue,
                                confidence: (letter.proposer.confidence * 100).rounded() / 100, source: letter.proposer.source)
        candidates = letter.nominees.map {
            CandidateJSON(name: $0.name, email: $0.email, phone: $0.phone, address: $0.address, clusters: $0.clusters,
                          category: $0.category?.rawValue, consent: $0.consent, topics: $0.sortedTopics,
                          evidence: $0.evidence)
        }
        letterDate = letter.date?.description
        late = letter.late
        problems = letter.problems
    }

    /// The record as one line of JSON. Keys present even when null, as the schema requires.
    public func jsonLine() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(self), var text = String(data: data, encoding: .utf8) else { return "{}" }
        text = ByteSearch.replacing("\n", with: " ", in: text)
        return text
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(file, forKey: .file)
        try container.encode(sha256, forKey: .sha256)
        try container.encode(status, forKey: .status)
        try container.encode(textSource, forKey: .textSource)
        try container.encode(language, forKey: .language)
        try container.encode(proposer, forKey: .proposer)
        try container.encode(candidates, forKey: .candidates)
        try container.encode(letterDate, forKey: .letterDate)
        try container.encode(late, forKey: .late)
        try container.encode(problems, forKey: .problems)
    }
}

extension InspectRecord.ProposerJSON {
    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(category, forKey: .category)
        try container.encode(confidence, forKey: .confidence)
        try container.encodeIfPresent(source, forKey: .source)
    }
    enum CodingKeys: String, CodingKey { case name, category, confidence, source }
}

extension InspectRecord.CandidateJSON {
    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(email, forKey: .email)
        try container.encode(phone, forKey: .phone)
        try container.encode(address, forKey: .address)
        try container.encode(clusters, forKey: .clusters)
        try container.encode(category, forKey: .category)
        try container.encode(consent, forKey: .consent)
        try container.encode(topics, forKey: .topics)
        try container.encode(evidence, forKey: .evidence)
    }
    enum CodingKeys: String, CodingKey { case name, email, phone, address, clusters, category, consent, topics, evidence }
}
