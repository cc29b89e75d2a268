import PDFText
import Foundation
for path in CommandLine.arguments.dropFirst() {
    do {
        let doc = try PDFDocument(path: path)
        print("=== \(path) pages=\(doc.pageCount)")
        for t in doc.pageTexts() { print(t); print("---page---") }
        for f in doc.formFields() { print("FIELD", f.name, f.label ?? "-", f.kind, f.text ?? "nil", f.isOn, f.x, f.y) }
    } catch { print("=== \(path) ERROR \(error)") }
}
