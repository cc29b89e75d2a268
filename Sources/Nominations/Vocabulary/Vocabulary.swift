/// The reader's words of every language, merged: each list is the union of the tables in
/// `LanguageVocabulary` (Slovenian, Italian, English, Croatian), built once.
enum Vocabulary {
    static let languages: [LanguageVocabulary] = [.slovenian, .italian, .english, .croatian]

    /// A token matcher for a list of phrases: one pass over a line's tokens finds any of them
    /// (the lists are searched on every letter; joining and searching strings cost several times more).
    static func matcher(_ list: KeyPath<LanguageVocabulary, [String]>) -> PhraseMatcher<Bool> {
        PhraseMatcher(merged(list).map { ($0, true) })
    }

    static let otherDocumentMatcher = matcher(\.otherDocumentPhrases)
    static let acknowledgementMatcher = matcher(\.acknowledgementPhrases)
    static let refusalMatcher = matcher(\.refusalPhrases)
    static let pendingConsentMatcher = matcher(\.pendingConsentPhrases)
    static let forwardMarkerMatcher = matcher(\.forwardMarkers)
    static let mailClientMatcher = matcher(\.mailClients)

    static func merged(_ list: KeyPath<LanguageVocabulary, [String]>) -> [String] {
        var seen = Set<String>(), result: [String] = []
        for language in languages { for word in language[keyPath: list] where seen.insert(word).inserted { result.append(word) } }
        return result
    }

    static let nominationVerbs = Set(merged(\.nominationVerbs))
    static let firstPersonNominationVerbs = Set(merged(\.firstPersonNominationVerbs))
    /// Self-nomination phrases split into words.
    static let selfNominationPhrases = merged(\.selfNominationPhrases).map { $0.split(separator: " ").map(String.init) }
    static let objectPronouns = Set(merged(\.objectPronouns))
    static let withdrawalWords = Set(merged(\.withdrawalWords))
    static let yesWords = Set(merged(\.yesWords))
    static let noWords = Set(merged(\.noWords))
    static let refusalPhrases = merged(\.refusalPhrases)
    static let pendingConsentPhrases = merged(\.pendingConsentPhrases)
    static let willingVerbs = Set(merged(\.willingVerbs))
    static let candidacyStems = merged(\.candidacyStems)
    static let consentColumnWords = Set(merged(\.consentColumnWords))
    /// Each kind of proposer with the caption words of every language, in a fixed order (local
    /// communities and agrarian communities before associations, whose words are more general).
    static let categoryTickWords: [(Category, [String])] = [Category.ks, .agrarnaSkupnost, .drustvo, .ponudnik, .posameznik].map { category in
        (category, languages.flatMap { $0.categoryTickWords[category] ?? [] })
    }
    static let salutations = merged(\.salutations)
    static let closings = merged(\.closings)
    static let subjectWords = merged(\.subjectWords)
    static let ownerRoles = merged(\.ownerRoles)
    static let officerRoles = merged(\.officerRoles)
    static let dateOtherWords = merged(\.dateOtherWords)
    static let areaWords = merged(\.areaWords)
    static let homeWords = merged(\.homeWords)
    static let candidateQualifiers = merged(\.candidateQualifiers)
    static let proposerQualifiers = merged(\.proposerQualifiers)
    static let proposerQualifierPhrases = merged(\.proposerQualifierPhrases)
    static let candidateNouns = Set(merged(\.candidateNouns))
    static let firstNameWords = Set(merged(\.firstNameWords))
    static let lastNameWords = Set(merged(\.lastNameWords))
    static let fullNameWords = Set(merged(\.fullNameWords))
    static let organisationNameWords = Set(merged(\.organisationNameWords))
    static let addressLabelWords = Set(merged(\.addressLabelWords))
    static let phoneLabelStems = merged(\.phoneLabelStems)
    static let emailLabelPhrases = merged(\.emailLabelPhrases)
    static let contactLabelStems = merged(\.contactLabelStems)
    static let personLabelWords = Set(merged(\.personLabelWords))
    static let kindLabelWords = Set(merged(\.kindLabelWords))
    static let dateLabelWords = Set(merged(\.dateLabelWords))
    static let areaLabelWords = Set(merged(\.areaLabelWords))
    static let attachmentTitles = Set(merged(\.attachmentTitles))
    static let forwardMarkers = merged(\.forwardMarkers)
    static let forwardSubjectPrefixes = Set(merged(\.forwardSubjectPrefixes))
    static let firstPersonWords = Set(merged(\.firstPersonWords))
    static let legalForms = merged(\.legalForms)
    static let businessRegistrationWords = merged(\.businessRegistrationWords)
    static let articles = Set(merged(\.articles))
    static let recipientLeadIns = merged(\.recipientLeadIns)
    /// Their first words (a prefilter derived from them).
    static let recipientLeadInFirstWords = Set(recipientLeadIns.compactMap { $0.split(whereSeparator: { !$0.isLetter }).first.map(String.init) })
    static let receiptStampWords = Set(merged(\.receiptStampWords))
    static let mailClients = Set(merged(\.mailClients))
    /// A short line that is a mail program's name, perhaps with the subject or a page count
    /// ("Gmail - Predlog kandidata", "Mozilla Thunderbird").
    static func isMailClientLine(_ line: TextLine) -> Bool {
        guard line.tokens.count <= 8 else { return false }
        // The program's name opens the line or ends it (or its first column).
        return mailClientMatcher.matches(in: line.tokens).contains { match in
            match.start == 0 || match.end == line.tokens.count || line.tokens[match.end - 1].gapAfter
        }
    }
    /// Every word that can make a line a label (derived from the lists above: the prefilter of `FormLabels`).
    static let labelWords: Set<String> = firstNameWords.union(lastNameWords).union(fullNameWords).union(organisationNameWords)
        .union(addressLabelWords).union(kindLabelWords).union(dateLabelWords).union(areaLabelWords).union(personLabelWords)
        .union(candidateNouns).union(emailLabelPhrases.compactMap { $0.split(separator: " ").first.map(String.init) })
    static let labelStems = phoneLabelStems + contactLabelStems
    /// The stems' first (up to) eight bytes packed: a token is let go by an integer test before any string is compared.
    static let labelStemHeads = labelStems.map { FoldedHead.Prefix(String($0.utf8.prefix(8)) ?? $0) }

    /// Whether a token may make its line a label (the prefilter of `FormLabels` and of a grid's first column).
    static func mayLabel(_ token: Token) -> Bool {
        if labelWords.contains(token.folded) { return true }
        for (index, head) in labelStemHeads.enumerated() where head.starts(token) {
            if token.folded.hasPrefix(labelStems[index]) { return true }
        }
        return false
    }
    static let callWords = merged(\.callWords)
    static let otherDocumentPhrases = merged(\.otherDocumentPhrases)
    static let documentTitles = merged(\.documentTitles)
    static let acknowledgementPhrases = merged(\.acknowledgementPhrases)
}
