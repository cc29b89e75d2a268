/// The kind of proposer, and the seat a candidate would fill.
public enum Category: String, CaseIterable, Codable, Sendable, Comparable {
    /// krajevna skupnost
    case ks
    /// društvo
    case drustvo
    /// agrarna skupnost
    case agrarnaSkupnost = "agrarna_skupnost"
    /// ponudnik (a business: d.o.o., s.p., farm, inn, winery …)
    case ponudnik
    /// posameznik (a person in their own name)
    case posameznik

    public static func < (a: Category, b: Category) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
