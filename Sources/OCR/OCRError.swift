/// Why a page could not be recognised. One error type for the Tesseract door.
public struct OCRError: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Code: String, Sendable {
        /// libtesseract (or Leptonica) is not installed, or lacks a function the wrapper calls.
        case libraryMissing
        /// The engine would not start: a language model is missing.
        case initFailed
        /// Leptonica could not make or clean up the page image (out of memory, or an empty image).
        case imageFailed
        /// Tesseract stopped without a result.
        case recognitionFailed
        /// The page took longer than its time budget.
        case timedOut
    }

    public let code: Code
    /// The library's own message, kept for logs; not shown to the committee.
    public let detail: String

    public init(_ code: Code, _ detail: String = "") {
        self.code = code
        self.detail = detail
    }

    public var description: String { detail.isEmpty ? code.rawValue : "\(code.rawValue): \(detail)" }
}
