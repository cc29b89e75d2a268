/// Person names in Slovenian letters: recognising them, comparing declined forms,
/// and recovering the nominative ("go. Ano Jakomin" → "Ana Jakomin").
public enum PersonName {
    /// Titles and words that may stand before a name and are not part of it.
    static let titles: Set<String> = ["g", "ga", "go", "gos", "gospod", "gospa", "gospo", "gospoda", "gospe", "dr", "mag", "prof", "ing",
                                      "sig", "sigra", "ra", "signor", "signora", "dott", "dottssa", "mr", "mrs", "ms", "dipl", "univ"]

    /// Words that are capitalised in letters but are never part of a person's name.
    static let notNames: Set<String> = [
        "krajevna", "krajevne", "skupnost", "skupnosti", "drustvo", "drustva", "agrarna", "agrarne", "turisticno", "turisticna",
        "kulturno", "sportno", "pohodnisko", "zavod", "akcijska", "akcijske", "akcijsko", "skupina", "skupine", "zadeva", "predlog",
        "spostovani", "pozdravljeni", "lep", "pozdrav", "podatki", "naslov", "telefon", "tel", "posta", "email", "mail",
        "utemeljitev", "kandidat", "kandidatka", "kandidata", "kandidatko", "ime", "priimek", "soglasje", "datum", "kraj",
        "mesto", "koper", "visit", "cluster", "klaster", "obcina", "mestna", "ulica", "cesta", "trg", "pot", "svet", "sveta",
        "predsednik", "predsednica", "direktor", "direktorica", "lastnik", "lastnica", "titolare", "oggetto", "spettabile",
        "egregi", "distinti", "saluti", "la", "il", "del", "della", "con", "e", "per", "da", "di", "v", "na", "za", "iz", "in", "je",
        "ki", "ob", "pri", "s", "z", "to", "ta", "te", "so", "sem", "smo", "kot", "tudi", "ter", "po", "do", "od", "pa", "ali",
        // (Maj, Maja, Julij, Julija, Avgust and Marca (Marco) are also names; months are written in lower case.)
        "januar", "februar", "marec", "april", "junij", "september", "oktober", "november", "december",
        "januarja", "februarja", "aprila", "junija", "septembra", "oktobra", "novembra", "decembra",
        "zivljenjepis", "osebni", "izobrazba", "delovne", "izkusnje", "znanja", "priloga", "hvala", "lp", "poslano", "proposta",
        "gruppo", "gruppi", "azione", "ciglione", "carsico", "valle", "terra", "refosco", "obrazec", "javni", "poziv", "matcna",
        "davcna", "stevilka", "id", "ddv", "trr", "gsm", "mob", "dezela", "refoska", "dolina", "reke", "dragonje", "kraski", "rob",
        "rizane", "d", "o", "sp", "doo", "nosilec", "dejavnosti", "zig", "podpis", "recapiti", "residente", "sostenuta", "anche",
        "predlagatelj", "predlagatelja", "predlagateljica", "vrsta", "prijavnica", "elektronski", "kontakt",
    ]

    /// Whether a token can be part of a person's name.
    static func isNameWord(_ token: Token) -> Bool {
        guard !token.isNumber, token.isCapitalized, token.text.unicodeScalars.count >= 2 else { return false }
        guard !notNames.contains(token.folded), !titles.contains(token.folded) else { return false }
        return token.text.allSatisfy { $0.isLetter || $0 == "-" || $0 == "'" }
    }

    /// The first run of 2…4 name words at the start of a value, e.g. "Janez Bratoz, Šmarje 38a" → "Janez Bratoz".
    /// Titles before the name are skipped.
    public static func leadingName(in text: String) -> String? {
        let tokens = Tokenizer.tokens(text)
        var start = 0
        while start < tokens.count, titles.contains(tokens[start].folded) { start += 1 }
        var end = start
        while end < tokens.count, end - start < 4, isNameWord(tokens[end]) {
            end += 1
            if let punctuation = tokens[end - 1].punctuationAfter, ",;:(/".unicodeScalars.contains(punctuation) { break }
            if tokens[end - 1].gapAfter { break }
        }
        guard end - start >= 2 else { return nil }
        return join(Array(tokens[start..<end]), in: text)
    }

    /// The tokens as written in the original text (keeps hyphens between parts).
    static func join(_ tokens: [Token], in text: String) -> String { join(tokens) }

    /// Name words joined by a space, or by a hyphen where they were written as one ("Novak-Kralj").
    static func join(_ tokens: [Token]) -> String {
        var result = ""
        for (index, token) in tokens.enumerated() {
            if index > 0 {
                let previous = tokens[index - 1]
                let adjoining = token.offset == previous.offset + previous.text.unicodeScalars.count + 1
                result += previous.punctuationAfter == "-" && adjoining ? "-" : " "
            }
            result += token.text
        }
        return result
    }

    /// Whether two written words can be the same name in different cases
    /// ("Uroša" and "Uroš", "Rojca" and "Rojac", "Ano" and "Ana", "Igorja" and "Igor").
    public static func sameWord(_ a: String, _ b: String) -> Bool {
        let x = Folding.fold(a), y = Folding.fold(b)
        if x == y { return true }
        let shorter = min(x.count, y.count)
        guard shorter >= 2 else { return false }
        let common = zip(x, y).prefix { $0 == $1 }.count
        let needed = shorter <= 4 ? shorter - 1 : shorter - 2
        guard common >= max(2, needed) else { return false }
        // Endings may differ only by a case ending (a short tail of vowels, j, m, u, e …).
        let tailX = x.dropFirst(common), tailY = y.dropFirst(common)
        return tailX.count <= 3 && tailY.count <= 3
    }

    /// Whether two names (any word order, any case) name the same person.
    public static func samePerson(_ a: String, _ b: String) -> Bool {
        let x = Tokenizer.tokens(a).filter { !titles.contains($0.folded) }.map(\.text)
        let y = Tokenizer.tokens(b).filter { !titles.contains($0.folded) }.map(\.text)
        guard x.count >= 2, y.count >= 2 else { return false }
        let (short, long) = x.count <= y.count ? (x, y) : (y, x)
        var used = Set<Int>()
        for word in short {
            guard let match = long.indices.first(where: { !used.contains($0) && sameWord(word, long[$0]) }) else { return false }
            used.insert(match)
        }
        return true
    }

    /// Nominative forms a declined name word may come from, most likely first.
    /// "Ano" → ["Ana"], "Janeza" → ["Janez", "Janezo"], "Rojca" → ["Rojac", "Rojec", "Rojc"], "Igorja" → ["Igor", "Igorj"].
    public static func nominativeCandidates(_ word: String) -> [String] {
        let lower = word.lowercased()
        var result: [String] = []
        if lower.hasSuffix("o") {
            result.append(String(word.dropLast()) + (word.last!.isUppercase ? "A" : "a"))
        } else if lower.hasSuffix("rja") {
            result.append(String(word.dropLast(2)))
        } else if lower.hasSuffix("a") {
            let stem = String(word.dropLast())
            let stemLower = stem.lowercased()
            let consonants = "bcčdfghjklmnprsštvzž"
            // A fleeting vowel: "Rojca" → "Rojac", "Pečka" → "Peček".
            if stemLower.count >= 3, let last = stemLower.last, let beforeLast = stemLower.dropLast().last,
               consonants.contains(last), consonants.contains(beforeLast), !["nj", "lj", "st", "šk", "sk", "št"].contains(String([beforeLast, last])) {
                let index = stem.index(before: stem.endIndex)
                let insert = word.last!.isUppercase ? "A" : "a"
                result.append(stem[..<index] + insert + stem[index...])
                result.append(stem[..<index] + (word.last!.isUppercase ? "E" : "e") + stem[index...])
            }
            result.append(stem)
            // "Rossija", "Bianchija": Italian surnames in -i take -j- in the other cases.
            if stemLower.hasSuffix("ij"), stem.count >= 4 { result.append(String(stem.dropLast())) }
            // "Toneta", "Jožeta": men's names in -e take -t- in the other cases.
            if stemLower.hasSuffix("et"), stem.count >= 4 { result.append(String(stem.dropLast())) }
            result.append(stem + (word.last!.isUppercase ? "O" : "o"))
            result.append(word)
        } else if lower.hasSuffix("e") || lower.hasSuffix("i") || lower.hasSuffix("u") {
            result.append(String(word.dropLast()) + "a")
            result.append(word)
        } else {
            result.append(word)
        }
        return result
    }

    /// Italian men's names declined the Slovenian way: "Marca" → Marco (a known man's name in -o),
    /// "Rossija" → Rossi (a surname in -i takes -j-).
    /// The first name is taken for Italian only beside an Italian surname or when its stem ends in a
    /// vowel ("Maria" → Mario): "Roberta Cerkvenika" is Robert, "Franca Kocjančiča" is Franc.
    static func italianMaleNominative(_ word: String, position: Int, surname: String) -> String? {
        let lower = word.lowercased()
        guard lower.hasSuffix("a"), word.count > 3 else { return nil }
        let stem = String(word.dropLast())
        if position == 0 && menInO.contains(Folding.fold(stem + "o")) {
            let italianSurname = surname.lowercased().hasSuffix("ija") && surname.count > 5
            if italianSurname || stem.lowercased().last.map({ "aeiou".contains($0) }) == true { return stem + "o" }
        }
        if position > 0 && lower.hasSuffix("ija") && word.count > 5 { return String(stem.dropLast()) }
        return nil
    }

    /// A stem that cannot end a Slovenian word gets back the e it loses when it declines:
    /// "Petr" → Peter, "Pavl" → Pavel, "Aleksandr" → Aleksander, "Pribc" → Pribec.
    static func withFleetingE(_ stem: String) -> String {
        let scalars = Array(stem.lowercased().unicodeScalars)
        guard scalars.count >= 3, let last = scalars.last else { return stem }
        let beforeLast = scalars[scalars.count - 2]
        let consonants = "bcčdfghklmnprsštvzž".unicodeScalars
        // "Štreklja" → Štrekelj: a consonant before -lj or -nj.
        if last == "j", beforeLast == "l" || beforeLast == "n", scalars.count >= 4, "bcčdfgkpsštvzž".unicodeScalars.contains(scalars[scalars.count - 3]) {
            let index = stem.index(stem.endIndex, offsetBy: -2)
            return stem[..<index] + (stem.last!.isUppercase ? "E" : "e") + stem[index...]
        }
        let cluster = (last == "r" || last == "l") && consonants.contains(beforeLast) && beforeLast != last
            || last == "c" && "bpvdtgk".unicodeScalars.contains(beforeLast)
        guard cluster else { return stem }
        let index = stem.index(before: stem.endIndex)
        return stem[..<index] + (stem.last!.isUppercase ? "E" : "e") + stem[index...]
    }

    /// "toneta", "jozeta", "franceta": a man's name in -e with its -t- (not "marjeta", "greta":
    /// women's names in -eta are told apart by their undeclined surname or the words before them).
    static func isTExtended(_ lower: String) -> Bool {
        lower.hasSuffix("eta") && lower.count >= 5
    }

    /// Whether a name given as in a list ("1. Matijo Pecarja", "predlagamo: Tino Babič") is
    /// plainly in the accusative: a first name in -o that is not a man's, "Igorja" before a surname
    /// in -a, or both words in -a when the letter also has one of them without it ("Janeza Novaka"
    /// … "Janez"). Surnames in -a are common in Istria ("Ana Pobega", "Luka Cunja"): without such
    /// evidence the name is as written.
    /// - Parameter known: the letter's other words, asked for only when they decide.
    public static func isPlainlyDeclined(_ name: String, knownWords known: () -> Set<String>) -> Bool {
        let words = name.split(separator: " ").map { Folding.fold(String($0)) }
        guard words.count >= 2, let first = words.first, let last = words.last else { return false }
        if first.hasSuffix("o") && !menInO.contains(first) { return true }
        guard first.hasSuffix("a") && last.hasSuffix("a") && last.count > 3 else { return false }
        if first.hasSuffix("rja") { return true }
        let letterWords = known()
        return [first, last].contains { word in nominativeCandidates(word).contains { $0 != word && letterWords.contains($0) } }
    }

    public enum Gender: Sendable { case male, female }

    /// Words before a name that show the person's gender in the accusative ("go.", "našo", "članico").
    static let femaleMarkers: Set<String> = ["go", "gospo", "gospe", "naso", "nasi", "prijateljico", "sodelavko", "lastnico", "clanico",
                                             "kandidatko", "kolegico", "predsednico", "direktorico", "sovascanko", "sosedo", "hcer",
                                             "ga", "gdc", "sigra", "ra", "signora", "la", "mrs", "ms"]
    /// ("člana", "kandidata" are the generic masculine of the call's wording and show nothing.)
    static let maleMarkers: Set<String> = ["g", "gospoda", "nasega", "prijatelja", "sodelavca", "lastnika",
                                           "kolega", "predsednika", "direktorja", "sovascana", "soseda", "sina", "sig", "signor", "il", "mr"]

    /// Common men's names that end in -o in the nominative (Slovenian and Italian, as in Koper):
    /// "Marko" after a verb is a nominative, not a woman's name in the accusative.
    static let menInO: Set<String> = ["marko", "mirko", "darko", "janko", "branko", "zdravko", "bosko", "silvo", "srecko", "vlado",
                                      "danilo", "stanko", "slavko", "franko", "drago", "dusko", "zarko", "mario", "marco", "claudio",
                                      "sergio", "franco", "paolo", "roberto", "alberto", "fabio", "flavio", "dario", "bruno", "aldo",
                                      "dino", "renato", "sandro", "silvano", "luciano", "massimo", "stefano", "antonio", "giorgio",
                                      "lovro", "vito", "primo", "pavlo", "milko", "marjo", "ivo", "mitko", "boro"]

    /// Slovenian men's names in -o whose stem is no name of its own: "Marka" can only be Marko.
    static let slovenianMenInO: Set<String> = ["marko", "mirko", "darko", "janko", "branko", "zdravko", "stanko", "slavko", "drago",
                                               "srecko", "bosko", "dusko", "zarko", "lovro", "milko", "mitko", "franko", "jozko", "ivko"]

    /// Men's names that end in -a in the nominative (and in -o in the accusative: "Luko").
    static let menInA: Set<String> = ["luka", "miha", "jaka", "matija", "nikola", "andrija", "ilija", "jona", "sasa", "ziga"]

    /// Words that may stand between "in" (or a comma) and a further name in a list of people.
    static func mayPrecedeName(_ token: Token) -> Bool {
        titles.contains(token.folded) || femaleMarkers.contains(token.folded) || maleMarkers.contains(token.folded)
            || ["tudi", "se", "pa", "njegovo", "njeno", "njegovega", "njenega"].contains(token.folded)
    }

    /// The gender the words before a name show, the nearest marker deciding.
    public static func gender(before tokens: [Token]) -> Gender? {
        for token in tokens.reversed() {
            if femaleMarkers.contains(token.folded) { return .female }
            if maleMarkers.contains(token.folded) { return .male }
        }
        return nil
    }

    /// The nominative of a name written in the accusative, preferring forms the letter itself
    /// uses, then the gender the sentence shows ("g. Marka" → Marko or Mark; "go. Ano" → Ana).
    /// - Parameter known: folded words that occur elsewhere in the letter.
    public static func nominative(_ name: String, knownWords known: Set<String>, gender shownGender: Gender? = nil) -> String {
        let words = name.split(separator: " ").map(String.init)
        // "Stojan Rodica" (after "je", in a list): a first name ending in a consonant did not
        // decline, so neither did the surname — a man in the accusative is "Stojana Rodico".
        if words.count >= 2, let last = words[0].lowercased().unicodeScalars.last,
           !"aeiou".unicodeScalars.contains(last), shownGender != .female, !isTExtended(words[0].lowercased()) {
            return name
        }
        // "Petro Glavina": a first name in -o that is no man's shows a woman, whose surname may be
        // left undeclined; "Luko Novaka" shows a man named Luka.
        var gender = shownGender
        if gender == nil, words.count >= 2, let first = words.first.map({ Folding.fold($0) }), first.hasSuffix("o"), !menInO.contains(first) {
            gender = menInA.contains(String(first.dropLast()) + "a") ? .male : .female
        }
        // A surname ending in a consonant (or in -i, -e, -u, as Rossi) did not decline here: "Petra
        // Novak" is a nominative (a man in the accusative would be "Petra Novaka", "Marca Rossija").
        let surnameUndeclined = words.count >= 2 && !(words.last!.lowercased().last.map { "ao".contains($0) } ?? true)
        return words.enumerated().map { position, word in
            // A woman's name in -a after "go." is the nominative already: only the first name
            // declines to -o ("Lucijo Franca" is Lucija Franca, whatever else the letter says).
            if gender == .female && word.lowercased().hasSuffix("a") { return word }
            let candidates = nominativeCandidates(word).filter { $0 != word }
            if let seen = candidates.first(where: { known.contains(Folding.fold($0)) }) { return seen }
            // The word itself elsewhere in the letter ("Marko je …"): it is already the nominative.
            if known.contains(Folding.fold(word)) { return word }
            let lower = word.lowercased()
            if position == 0 && menInO.contains(Folding.fold(word)) && gender != .female { return word }
            switch gender {
            case .male:
                // "g. Žigo Petrinjo": a man's name and surname in -a, in the accusative (a man's
                // name in -o in the nominative is one of `menInO`).
                if lower.hasSuffix("o") && word.count > 2 && !(position == 0 && menInO.contains(Folding.fold(word))) {
                    return String(word.dropLast()) + (word.last!.isUppercase ? "A" : "a")
                }
                if lower.hasSuffix("rja") { return String(word.dropLast(2)) }
                if position == 0 && isTExtended(lower) { return String(word.dropLast(2)) }
                if let italian = italianMaleNominative(word, position: position, surname: words.last!) { return italian }
                // First names: "Marka", "Mirka", "Janka" are Marko, Mirko, Janko.
                if position == 0 && lower.hasSuffix("ka") && word.count > 3 { return String(word.dropLast()) + "o" }
                if lower.hasSuffix("a") && word.count > 3 { return withFleetingE(String(word.dropLast())) }
                return word   // Marko, Janko: a male -o name is already the nominative
            case .female:
                if lower.hasSuffix("o") { return String(word.dropLast()) + (word.last!.isUppercase ? "A" : "a") }
                return word   // Ražman, Pribac: feminine surnames do not decline
            case nil:
                if lower.hasSuffix("o") { return String(word.dropLast()) + (word.last!.isUppercase ? "A" : "a") }
                if surnameUndeclined && lower.hasSuffix("a") { return word }
                if lower.hasSuffix("rja") { return String(word.dropLast(2)) }
                if position == 0 && isTExtended(lower) { return String(word.dropLast(2)) }
                // (Only when the surname declined too: "Maria Rossi" is a woman named as written.)
                if words.last!.lowercased().hasSuffix("a"), let italian = italianMaleNominative(word, position: position, surname: words.last!) { return italian }
                // "Marka Pobego": Marko, a Slovenian man's name in -o (no woman is called Marka).
                if position == 0 && lower.hasSuffix("a") && slovenianMenInO.contains(Folding.fold(String(word.dropLast())) + "o") {
                    return String(word.dropLast()) + (word.last!.isUppercase ? "O" : "o")
                }
                if lower.hasSuffix("a") && word.count > 3 { return withFleetingE(String(word.dropLast())) }
                return word
            }
        }.joined(separator: " ")
    }
}
