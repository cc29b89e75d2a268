import Foundation

/// Reads a written workbook back (unzip + XML): the cells of a sheet as text by row and column.
enum WorkbookReadBack {
    static func unzip(_ file: String, _ member: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/unzip")
        process.arguments = ["-p", file, member]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// Rows of a sheet: column letters → cell text (numbers as written).
    static func rows(_ file: String, sheet: Int) throws -> [[String: String]] {
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

    static func unescape(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
