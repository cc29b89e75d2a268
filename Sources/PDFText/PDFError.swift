/// Why a PDF could not be read. One error type for the poppler door.
public struct PDFError: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Code: String, Sendable {
        /// Not a PDF, truncated or corrupt.
        case damaged
        /// Protected by a user password that we do not have.
        case encrypted
        /// Opened, but holds no pages (a byte-garbled file can do this).
        case noPages
        /// The file does not exist or cannot be read.
        case missing
        /// Any other failure reported by poppler.
        case other
    }

    public let code: Code
    /// Poppler's own message, kept for logs; not shown to the committee.
    public let detail: String

    public init(_ code: Code, _ detail: String = "") {
        self.code = code
        self.detail = detail
    }

    public var description: String { detail.isEmpty ? code.rawValue : "\(code.rawValue): \(detail)" }
}
