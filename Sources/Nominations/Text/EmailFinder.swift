/// Finds e-mail addresses, also when written to fool robots: "ime(at)domena.si",
/// "ime [at] domena.si", "ime(afna)domena.si", "ime(pika)priimek@domena.si". Lower-cased.
public enum EmailFinder {
    static let atSigns = ["(at)", "[at]", "{at}", "( at )", "[ at ]", "(afna)", "[afna]", "(a)", " at ", "(et)", "(@)"]
    static let dotSigns = ["(dot)", "[dot]", "(pika)", "[pika]"]

    /// Replaces the written-out "@" and "." with the characters.
    public static func deobfuscate(_ line: String) -> String {
        guard line.utf8.contains(where: { $0 == UInt8(ascii: "(") || $0 == UInt8(ascii: "[") || $0 == UInt8(ascii: "{") })
                || ByteSearch.contains(line, " at ") || ByteSearch.contains(line, " @") || ByteSearch.contains(line, "@ ") else { return line }
        var text = line
        // Signs are ASCII: the text is searched for them in its bytes with ASCII letters lower-cased
        // first, and only a sign that is there goes to Foundation's search.
        func lowered(_ text: String) -> [UInt8] {
            text.utf8.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
        }
        var bytes = lowered(text)
        for sign in atSigns + dotSigns {
            let length = text.utf8.count
            if ByteSearch.contains(bytes, sign) {
                let replacement = atSigns.contains(sign) ? "@" : "."
                while let range = text.range(of: sign, options: [.caseInsensitive]) {
                    if sign == " at " {
                        // only between two word characters that look like an address
                        let before = text[text.startIndex..<range.lowerBound].last
                        let after = text[range.upperBound...].first
                        guard let before, let after, before.isLetter || before.isNumber, after.isLetter || after.isNumber,
                              text[range.upperBound...].prefix(40).contains(".") else { break }
                    }
                    text.replaceSubrange(range, with: replacement)
                }
            }
            if ByteSearch.contains(text, " @") || ByteSearch.contains(text, "@ ") {
                text = ByteSearch.replacing("@ ", with: "@", in: ByteSearch.replacing(" @", with: "@", in: ByteSearch.replacing(" @ ", with: "@", in: text)))
            }
            // Every replacement shortens the text.
            if text.utf8.count != length { bytes = lowered(text) }
        }
        return text
    }

    public static func emails(in line: String) -> [String] {
        guard line.utf8.contains(where: { $0 == UInt8(ascii: "@") || $0 == UInt8(ascii: "(") || $0 == UInt8(ascii: "[") || $0 == UInt8(ascii: "{") })
                || ByteSearch.contains(line, " at ") else { return [] }
        let plain = deobfuscate(line)
        guard plain.utf8.contains(UInt8(ascii: "@")) else { return [] }
        // Addresses are ASCII: the scan is over bytes (any other character ends an address).
        let text = Array(plain.utf8)
        var result: [String] = []
        for (index, byte) in text.enumerated() where byte == UInt8(ascii: "@") {
            var start = index
            while start > 0, isLocal(text[start - 1]) { start -= 1 }
            var end = index + 1
            while end < text.count, isDomain(text[end]) { end += 1 }
            var local = String(decoding: text[start..<index], as: UTF8.self)
            var domain = String(decoding: text[(index + 1)..<end], as: UTF8.self)
            while local.hasPrefix(".") { local.removeFirst() }
            while domain.hasSuffix(".") || domain.hasSuffix("-") { domain.removeLast() }
            guard !local.isEmpty, domain.contains("."), let tld = domain.split(separator: ".").last,
                  tld.count >= 2, tld.allSatisfy({ $0.isLetter }) else { continue }
            result.append((local + "@" + domain).lowercased())
        }
        return result
    }

    private static func isLocal(_ byte: UInt8) -> Bool {
        isAlphanumeric(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "%")
            || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-")
    }

    private static func isDomain(_ byte: UInt8) -> Bool {
        isAlphanumeric(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-")
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 48 && byte <= 57) || (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122)
    }
}

import Foundation
