/// The committee's workbook as values: sheets, rows, cells. Written to XLSX at the edge.
public struct WorkbookModel: Sendable, Equatable {
    public enum Cell: Sendable, Equatable {
        case text(String)
        case number(Double)
        /// A link that opens a file; `target` is relative to the workbook's folder.
        case link(target: String, text: String)
        case empty
    }

    public enum RowStyle: Sendable, Equatable { case normal, highlighted, muted, heading }

    public struct Column: Sendable, Equatable {
        public let header: String
        public let width: Double
        public let wrap: Bool

        public init(_ header: String, width: Double, wrap: Bool = false) {
            self.header = header
            self.width = width
            self.wrap = wrap
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

    public struct Sheet: Sendable, Equatable {
        public var name: String
        public var columns: [Column]
        public var rows: [Row]
        /// Column index with a drop-down list of decisions, and its values.
        public var dropDown: (column: Int, values: [String])?
        /// A table with a header row (frozen, filtered, repeated when printed).
        public var isTable: Bool

        public init(name: String, columns: [Column], rows: [Row], dropDown: (column: Int, values: [String])? = nil, isTable: Bool = false) {
            self.name = name
            self.columns = columns
            self.rows = rows
            self.dropDown = dropDown
            self.isTable = isTable
        }

        public static func == (a: Sheet, b: Sheet) -> Bool {
            a.name == b.name && a.columns == b.columns && a.rows == b.rows && a.isTable == b.isTable
                && a.dropDown?.column == b.dropDown?.column && a.dropDown?.values == b.dropDown?.values
        }
    }

    public var sheets: [Sheet]
    public var title: String

    public init(sheets: [Sheet], title: String) {
        self.sheets = sheets
        self.title = title
    }
}
