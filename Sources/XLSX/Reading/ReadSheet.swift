/// One sheet as read back: the text of every non-empty cell, by row and column (both from 0).
/// Numbers are kept as the file writes them ("3", "7.5"); shared and inline strings as text.
public struct ReadSheet: Sendable, Equatable {
    public let name: String
    /// Row index → column index → text.
    public let cells: [Int: [Int: String]]

    public init(name: String, cells: [Int: [Int: String]]) {
        self.name = name
        self.cells = cells
    }

    public func text(row: Int, column: Int) -> String { cells[row]?[column] ?? "" }

    /// The rows from the first to the last non-empty one, each as dense as its last non-empty cell.
    public var rows: [[String]] {
        guard let last = cells.keys.max() else { return [] }
        return (0...last).map { index in
            guard let row = cells[index], let width = row.keys.max() else { return [] }
            return (0...width).map { row[$0] ?? "" }
        }
    }
}
