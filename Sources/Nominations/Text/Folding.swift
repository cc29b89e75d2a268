/// Folding for comparison: lower case, Slovenian and other Latin diacritics removed.
/// "Šmarje" and "SMARJE" and "smarje" fold to the same text.
public enum Folding {
    /// Folds one string: lower-cased, č š ž ć đ and accented vowels reduced to ASCII letters.
    public static func fold(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        out.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            if scalar.value < 128 {
                if scalar.value >= 65 && scalar.value <= 90 {
                    out.append(Unicode.Scalar(scalar.value + 32)!)
                } else {
                    out.append(scalar)
                }
                continue
            }
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
