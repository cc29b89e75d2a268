import Foundation
import OCR

/// How the extraction stage reads a file's pages: the OCR of scanned pages and its limits.
public struct ExtractionOptions: Sendable {
    /// Seconds OCR may spend on one page (rendering, clean-up and recognition) before the page is
    /// given up and listed; the worker's own time limit stays as a last resort.
    public var ocrSecondsPerPage: Double
    /// The resolution scanned pages are rendered at for OCR.
    public var ocrDPI: Int
    /// Clean-up before OCR (both steps are on; switched off only to measure them).
    public var cleanup: OCRCleanup
    /// Called after each page OCR has read or given up (a worker tells its progress with it).
    public var pageRecognized: (@Sendable () -> Void)?

    public init(ocrSecondsPerPage: Double = ExtractionOptions.defaultOCRSecondsPerPage, ocrDPI: Int = 300,
                cleanup: OCRCleanup = ExtractionOptions.measuredCleanup, pageRecognized: (@Sendable () -> Void)? = nil) {
        self.ocrSecondsPerPage = ocrSecondsPerPage
        self.ocrDPI = ocrDPI
        self.cleanup = cleanup
        self.pageRecognized = pageRecognized
    }

    /// A scanned letter's page takes 1–3 s on this machine; twenty is ample and still less than a
    /// worker's limit without progress (30 s), so a page that defeats OCR is listed by its reason.
    public static let defaultOCRSecondsPerPage = 20.0

    /// The clean-up steps: both, unless `NOMINATIONS_OCR_CLEANUP` names others ("none", "despeckle",
    /// "deskew") — only to measure what each step is worth (README, "Scanned letters").
    public static let measuredCleanup: OCRCleanup = {
        switch ProcessInfo.processInfo.environment["NOMINATIONS_OCR_CLEANUP"] {
        case "none": return OCRCleanup(despeckle: false, deskew: false)
        case "despeckle": return OCRCleanup(despeckle: true, deskew: false)
        case "deskew": return OCRCleanup(despeckle: false, deskew: true)
        default: return OCRCleanup()
        }
    }()

    /// The languages of the letters: Slovenian and Italian.
    public static let ocrLanguages = "slv+ita"
}
