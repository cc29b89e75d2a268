/// Bounds on what the reader takes in, so that a hostile workbook (a ZIP bomb, a huge sheet)
/// is refused instead of filling the memory.
public struct ReadLimits: Sendable {
    /// The file itself.
    public var archiveBytes: Int
    /// One XML part, uncompressed.
    public var partBytes: Int
    /// Entries in the archive.
    public var entries: Int
    /// Sheets read.
    public var sheets: Int

    public init(archiveBytes: Int = 64 << 20, partBytes: Int = 64 << 20, entries: Int = 4096, sheets: Int = 256) {
        self.archiveBytes = archiveBytes
        self.partBytes = partBytes
        self.entries = entries
        self.sheets = sheets
    }
}
