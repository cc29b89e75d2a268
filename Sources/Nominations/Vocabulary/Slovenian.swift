extension LanguageVocabulary {
    /// Slovenian, the municipality's language.
    static let slovenian = LanguageVocabulary(
        language: .sl,
        candidateQualifiers: ["kandidat", "predlagan", "nominiran", "clana", "clanice"],
        proposerQualifiers: ["predlagatelj", "prijavitelj", "vlagatelj", "posiljatelj"],
        proposerQualifierPhrases: ["ki daje predlog", "ki predlaga", "ki podaja predlog", "ki vlaga predlog"],
        firstNameWords: ["ime"],
        lastNameWords: ["priimek"],
        organisationNameWords: ["naziv", "organizacija", "organizacije"],
        addressLabelWords: ["naslov", "sedez", "bivalisce", "prebivalisce", "stalni"],
        phoneLabelStems: ["telefon", "tel", "mobi", "gsm"],
        emailLabelPhrases: ["e naslov", "e posta", "e mail", "email", "elektronska posta", "elektronski naslov", "e postni naslov", "mail"],
        contactLabelStems: ["kontakt"],
        personLabelWords: ["oseba", "osebe"],
        kindLabelWords: ["vrsta", "tip", "kategorija"],
        dateLabelWords: ["datum"],
        areaLabelWords: ["delovanja", "deluje", "obmocje"],
        attachmentTitles: ["zivljenjepis", "predstavitev", "zivljenjepisni"],
        callWords: ["akcijsk", "kandidat", "kandidir", "kandidatur", "predlog", "predlaga", "poziv", "klaster", "clanstvo", "clana",
                    "clanico", "samopredlog", "prijava", "prijavljam", "sodelovanj"],
        otherDocumentPhrases: ["racun st", "racun stevilka", "predracun", "ponudba st", "ponudba za", "vabilo na", "vabimo vas",
                               "e novice", "novice", "sporocilo za javnost", "za takojsnjo objavo", "potrjujemo prejem",
                               "potrdilo o prejemu", "prejeli smo vas", "hvala za vas predlog", "se zahvaljujemo", "zahvala",
                               "rok placila", "za placilo", "znesek", "ddv", "odjava od prejemanja", "delavnica", "prijavnica na delavnico"]
    )
}
