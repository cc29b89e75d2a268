/// The place an address or a phrase names: "Puče 32b, 6276 Pobegi" → Puče (the post office
/// is not the place); "Ferrarska ulica 42, 6000 Koper" → Koper (a street in a town).
enum AddressReader {
    static let streetWords: Set<String> = ["ulica", "cesta", "trg", "pot", "nabrezje", "ul", "c", "via", "piazza", "vrt", "naselje", "obala", "breg", "ulici"]

    static func place(in address: String, gazetteer: Gazetteer) -> Gazetteer.PlaceRef? {
        let parts = address.split(separator: ",").map { String($0).trimmingSpaces() }
        guard let first = parts.first else { return nil }
        let tokens = Tokenizer.tokens(first)
        let isStreet = tokens.contains { streetWords.contains($0.folded) }
        if !isStreet, let match = gazetteer.placeMatches(in: tokens).first, match.start == 0 {
            return match.value
        }
        // A street, or an unknown village: the town after the postal code.
        for part in parts.dropFirst() {
            let partTokens = Tokenizer.tokens(part)
            if let code = partTokens.first, code.isNumber, code.text.count == 4 {
                let rest = Array(partTokens.dropFirst())
                if isStreet || tokens.isEmpty, let match = gazetteer.placeMatches(in: rest).first { return match.value }
                if !isStreet, let match = gazetteer.placeMatches(in: tokens).first, match.start == 0 { return match.value }
                // An address outside the municipality's places: say where it is if known.
                if let match = gazetteer.placeMatches(in: rest).first, match.value.kind == .outside { return match.value }
            }
        }
        return nil
    }
}
