/// What the extraction stage got out of a file: the only input of the pure reader.
public struct ExtractedText: Equatable, Codable, Sendable {
    /// Why no text could be had; `nil` when extraction worked.
    public enum Failure: String, Codable, Sendable {
        case empty, notPDF, damaged, encrypted, noPages, scanned, crashed, timedOut, tooLarge, missing
    }

    /// One filled form field: its caption on the page (or its name) and its value.
    public struct Field: Equatable, Codable, Sendable {
        public var label: String
        public var name: String
        public var value: String?
        /// For check boxes and radio buttons: whether it is ticked; `nil` for text fields.
        public var ticked: Bool?

        public init(label: String, name: String, value: String?, ticked: Bool?) {
            self.label = label
            self.name = name
            self.value = value
            self.ticked = ticked
        }
    }

    public var pages: [String]
    public var fields: [Field]
    public var failure: Failure?
    /// A short technical note (poppler's message) for logs.
    public var detail: String?
    /// The pages read by OCR (those without a usable text layer), in page order; empty for a letter
    /// with text on every page.
    public var scans: [RecognizedPage]

    public init(pages: [String], fields: [Field] = [], failure: Failure? = nil, detail: String? = nil, scans: [RecognizedPage] = []) {
        self.pages = pages
        self.fields = fields
        self.failure = failure
        self.detail = detail
        self.scans = scans
    }

    enum CodingKeys: String, CodingKey {
        case pages, fields, failure, detail, scans
    }

    /// As synthesised, but a text without `scans` (written before OCR, or by hand without it) decodes too.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(pages: try container.decode([String].self, forKey: .pages), fields: try container.decode([Field].self, forKey: .fields),
                  failure: try container.decodeIfPresent(Failure.self, forKey: .failure),
                  detail: try container.decodeIfPresent(String.self, forKey: .detail),
                  scans: try container.decodeIfPresent([RecognizedPage].self, forKey: .scans) ?? [])
    }

    public static func failed(_ failure: Failure, detail: String? = nil) -> ExtractedText {
        ExtractedText(pages: [], fields: [], failure: failure, detail: detail)
    }

    /// Whether some page was read by OCR.
    public var isScanned: Bool { !scans.isEmpty }

    /// Whether form fields carry the content (a filled fillable form).
    public var hasFilledFields: Bool { fields.contains { ($0.value?.isEmpty == false) } }
}
