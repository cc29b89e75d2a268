extension LanguageVocabulary {
    /// Croatian words as residents of Croatian origin write them.
    static let croatian = LanguageVocabulary(
        language: nil,
        salutations: ["postovani"],
        closings: ["srdacan pozdrav"],
        nominationVerbs: ["predlazem", "predlazemo", "predlaze"],
        firstPersonNominationVerbs: ["predlazem", "predlazemo"],
        candidateQualifiers: ["kandidat", "predlozen"],
        proposerQualifiers: ["predlagac", "podnositelj"],
        candidateNouns: ["kandidat", "kandidatkinja"],
        firstNameWords: ["ime"],
        lastNameWords: ["prezime"],
        addressLabelWords: ["adresa", "prebivaliste"],
        phoneLabelStems: ["telefon", "mobitel"],
        emailLabelPhrases: ["e mail", "e posta"],
        contactLabelStems: ["kontakt"],
        callWords: ["kandidat", "kandidatur", "prijedlog", "predlazem", "predlazemo"],
        otherDocumentPhrases: ["racun br", "ponuda"]
    )
}
