/// Reading a letter whatever its pages came from: a text layer, form fields, or OCR.
extension LetterReader {
    /// Words a scan must yield (of two letters or digits or more, read with some confidence) to
    /// be a letter at all; the reader itself wants eight words before it reads anything.
    static let legibleWordsOfAScan = 8

    /// Reads a letter. Pages read by OCR are laid out in rows from their words here (so that a
    /// better layout applies to scans kept from earlier nights too), read as any other, and the
    /// reading is reviewed for the scan's confidence (`ScanReview`).
    public func understand(_ extracted: ExtractedText) -> Letter {
        guard extracted.isScanned, extracted.failure == nil else { return read(extracted) }
        let text = laidOut(extracted)
        let scanned = Set(text.scans.map(\.page))
        let legible = text.scans.reduce(0) { count, page in
            count + page.words.filter { $0.confidence >= 50 && ScanReview.alphanumeric($0.text).count >= 2 }.count
        }
        let otherText = text.pages.indices.contains { !scanned.contains($0) && text.pages[$0].contains(where: \.isLetter) }
        if legible < Self.legibleWordsOfAScan && !otherText && !text.hasFilledFields {
            return .unreadable(Self.unreadableScanReason(text.scans))
        }
        return ScanReview.reviewed(read(text), scans: text.scans, clusterNames: gazetteer.configuration.clusters.flatMap { [$0.name] + $0.names })
    }

    /// The text as the reader reads it: each page read by OCR laid out in rows from its words, with
    /// the usual slips and words a letter off the configuration's put right.
    public func laidOut(_ extracted: ExtractedText) -> ExtractedText {
        guard extracted.isScanned else { return extracted }
        var text = extracted
        let lexicon = ScanLexicon(configuration: gazetteer.configuration)
        for scan in text.scans where scan.page < text.pages.count {
            text.pages[scan.page] = scan.failure == nil ? ScanLayout.text(of: scan, lexicon: lexicon) : ""
        }
        return text
    }

    /// Why a scan gave no letter, in Slovenian.
    static func unreadableScanReason(_ scans: [RecognizedPage]) -> String {
        if scans.contains(where: { $0.failure == .timedOut }) {
            return "skeniran dokument brez besedilnega sloja: prepoznavanje besedila (OCR) je preseglo časovno omejitev"
        }
        if scans.contains(where: { $0.failure == .failed }) {
            return "skeniran dokument brez besedilnega sloja: prepoznavanje besedila (OCR) ni uspelo"
        }
        return "skeniran dokument brez besedilnega sloja: na skenu ni bilo mogoče prepoznati besedila"
    }
}
