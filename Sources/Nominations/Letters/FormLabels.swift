/// Labels of forms and data blocks the fixed label list does not know, recognised by their words:
/// what the field holds ("ime in priimek", "e-naslov", "mobilna številka") and whose it is
/// ("predlagane osebe", "predlagatelja", "kandidata"), and a form's numbered sections
/// ("1 PREDLAGATELJ", "2 KANDIDAT") that say whose the labels below them are.
enum FormLabels {
    /// Whose the fields are.
    enum Party { case proposer, candidate, neither }

    /// What a field holds.
    enum Field { case fullName, organisationName, firstName, lastName, address, phone, email, contact, kind, area, cluster, consent, date }

    /// The section a heading line opens, or nil when the line is no section heading: a short line,
    /// perhaps numbered ("2 KANDIDAT", "B) Podatki o kandidatu", "Predlagatelj:"), without a value.
    static func section(of line: TextLine) -> Party? {
        var tokens = line.tokens[...]
        if let first = tokens.first, first.isNumber || first.text.count == 1 && first.punctuationAfter == ")" { tokens = tokens.dropFirst() }
        guard (1...4).contains(tokens.count), !ByteSearch.contains(line.text, "  ") else { return nil }
        // A colon ends a heading; one before its end leads a value ("Predlagatelj: KS Marezige").
        if tokens.dropLast().contains(where: { $0.punctuationAfter == ":" }) { return nil }
        if let last = tokens.last, let after = last.punctuationAfter, after != ":" && after != ")" && after != "." { return nil }
        // A heading: numbered, in capitals, or one word and a colon ("Kandidat:"); "Vrsta
        // predlagatelja" is a label. (Told by shape before any word is folded: asked of every line.)
        let numbered = line.tokens.count > tokens.count && tokens.allSatisfy { $0.folded.utf8.count > 1 }
        let capitals = tokens.allSatisfy { $0.isAllCaps || $0.text.count <= 2 } && tokens.contains { $0.text.count > 2 }
        let named = tokens.count == 1 && tokens.last?.punctuationAfter == ":"
        guard numbered || capitals || named else { return nil }
        let words = tokens.map(\.folded)
        // "3 AKCIJSKA SKUPINA", "4 UTEMELJITEV": a heading of another part ends the party's section.
        return party(of: words)
    }

    static func party(of words: [String]) -> Party {
        if words.contains(where: { word in Vocabulary.candidateQualifiers.contains { word.hasPrefix($0) } }) { return .candidate }
        if words.contains(where: { word in Vocabulary.proposerQualifiers.contains { word.hasPrefix($0) } }) { return .proposer }
        let joined = words.joined(separator: " ")
        if Vocabulary.proposerQualifierPhrases.contains(where: { ByteSearch.contains(joined, $0) }) { return .proposer }
        return .neither
    }

    /// What a label's words say the field holds.
    static func field(of words: [String]) -> Field? {
        let set = Set(words)
        let joined = " " + words.joined(separator: " ") + " "
        if Vocabulary.emailLabelPhrases.contains(where: { ByteSearch.contains(joined, " " + $0 + " ") }) { return .email }
        if set.contains(where: { word in Vocabulary.phoneLabelStems.contains { word.hasPrefix($0) } }) {
            return set.contains(where: Vocabulary.personLabelWords.contains) ? .contact : .phone
        }
        if set.contains(where: Vocabulary.kindLabelWords.contains) { return .kind }
        // ("Datum rojstva", "Datum seje": another date than the letter's.)
        if set.contains(where: Vocabulary.dateLabelWords.contains) {
            return words.contains { word in DateReader.foreign.contains { word.hasPrefix($0) && word.count <= $0.count + 3 } } ? nil : .date
        }
        if set.contains(where: Vocabulary.organisationNameWords.contains) { return .organisationName }
        let first = set.contains(where: Vocabulary.firstNameWords.contains), last = set.contains(where: Vocabulary.lastNameWords.contains)
        if first && last || set.contains(where: Vocabulary.fullNameWords.contains) { return .fullName }
        if first { return .firstName }
        if last { return .lastName }
        if set.contains(where: Vocabulary.addressLabelWords.contains) { return .address }
        if set.contains(where: Vocabulary.areaLabelWords.contains) { return .area }
        if set.contains(where: { word in Vocabulary.contactLabelStems.contains { word.hasPrefix($0) } }) { return .contact }
        // "Kandidatka društva:", "Predlagani kandidat:": a word for the candidate labels the name.
        if let first = words.first, Vocabulary.candidateNouns.contains(first), words.count <= 3 { return .fullName }
        return nil
    }

    /// The role of a label for a field of a party.
    static func role(_ field: Field, of party: Party) -> LabeledValues.Role? {
        switch (field, party) {
        case (.organisationName, .candidate), (.fullName, .candidate): return .candidateName
        case (.organisationName, _), (.fullName, .proposer): return .proposerName
        case (.fullName, .neither): return .candidateName
        case (.firstName, .proposer), (.lastName, .proposer): return .proposerName
        case (.firstName, _): return .firstName
        case (.lastName, _): return .lastName
        case (.address, .proposer): return .proposerAddress
        case (.address, _): return .address
        case (.phone, .proposer), (.email, .proposer), (.contact, .proposer): return .proposerContact
        case (.phone, _): return .phone
        case (.email, _): return .email
        // The candidate's contacts may open with their name ("Kontakt kandidata:" above "Marjan Pribac");
        // any other contact row names no candidate ("Kontakt za medije: Tina Rebec, 05 …").
        case (.contact, .candidate): return .data
        case (.contact, _): return .phone
        case (.kind, .candidate): return nil
        case (.kind, _): return .proposerKind
        case (.area, _): return .area
        case (.cluster, _): return .cluster
        case (.consent, _): return .consent
        case (.date, _): return .placeAndDate
        }
    }

    /// A label the fixed list does not know: the words before a colon or a column gap, or a whole
    /// short line, that name a field; its role follows the party its words or its section name.
    /// - Returns: the role and how many tokens the label has.
    static func labelRole(of line: TextLine, section: Party) -> (role: LabeledValues.Role, labelTokens: Int)? {
        let tokens = line.tokens
        // A label starts the line with a capital ("=> organizacija prireditev" is a list's item).
        guard let first = tokens.first, first.offset == 0 || line.text.unicodeScalars.prefix(first.offset).allSatisfy({ $0 == " " }),
              first.isCapitalized else { return nil }
        // The label ends at a colon or a column gap, else it is the whole line (a value below it).
        var end = tokens.count
        for (index, token) in tokens.enumerated() where index < 12 {
            if token.punctuationAfter == ":" || token.gapAfter { end = index + 1; break }
        }
        guard end <= 12 else { return nil }
        // A whole line is a label (its value below it) only in a form's section or before a colon.
        if end == tokens.count && section == .neither && tokens.last?.punctuationAfter != ":" { return nil }
        // A sentence is not a label.
        if end == tokens.count && (tokens.last?.punctuationAfter == "." || tokens.contains(where: \.isNumber)) { return nil }
        // Most lines hold no word of a label: let them go before any set or string is built.
        guard tokens[..<end].contains(where: Vocabulary.mayLabel) else { return nil }
        let words = tokens[..<end].map(\.folded)
        guard let field = field(of: words) else { return nil }
        let own = party(of: words)
        guard let role = role(field, of: own == .neither ? section : own) else { return nil }
        return (role, end)
    }
}
