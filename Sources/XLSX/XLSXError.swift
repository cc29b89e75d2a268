import CXlsxWriter

/// A failure reported by libxlsxwriter, with its code and message.
public struct XLSXError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The raw `lxw_error` value (0 is success and never thrown).
    public let code: Int
    public let message: String
    /// What the wrapper was doing.
    public let operation: String

    init(_ code: lxw_error, _ operation: String) {
        self.code = Int(code.rawValue)
        self.message = String(cString: lxw_strerror(code))
        self.operation = operation
    }

    /// A failure found by the caller (a sheet misused), not by libxlsxwriter.
    public init(operation: String, message: String) {
        self.code = -1
        self.message = message
        self.operation = operation
    }

    public var description: String { "\(operation): \(message) (\(code))" }

    /// Throws unless `code` is `LXW_NO_ERROR`.
    static func check(_ code: lxw_error, _ operation: @autoclosure () -> String) throws {
        if code != LXW_NO_ERROR { throw XLSXError(code, operation()) }
    }
}
