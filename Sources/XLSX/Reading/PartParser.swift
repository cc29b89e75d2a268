import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Runs Foundation's `XMLParser` over one part of the workbook, safely: a part that declares a DTD
/// is refused before parsing (no entity is ever defined, so none is expanded), and external
/// entities are never resolved.
enum PartParser {
    static func parse(_ data: Data, part: String, delegate: XMLParserDelegate) throws {
        if declaresDTD(data) { throw XLSXReadError(.badXML, "\(part): declares a DTD, which a workbook never needs") }
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        parser.delegate = delegate
        guard parser.parse() else {
            throw XLSXReadError(.badXML, "\(part): not well-formed XML (\(parser.parserError.map { "\($0)" } ?? "unknown"))")
        }
    }

    /// Whether "<!DOCTYPE" or "<!ENTITY" appears anywhere in the bytes.
    static func declaresDTD(_ data: Data) -> Bool {
        let marks: [[UInt8]] = [Array("<!DOCTYPE".utf8), Array("<!ENTITY".utf8)]
        return data.withUnsafeBytes { raw -> Bool in
            let bytes = raw.bindMemory(to: UInt8.self)
            guard bytes.count >= 8 else { return false }
            for index in 0..<(bytes.count - 1) where bytes[index] == UInt8(ascii: "<") && bytes[index + 1] == UInt8(ascii: "!") {
                for mark in marks where index + mark.count <= bytes.count {
                    var same = true
                    for offset in 2..<mark.count where bytes[index + offset] & 0xDF != mark[offset] & 0xDF { same = false; break }
                    if same { return true }
                }
            }
            return false
        }
    }

    /// An element's name without its namespace prefix ("x:row" → "row").
    static func local(_ name: String) -> Substring {
        guard let colon = name.lastIndex(of: ":") else { return Substring(name) }
        return name[name.index(after: colon)...]
    }
}

/// `xl/workbook.xml`: the sheets' names and relationship ids, in order.
final class WorkbookPartParser: NSObject, XMLParserDelegate {
    private(set) var sheets: [(name: String, relationship: String)] = []

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        guard PartParser.local(name) == "sheet", let sheetName = attributes["name"] else { return }
        let id = attributes["r:id"] ?? attributes.first { $0.key.hasSuffix(":id") }?.value ?? ""
        sheets.append((sheetName, id))
    }
}

/// `xl/_rels/workbook.xml.rels`: relationship id → target part.
final class RelationshipsParser: NSObject, XMLParserDelegate {
    private(set) var targets: [String: String] = [:]

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        guard PartParser.local(name) == "Relationship", let id = attributes["Id"], let target = attributes["Target"] else { return }
        targets[id] = target
    }
}

/// `xl/sharedStrings.xml`: each `si`'s text, its runs joined (phonetic runs left out).
final class SharedStringsParser: NSObject, XMLParserDelegate {
    private(set) var strings: [String] = []
    private var current = ""
    private var inItem = false, inText = false, inPhonetic = false

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        switch PartParser.local(name) {
        case "si": inItem = true; current = ""
        case "t": inText = inItem && !inPhonetic
        case "rPh": inPhonetic = true
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch PartParser.local(name) {
        case "si": inItem = false; strings.append(current)
        case "t": inText = false
        case "rPh": inPhonetic = false
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { current += string }
    }
}
