import Foundation
import Nominations
import PDFText

/// The extraction stage: a file's bytes in, its text and form fields out — from the text layer, or
/// by OCR for pages that have none (scans). The only place that reaches poppler (through PDFText)
/// and, for scans, Tesseract (through `ScanReading`).
public enum Extraction {
    /// Sets up what the first file would (poppler's globals, the reader's tables): a worker does
    /// it while it waits for its first request. Tesseract is started only by a scanned page.
    public static func prepare() {
        PDFDocument.prepare()
        Folding.prepareTables()
    }

    /// Reads a PDF from its bytes. Never throws: a file that cannot be read gives a failure.
    /// - Parameter options: the OCR of scanned pages (time budget, clean-up).
    public static func extract(_ data: Data, options: ExtractionOptions = ExtractionOptions()) -> ExtractedText {
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
            var pages = formFields.isEmpty ? document.pageTexts()
                : (0..<document.pageCount).map { document.textWithFields(page: $0) }
            // Pages with no usable text layer are read by OCR; the others never are.
            let scanned = pages.indices.filter { index in
                ScannedPages.needsOCR(text: pages[index], imageCoverage: { document.imageCoverage(page: index) },
                                      hasInk: { document.hasInk(page: index) })
            }
            guard !scanned.isEmpty else { return ExtractedText(pages: pages, fields: fields) }
            let scans = ScanReading.recognize(document, pages: scanned, options: options)
            for scan in scans { pages[scan.page] = scan.failure == nil ? ScanLayout.text(of: scan) : "" }
            return ExtractedText(pages: pages, fields: fields, scans: scans)
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
