import Foundation
import XLSX
import ZIPFoundation

/// Edits a written workbook as a committee member's program would: cells set in a sheet's XML, the
/// archive written anew to another file and renamed over the old one (so a hard link to the dated
/// copy breaks, as Excel's and LibreOffice's saving breaks it).
enum WorkbookEdit {
    struct Cell {
        let row: Int
        let column: Int
        let text: String
    }

    /// - Parameter sheetNumber: the sheet's place in the workbook, from 1 (libxlsxwriter's part names).
    static func set(_ path: String, sheetNumber: Int, cells: [Cell]) throws {
        let source = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        let newPath = path + ".saving"
        let target = try Archive(url: URL(fileURLWithPath: newPath), accessMode: .create)
        let part = "xl/worksheets/sheet\(sheetNumber).xml"
        for entry in source {
            var data = Data()
            _ = try source.extract(entry) { data.append($0) }
            if entry.path == part { data = Data(try edited(String(decoding: data, as: UTF8.self), cells).utf8) }
            let bytes = data
            try target.addEntry(with: entry.path, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .deflate) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard rename(newPath, path) == 0 else { throw CocoaError(.fileWriteUnknown) }
    }

    struct MissingCell: Error { let reference: String }

    static func edited(_ xml: String, _ cells: [Cell]) throws -> String {
        var xml = xml
        for cell in cells {
            let reference = columnName(cell.column) + String(cell.row + 1)
            let text = cell.text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            let pattern = try NSRegularExpression(pattern: "<c r=\"\(reference)\"( s=\"[0-9]+\")?[^>]*?(/>|>.*?</c>)")
            let range = NSRange(xml.startIndex..., in: xml)
            guard let match = pattern.firstMatch(in: xml, range: range), let whole = Range(match.range, in: xml) else {
                throw MissingCell(reference: reference)
            }
            let style = Range(match.range(at: 1), in: xml).map { String(xml[$0]) } ?? ""
            xml.replaceSubrange(whole, with: "<c r=\"\(reference)\"\(style) t=\"inlineStr\"><is><t>\(text)</t></is></c>")
        }
        return xml
    }

    static func columnName(_ column: Int) -> String {
        var name = "", value = column + 1
        while value > 0 {
            let remainder = (value - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + remainder))) + name
            value = (value - 1) / 26
        }
        return name
    }

    /// LibreOffice opens the workbook and saves it as XLSX with its own writer, in place.
    static func roundTripThroughLibreOffice(_ path: String) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lo-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder + "/out", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try LibreOffice.run(["--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", folder + "/out", path], profile: folder + "/profile")
        let saved = folder + "/out/" + (path as NSString).lastPathComponent
        guard FileManager.default.fileExists(atPath: saved) else { throw CocoaError(.fileNoSuchFile) }
        let temporary = path + ".lo"
        try FileManager.default.copyItem(atPath: saved, toPath: temporary)
        guard rename(temporary, path) == 0 else { throw CocoaError(.fileWriteUnknown) }
    }
}

/// LibreOffice headless, where it is installed (`soffice` on PATH); tests that need it say so when it is not.
enum LibreOffice {
    static let path: String? = ["/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/lib/libreoffice/program/soffice"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    static func run(_ arguments: [String], profile: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path!)
        process.arguments = ["--headless", "--norestore", "-env:UserInstallation=file://" + profile] + arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
    }
}

/// The committee's rows of a written workbook, read with the program's own reader.
enum CommitteeRows {
    struct Row {
        let sheet: String
        let sheetNumber: Int
        let row: Int
        let key: String
        let name: String
        let decision: String
        let note: String
        let warnings: String
    }

    static func rows(_ path: String, sheetNames: [String]) throws -> [Row] {
        let sheets = try WorkbookReader.read(path: path, sheets: Set(sheetNames))
        var result: [Row] = []
        for sheet in sheets {
            let rows = sheet.rows
            guard let header = rows.first, let key = header.firstIndex(of: "Ključ") else { continue }
            func at(_ row: [String], _ name: String) -> String {
                guard let index = header.firstIndex(of: name), index < row.count else { return "" }
                return row[index]
            }
            let number = (try WorkbookReaderOrder.order(path)).firstIndex(of: sheet.name)! + 1
            for (index, row) in rows.enumerated().dropFirst() where key < row.count && !row[key].isEmpty {
                result.append(Row(sheet: sheet.name, sheetNumber: number, row: index, key: row[key], name: at(row, "Kandidat"),
                                  decision: at(row, "Odločitev komisije"), note: at(row, "Opomba komisije"), warnings: at(row, "Opozorila")))
            }
        }
        return result
    }
}

/// The sheets' names in the workbook's order.
enum WorkbookReaderOrder {
    static func order(_ path: String) throws -> [String] { try WorkbookReader.read(path: path).map(\.name) }
}
