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
                    if value < Flat.limit {
                        for position in Int(starts[Int(value)])..<Int(starts[Int(value) + 1]) { out.append(flatBytes[position]) }
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

    /// The folded bytes of every scalar below `limit` (Latin, Greek, Cyrillic, combining marks,
    /// general punctuation), worked out once: scalar v folds to `bytes[start[v]..<start[v + 1]]`.
    struct Flat {
        static let limit: UInt32 = 0x2030
        var bytes: [UInt8] = []
        var start: [UInt32] = []
    }

    static let flat: Flat = {
        var flat = Flat()
        for value in 0..<Flat.limit {
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
