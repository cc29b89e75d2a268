/// One word as Tesseract read it: its text, how sure it is, and where it stands on the image.
public struct OCRWord: Equatable, Sendable {
    public var text: String
    /// Tesseract's confidence, 0–100.
    public var confidence: Double
    /// The box in pixels, origin at the top left of the (deskewed) image.
    public var left: Int, top: Int, right: Int, bottom: Int
    /// The y of the word's baseline at its middle, in pixels.
    public var baseline: Int
    /// The text line it belongs to, counted from 0 over the page in Tesseract's order.
    public var line: Int
    /// The confidence of its least sure letter, 0–100.
    public var weakestLetter: Double

    public init(text: String, confidence: Double, left: Int, top: Int, right: Int, bottom: Int, baseline: Int, line: Int,
                weakestLetter: Double = 100) {
        self.text = text
        self.confidence = confidence
        self.left = left
        self.top = top
        self.right = right
        self.bottom = bottom
        self.baseline = baseline
        self.line = line
        self.weakestLetter = weakestLetter
    }
}

/// What OCR made of one page image.
public struct OCRPage: Equatable, Sendable {
    public var words: [OCRWord]
    public var width: Int
    public var height: Int
    public var dpi: Int
    /// The tilt corrected before reading, in degrees.
    public var skewDegrees: Double
    /// Pixels whitened as specks.
    public var specklePixels: Int
    /// Why a clean-up step was skipped (Leptonica failed it); the page was read without it.
    public var cleanupFailure: String?

    public init(words: [OCRWord], width: Int, height: Int, dpi: Int, skewDegrees: Double, specklePixels: Int,
                cleanupFailure: String? = nil) {
        self.cleanupFailure = cleanupFailure
        self.words = words
        self.width = width
        self.height = height
        self.dpi = dpi
        self.skewDegrees = skewDegrees
        self.specklePixels = specklePixels
    }
}

/// The clean-up steps before OCR (both on by default; switchable to measure each).
public struct OCRCleanup: Sendable, Equatable {
    public var despeckle: Bool
    public var deskew: Bool
    /// Table rules (long thin lines) whitened.
    public var removeRules: Bool

    public init(despeckle: Bool = true, deskew: Bool = true, removeRules: Bool = false) {
        self.despeckle = despeckle
        self.deskew = deskew
        self.removeRules = removeRules
    }
}
