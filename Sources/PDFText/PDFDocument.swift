import CPoppler
import Foundation

/// A PDF opened with poppler-glib. Owns its `PopplerDocument` and frees it in `deinit`.
///
/// Not `Sendable`: open each document inside the task that uses it, and never share one
/// between threads (see C-LIBRARIES.md).
public final class PDFDocument {
    let handle: OpaquePointer

    /// Opens a PDF from its bytes.
    /// - Parameter data: the whole file.
    /// - Throws: `PDFError` (`damaged`, `encrypted`, `noPages`, `other`).
    public init(data: Data) throws {
        PopplerSetup.once()
        guard !data.isEmpty else { throw PDFError(.damaged, "zero-byte file") }
        var error: UnsafeMutablePointer<GError>?
        let bytes: OpaquePointer? = data.withUnsafeBytes { raw in
            g_bytes_new(raw.baseAddress, gsize(raw.count))
        }
        guard let bytes else { throw PDFError(.other, "g_bytes_new failed") }
        defer { g_bytes_unref(bytes) }
        guard let document = poppler_document_new_from_bytes(bytes, nil, &error) else {
            throw PDFDocument.translate(error)
        }
        handle = document
        guard poppler_document_get_n_pages(document) > 0 else {
            throw PDFError(.noPages, "the document has no pages")
        }
    }

    /// Opens a PDF file.
    /// - Throws: `PDFError.missing` when the file cannot be read, else as `init(data:)`.
    public convenience init(path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw PDFError(.missing, "cannot read \(path)")
        }
        try self.init(data: data)
    }

    deinit { cpoppler_unref(UnsafeMutableRawPointer(handle)) }

    /// Sets poppler up for this process now rather than at the first document.
    public static func prepare() { PopplerSetup.once() }

    public var pageCount: Int { Int(poppler_document_get_n_pages(handle)) }

    /// The text of one page in reading order, with a double space where a visible gap
    /// separates columns on a line (form-field values are not included).
    public func text(page index: Int) -> String {
        guard let page = poppler_document_get_page(handle, Int32(index)) else { return "" }
        defer { cpoppler_unref(UnsafeMutableRawPointer(page)) }
        return PageGlyphs(page: page).textInRows()
    }

    /// The text of one page as `text(page:)`, with the form fields' contents laid in where the
    /// fields sit: a value beside or below its printed label, a check box as ☒ (ticked) or ☐.
    public func textWithFields(page index: Int) -> String {
        guard let page = poppler_document_get_page(handle, Int32(index)) else { return "" }
        defer { cpoppler_unref(UnsafeMutableRawPointer(page)) }
        var glyphs = PageGlyphs(page: page)
        guard let list = poppler_page_get_form_field_mapping(page) else { return glyphs.textInRows() }
        defer { poppler_page_free_form_field_mapping(list) }
        var overlays: [(text: String, left: Double, top: Double, bottom: Double)] = []
        var node: UnsafeMutablePointer<GList>? = list
        while let current = node {
            if let raw = current.pointee.data {
                let mapping = raw.assumingMemoryBound(to: PopplerFormFieldMapping.self).pointee
                if let field = mapping.field {
                    let area = mapping.area
                    let read = Self.read(field, area: area, page: index, glyphs: glyphs)
                    let shown: String?
                    switch read.kind {
                    case .checkbox, .radio: shown = read.isOn ? "☒" : "☐"
                    case .text, .choice: shown = read.text
                    default: shown = nil
                    }
                    if let shown {
                        overlays.append((shown, min(area.x1, area.x2), glyphs.height - max(area.y1, area.y2), glyphs.height - min(area.y1, area.y2)))
                    }
                }
            }
            node = current.pointee.next
        }
        glyphs.overlay(overlays)
        return glyphs.textInRows()
    }

    /// Poppler's own reading-order text of a page, untouched (the benchmark's baseline).
    public func rawText(page index: Int) -> String {
        guard let page = poppler_document_get_page(handle, Int32(index)) else { return "" }
        defer { cpoppler_unref(UnsafeMutableRawPointer(page)) }
        guard let text = poppler_page_get_text(page) else { return "" }
        defer { g_free(text) }
        return String(cString: text)
    }

    /// The text of every page, in order.
    public func pageTexts() -> [String] { (0..<pageCount).map { text(page: $0) } }

    /// Whether a page shows images (a scan has images and no text).
    public func hasImages(page index: Int) -> Bool {
        guard let page = poppler_document_get_page(handle, Int32(index)) else { return false }
        defer { cpoppler_unref(UnsafeMutableRawPointer(page)) }
        guard let list = poppler_page_get_image_mapping(page) else { return false }
        poppler_page_free_image_mapping(list)
        return true
    }

    /// Every AcroForm field of every page with its value and the caption printed beside it.
    public func formFields() -> [FormField] {
        var fields: [FormField] = []
        for index in 0..<pageCount {
            guard let page = poppler_document_get_page(handle, Int32(index)) else { continue }
            defer { cpoppler_unref(UnsafeMutableRawPointer(page)) }
            guard let list = poppler_page_get_form_field_mapping(page) else { continue }
            defer { poppler_page_free_form_field_mapping(list) }
            let glyphs = PageGlyphs(page: page)
            var node: UnsafeMutablePointer<GList>? = list
            while let current = node {
                if let raw = current.pointee.data {
                    let mapping = raw.assumingMemoryBound(to: PopplerFormFieldMapping.self).pointee
                    if let field = mapping.field {
                        fields.append(Self.read(field, area: mapping.area, page: index, glyphs: glyphs))
                    }
                }
                node = current.pointee.next
            }
        }
        return fields.sorted { ($0.page, -$0.y, $0.x) < ($1.page, -$1.y, $1.x) }
    }

    private static func read(_ field: OpaquePointer, area: PopplerRectangle, page: Int, glyphs: PageGlyphs) -> FormField {
        let name = takeString(poppler_form_field_get_name(field)) ?? ""
        // Field areas have their origin at the bottom left; glyph boxes at the top left.
        let top = glyphs.height - max(area.y1, area.y2), bottom = glyphs.height - min(area.y1, area.y2)
        let isButton = poppler_form_field_get_field_type(field) == POPPLER_FORM_FIELD_BUTTON
        let caption = isButton ? glyphs.caption(ofBoxFrom: min(area.x1, area.x2), to: max(area.x1, area.x2), top: top, bottom: bottom)
                               : glyphs.label(leftOf: min(area.x1, area.x2), top: top, bottom: bottom)
        let label = caption ?? takeString(poppler_form_field_get_alternate_ui_name(field))
        var kind = FormField.Kind.unknown
        var text: String?
        var isOn = false
        switch poppler_form_field_get_field_type(field) {
        case POPPLER_FORM_FIELD_TEXT:
            kind = .text
            text = takeString(poppler_form_field_text_get_text(field))
        case POPPLER_FORM_FIELD_BUTTON:
            switch poppler_form_field_button_get_button_type(field) {
            case POPPLER_FORM_BUTTON_CHECK: kind = .checkbox
            case POPPLER_FORM_BUTTON_RADIO: kind = .radio
            default: kind = .pushButton
            }
            isOn = poppler_form_field_button_get_state(field) != 0
        case POPPLER_FORM_FIELD_CHOICE:
            kind = .choice
            let count = poppler_form_field_choice_get_n_items(field)
            var chosen: [String] = []
            for item in 0..<count where poppler_form_field_choice_is_item_selected(field, item) != 0 {
                if let value = takeString(poppler_form_field_choice_get_item(field, item)) { chosen.append(value) }
            }
            if chosen.isEmpty { chosen = takeString(poppler_form_field_choice_get_text(field)).map { [$0] } ?? [] }
            text = chosen.isEmpty ? nil : chosen.joined(separator: ", ")
        case POPPLER_FORM_FIELD_SIGNATURE:
            kind = .signature
        default:
            kind = .unknown
        }
        if let value = text, value.isEmpty { text = nil }
        return FormField(name: name, label: label, kind: kind, text: text, isOn: isOn,
                         x: min(area.x1, area.x2), y: max(area.y1, area.y2), page: page)
    }

    /// Copies a newly allocated C string and frees it.
    private static func takeString(_ pointer: UnsafeMutablePointer<gchar>?) -> String? {
        guard let pointer else { return nil }
        defer { g_free(pointer) }
        return String(cString: pointer)
    }

    private static func translate(_ error: UnsafeMutablePointer<GError>?) -> PDFError {
        guard let error else { return PDFError(.other, "poppler gave no reason") }
        defer { g_error_free(error) }
        let message = String(cString: error.pointee.message)
        guard error.pointee.domain == poppler_error_quark() else { return PDFError(.other, message) }
        switch error.pointee.code {
        case Int32(POPPLER_ERROR_ENCRYPTED.rawValue): return PDFError(.encrypted, message)
        case Int32(POPPLER_ERROR_DAMAGED.rawValue), Int32(POPPLER_ERROR_INVALID.rawValue): return PDFError(.damaged, message)
        case Int32(POPPLER_ERROR_OPEN_FILE.rawValue): return PDFError(.missing, message)
        default: return PDFError(.other, message)
        }
    }
}
