import CXlsxWriter

/// A chart of a workbook (libxlsxwriter's `lxw_chart`, owned and freed by the workbook), placed on
/// a sheet with `insert(into:row:column:)`.
public final class Chart {
    public enum Kind: Sendable { case stackedColumns, stackedBars, columns }

    let handle: UnsafeMutablePointer<lxw_chart>
    private let workbook: Workbook

    init(_ handle: UnsafeMutablePointer<lxw_chart>, workbook: Workbook) {
        self.handle = handle
        self.workbook = workbook
    }

    /// A series over cells of a sheet (rows and columns from 0, both ends included).
    /// - Throws: `XLSXError` when libxlsxwriter refuses the series.
    public func addSeries(name: String, sheet: String, categories: (firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int),
                          values: (firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int), color: UInt32? = nil) throws {
        guard let series = chart_add_series(handle, nil, nil) else {
            throw XLSXError(operation: "chart_add_series", message: "cannot add series \(name)")
        }
        sheet.withCString { sheetC in
            chart_series_set_categories(series, sheetC, lxw_row_t(categories.firstRow), lxw_col_t(categories.firstColumn),
                                        lxw_row_t(categories.lastRow), lxw_col_t(categories.lastColumn))
            chart_series_set_values(series, sheetC, lxw_row_t(values.firstRow), lxw_col_t(values.firstColumn),
                                    lxw_row_t(values.lastRow), lxw_col_t(values.lastColumn))
        }
        name.withCString { chart_series_set_name(series, $0) }
        if let color {
            var fill = lxw_chart_fill()
            fill.color = lxw_color_t(color)
            chart_series_set_fill(series, &fill)
        }
    }

    public func setTitle(_ title: String) { title.withCString { chart_title_set_name(handle, $0) } }

    public func setAxisNames(x: String, y: String) {
        x.withCString { chart_axis_set_name(handle.pointee.x_axis, $0) }
        y.withCString { chart_axis_set_name(handle.pointee.y_axis, $0) }
    }

    public func legendBelow() { chart_legend_set_position(handle, UInt8(LXW_CHART_LEGEND_BOTTOM.rawValue)) }

    /// Places the chart with its top left corner at a cell.
    public func insert(into sheet: Worksheet, row: Int, column: Int) throws {
        try sheet.attach(self, row: row, column: column)
    }
}

extension Workbook {
    /// A new chart, to be given series and placed on a sheet.
    public func addChart(_ kind: Chart.Kind) throws -> Chart {
        let type: lxw_chart_type
        switch kind {
        case .stackedColumns: type = LXW_CHART_COLUMN_STACKED
        case .stackedBars: type = LXW_CHART_BAR_STACKED
        case .columns: type = LXW_CHART_COLUMN
        }
        guard let chart = workbook_add_chart(handle, UInt8(type.rawValue)) else {
            throw XLSXError(operation: "workbook_add_chart", message: "cannot add a chart")
        }
        return Chart(chart, workbook: self)
    }
}
