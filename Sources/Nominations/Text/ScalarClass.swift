/// Character classes of single Unicode scalars, with an ASCII fast path (most of a letter is
/// ASCII). The finders of dates and phones work on scalars: lines are in precomposed form.
enum ScalarClass {
    @inline(__always) static func isDigit(_ c: Unicode.Scalar) -> Bool {
        c.value >= 48 && c.value <= 57
    }

    /// A digit of any script (as `Character.isNumber`).
    @inline(__always) static func isNumber(_ c: Unicode.Scalar) -> Bool {
        c.value < 128 ? isDigit(c) : c.properties.numericType != nil
    }

    /// A letter of any script (as `Character.isLetter`).
    @inline(__always) static func isLetter(_ c: Unicode.Scalar) -> Bool {
        c.value < 128 ? (c.value >= 65 && c.value <= 90) || (c.value >= 97 && c.value <= 122) : c.properties.isAlphabetic
    }
}
