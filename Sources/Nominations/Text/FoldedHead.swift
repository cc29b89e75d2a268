/// The first eight UTF-8 bytes of a folded word packed into an integer: most words are compared
/// (equal, or starts with) by one or two integer operations instead of a string comparison.
enum FoldedHead {
    static func pack(_ text: String) -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        for byte in text.utf8 {
            guard shift < 64 else { break }
            value |= UInt64(byte) << shift
            shift += 8
        }
        return value
    }

    /// The mask that keeps the first `count` bytes (all eight from eight on).
    static func mask(_ count: Int) -> UInt64 {
        count >= 8 ? UInt64.max : (UInt64(1) << UInt64(count * 8)) &- 1
    }

    /// A stem to test words against with one mask and one comparison (stems of up to eight bytes).
    struct Prefix: Sendable {
        let head: UInt64
        let mask: UInt64

        init(_ stem: String) {
            precondition(stem.utf8.count <= 8, "a packed prefix holds eight bytes")
            head = FoldedHead.pack(stem)
            mask = FoldedHead.mask(stem.utf8.count)
        }

        /// Whether a token's folded text starts with the stem.
        func starts(_ token: Token) -> Bool { token.head & mask == head }
    }
}
