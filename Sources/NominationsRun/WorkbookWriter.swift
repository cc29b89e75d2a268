import Foundation
import Nominations
import XLSX

/// Writes a workbook model to an XLSX file through the XLSX wrapper (libxlsxwriter).
public enum WorkbookWriter {
    static let header = CellStyle(bold: true, wrap: true, background: 0xD9E1F2, border: true)
    static let heading = CellStyle(bold: true)
    static let highlighted = CellStyle(bold: false, background: 0xC6EFCE)
    static let muted = CellStyle(fontColor: 0x808080)
    static let link = CellStyle(fontColor: 0x0563C1, underline: true)

    /// Writes a finished workbook model, sheet by sheet, in libxlsxwriter's constant-memory mode.
    /// (How the model is worked out, and on how many threads, is the run's decision, not the writer's.)
    /// - Throws: `XLSXError` when the file cannot be written.
    public static func write(_ model: WorkbookModel, to path: String) throws {
        let workbook = try Workbook(path: path, constantMemory: true)
        try workbook.setProperties(title: model.title, author: "nominations")
        let worksheets = try model.sheets.map { try workbook.addWorksheet($0.name) }
        for (sheet, worksheet) in zip(model.sheets, worksheets) { try write(sheet, to: worksheet) }
        try workbook.close()
    }

    static func style(_ base: CellStyle?, row: WorkbookModel.RowStyle, wrap: Bool) -> CellStyle? {
        var style = base ?? CellStyle()
        switch row {
        case .normal: break
        case .highlighted: style.background = highlighted.background
        case .muted: style.fontColor = muted.fontColor
        case .heading: style.bold = true
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

    static func write(_ sheet: WorkbookModel.Sheet, to worksheet: Worksheet) throws {
        for (index, column) in sheet.columns.enumerated() {
            try worksheet.setColumn(index, index, width: column.width)
        }
        var rowIndex = 0
        if sheet.isTable || !sheet.columns.allSatisfy({ $0.header.isEmpty }) {
            for (index, column) in sheet.columns.enumerated() where !column.header.isEmpty {
                try worksheet.write(column.header, row: 0, column: index, style: sheet.isTable ? header : heading)
            }
            rowIndex = 1
        }
        for row in sheet.rows {
            let lines = wrappedLines(row, columns: sheet.columns)
            if lines > 1 { try worksheet.setRow(rowIndex, height: 15 * Double(min(lines, 12))) }
            for (index, cell) in row.cells.enumerated() {
                let wrap = index < sheet.columns.count && sheet.columns[index].wrap
                switch cell {
                case .text(let text):
                    try worksheet.write(Self.cellText(text), row: rowIndex, column: index, style: style(nil, row: row.style, wrap: wrap))
                case .number(let number):
                    try worksheet.write(number, row: rowIndex, column: index, style: style(nil, row: row.style, wrap: false))
                case .link(let target, let text):
                    try worksheet.writeLink("external:" + target, text: text, row: rowIndex, column: index,
                                            style: style(link, row: row.style, wrap: wrap))
                case .empty:
                    if row.style != .normal { try worksheet.writeBlank(row: rowIndex, column: index, style: style(nil, row: row.style, wrap: false)) }
                }
            }
            rowIndex += 1
        }
        if sheet.isTable {
            worksheet.freezePanes(rows: 1, columns: 0)
            try worksheet.autofilter(firstRow: 0, firstColumn: 0, lastRow: max(rowIndex - 1, 0), lastColumn: sheet.columns.count - 1)
            if let dropDown = sheet.dropDown, rowIndex > 1 {
                try worksheet.dropDown(dropDown.values, firstRow: 1, lastRow: rowIndex - 1, column: dropDown.column)
            }
        }
        try worksheet.printSetup(landscape: true, fitToWidth: true, repeatHeaderRows: sheet.isTable ? 1 : 0)
    }
}
