import Foundation
import ZIPFoundation

/// Reads an XLSX workbook back: its sheets' names and cell texts (ZIPFoundation for the archive,
/// Foundation's `XMLParser` for the parts). Formatting, formulas and validations are not read.
public enum WorkbookReader {
    /// - Parameters:
    ///   - path: the XLSX file.
    ///   - wanted: the sheets to read (all when nil); the others are skipped unparsed.
    ///   - limits: the most the reader takes in.
    /// - Returns: the wanted sheets in the workbook's order.
    /// - Throws: `XLSXReadError` when the file is not a workbook the reader can take in.
    public static func read(path: String, sheets wanted: Set<String>? = nil, limits: ReadLimits = ReadLimits()) throws -> [ReadSheet] {
        let url = URL(fileURLWithPath: path)
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? nil
        guard let size else { throw XLSXReadError(.notAnArchive, "\(path): cannot be opened") }
        guard size <= limits.archiveBytes else { throw XLSXReadError(.tooLarge, "\(path): \(size) bytes") }
        let archive: Archive
        do {
            archive = try Archive(url: url, accessMode: .read)
        } catch {
            throw XLSXReadError(.notAnArchive, "\(path): not a ZIP archive (\(error))")
        }
        var entries: [String: Entry] = [:]
        for entry in archive {
            entries[entry.path] = entry
            guard entries.count <= limits.entries else { throw XLSXReadError(.tooLarge, "\(path): more than \(limits.entries) parts") }
        }
        func part(_ name: String) throws -> Data? {
            guard let entry = entries[name] else { return nil }
            return try extract(entry, from: archive, limit: limits.partBytes)
        }
        guard let workbookXML = try part("xl/workbook.xml") else { throw XLSXReadError(.missingPart, "\(path): no xl/workbook.xml") }
        let workbook = WorkbookPartParser()
        try PartParser.parse(workbookXML, part: "xl/workbook.xml", delegate: workbook)
        let relationships = RelationshipsParser()
        if let rels = try part("xl/_rels/workbook.xml.rels") {
            try PartParser.parse(rels, part: "xl/_rels/workbook.xml.rels", delegate: relationships)
        }
        var shared: [String] = []
        if let strings = try part("xl/sharedStrings.xml") {
            let parser = SharedStringsParser()
            try PartParser.parse(strings, part: "xl/sharedStrings.xml", delegate: parser)
            shared = parser.strings
        }
        var result: [ReadSheet] = []
        for (index, sheet) in workbook.sheets.enumerated() where wanted?.contains(sheet.name) ?? true {
            guard result.count < limits.sheets else { throw XLSXReadError(.tooLarge, "\(path): more than \(limits.sheets) sheets") }
            let target = relationships.targets[sheet.relationship] ?? "worksheets/sheet\(index + 1).xml"
            let name = partName(target)
            guard let xml = try part(name) else { throw XLSXReadError(.missingPart, "\(path): no \(name) for sheet \(sheet.name)") }
            let parser = SheetPartParser(sharedStrings: shared)
            try PartParser.parse(xml, part: name, delegate: parser)
            result.append(ReadSheet(name: sheet.name, cells: parser.cells))
        }
        return result
    }

    /// A relationship's target as a part name: relative to `xl/`, or absolute from the archive's root.
    static func partName(_ target: String) -> String {
        if target.hasPrefix("/") { return String(target.dropFirst()) }
        var parts = ["xl"]
        for piece in target.split(separator: "/") {
            if piece == ".." { if !parts.isEmpty { parts.removeLast() } } else if piece != "." { parts.append(String(piece)) }
        }
        return parts.joined(separator: "/")
    }

    /// An entry's bytes, stopped as soon as they pass the limit (the sizes in the archive's headers
    /// are not trusted).
    static func extract(_ entry: Entry, from archive: Archive, limit: Int) throws -> Data {
        guard entry.uncompressedSize <= UInt64(limit) else { throw XLSXReadError(.tooLarge, "\(entry.path): \(entry.uncompressedSize) bytes") }
        var data = Data()
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                guard data.count + chunk.count <= limit else { throw XLSXReadError(.tooLarge, "\(entry.path): more than \(limit) bytes") }
                data.append(chunk)
            }
        } catch let error as XLSXReadError {
            throw error
        } catch {
            throw XLSXReadError(.notAnArchive, "\(entry.path): damaged (\(error))")
        }
        return data
    }
}
