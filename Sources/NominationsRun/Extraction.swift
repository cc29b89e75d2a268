import Foundation
import Nominations
import PDFText

/// The extraction stage: a file's bytes in, its text and form fields out. The only place that
/// reaches poppler (through PDFText).
public enum Extraction {
    /// Sets up what the first file would (poppler's globals, the reader's tables): a worker does
    /// it while it waits for its first request.
    public static func prepare() {
        PDFDocument.prepare()
        Folding.prepareTables()
    }

    /// Reads a PDF from its bytes. Never throws: a file that cannot be read gives a failure.
    public static func extract(_ data: Data) -> ExtractedText {
        if data.isEmpty { return .failed(.empty) }
        if !data.prefix(1024).contains(Data("%PDF".utf8)) {
            return .failed(.notPDF)
        }
        do {
            let document = try PDFDocument(data: data)
            let formFields = document.formFields()
            let fields = formFields.map { field in
                ExtractedText.Field(label: field.label ?? field.name, name: field.name, value: field.text,
                                    ticked: [.checkbox, .radio].contains(field.kind) ? field.isOn : nil)
            }
            // A filled form's values are laid into its pages where the fields sit, so that each
            // stands beside or below the label printed for it (field names often say nothing).
            let pages = formFields.isEmpty ? document.pageTexts()
                : (0..<document.pageCount).map { document.textWithFields(page: $0) }
            let hasText = pages.contains { $0.contains { $0.isLetter } }
            if !hasText && !fields.contains(where: { $0.value?.isEmpty == false }) {
                let scanned = (0..<document.pageCount).contains { document.hasImages(page: $0) }
                return ExtractedText(pages: pages, fields: fields, failure: scanned ? .scanned : nil)
            }
            return ExtractedText(pages: pages, fields: fields)
        } catch let error as PDFError {
            switch error.code {
            case .encrypted: return .failed(.encrypted, detail: error.detail)
            case .noPages: return .failed(.noPages, detail: error.detail)
            case .missing: return .failed(.missing, detail: error.detail)
            case .damaged, .other: return .failed(.damaged, detail: error.detail)
            }
        } catch {
            return .failed(.damaged, detail: "\(error)")
        }
    }
}
