/// The places of the municipality, as the configuration lists them (every grammatical form and
/// Italian name, the local communities): "lokalnost" is given only for one of these.
public struct MunicipalPlaces: Sendable {
    let folded: Set<String>

    public init(_ configuration: Configuration) {
        var names = Set<String>()
        for place in configuration.places {
            names.insert(Folding.fold(place.name))
            for form in place.forms { names.insert(Folding.fold(form)) }
            for form in place.italian ?? [] { names.insert(Folding.fold(form)) }
            if let ks = place.ks { names.insert(Folding.fold(ks)) }
        }
        for community in configuration.localCommunities { names.insert(Folding.fold(community.name)) }
        folded = names
    }

    /// Whether a place named in a letter ("Marezige", "v Marezigah", "KS Šmarje") is one of them.
    public func contains(_ place: String) -> Bool {
        let text = Folding.fold(place).trimmingSpaces()
        if folded.contains(text) { return true }
        // "v Marezigah", "KS Šmarje": the place's own words at the end.
        let words = text.split(separator: " ")
        for start in words.indices.dropFirst() where folded.contains(words[start...].joined(separator: " ")) { return true }
        return false
    }
}
