import Foundation
import ZIPFoundation

/// Reads a written workbook back through ZIPFoundation: a member's XML, every sheet, the cells of a
/// sheet by row and column. A member that is not there is an error, so a check cannot pass on nothing.
public enum WorkbookReadBack {
    public struct MissingMember: Error, CustomStringConvertible {
        let file: String, member: String
        public var description: String { "\(member) is not in \(file)" }
    }

    public static func unzip(_ file: String, _ member: String) throws -> String {
        let archive = try Archive(url: URL(fileURLWithPath: file), accessMode: .read)
        guard let entry = archive[member] else { throw MissingMember(file: file, member: member) }
        var data = Data()
        _ = try archive.extract(entry, skipCRC32: false) { data.append($0) }
        return String(decoding: data, as: UTF8.self)
    }

    /// The XML of every worksheet, in the workbook's order (sheet1.xml, sheet2.xml, …).
    public static func sheets(_ file: String) throws -> [String] {
        let archive = try Archive(url: URL(fileURLWithPath: file), accessMode: .read)
        let names = archive.map(\.path).filter { $0.hasPrefix("xl/worksheets/sheet") && $0.hasSuffix(".xml") }
        let numbered = names.compactMap { name -> (Int, String)? in
            Int(name.dropFirst("xl/worksheets/sheet".count).dropLast(".xml".count)).map { ($0, name) }
        }.sorted { $0.0 < $1.0 }
        return try numbered.map { try unzip(file, $0.1) }
    }

    /// All text of a workbook: the shared strings, when the writer used them, and every sheet.
    public static func text(_ file: String) throws -> String {
        let archive = try Archive(url: URL(fileURLWithPath: file), accessMode: .read)
        var text = archive["xl/sharedStrings.xml"] != nil ? try unzip(file, "xl/sharedStrings.xml") : ""
        text += try sheets(file).joined()
        return text
    }

    /// Rows of a sheet: column letters → cell text (numbers as written).
    public static func rows(_ file: String, sheet: Int) throws -> [[String: String]] {
        let xml = try unzip(file, "xl/worksheets/sheet\(sheet).xml")
        let cell = try NSRegularExpression(pattern: "<c r=\"([A-Z]+)[0-9]+\"[^>]*?(?:/>|>(?:<is><t[^>]*>(.*?)</t></is>|<v>(.*?)</v>)?</c>)")
        var result: [[String: String]] = []
        for rowText in xml.components(separatedBy: "<row ").dropFirst() {
            var row: [String: String] = [:]
            let range = NSRange(rowText.startIndex..., in: rowText)
            for match in cell.matches(in: rowText, range: range) {
                let column = String(rowText[Range(match.range(at: 1), in: rowText)!])
                let text = [2, 3].compactMap { Range(match.range(at: $0), in: rowText).map { String(rowText[$0]) } }.first ?? ""
                row[column] = unescape(text)
            }
            result.append(row)
        }
        return result
    }

    public static func unescape(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
