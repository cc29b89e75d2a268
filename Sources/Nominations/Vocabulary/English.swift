extension LanguageVocabulary {
    /// English, as some providers and foreign residents write.
    static let english = LanguageVocabulary(
        language: .en,
        nominationVerbs: ["propose", "nominate", "nominates", "proposes", "recommend"],
        firstPersonNominationVerbs: ["nominate", "propose"],
        selfNominationPhrases: ["apply", "my candidacy", "would like to join", "i am applying", "my application"],
        withdrawalWords: ["withdraw", "withdrawal"],
        yesWords: ["yes"],
        noWords: ["no"],
        consentColumnWords: ["consent", "agrees"],
        candidateQualifiers: ["candidate", "nominee", "proposed"],
        proposerQualifiers: ["proposer", "applicant", "sender", "nominator"],
        proposerQualifierPhrases: ["making the proposal", "who proposes"],
        candidateNouns: ["candidate", "nominee"],
        firstNameWords: ["first", "given"],
        lastNameWords: ["surname", "last", "family"],
        fullNameWords: ["fullname"],
        organisationNameWords: ["organisation", "organization", "company"],
        addressLabelWords: ["address", "residence"],
        phoneLabelStems: ["phone", "telephone", "mobile", "tel"],
        emailLabelPhrases: ["e mail", "email", "mail"],
        contactLabelStems: ["contact"],
        personLabelWords: ["person"],
        kindLabelWords: ["type", "category"],
        dateLabelWords: ["date"],
        areaLabelWords: ["activity", "active"],
        attachmentTitles: ["curriculum", "cv", "resume", "biography", "profile"],
        callWords: ["action group", "candidate", "candidacy", "nomination", "nominate", "propose", "cluster", "membership", "apply"],
        otherDocumentPhrases: ["invoice no", "invoice number", "quotation", "you are invited", "newsletter", "press release",
                               "we confirm receipt", "receipt", "amount due", "vat"]
    )
}
