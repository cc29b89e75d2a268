import Testing
@testable import NominationsRun

/// Row heights: the lines a wrapped cell needs, worked out over bytes, agree with a count over
/// characters split at line ends.
@Suite("Wrapped lines")
struct WrappedLinesTests {
    /// The plain definition: split on characters, count each line's characters.
    static func byCharacters(_ text: String, perLine: Double) -> Int {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .reduce(0) { $0 + max(1, Int((Double($1.count) / perLine).rounded(.up))) }
    }

    static let texts = [
        "", "kratko", "ena\ndve\ntri", "\n\n", "vrstica\r\nšele tu\nkonec",
        String(repeating: "čšž ", count: 40), "Župan\n" + String(repeating: "a", count: 95) + "\nŠ",
        "e\u{301}\u{301}" + String(repeating: "é", count: 30), "🍷🍷🍷\n" + String(repeating: "🍷", count: 21),
        String(repeating: "a\rb ", count: 12), String(repeating: "ʰĐŽ ", count: 15) + "Ωμέγα", "🇸🇮🇮🇹 " + String(repeating: "x", count: 40),
    ]

    @Test(arguments: texts)
    func bytesAndCharactersAgree(_ text: String) {
        for perLine in [1.0, 7.7, 20.0, 33.0, 110.0] {
            #expect(WorkbookWriter.wrappedLines(text, perLine: perLine) == Self.byCharacters(text, perLine: perLine),
                    "\(text.debugDescription) at \(perLine)")
        }
    }

    @Test func aLongLineOfLettersWithDiacriticsCountsItsCharactersNotItsBytes() {
        // 60 characters, 120 bytes: two lines of 33, not four.
        #expect(WorkbookWriter.wrappedLines(String(repeating: "č", count: 60), perLine: 33) == 2)
    }
}
