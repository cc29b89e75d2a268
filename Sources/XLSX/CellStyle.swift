/// How a cell looks. A value; the workbook turns each distinct style into one format.
public struct CellStyle: Hashable, Sendable {
    public enum Alignment: Hashable, Sendable { case general, left, center, right }

    public var bold = false
    public var italic = false
    public var wrap = false
    public var topAligned = true
    public var alignment: Alignment = .general
    /// Background colour as 0xRRGGBB.
    public var background: UInt32?
    /// Font colour as 0xRRGGBB.
    public var fontColor: UInt32?
    public var underline = false
    public var border = false
    /// An Excel number format such as "0.0" or "dd.mm.yyyy".
    public var numberFormat: String?
    public var fontSize: Double?

    public init(bold: Bool = false, italic: Bool = false, wrap: Bool = false, alignment: Alignment = .general,
                background: UInt32? = nil, fontColor: UInt32? = nil, underline: Bool = false,
                border: Bool = false, numberFormat: String? = nil, fontSize: Double? = nil) {
        self.bold = bold
        self.italic = italic
        self.wrap = wrap
        self.alignment = alignment
        self.background = background
        self.fontColor = fontColor
        self.underline = underline
        self.border = border
        self.numberFormat = numberFormat
        self.fontSize = fontSize
    }
}
