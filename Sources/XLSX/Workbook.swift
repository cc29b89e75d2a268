import CXlsxWriter
import Foundation

/// An XLSX file being written with libxlsxwriter. Owns the `lxw_workbook`.
///
/// Call `close()` to write the file; a workbook dropped without closing frees its memory
/// and writes nothing.
public final class Workbook {
    let handle: UnsafeMutablePointer<lxw_workbook>
    private var closed = false
    private var formats: [CellStyle: UnsafeMutablePointer<lxw_format>] = [:]
    private var sheets: [Worksheet] = []

    /// - Parameters:
    ///   - path: where `close()` writes the file.
    ///   - constantMemory: stream rows to disk (rows must then be written in order).
    ///   - temporaryDirectory: where libxlsxwriter keeps its temporary files.
    /// - Throws: `XLSXError` when libxlsxwriter cannot create the workbook.
    public init(path: String, constantMemory: Bool = false, temporaryDirectory: String? = nil) throws {
        var options = lxw_workbook_options()
        options.constant_memory = constantMemory ? 1 : 0
        options.use_zip64 = 0
        let tmp = temporaryDirectory.map { strdup($0) } ?? nil
        defer { free(tmp) }
        options.tmpdir = tmp
        let created = path.withCString { workbook_new_opt($0, &options) }
        guard let created else { throw XLSXError(operation: "workbook_new", message: "cannot create a workbook for \(path)") }
        handle = created
    }

    deinit {
        if !closed { lxw_workbook_free(handle) }
    }

    /// Adds a sheet. Names longer than 31 characters or with `[]:*?/\` are rejected.
    public func addWorksheet(_ name: String) throws -> Worksheet {
        let error = name.withCString { workbook_validate_sheet_name(handle, $0) }
        try XLSXError.check(error, "sheet name \"\(name)\"")
        guard let sheet = name.withCString({ workbook_add_worksheet(handle, $0) }) else {
            throw XLSXError(operation: "workbook_add_worksheet", message: "cannot add sheet \"\(name)\"")
        }
        let wrapped = Worksheet(sheet, workbook: self)
        sheets.append(wrapped)
        return wrapped
    }

    /// Sets the document title and author shown in the file's properties.
    public func setProperties(title: String, author: String) throws {
        // libxlsxwriter copies the strings; ours only need to live for the call.
        let titleC = strdup(title), authorC = strdup(author)
        defer { free(titleC); free(authorC) }
        var properties = lxw_doc_properties()
        properties.title = titleC
        properties.author = authorC
        try XLSXError.check(workbook_set_properties(handle, &properties), "workbook_set_properties")
    }

    /// The format for a style, created once per distinct style.
    func format(for style: CellStyle?) -> UnsafeMutablePointer<lxw_format>? {
        guard let style else { return nil }
        if let existing = formats[style] { return existing }
        guard let format = workbook_add_format(handle) else { return nil }
        if style.bold { format_set_bold(format) }
        if style.italic { format_set_italic(format) }
        if style.wrap { format_set_text_wrap(format) }
        if style.topAligned { format_set_align(format, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue)) }
        switch style.alignment {
        case .general: break
        case .left: format_set_align(format, UInt8(LXW_ALIGN_LEFT.rawValue))
        case .center: format_set_align(format, UInt8(LXW_ALIGN_CENTER.rawValue))
        case .right: format_set_align(format, UInt8(LXW_ALIGN_RIGHT.rawValue))
        }
        if let background = style.background {
            format_set_pattern(format, UInt8(LXW_PATTERN_SOLID.rawValue))
            format_set_bg_color(format, lxw_color_t(background))
        }
        if let color = style.fontColor { format_set_font_color(format, lxw_color_t(color)) }
        if style.underline { format_set_underline(format, UInt8(LXW_UNDERLINE_SINGLE.rawValue)) }
        if style.border { format_set_border(format, UInt8(LXW_BORDER_THIN.rawValue)) }
        if let size = style.fontSize { format_set_font_size(format, size) }
        if let numberFormat = style.numberFormat { numberFormat.withCString { format_set_num_format(format, $0) } }
        formats[style] = format
        return format
    }

    /// Writes the file and frees the workbook. A missing folder fails here.
    /// - Throws: `XLSXError` with libxlsxwriter's reason.
    public func close() throws {
        guard !closed else { return }
        closed = true
        try XLSXError.check(workbook_close(handle), "workbook_close")
    }
}

