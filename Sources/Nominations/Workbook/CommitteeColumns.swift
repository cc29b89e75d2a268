/// The headers of the columns the committee and staff write in, and of the hidden keys their rows
/// are read back by. The writer and the reader both take them from here.
public enum CommitteeColumns {
    public static let decision = "Odločitev komisije"
    public static let note = "Opomba komisije"
    public static let key = "Ključ"
    public static let candidate = "Kandidat"
    public static let cluster = "Skupina"
    public static let decisions = ["Imenovan", "Rezerva", "Zavrnjen"]

    /// `Za pregled`: what staff fill in for a letter.
    public static let entryCandidate = "Vnos: kandidat"
    public static let entryCluster = "Vnos: skupina"
    public static let entryCategory = "Vnos: kategorija"
    public static let entryConsent = "Vnos: soglasje"
    public static let entryNotANomination = "Vnos: ni predlog"
    public static let entryOutcome = "Ročni vnos – izid"
    public static let consentValues = ["da", "ne", "ni navedeno"]
    public static let file = "Datoteka"

    /// Sheets of the committee's own: decisions for people no longer candidates, and the changes.
    public static let formerCandidatesSheet = "Nekdanji kandidati"
    public static let historySheet = "Odločitve"
    public static let explanationsSheet = "Utemeljitve"
}
