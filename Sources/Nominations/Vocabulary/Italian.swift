extension LanguageVocabulary {
    /// Italian, the municipality's second official language.
    static let italian = LanguageVocabulary(
        language: .it,
        nominationVerbs: ["propone", "proponiamo", "propongo", "proponga", "designiamo", "candidiamo", "candida", "segnaliamo",
                          "indichiamo", "designa", "proposto", "proposta", "candidato", "candidatura"],
        firstPersonNominationVerbs: ["proponiamo", "propone", "propongo", "designiamo", "candidiamo", "segnaliamo"],
        selfNominationPhrases: ["mi candido", "mia candidatura", "mi propongo", "propongo me", "mia disponibilita",
                                "si candida", "propria candidatura", "presento la mia candidatura", "desidero partecipare",
                                "vorrei partecipare", "autocandidatura"],
        withdrawalWords: ["ritiriamo", "ritiro", "revochiamo"],
        candidateQualifiers: ["candidat", "propost", "nominat"],
        proposerQualifiers: ["proponente", "richiedente", "mittente"],
        proposerQualifierPhrases: ["che presenta la proposta", "che propone"],
        candidateNouns: ["candidato", "candidata", "candidati", "candidate", "nominativo"],
        firstNameWords: ["nome"],
        lastNameWords: ["cognome"],
        fullNameWords: ["nominativo"],
        organisationNameWords: ["denominazione"],
        addressLabelWords: ["indirizzo", "residenza", "sede", "domicilio"],
        phoneLabelStems: ["telefon", "cellulare", "cell", "tel"],
        emailLabelPhrases: ["e mail", "email", "posta elettronica", "indirizzo e mail", "mail"],
        contactLabelStems: ["contatt", "recapit"],
        personLabelWords: ["persona", "referente"],
        kindLabelWords: ["tipo", "categoria", "tipologia"],
        dateLabelWords: ["data"],
        areaLabelWords: ["attivita", "operativa"],
        attachmentTitles: ["curriculum", "allegato", "biografia", "profilo"],
        callWords: ["candidat", "gruppo d azione", "gruppi d azione", "gruppo di azione", "propost", "propone", "proponiamo", "invito",
                    "cluster", "membro", "adesione"],
        otherDocumentPhrases: ["fattura n", "fattura numero", "preventivo", "invito a", "vi invitiamo", "newsletter",
                               "comunicato stampa", "confermiamo la ricezione", "ricevuta", "importo", "iva"]
    )
}
