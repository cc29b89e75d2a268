import CPoppler

/// One-time process set-up for poppler: its parser complaints go to a quiet log handler.
enum PopplerSetup {
    private static let done: Bool = {
        cpoppler_silence_logs()
        return true
    }()

    static func once() { _ = done }
}
