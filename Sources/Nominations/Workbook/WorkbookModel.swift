/// The committee's workbook as values: sheets, rows, cells. Written to XLSX at the edge.
public struct WorkbookModel: Sendable, Equatable {
    public enum Cell: Sendable, Equatable {
        case text(String)
        case number(Double)
        /// A link that opens a file; `target` is relative to the workbook's folder.
        case link(target: String, text: String)
        case empty
    }

    /// How a row looks. `highlighted`: a proposed member; `muted`: a candidate who may not sit in
    /// the group (printed dark and italic, still legible); `handEntered`: a row from a hand entry;
    /// `heading`: bold; `warning`: a seat rule not met.
    public enum RowStyle: Sendable, Equatable { case normal, highlighted, muted, heading, handEntered, warning }

    public struct Column: Sendable, Equatable {
        public let header: String
        public let width: Double
        public let wrap: Bool
        /// A column the committee or staff fill in: every row gets a cell that shows it.
        public let input: Bool
        /// Kept out of sight (the stable key a row is read back by).
        public let hidden: Bool

        public init(_ header: String, width: Double, wrap: Bool = false, input: Bool = false, hidden: Bool = false) {
            self.header = header
            self.width = width
            self.wrap = wrap
            self.input = input
            self.hidden = hidden
        }
    }

    public struct Row: Sendable, Equatable {
        public var cells: [Cell]
        public var style: RowStyle

        public init(_ cells: [Cell], style: RowStyle = .normal) {
            self.cells = cells
            self.style = style
        }
    }

    public struct DropDown: Sendable, Equatable {
        public var column: Int
        public var values: [String]

        public init(column: Int, values: [String]) {
            self.column = column
            self.values = values
        }
    }

    /// How a sheet prints: A4 landscape, fit to the page's width, the header row repeated.
    public struct Printing: Sendable, Equatable {
        /// Columns printed, from the first (the others stay on screen only).
        public var columns: Int
        /// The page header's left, centre and right texts (plain text; the writer escapes them).
        public var headerLeft: String
        public var headerCenter: String
        public var headerRight: String

        public init(columns: Int, headerLeft: String, headerCenter: String = "", headerRight: String) {
            self.columns = columns
            self.headerLeft = headerLeft
            self.headerCenter = headerCenter
            self.headerRight = headerRight
        }
    }

    /// A stacked column chart over a block of the sheet's cells (rows and columns from 0, counting
    /// the header row when the sheet has one).
    public struct Chart: Sendable, Equatable {
        public var title: String
        public var categoryColumn: Int
        public var firstRow: Int
        public var lastRow: Int
        /// Series: name and column.
        public var series: [(name: String, column: Int)]
        /// Where the chart's top left corner goes.
        public var anchorRow: Int
        public var anchorColumn: Int

        public init(title: String, categoryColumn: Int, firstRow: Int, lastRow: Int, series: [(name: String, column: Int)],
                    anchorRow: Int, anchorColumn: Int) {
            self.title = title
            self.categoryColumn = categoryColumn
            self.firstRow = firstRow
            self.lastRow = lastRow
            self.series = series
            self.anchorRow = anchorRow
            self.anchorColumn = anchorColumn
        }

        public static func == (a: Chart, b: Chart) -> Bool {
            a.title == b.title && a.categoryColumn == b.categoryColumn && a.firstRow == b.firstRow && a.lastRow == b.lastRow
                && a.series.map(\.name) == b.series.map(\.name) && a.series.map(\.column) == b.series.map(\.column)
                && a.anchorRow == b.anchorRow && a.anchorColumn == b.anchorColumn
        }
    }

    public struct Sheet: Sendable, Equatable {
        public var name: String
        public var columns: [Column]
        public var rows: [Row]
        /// Drop-down lists, one column each.
        public var dropDowns: [DropDown]
        /// A table with a header row (frozen, filtered, repeated when printed).
        public var isTable: Bool
        /// Rows below the table, after an empty row (a group's state): not filtered, not read back.
        public var notes: [Row]
        public var printing: Printing?
        public var chart: Chart?

        public init(name: String, columns: [Column], rows: [Row], dropDowns: [DropDown] = [], isTable: Bool = false,
                    notes: [Row] = [], printing: Printing? = nil, chart: Chart? = nil) {
            self.name = name
            self.columns = columns
            self.rows = rows
            self.dropDowns = dropDowns
            self.isTable = isTable
            self.notes = notes
            self.printing = printing
            self.chart = chart
        }

        /// The index of a column by its header.
        public func column(_ header: String) -> Int? { columns.firstIndex { $0.header == header } }
    }

    public var sheets: [Sheet]
    public var title: String

    public init(sheets: [Sheet], title: String) {
        self.sheets = sheets
        self.title = title
    }
}
