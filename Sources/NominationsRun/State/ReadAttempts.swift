import Nominations

/// Failures of the night — a time-out, a worker that crashed or ran out of memory — are facts about
/// one night, not about the file: such a file is read again on later nights, up to `nightsLimit`
/// attempts, then listed with its history until `run --retry-failed`. Only facts about the file
/// itself (empty, not a PDF, damaged, encrypted) are kept as final.
enum ReadAttempts {
    static let nightsLimit = 3

    static func isTransient(_ failure: ExtractedText.Failure) -> Bool {
        failure == .timedOut || failure == .crashed || failure == .tooLarge
    }

    /// Whether a file with these failed attempts is read again tonight (unless staff ask for it).
    static func shouldTry(_ attempts: [StateDatabase.Attempt]) -> Bool {
        attempts.count < nightsLimit
    }

    /// The letter shown for a file that failed: its reason, its history, and what happens next.
    static func letter(_ attempts: [StateDatabase.Attempt]) -> Letter {
        guard let last = attempts.last else { return .unreadable("branje ni uspelo") }
        let history = Dictionary(grouping: attempts, by: \.failure)
            .sorted { $0.key.rawValue < $1.key.rawValue }
            .map { "\($0.value.count)× \(phrase($0.key))" }
            .joined(separator: ", ")
        let next = attempts.count < nightsLimit
            ? "dopis bo znova prebran ob naslednjem zagonu"
            : "nadaljnjih poskusov ni; ponovno branje sproži »nominations run --retry-failed«"
        return .unreadable(LetterReader.reason(for: last.failure) + " (" + history + "; " + next + ")")
    }

    static func phrase(_ failure: ExtractedText.Failure) -> String {
        switch failure {
        case .timedOut: return "prekoračen čas branja"
        case .tooLarge: return "preveč porabljenega pomnilnika"
        default: return "nepričakovano končano branje"
        }
    }
}
