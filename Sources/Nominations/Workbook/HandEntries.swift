/// Hand entries from `Za pregled` laid over the letters they are for: a usable entry wins over the
/// reader for its letter; one the run cannot use is left out, with the reason to show back.
public struct HandEntries: Sendable {
    public struct Applied: Sendable {
        public var letters: [ReadLetter]
        /// Letter file → what the run made of its entry (Slovenian, shown on `Za pregled`).
        public var outcomes: [String: String]
        /// Files whose entry was used: their candidates are marked "ročni vnos".
        public var used: Set<String>
    }

    let configuration: Configuration

    public init(configuration: Configuration) {
        self.configuration = configuration
    }

    public func apply(_ entries: [String: HandEntry], to letters: [ReadLetter]) -> Applied {
        var result = Applied(letters: [], outcomes: [:], used: [])
        let files = Set(letters.map(\.file))
        for read in letters {
            guard let entry = entries[read.file], !entry.isBlank else { result.letters.append(read); continue }
            switch interpret(entry, letter: read.letter) {
            case .success(let letter):
                result.letters.append(ReadLetter(file: read.file, letter: letter, otherNames: read.otherNames, firstSeen: read.firstSeen))
                result.used.insert(read.file)
                result.outcomes[read.file] = letter.status == .notANomination
                    ? "upoštevano: dopis ni predlog" : "upoštevano: kandidat je v skupini (ročni vnos)"
            case .failure(let reason):
                result.letters.append(read)
                result.outcomes[read.file] = "ni upoštevano: " + reason.message
            }
        }
        for file in entries.keys where !files.contains(file) {
            result.outcomes[file] = "ni upoštevano: dopisa ni več v mapi Inbox"
        }
        return result
    }

    struct Unusable: Error { let message: String }

    func interpret(_ entry: HandEntry, letter: Letter) -> Result<Letter, Unusable> {
        var letter = letter
        if !entry.notANomination.isEmpty && !["ne", "no", "0"].contains(Folding.fold(entry.notANomination)) {
            letter.status = .notANomination
            letter.nominees = []
            return .success(letter)
        }
        let names = entry.candidate.split(separator: ";").map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
        guard !names.isEmpty else { return .failure(Unusable(message: "manjka ime kandidata")) }
        guard let cluster = cluster(entry.cluster) else {
            return .failure(Unusable(message: entry.cluster.isEmpty ? "manjka skupina" : "neznana skupina »\(entry.cluster)«"))
        }
        var category: Category?
        if !entry.category.isEmpty {
            guard let known = self.category(entry.category) else { return .failure(Unusable(message: "neznana kategorija »\(entry.category)«")) }
            category = known
        }
        let consent: Bool?
        switch Folding.fold(entry.consent) {
        case "da", "yes", "si", "1": consent = true
        case "ne", "no", "0": consent = false
        case "", "ni navedeno": consent = nil
        default: return .failure(Unusable(message: "soglasje »\(entry.consent)« ni »da«, »ne« ali »ni navedeno«"))
        }
        letter.nominees = names.map { name in
            // The reader's contacts for the same person are kept.
            let read = letter.nominees.first { PersonName.samePerson($0.name, name) || PersonKey.of($0.name) == PersonKey.of(name) }
            var nominee = Nominee(name: name)
            nominee.email = read?.email
            nominee.phone = read?.phone
            nominee.topics = read?.topics ?? [:]
            nominee.clusters = [cluster]
            nominee.category = category ?? read?.category
            nominee.consent = consent
            return nominee
        }
        letter.status = .parsed
        return .success(letter)
    }

    /// A cluster as staff may type it: its name or slug (any case, with or without č š ž) or its number.
    func cluster(_ typed: String) -> String? {
        let folded = Folding.fold(typed.trimmingSpaces())
        guard !folded.isEmpty else { return nil }
        if let number = Int(folded), (1...configuration.clusters.count).contains(number) { return configuration.clusters[number - 1].slug }
        return configuration.clusters.first { Folding.fold($0.name) == folded || $0.slug == folded }?.slug
    }

    func category(_ typed: String) -> Category? {
        let folded = Folding.fold(typed.trimmingSpaces())
        if let entry = configuration.categories.first(where: { Folding.fold($0.label) == folded || $0.slug.rawValue == folded }) { return entry.slug }
        return ["ks": Category.ks, "as": .agrarnaSkupnost, "td": .drustvo][folded]
    }
}
