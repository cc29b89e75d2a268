/// Substring tests on UTF-8 bytes, without Foundation (hot paths of the reader).
enum ByteSearch {
    /// Whether `needle` occurs in `haystack`.
    static func contains(_ haystack: String, _ needle: String) -> Bool {
        let h = Array(haystack.utf8), n = Array(needle.utf8)
        guard !n.isEmpty, n.count <= h.count else { return n.isEmpty }
        let first = n[0]
        var i = 0
        while i <= h.count - n.count {
            if h[i] == first {
                var j = 1
                while j < n.count && h[i + j] == n[j] { j += 1 }
                if j == n.count { return true }
            }
            i += 1
        }
        return false
    }

    /// Whether the text holds an ASCII digit (dates and phones need one).
    static func hasDigit(_ text: String) -> Bool {
        text.utf8.contains { $0 >= 48 && $0 <= 57 }
    }

    /// Whether the text, after leading spaces, starts with `prefix`.
    static func startsAfterSpaces(_ text: String, with prefix: String) -> Bool {
        let trimmed = text.utf8.drop { $0 == 32 || $0 == 9 }
        return trimmed.starts(with: prefix.utf8)
    }
}
