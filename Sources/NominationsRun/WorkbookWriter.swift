import Foundation
import Nominations
import XLSX

/// Writes a workbook model to an XLSX file through the XLSX wrapper (libxlsxwriter).
public enum WorkbookWriter {
    static let header = CellStyle(bold: true, wrap: true, background: 0xD9E1F2, border: true)
    static let heading = CellStyle(bold: true)
    static let highlighted = CellStyle(bold: false, background: 0xC6EFCE)
    /// Candidates who may not sit in the group: dark grey and italic, legible in print.
    static let muted = CellStyle(italic: true, fontColor: 0x404040)
    static let handEntered = CellStyle(background: 0xDDEBF7)
    static let warning = CellStyle(bold: true, fontColor: 0x9C0006)
    /// The cells the committee and staff fill in.
    static let input = CellStyle(background: 0xFFF2CC, border: true)
    static let link = CellStyle(fontColor: 0x0563C1, underline: true)

    /// Writes a finished workbook model, sheet by sheet, in libxlsxwriter's constant-memory mode.
    /// (How the model is worked out, and on how many threads, is the run's decision, not the writer's.)
    /// - Throws: `XLSXError` when the file cannot be written.
    public static func write(_ model: WorkbookModel, to path: String) throws {
        let file = try Open(path: path, title: model.title, sheetNames: model.sheets.map(\.name))
        for sheet in model.sheets { try file.write(sheet) }
        try file.close()
    }

    /// A workbook open for writing: its sheets made up front in the workbook's order, then each
    /// written from its finished model, in any order (a run writes the letters' sheets while the
    /// candidates' are still being worked out), from one thread at a time.
    public final class Open {
        private let workbook: Workbook
        private let worksheets: [String: Worksheet]
        private var written: Set<String> = []

        /// - Throws: `XLSXError` when the file or a sheet cannot be made.
        public init(path: String, title: String, sheetNames: [String]) throws {
            workbook = try Workbook(path: path, constantMemory: true)
            try workbook.setProperties(title: title, author: "nominations")
            var worksheets: [String: Worksheet] = [:]
            for name in sheetNames { worksheets[name] = try workbook.addWorksheet(name) }
            self.worksheets = worksheets
        }

        /// Writes one sheet's finished model. - Throws: `XLSXError` for a sheet not made, or
        /// written twice, or that libxlsxwriter refuses.
        public func write(_ sheet: WorkbookModel.Sheet) throws {
            guard let worksheet = worksheets[sheet.name], written.insert(sheet.name).inserted else {
                throw XLSXError(operation: "write", message: "sheet \"\(sheet.name)\" is not in the workbook or was written already")
            }
            try WorkbookWriter.write(sheet, to: worksheet, in: workbook)
        }

        /// Finishes the file. - Throws: `XLSXError` when a sheet was left unwritten or the file cannot be written.
        public func close() throws {
            let missing = Set(worksheets.keys).subtracting(written)
            guard missing.isEmpty else {
                throw XLSXError(operation: "close", message: "sheets not written: \(missing.sorted().joined(separator: ", "))")
            }
            try workbook.close()
        }
    }

    static func style(_ base: CellStyle?, row: WorkbookModel.RowStyle, wrap: Bool) -> CellStyle? {
        var style = base ?? CellStyle()
        switch row {
        case .normal: break
        case .highlighted: style.background = highlighted.background
        case .muted: style.fontColor = muted.fontColor; style.italic = true
        case .heading: style.bold = true
        case .handEntered: style.background = handEntered.background
        case .warning: style.fontColor = warning.fontColor; style.bold = true
        }
        style.wrap = style.wrap || wrap
        return style
    }

    /// Lines the tallest wrapped cell of a row needs, estimated from its length and column width
    /// (rows of a streamed sheet carry no height, and not every program grows them on opening).
    static func wrappedLines(_ row: WorkbookModel.Row, columns: [WorkbookModel.Column]) -> Int {
        var lines = 1
        for (index, cell) in row.cells.enumerated() where index < columns.count && columns[index].wrap {
            guard case .text(let text) = cell else { continue }
            lines = max(lines, wrappedLines(text, perLine: max(columns[index].width * 1.1, 1)))
        }
        return lines
    }

    /// Lines a text needs at `perLine` characters a line, over its bytes: a line with no more bytes
    /// than fit needs no count of its characters. Lines end at "\n" (a "\r\n" is one character and
    /// no line end, as in a split on characters).
    static func wrappedLines(_ text: String, perLine: Double) -> Int {
        let utf8 = text.utf8
        var needed = 0
        var start = utf8.startIndex
        var previous: UInt8 = 0
        func add(_ end: String.Index) {
            let bytes = utf8.distance(from: start, to: end)
            needed += Double(bytes) <= perLine ? 1 : max(1, Int((Double(characters(text[start..<end])) / perLine).rounded(.up)))
        }
        var index = start
        while index < utf8.endIndex {
            let byte = utf8[index]
            if byte == 10 && previous != 13 {
                add(index)
                start = utf8.index(after: index)
            }
            previous = byte
            index = utf8.index(after: index)
        }
        add(utf8.endIndex)
        return needed
    }

    /// The characters of a text. Below U+0300 (Latin, no combining marks) and without a carriage
    /// return every scalar is a character of its own, and scalars are counted from the bytes (a
    /// UTF-8 continuation byte starts no scalar); otherwise Swift counts the characters.
    static func characters(_ text: Substring) -> Int {
        var scalars = 0
        for byte in text.utf8 {
            // 0xCC and above start U+0300 or later; 13 is a carriage return.
            if byte >= 0xCC || byte == 13 { return text.count }
            if byte & 0xC0 != 0x80 { scalars += 1 }
        }
        return scalars
    }

    /// A cell holds at most 32,000 characters (Excel's limit is 32,767); a text with no more bytes
    /// than that is whole.
    static func cellText(_ text: String) -> String {
        text.utf8.count <= 32000 ? text : String(text.prefix(32000))
    }

    static func write(_ sheet: WorkbookModel.Sheet, to worksheet: Worksheet, in workbook: Workbook) throws {
        for (index, column) in sheet.columns.enumerated() {
            try worksheet.setColumn(index, index, width: column.width, hidden: column.hidden)
        }
        var rowIndex = 0
        if sheet.isTable || !sheet.columns.allSatisfy({ $0.header.isEmpty }) {
            // The header row is as tall as its longest wrapped header.
            let headerRow = WorkbookModel.Row(sheet.columns.map { .text($0.header) })
            let lines = wrappedLines(headerRow, columns: sheet.columns.map { .init($0.header, width: $0.width, wrap: sheet.isTable) })
            if lines > 1 { try worksheet.setRow(0, height: 15 * Double(min(lines, 4))) }
            for (index, column) in sheet.columns.enumerated() where !column.header.isEmpty {
                try worksheet.write(column.header, row: 0, column: index, style: sheet.isTable ? header : heading)
            }
            rowIndex = 1
        }
        // A row is as tall as its printed cells need (the explanations beside them are printed on a
        // sheet of their own and shown whole in the cell's editor).
        let heightColumns = sheet.printing.map { printing in
            sheet.columns.enumerated().map { $0 < printing.columns ? $1 : .init($1.header, width: $1.width) }
        } ?? sheet.columns
        var links = 0
        for row in sheet.rows {
            try write(row, at: rowIndex, columns: sheet.columns, heightColumns: heightColumns, to: worksheet, links: &links)
            rowIndex += 1
        }
        let lastTableRow = max(rowIndex - 1, 0)
        if sheet.isTable {
            worksheet.freezePanes(rows: 1, columns: 0)
            try worksheet.autofilter(firstRow: 0, firstColumn: 0, lastRow: lastTableRow, lastColumn: sheet.columns.count - 1)
            for dropDown in sheet.dropDowns where rowIndex > 1 {
                try worksheet.dropDown(dropDown.values, firstRow: 1, lastRow: rowIndex - 1, column: dropDown.column)
            }
        }
        if !sheet.notes.isEmpty {
            rowIndex += 1
            for note in sheet.notes {
                try write(note, at: rowIndex, columns: [], heightColumns: [], to: worksheet, links: &links)
                rowIndex += 1
            }
        }
        if let chart = sheet.chart { try write(chart, sheet: sheet.name, to: worksheet, in: workbook) }
        try worksheet.printSetup(landscape: true, fitToWidth: true, repeatHeaderRows: sheet.isTable ? 1 : 0)
        if let printing = sheet.printing {
            let last = max(rowIndex - 1, 0) + (sheet.chart == nil ? 0 : 20)
            try worksheet.printArea(firstRow: 0, firstColumn: 0, lastRow: last, lastColumn: max(printing.columns - 1, 0))
            worksheet.setMargins(left: 0.4, right: 0.4, top: 0.75, bottom: 0.6)
            let header = "&L&B" + Worksheet.headerText(printing.headerLeft) + "&B"
                + (printing.headerCenter.isEmpty ? "" : "&C" + Worksheet.headerText(printing.headerCenter))
                + "&R" + Worksheet.headerText(printing.headerRight)
            try worksheet.setHeader(header, footer: "&L" + Worksheet.headerText(WorkbookLayout.title) + "&RStran &P od &N")
        }
    }

    /// One row: text as text (never a formula), links, and the input columns' cells always written,
    /// so that they show where to write.
    /// Links a sheet may hold: Excel's limit (libxlsxwriter refuses more); further links are written as their text.
    static let maximumLinks = 65_530

    static func write(_ row: WorkbookModel.Row, at rowIndex: Int, columns: [WorkbookModel.Column], heightColumns: [WorkbookModel.Column],
                      to worksheet: Worksheet, links: inout Int) throws {
        let lines = wrappedLines(row, columns: heightColumns)
        if lines > 1 { try worksheet.setRow(rowIndex, height: 15 * Double(min(lines, 12))) }
        for (index, cell) in row.cells.enumerated() {
            let column = index < columns.count ? columns[index] : nil
            let wrap = column?.wrap ?? false
            let base = column?.input == true ? input : nil
            switch cell {
            case .text(let text) where text.isEmpty && base != nil:
                try worksheet.writeBlank(row: rowIndex, column: index, style: style(base, row: row.style, wrap: wrap))
            case .text(let text):
                try worksheet.write(Self.cellText(text), row: rowIndex, column: index, style: style(base, row: row.style, wrap: wrap))
            case .number(let number):
                try worksheet.write(number, row: rowIndex, column: index, style: style(nil, row: row.style, wrap: false))
            case .link(_, let text) where links >= maximumLinks:
                try worksheet.write(Self.cellText(text), row: rowIndex, column: index, style: style(nil, row: row.style, wrap: wrap))
            case .link(let target, let text):
                links += 1
                try worksheet.writeLink("external:" + target, text: text, row: rowIndex, column: index,
                                        style: style(link, row: row.style, wrap: wrap))
            case .empty:
                if row.style != .normal || base != nil {
                    try worksheet.writeBlank(row: rowIndex, column: index, style: style(base, row: row.style, wrap: false))
                }
            }
        }
    }

    static func write(_ chart: WorkbookModel.Chart, sheet: String, to worksheet: Worksheet, in workbook: Workbook) throws {
        let made = try workbook.addChart(.stackedColumns)
        made.setTitle(chart.title)
        made.legendBelow()
        let colors: [UInt32] = [0x4472C4, 0xED7D31, 0xA5A5A5, 0xFFC000, 0x70AD47, 0x5B9BD5]
        for (offset, series) in chart.series.enumerated() {
            try made.addSeries(name: series.name, sheet: sheet,
                               categories: (chart.firstRow, chart.categoryColumn, chart.lastRow, chart.categoryColumn),
                               values: (chart.firstRow, series.column, chart.lastRow, series.column),
                               color: colors[offset % colors.count])
        }
        try made.insert(into: worksheet, row: chart.anchorRow, column: chart.anchorColumn)
    }
}
