/// Folding for comparison: lower case, Slovenian and other Latin diacritics removed.
/// "Šmarje" and "SMARJE" and "smarje" fold to the same text.
public enum Folding {
    /// Folds one string: lower-cased, č š ž ć đ and accented vowels reduced to ASCII letters.
    public static func fold(_ text: String) -> String {
        UTF8Scan.withBytes(text) { bytes in
            var needsWork = false
            for byte in bytes where byte >= 0x80 || (byte >= 65 && byte <= 90) {
                needsWork = true
                break
            }
            return needsWork ? fold(bytes, 0..<bytes.count) : text
        }
    }

    /// Works out the folding table now (it is otherwise made at the first folded letter).
    public static func prepareTables() { _ = flat }

    /// Folds some of a string's bytes.
    static func fold(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        var ascii = true
        for index in range where bytes[index] >= 0x80 {
            ascii = false
            break
        }
        if ascii {
            return String(unsafeUninitializedCapacity: range.count) { out in
                for (position, index) in range.enumerated() {
                    let byte = bytes[index]
                    out[position] = byte >= 65 && byte <= 90 ? byte + 32 : byte
                }
                return range.count
            }
        }
        var out: [UInt8] = []
        out.reserveCapacity(range.count)
        let flat = Self.flat
        flat.bytes.withUnsafeBufferPointer { flatBytes in
            flat.start.withUnsafeBufferPointer { starts in
                var index = range.lowerBound
                while index < range.upperBound {
                    let (value, length) = UTF8Scan.decode(bytes, at: index)
                    index += length
                    if let slot = Flat.slot(value) {
                        for position in Int(starts[slot])..<Int(starts[slot + 1]) { out.append(flatBytes[position]) }
                    } else {
                        out.append(contentsOf: slowFold(value).utf8)
                    }
                }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// One scalar folded (the definition the table below is made from).
    static func slowFold(_ value: UInt32) -> String {
        guard let scalar = Unicode.Scalar(value) else { return "" }
        if value < 128 { return String(Unicode.Scalar(value >= 65 && value <= 90 ? value + 32 : value)!) }
        if let mapped = table[scalar] { return mapped }
        if scalar.properties.generalCategory == .nonspacingMark { return "" }
        return String(scalar).lowercased()
    }

    /// The folded bytes of the scalars letters are written in (Latin, combining marks, Greek,
    /// Cyrillic, general punctuation), worked out once: the scalar in `slot` s folds to
    /// `bytes[start[s]..<start[s + 1]]`. Other scalars are folded one by one (`slowFold`).
    struct Flat {
        /// Scalars below this have the slot of their value.
        static let low: UInt32 = 0x0530
        /// General punctuation (no-break and narrow spaces, dashes, quotes) follows them.
        static let punctuation: ClosedRange<UInt32> = 0x2000...0x202F
        var bytes: [UInt8] = []
        var start: [UInt32] = []

        @inline(__always) static func slot(_ value: UInt32) -> Int? {
            if value < low { return Int(value) }
            if punctuation.contains(value) { return Int(low + value - punctuation.lowerBound) }
            return nil
        }

        static var values: [UInt32] { Array(0..<low) + Array(punctuation) }
    }

    static let flat: Flat = {
        var flat = Flat()
        for value in Flat.values {
            flat.start.append(UInt32(flat.bytes.count))
            flat.bytes.append(contentsOf: slowFold(value).utf8)
        }
        flat.start.append(UInt32(flat.bytes.count))
        return flat
    }()

    private static let table: [Unicode.Scalar: String] = {
        let pairs: [(String, String)] = [
            ("čćçČĆÇ", "c"), ("šśŠŚ", "s"), ("žźżŽŹŻ", "z"), ("đĐ", "d"),
            ("àáâãäåāÀÁÂÃÄÅĀ", "a"), ("èéêëēěÈÉÊËĒĚ", "e"), ("ìíîïīÌÍÎÏĪ", "i"),
            ("òóôõöøōÒÓÔÕÖØŌ", "o"), ("ùúûüūůÙÚÛÜŪŮ", "u"), ("ñńňÑŃŇ", "n"), ("ýÿÝ", "y"),
            ("řŘ", "r"), ("ľĺĽĹłŁ", "l"), ("ťŤ", "t"), ("ďĎ", "d"),
            ("\u{00A0}\u{2007}\u{202F}", " "), ("–—‐‑", "-"), ("«»„“”", "\""), ("‘’‚", "'"),
        ]
        var table: [Unicode.Scalar: String] = [:]
        for (letters, replacement) in pairs {
            for scalar in letters.unicodeScalars { table[scalar] = replacement }
        }
        table["ß"] = "ss"
        return table
    }()
}
