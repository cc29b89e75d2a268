/// The words of one language the reader looks for, as data: a new wording is one line here (and
/// a test), a new language one table. Every word is written folded (lower case, no diacritics:
/// "č" → "c"); phrases are words joined by single spaces. `Vocabulary` merges the tables and
/// derives every lookup and prefilter from them.
struct LanguageVocabulary: Sendable {
    var language: Language?

    // MARK: Parts of a letter and their words
    /// Salutations that open a letter's body ("Spoštovani", "Dober dan").
    var salutations: [String] = []
    /// Closing formulas that open a signature ("Lep pozdrav", "Cordiali saluti").
    var closings: [String] = []
    /// Words that lead a subject line ("Zadeva:").
    var subjectWords: [String] = []
    /// Roles of a business's owner or manager in a signature ("lastnica", "titolare").
    var ownerRoles: [String] = []
    /// Other roles of a signer ("predsednik", "tajnica").
    var officerRoles: [String] = []
    /// Stems before a date that make it another date than the letter's (a birth, a session, a deadline).
    var dateOtherWords: [String] = []
    /// Stems that introduce where a candidate is active ("deluje v", "za območje").
    var areaWords: [String] = []
    /// Stems that introduce where a candidate lives ("živi v", "residente a").
    var homeWords: [String] = []

    // MARK: Proposing
    /// Words that put a person forward, in any person ("predlagamo", "kandidira", "propone"); a name follows.
    var nominationVerbs: [String] = []
    /// Of those, the ones whose writer proposes: a letter with one is a nomination even when no
    /// candidate could be read.
    var firstPersonNominationVerbs: [String] = []
    /// Phrases of a writer putting themself forward ("se prijavljam", "mia candidatura").
    var selfNominationPhrases: [String] = []
    /// Pronouns for the person a nominating verb puts forward ("Zato ga predlagamo"): the person is
    /// named elsewhere, in a contact row.
    var objectPronouns: [String] = []
    /// Words that withdraw or revoke an earlier nomination.
    var withdrawalWords: [String] = []

    // MARK: Consent
    /// Answers that mean yes and no in a form's box or a table's cell.
    var yesWords: [String] = []
    var noWords: [String] = []
    /// Phrases that refuse a candidacy, whatever else the passage says.
    var refusalPhrases: [String] = []
    /// Verbs of willing or being able ("želi", "more"): negated in a sentence about the candidacy or
    /// membership ("članstva ne želi prevzeti"), a refusal.
    var willingVerbs: [String] = []
    /// Stems of words about the candidacy, membership or taking part.
    var candidacyStems: [String] = []
    /// Phrases that say consent is still to come: the letter states none yet.
    var pendingConsentPhrases: [String] = []
    /// Headers of a table's consent column ("Soglasje").
    var consentColumnWords: [String] = []

    // MARK: Kinds of proposer
    /// Words of a ticked box's caption that name a kind of proposer, each led by a space
    /// (" fizicna oseba" is an individual, " s.p." a provider).
    var categoryTickWords: [Category: [String]] = [:]

    // MARK: Forms and data rows
    /// Words a label's qualifier starts with when the field is the candidate's ("kandidata", "predlagane osebe").
    var candidateQualifiers: [String] = []
    /// Words a label's qualifier starts with when the field is the proposer's ("predlagatelja").
    var proposerQualifiers: [String] = []
    /// Phrases of a label that say the field is the proposer's ("ki daje predlog").
    var proposerQualifierPhrases: [String] = []
    /// Words for the candidate that label a whole name by themselves ("Kandidatka društva: Jana Hlaj").
    var candidateNouns: [String] = []
    var firstNameWords: [String] = []
    var lastNameWords: [String] = []
    /// Words of a label that alone hold a whole name ("Polno ime", "nominativo").
    var fullNameWords: [String] = []
    /// Words of a label for an organisation's name ("naziv").
    var organisationNameWords: [String] = []
    var addressLabelWords: [String] = []
    /// Stems of words in a phone label ("telefon", "mobi", "gsm").
    var phoneLabelStems: [String] = []
    /// Phrases of an e-mail label ("e naslov", "e posta").
    var emailLabelPhrases: [String] = []
    /// Stems of a label for contacts of either kind ("kontakt").
    var contactLabelStems: [String] = []
    /// Words for a person in a contact label ("Kontaktna oseba in telefon").
    var personLabelWords: [String] = []
    /// Words of a label for the proposer's kind ("Vrsta predlagatelja", "Predlagatelj je").
    var kindLabelWords: [String] = []
    /// Words of a label for a date ("Datum in kraj izpolnitve").
    var dateLabelWords: [String] = []
    /// Words of a label for the place a candidate works in ("kraj delovanja").
    var areaLabelWords: [String] = []

    // MARK: Parts of a letter
    /// First words of the title of an attached CV or presentation ("ŽIVLJENJEPIS", "PREDSTAVITEV IN IZKUŠNJE").
    var attachmentTitles: [String] = []

    /// Lines that open a forwarded message in a printed e-mail: the message below is the letter.
    var forwardMarkers: [String] = []
    /// Subject prefixes of a forwarded e-mail ("fwd", "posl").
    var forwardSubjectPrefixes: [String] = []
    /// Words of a writer speaking of themself ("sem", "moje"): with words of the call, a person's
    /// letter with no one else named puts its writer forward.
    var firstPersonWords: [String] = []

    /// Legal forms of a business after its name, folded ("d.o.o.", "s.p.").
    var legalForms: [String] = []
    /// Words of a letterhead that show a registered business: registration, tax and bank numbers.
    var businessRegistrationWords: [String] = []
    /// Articles before a role in a signature ("La titolare", "Il presidente").
    var articles: [String] = []

    /// Words that open the recipient's block ("V roke", "Alla cortese attenzione"): never the sender.
    var recipientLeadIns: [String] = []
    /// Words of a receipt stamp ("PREJETO"): the date beside or below it is when the letter arrived.
    var receiptStampWords: [String] = []
    /// Names of mail programs and web-mail services printed on e-mail prints: never a sender.
    var mailClients: [String] = []

    // MARK: What the document is
    /// Words that show a document speaks of the call, an action group, a cluster, a candidacy or a
    /// membership: with no candidate read, such a document goes to review, never "not a nomination".
    var callWords: [String] = []
    /// Phrases that show a document is something else: an invoice, a quotation, an invitation, a
    /// newsletter, a press release, a receipt, an acknowledgement.
    var otherDocumentPhrases: [String] = []
    /// Titles of documents of another kind ("SPOROČILO ZA JAVNOST", "VABILO", "RAČUN"): a short line
    /// at the top that is one of these says what the document is, whatever names it holds.
    var documentTitles: [String] = []
    /// Phrases of the call office acknowledging a nomination it received: never a nomination itself.
    var acknowledgementPhrases: [String] = []
}
