/// Trimming on Unicode scalars without Foundation (as `trimmingCharacters(in:)` does, only faster).
extension StringProtocol {
    /// Without spaces and tabs at either end (Foundation's `.whitespaces`: tab and the space separators).
    func trimmingSpaces() -> String {
        trimming { $0 == " " || $0 == "\t" || ($0.value > 127 && $0.properties.generalCategory == .spaceSeparator) }
    }

    /// Without the given characters at either end.
    func trimming(charactersIn characters: String) -> String {
        // A few characters: a scan beats hashing each one into a set.
        let set = characters.unicodeScalars
        return trimming { set.contains($0) }
    }

    func trimming(where drop: (Unicode.Scalar) -> Bool) -> String {
        let text = String(self)
        let view = text.unicodeScalars
        var start = view.startIndex, end = view.endIndex
        while start < end, drop(view[start]) { start = view.index(after: start) }
        while end > start {
            let before = view.index(before: end)
            guard drop(view[before]) else { break }
            end = before
        }
        if start == view.startIndex && end == view.endIndex { return text }
        return String(view[start..<end])
    }
}
