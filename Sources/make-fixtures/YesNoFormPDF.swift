import Foundation

/// A fillable form with yes/no check boxes: on the first row each answer is printed before its box
/// ("DA ☐  NE ☒"), on the second after it ("☒ DA  ☐ NE"). The ticked box's caption must be its
/// own answer, with the row's question.
enum YesNoFormPDF {
    static func bytes() -> Data {
        let text = """
        BT /F1 10 Tf 50 700 Td (Kandidat s kandidaturo soglasa:) Tj ET
        BT /F1 10 Tf 250 700 Td (DA) Tj ET BT /F1 10 Tf 300 700 Td (NE) Tj ET
        BT /F1 10 Tf 50 660 Td (Kandidat je clan drustva:) Tj ET
        BT /F1 10 Tf 266 660 Td (DA) Tj ET BT /F1 10 Tf 316 660 Td (NE) Tj ET
        """
        // Boxes: (name, rectangle, ticked); objects 7 to 10.
        let boxes: [(String, String, Bool)] = [("soglasje_da", "266 697 278 709", false), ("soglasje_ne", "316 697 328 709", true),
                                               ("clan_da", "250 657 262 669", true), ("clan_ne", "300 657 312 669", false)]
        return RawPDF.form(text: text, widgets: boxes.map { RawPDF.checkBox($0.0, rect: $0.1, ticked: $0.2) }, box: 12)
    }
}
