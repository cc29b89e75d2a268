/// Why a workbook could not be read back. The workbook is untrusted input (a person edited it,
/// another program saved it), so every failure is an error to report, never a crash.
public struct XLSXReadError: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Code: Sendable, Equatable {
        /// Not a ZIP archive, or a damaged one.
        case notAnArchive
        /// A part the workbook needs is missing (`xl/workbook.xml`, a sheet named in it).
        case missingPart
        /// A part or the whole archive is larger than the reader allows.
        case tooLarge
        /// A part is not well-formed XML, or declares a DTD (entities are never expanded).
        case badXML
    }

    public let code: Code
    /// The part or file concerned, and what went wrong.
    public let message: String

    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }
}
