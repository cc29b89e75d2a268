import Foundation

/// A fillable form whose fields say nothing by their names (Text1, Check Box2 …): each text
/// field's label is printed above it, in numbered sections (1 PREDLAGATELJ, 2 KANDIDAT …), and
/// the category and cluster are tick boxes with their captions beside them. Only the page tells
/// whose each value is.
enum SectionedFormPDF {
    static func bytes() -> Data {
        // Printed text: (x, y, size, text); Helvetica, so ASCII labels.
        let printed: [(Int, Int, Int, String)] = [
            (50, 800, 14, "KANDIDACIJSKI OBRAZEC"),
            (50, 780, 10, "Akcijske skupine Koper 2030 - predlog kandidata"),
            (50, 750, 12, "1 PREDLAGATELJ"),
            (50, 732, 9, "Naziv organizacije ali ime in priimek osebe, ki daje predlog"),
            (50, 698, 9, "Kontaktna oseba in telefon"),
            (50, 664, 9, "Predlagatelj je:"),
            (72, 648, 9, "krajevna skupnost"), (192, 648, 9, "drustvo"), (292, 648, 9, "fizicna oseba"),
            (50, 620, 12, "2 KANDIDAT"),
            (50, 602, 9, "Priimek in ime"),
            (50, 568, 9, "Mobilna stevilka"),
            (50, 534, 9, "E-naslov"),
            (50, 500, 12, "3 AKCIJSKA SKUPINA"),
            (72, 482, 9, "Mesto Koper"), (232, 482, 9, "Dezela Refoska"),
            (50, 450, 12, "4 SOGLASJE"),
            (50, 432, 9, "Kandidat soglasa s kandidaturo:"), (222, 432, 9, "da"), (272, 432, 9, "ne"),
            (50, 400, 9, "Datum in kraj izpolnitve"),
        ]
        let text = printed.map { "BT /F1 \($0.2) Tf \($0.0) \($0.1) Td (\($0.3)) Tj ET" }.joined(separator: "\n")
        // Text fields below their labels: (name, rectangle, value).
        let texts: [(String, String, String)] = [
            ("Text3", "50 712 400 728", "Krajevna skupnost Bertoki"),
            ("Text4", "50 678 400 694", "Robert Štrkalj, 05 641 52 03"),
            ("Text6", "50 582 400 598", "Jana Hlaj"),
            ("Text9", "50 548 400 564", "031 472 039"),
            ("Text12", "50 514 400 530", "hlaj.jana@gmail.com"),
            ("Text10", "50 380 400 396", "Bertoki, 27. 2. 2026"),
        ]
        // Tick boxes before their captions: (name, rectangle, ticked).
        let boxes: [(String, String, Bool)] = [
            ("Check Box1", "56 646 66 656", true), ("Check Box2", "176 646 186 656", false), ("Check Box3", "276 646 286 656", false),
            ("Check Box4", "56 480 66 490", false), ("Check Box5", "216 480 226 490", true),
            ("Check Box6", "206 430 216 440", true), ("Check Box7", "256 430 266 440", false),
        ]
        let widgets = texts.map { name, rect, value in "/FT /Tx /T (\(name)) /Rect [\(rect)] /V \(utf16(value))" }
            + boxes.map { RawPDF.checkBox($0.0, rect: $0.1, ticked: $0.2) }
        return RawPDF.form(text: text, widgets: widgets, box: 10)
    }

    /// A PDF text string in UTF-16BE with its byte order mark, as hex (č, š, ž).
    static func utf16(_ text: String) -> String {
        "<FEFF" + text.utf16.map { String(format: "%04X", $0) }.joined() + ">"
    }
}
