import CXlsxWriter

extension Worksheet {
    /// The printed page's header and footer in Excel's codes: `&L`, `&C`, `&R` for the thirds,
    /// `&P` page, `&N` pages, `&&` a literal ampersand (see `headerText(_:)`).
    /// - Throws: `XLSXError` when a text is longer than Excel allows (255 characters).
    public func setHeader(_ header: String, footer: String) throws {
        try XLSXError.check(header.withCString { worksheet_set_header(raw, $0) }, "set_header")
        try XLSXError.check(footer.withCString { worksheet_set_footer(raw, $0) }, "set_footer")
    }

    /// A text for a header or footer with its ampersands kept as text.
    public static func headerText(_ text: String) -> String { text.replacingOccurrences(of: "&", with: "&&") }

    /// Only these cells are printed.
    public func printArea(firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int) throws {
        let error = worksheet_print_area(raw, lxw_row_t(firstRow), lxw_col_t(firstColumn), lxw_row_t(lastRow), lxw_col_t(lastColumn))
        try XLSXError.check(error, "print_area")
    }

    /// Page margins in inches (header and footer in the top and bottom ones).
    public func setMargins(left: Double, right: Double, top: Double, bottom: Double) {
        worksheet_set_margins(raw, left, right, top, bottom)
    }
}
