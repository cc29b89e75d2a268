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
        var out = String.UnicodeScalarView()
        var index = range.lowerBound
        while index < range.upperBound {
            let (value, length) = UTF8Scan.decode(bytes, at: index)
            index += length
            if value < 128 {
                out.append(Unicode.Scalar(value >= 65 && value <= 90 ? value + 32 : value)!)
                continue
            }
            let scalar = Unicode.Scalar(value)!
            if let mapped = table[scalar] {
                out.append(contentsOf: mapped.unicodeScalars)
            } else if scalar.properties.generalCategory == .nonspacingMark {
                continue
            } else {
                out.append(contentsOf: String(scalar).lowercased().unicodeScalars)
            }
        }
        return String(out)
    }

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
