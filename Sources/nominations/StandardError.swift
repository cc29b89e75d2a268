import Foundation

/// The program's messages for staff and the cron log, one line each on standard error.
enum StandardError {
    /// A line that begins, as every run message there does, with the program's name.
    @Sendable static func notice(_ text: String) {
        FileHandle.standardError.write(Data("nominations: \(text)\n".utf8))
    }
}
