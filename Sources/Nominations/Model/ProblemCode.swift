/// Every problem the reader can report, in one table: its machine code, how much it weighs, and
/// what a person should check (in Slovenian). A letter's status is decided from these alone
/// (`LetterStatus.decided(by:)`); no reason text is matched later on.
public enum ProblemCode: String, CaseIterable, Sendable {
    case late
    case consentRefused = "consent_refused"
    case consentMissing = "consent_missing"
    case noContact = "no_contact"
    case noCluster = "no_cluster"
    case clusterUncertain = "cluster_uncertain"
    case clusterInferred = "cluster_inferred"
    case noCandidate = "no_candidate"
    case nameUncertain = "name_uncertain"
    case proposerUnknown = "proposer_unknown"
    case withdrawal
    case noDate = "no_date"
    case notANomination = "not_a_nomination"
    case unreadable
    /// A scanned page, or a candidate's name, e-mail or phone on it, read by OCR from uncertain words.
    case ocrLowConfidence = "ocr_low_confidence"
    /// A scanned page that OCR could not read (its time budget spent, or the page defeated it).
    case ocrPageUnread = "ocr_page_unread"

    /// How much a problem weighs.
    public enum Severity: Int, Comparable, Sendable {
        /// Listed for the committee; the letter stays `parsed`.
        case note
        /// A person must look: `needs_review`.
        case review
        /// The document is something else: `not_a_nomination`.
        case notANomination
        /// Nothing could be read: `unreadable`.
        case unreadable
        public static func < (a: Severity, b: Severity) -> Bool { a.rawValue < b.rawValue }
    }

    public var severity: Severity {
        switch self {
        case .consentMissing, .clusterInferred, .noDate: return .note
        case .late, .consentRefused, .noContact, .noCluster, .clusterUncertain, .noCandidate, .nameUncertain, .proposerUnknown, .withdrawal,
             .ocrLowConfidence, .ocrPageUnread:
            return .review
        case .notANomination: return .notANomination
        case .unreadable: return .unreadable
        }
    }

    /// What a person should check, in Slovenian.
    public var check: String {
        switch self {
        case .late: return "datum prejema in upoštevanje roka"
        case .consentRefused: return "ali kandidat res ne soglaša"
        case .consentMissing: return "soglasje kandidata"
        case .noContact: return "kontaktne podatke kandidata"
        case .noCluster, .clusterUncertain: return "za katero skupino je predlog"
        case .clusterInferred: return "skupino, določeno po kraju"
        case .noCandidate: return "kdo je predlagani kandidat (vnesite ga ročno)"
        case .nameUncertain: return "ime kandidata"
        case .proposerUnknown: return "vrsto predlagatelja"
        case .withdrawal: return "kateri predlog velja (dopis umika predlog)"
        case .noDate: return "datum prejema"
        case .notANomination: return "ali je dokument res brez predloga; sicer ga vnesite ročno"
        case .unreadable: return "datoteko; če je dopis, ga pretipkajte ali zaprosite za berljivo kopijo"
        case .ocrLowConfidence: return "podatke, prebrane s skena (OCR), ob dopisu"
        case .ocrPageUnread: return "neprebrano stran skena (vnesite podatke z nje ročno)"
        }
    }
}

extension Problem {
    public init(_ code: ProblemCode, _ message: String) {
        self.init(code.rawValue, message)
    }

    /// The problem's entry in the table; nil for a code the table does not know (an older cache).
    public var kind: ProblemCode? { ProblemCode(rawValue: code) }
}

extension LetterStatus {
    /// The status the heaviest problem gives: a letter with none, or only notes, is `parsed`.
    public static func decided(by problems: [Problem]) -> LetterStatus {
        switch problems.compactMap(\.kind?.severity).max() ?? .note {
        case .note: return .parsed
        case .review: return .needsReview
        case .notANomination: return .notANomination
        case .unreadable: return .unreadable
        }
    }
}
