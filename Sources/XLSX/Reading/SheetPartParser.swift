import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// One worksheet part: every cell's text by row and column. Shared strings are looked up,
/// inline strings joined from their runs, numbers and formula results kept as written.
final class SheetPartParser: NSObject, XMLParserDelegate {
    private let shared: [String]
    private(set) var cells: [Int: [Int: String]] = [:]
    private var row = -1, column = -1
    private var type = ""
    private var value = ""
    private var inCell = false, inValue = false, inText = false, inPhonetic = false

    init(sharedStrings: [String]) {
        shared = sharedStrings
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        switch PartParser.local(name) {
        case "row":
            row = attributes["r"].flatMap(Int.init).map { $0 - 1 } ?? row + 1
            column = -1
        case "c":
            if let reference = attributes["r"], let place = CellReference.parse(reference) {
                row = place.row
                column = place.column
            } else {
                column += 1
            }
            type = attributes["t"] ?? ""
            value = ""
            inCell = true
        case "v": inValue = inCell
        case "t": inText = inCell && !inPhonetic
        case "rPh": inPhonetic = true
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch PartParser.local(name) {
        case "c":
            inCell = false
            let text: String
            switch type {
            case "s": text = Int(value.trimmingCharacters(in: .whitespaces)).flatMap { $0 >= 0 && $0 < shared.count ? shared[$0] : nil } ?? ""
            default: text = value
            }
            if !text.isEmpty && row >= 0 && column >= 0 { cells[row, default: [:]][column] = text }
        case "v": inValue = false
        case "t": inText = false
        case "rPh": inPhonetic = false
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inValue || inText { value += string }
    }
}
