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
        var objects = [
            RawPDF.object("<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [7 0 R 8 0 R 9 0 R 10 0 R] >> >>"),
            RawPDF.object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
            RawPDF.object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R /Annots [7 0 R 8 0 R 9 0 R 10 0 R] >>"),
            RawPDF.stream(Array(text.utf8), dictionary: ""),
            RawPDF.object("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"),
            RawPDF.stream(Array("0 0 12 12 re S".utf8), dictionary: "/Type /XObject /Subtype /Form /BBox [0 0 12 12] "),
        ]
        for (name, rect, ticked) in boxes {
            let state = ticked ? "/Yes" : "/Off"
            objects.append(RawPDF.object("<< /Type /Annot /Subtype /Widget /FT /Btn /T (\(name)) /Rect [\(rect)] /P 3 0 R /V \(state) /AS \(state) /AP << /N << /Yes 6 0 R /Off 6 0 R >> >> >>"))
        }
        return RawPDF.bytes(objects)
    }
}
