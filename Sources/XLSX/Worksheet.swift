import CXlsxWriter

/// One sheet of a `Workbook`. The workbook owns the sheet; this keeps the workbook alive.
public final class Worksheet {
    private let handle: UnsafeMutablePointer<lxw_worksheet>
    private let workbook: Workbook

    init(_ handle: UnsafeMutablePointer<lxw_worksheet>, workbook: Workbook) {
        self.handle = handle
        self.workbook = workbook
    }

    /// Writes text. Never a formula: "=SUM(A1)" stays text.
    public func write(_ text: String, row: Int, column: Int, style: CellStyle? = nil) throws {
        let error = text.withCString {
            worksheet_write_string(handle, lxw_row_t(row), lxw_col_t(column), $0, workbook.format(for: style))
        }
        try XLSXError.check(error, "write_string at \(row),\(column)")
    }

    public func write(_ number: Double, row: Int, column: Int, style: CellStyle? = nil) throws {
        let error = worksheet_write_number(handle, lxw_row_t(row), lxw_col_t(column), number, workbook.format(for: style))
        try XLSXError.check(error, "write_number at \(row),\(column)")
    }

    /// An empty cell that still carries a style (a highlighted row, say).
    public func writeBlank(row: Int, column: Int, style: CellStyle?) throws {
        let error = worksheet_write_blank(handle, lxw_row_t(row), lxw_col_t(column), workbook.format(for: style))
        try XLSXError.check(error, "write_blank at \(row),\(column)")
    }

    /// A hyperlink. `url` may be `https://…`, `external:relative/path.pdf` or `internal:Sheet!A1`.
    public func writeLink(_ url: String, text: String, row: Int, column: Int, style: CellStyle? = nil) throws {
        let error = url.withCString { urlC in
            text.withCString { textC in
                worksheet_write_url_opt(handle, lxw_row_t(row), lxw_col_t(column), urlC,
                                        workbook.format(for: style), textC, nil)
            }
        }
        try XLSXError.check(error, "write_url at \(row),\(column)")
    }

    /// Column width (in characters), a default style, and whether the columns are hidden.
    public func setColumn(_ first: Int, _ last: Int, width: Double, style: CellStyle? = nil, hidden: Bool = false) throws {
        var options = lxw_row_col_options()
        options.hidden = hidden ? 1 : 0
        let error = worksheet_set_column_opt(handle, lxw_col_t(first), lxw_col_t(last), width, workbook.format(for: style), &options)
        try XLSXError.check(error, "set_column \(first)-\(last)")
    }

    public func setRow(_ row: Int, height: Double, style: CellStyle? = nil) throws {
        let error = worksheet_set_row(handle, lxw_row_t(row), height, workbook.format(for: style))
        try XLSXError.check(error, "set_row \(row)")
    }

    public func freezePanes(rows: Int, columns: Int) {
        worksheet_freeze_panes(handle, lxw_row_t(rows), lxw_col_t(columns))
    }

    public func autofilter(firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int) throws {
        let error = worksheet_autofilter(handle, lxw_row_t(firstRow), lxw_col_t(firstColumn),
                                         lxw_row_t(lastRow), lxw_col_t(lastColumn))
        try XLSXError.check(error, "autofilter")
    }

    /// A drop-down list on a range of cells in one column.
    public func dropDown(_ values: [String], firstRow: Int, lastRow: Int, column: Int) throws {
        var cStrings: [UnsafeMutablePointer<CChar>?] = values.map { strdup($0) }
        cStrings.append(nil)
        defer { cStrings.forEach { free($0) } }
        let error: lxw_error = cStrings.withUnsafeMutableBufferPointer { buffer in
            var validation = lxw_data_validation()
            validation.validate = UInt8(LXW_VALIDATION_TYPE_LIST.rawValue)
            validation.value_list = buffer.baseAddress
            return worksheet_data_validation_range(handle, lxw_row_t(firstRow), lxw_col_t(column),
                                                  lxw_row_t(lastRow), lxw_col_t(column), &validation)
        }
        try XLSXError.check(error, "data_validation")
    }

    /// A4, landscape or not, fit to one page wide, header row repeated on every printed page.
    public func printSetup(landscape: Bool, fitToWidth: Bool, repeatHeaderRows: Int) throws {
        if landscape { worksheet_set_landscape(handle) }
        worksheet_set_paper(handle, 9) // A4
        if fitToWidth { worksheet_fit_to_pages(handle, 1, 0) }
        if repeatHeaderRows > 0 {
            try XLSXError.check(worksheet_repeat_rows(handle, 0, lxw_row_t(repeatHeaderRows - 1)), "repeat_rows")
        }
    }

    func attach(_ chart: Chart, row: Int, column: Int) throws {
        try XLSXError.check(worksheet_insert_chart(handle, lxw_row_t(row), lxw_col_t(column), chart.handle), "insert_chart")
    }

    var raw: UnsafeMutablePointer<lxw_worksheet> { handle }
}
