/// Who sends the letter (predlagatelj) and of which kind, from a form's fields, an e-mail's
/// sender, the letterhead or the signature.
struct ProposerReading {
    var proposer: Proposer
    /// The proposer's places (from the name or the letterhead address), most telling first.
    var places: [Gazetteer.PlaceRef]
    /// The person who signs the letter (or sends the e-mail), and their role ("lastnik").
    var signer: String?
    var signerRole: String?
    /// The lines that hold the proposer's own contacts (letterhead, signature, proposer rows).
    var contactLines: Set<Int>
}

enum ProposerReader {
    static let ownerRoles = Vocabulary.ownerRoles
    static let roleWords = Vocabulary.officerRoles + ownerRoles

    static func read(sections: LetterSections, rows: [(role: LabeledValues.Role, row: LabeledValue)], gazetteer: Gazetteer) -> ProposerReading {
        var contactLines = Set(sections.letterhead)
        contactLines.formUnion(sections.signature)
        var name: String?
        var category: Category?
        var confidence = 0.0
        var places: [Gazetteer.PlaceRef] = []
        /// Where the name was read.
        var source: String?

        // 1. A form: the proposer's row and the ticked kind.
        for (role, row) in rows {
            switch role {
            case .proposerName where name == nil && !row.value.isEmpty:
                // "Oljarna Babič, Marezige 3": the name is what stands before the address.
                name = row.value
                source = "form"
                if let comma = row.value.firstIndex(of: ","), row.value[comma...].contains(where: \.isNumber) {
                    name = String(row.value[..<comma]).trimmingSpaces()
                    if let place = AddressReader.place(in: String(row.value[row.value.index(after: comma)...]), gazetteer: gazetteer) { places.append(place) }
                }
            case .proposerKind:
                if let ticked = tickedCategory(near: row.line, sections: sections) { category = ticked; confidence = 1 }
            case .proposerAddress:
                contactLines.insert(row.line)
                if let place = AddressReader.place(in: row.value, gazetteer: gazetteer) { places.append(place) }
            case .proposerContact:
                contactLines.insert(row.line)
            default: break
            }
        }
        if category == nil, let ticked = tickedCategory(near: nil, sections: sections) { category = ticked; confidence = 1 }

        // 2. An e-mail: "v imenu društva (X)", else the sender.
        var signer: String?
        if sections.isEmail, let from = sections.emailHeader["from"] {
            contactLines.insert(from.line)
            let sender = from.value.split(separator: "<").first.map { String($0).trimming(charactersIn: " \"'") }
            signer = sender.flatMap { PersonName.leadingName(in: $0) }
            if name == nil {
                if let sender, gazetteer.category(ofOrganisation: Tokenizer.tokens(sender)) != nil, Tokenizer.tokens(sender).count >= 2, !sender.contains("@") {
                    // "Krajevna skupnost Zazid <ks.zazid@siol.net>": the sender is the organisation.
                    name = sender; source = "email_sender"
                } else if let organisation = onBehalfOf(sections: sections, gazetteer: gazetteer).map(organisationNominative) {
                    name = organisation; source = "on_behalf"
                } else if let organisation = signature(sections: sections, gazetteer: gazetteer).org {
                    name = organisation; source = "signature"
                } else {
                    name = signer; source = "email_sender"
                }
            }
        }

        // 3. A letter: the letterhead's first line.
        // ("Koper, 4. 2. 2026" at the top is the place and date, not the sender.)
        let headLines = sections.readable(sections.letterhead).filter { line in
            !line.isBlank && !(line.tokens.count == 1 && line.tokens[0].text.count == 1)
                // (A name beside a date in a column of its own stays: "Polona Sinčič   8. 2. 2026".)
                && !(line.tokens.count <= 6 && DateReader.standaloneDate(line) != nil && Self.withoutDateColumn(line.text) == line.text)
                && !LetterSections.isTitleOrFormRow(line)
                // "Alla cortese attenzione", "V roke": the recipient's block begins.
                && !(line.tokens.first.map { Vocabulary.recipientLeadInFirstWords.contains($0.folded) } == true
                     && Vocabulary.recipientLeadIns.contains(where: { line.folded.hasPrefix($0) }))
                // A mail program's name at the top of a print ("Gmail", "Mozilla Thunderbird") is no sender.
                && !(Vocabulary.isMailClientLine(line) && gazetteer.category(ofOrganisation: line.tokens) == nil)
                // A title in capitals ("PRIJAVA NA JAVNI POZIV") is no sender, unless it names one.
                && !(NomineeFinder.isTitle(line) && gazetteer.category(ofOrganisation: line.tokens) == nil
                     && PersonName.leadingName(in: line.text) == nil)
        }
        // "MESTNA OBČINA KOPER" above "KRAJEVNA SKUPNOST ŠMARJE": the first line naming an organisation.
        // (A line of trades in lower case, "izposoja koles · vodene ture", is a tagline, not a name.)
        let organisationLine = headLines.prefix(4).first { line in
            gazetteer.category(ofOrganisation: line.tokens) != nil && !line.tokens.contains(where: \.isNumber) && line.tokens.first?.isCapitalized == true
        }
        if name == nil, let first = gazetteer.category(ofOrganisation: headLines.first?.tokens ?? []) == nil
            ? (organisationLine ?? headLines.first) : headLines.first {
            name = stripLogo(Self.withoutDateColumn(first.text))
            source = "letterhead"
            // "Miha Pobega  02-02-2026" (a date with no place): the name column.
            if let gap = ByteSearch.range(of: "  ", in: first.text), let whole = name, whole == first.text.trimmingSpaces() || whole == stripLogo(first.text),
               let person = PersonName.leadingName(in: String(first.text[..<gap.lowerBound])), person == String(first.text[..<gap.lowerBound]).trimmingSpaces(),
               first.text[gap.upperBound...].contains(where: \.isNumber) {
                name = person
            }
            // "Športno društvo Šalara   Številka: 36/2026", two senders side by side: the first
            // column, when it names the organisation by itself.
            if let gap = ByteSearch.range(of: "  ", in: first.text) {
                let column = stripLogo(String(first.text[..<gap.lowerBound]))
                let tokens = Tokenizer.tokens(column)
                let rest = String(first.text[gap.upperBound...])
                // (…or the sender's name beside its address or contacts: "KRAŠKI VODNIKI   Osp 88, 6275 Črni Kal".)
                let addressBeside = rest.contains(where: \.isNumber) && !tokens.contains(where: \.isNumber) || !EmailFinder.emails(in: rest).isEmpty
                if tokens.count >= 2 && (gazetteer.category(ofOrganisation: tokens) != nil || addressBeside) && column.count > 2 { name = column }
            }
            // "Janez Novak, Ulica 5, 6000 Koper": the name is what stands before the address.
            if let comma = name?.firstIndex(of: ","), let whole = name, whole[comma...].contains(where: \.isNumber) {
                let head = String(whole[..<comma]).trimmingSpaces()
                if gazetteer.category(ofOrganisation: Tokenizer.tokens(whole)) == nil || PersonName.leadingName(in: head) == head {
                    name = head
                    if let place = AddressReader.place(in: String(whole[whole.index(after: comma)...]), gazetteer: gazetteer) {
                        places.append(place)
                    }
                }
            }
            // The sender's address: the first line below the name that gives a place.
            for next in sections.readable(sections.letterhead).filter({ $0.index > first.index && !$0.isBlank }).prefix(4) {
                if let place = AddressReader.place(in: stripLogo(next.text), gazetteer: gazetteer) { places.append(place); break }
            }
        }
        // A form with no letterhead, titled by its sender: "KRAJEVNA SKUPNOST DEKANI – predlog za akcijsko skupino".
        if name == nil, sections.letterhead.isEmpty, let title = sections.readable(0..<min(3, sections.lines.count)).first(where: { !$0.isBlank }) {
            for separator in [" – ", " - ", " — ", ": "] {
                guard let range = title.text.range(of: separator) else { continue }
                let head = String(title.text[..<range.lowerBound]).trimmingSpaces()
                let tokens = Tokenizer.tokens(head)
                if tokens.count >= 2, gazetteer.category(ofOrganisation: tokens) != nil, tokens.contains(where: { $0.isCapitalized && $0.text.count > 2 && !["KS", "AS", "TD"].contains($0.text) }) {
                    name = head
                    source = "title"
                }
                break
            }
        }
        let signed = signature(sections: sections, gazetteer: gazetteer)
        if signer == nil { signer = signed.person }
        // "pišem vam v imenu Društva vinogradnikov …": the organisation, in the nominative.
        if name == nil {
            if let organisation = signed.org {
                name = organisation; source = "signature"
            } else if let organisation = onBehalfOf(sections: sections, gazetteer: gazetteer).map(organisationNominative) {
                name = organisation; source = "on_behalf"
            } else if let person = signed.person {
                name = person; source = "signature"
            }
        }

        if let written = name {
            let tokens = Tokenizer.tokens(written)
            if category == nil {
                if let signed = gazetteer.category(ofOrganisation: tokens) {
                    category = signed
                    confidence = 0.9
                } else if let person = Self.personAlone(written) {
                    // "dr. Janez Novak", "Mag. Petra Bizjak, univ. dipl. ekon.": a person, named without title and degree.
                    name = person
                    category = .posameznik
                    confidence = 0.75
                }
            }
            places.insert(contentsOf: gazetteer.placeMatches(in: tokens).map(\.value), at: 0)
        }
        // "BiciKoper" in the letterhead, "Podjetje BiciKoper d.o.o." in the letter: the name with its legal form.
        // (Only a name that may be a business's: no kind yet, or a provider's without its legal form.)
        if let written = name, category == nil || category == .ponudnik && source == "letterhead", Tokenizer.tokens(written).count <= 3,
           !written.contains(","), !Vocabulary.legalForms.contains(where: { ByteSearch.contains(Folding.fold(written), $0) }) {
            let folded = Folding.fold(written)
            for line in sections.readable(0..<sections.lines.count) where ByteSearch.contains(line.folded, folded + " ") {
                guard let range = ByteSearch.range(of: folded + " ", in: line.folded) else { continue }
                let after = String(line.folded[range.upperBound...])
                guard let form = Vocabulary.legalForms.first(where: { after.hasPrefix($0) }) else { continue }
                name = written + " " + String(line.text.unicodeScalars.dropFirst(line.folded.unicodeScalars.distance(from: line.folded.unicodeScalars.startIndex, to: range.upperBound.samePosition(in: line.folded.unicodeScalars) ?? line.folded.unicodeScalars.endIndex)).prefix(form.unicodeScalars.count))
                category = category ?? .ponudnik
                confidence = max(confidence, 0.85)
                break
            }
        }
        // A bilingual name, "KRAJEVNA SKUPNOST HRVATINI – COMUNITÀ LOCALE CREVATINI": the first language's.
        if let written = name, let category {
            for separator in [" – ", " / ", " - "] {
                guard let range = written.range(of: separator) else { continue }
                let left = String(written[..<range.lowerBound]).trimmingSpaces(), right = String(written[range.upperBound...])
                if Tokenizer.tokens(left).count >= 2, gazetteer.category(ofOrganisation: Tokenizer.tokens(left)) == category,
                   gazetteer.category(ofOrganisation: Tokenizer.tokens(right)) == category {
                    name = left
                }
                break
            }
        }
        // A business whose trade the vocabulary does not know: its owner signs it, or its letterhead
        // gives registration, tax or bank numbers (an association's name says what it is first).
        if category == nil, let organisation = signed.org, let signedKind = gazetteer.category(ofOrganisation: Tokenizer.tokens(organisation)) {
            // The organisation the signature names ("Kamnoseštvo Vodopivec, Damjan Vodopivec s.p."): the same sender.
            category = signedKind
            confidence = 0.8
        }
        if category == nil, let written = name, !(PersonName.leadingName(in: written) == written && FirstNames.holdsFirstName(written)) {
            let ownerSigned = signed.role.map { role in ownerRoles.contains { role.hasPrefix($0) } } ?? false
            let registered = sections.readable(sections.letterhead).contains { line in
                Vocabulary.businessRegistrationWords.contains { ByteSearch.contains(line.folded, $0) }
            }
            if ownerSigned || registered { category = .ponudnik; confidence = 0.7 }
        }
        var proposer = Proposer(name: name, category: category, confidence: confidence, place: places.first?.name)
        proposer.source = source
        return ProposerReading(proposer: proposer, places: places, signer: signer, signerRole: signed.role, contactLines: contactLines)
    }

    /// The person a name line consists of: titles before the name ("dr.", "mag.") and a degree or
    /// role after a comma are left out; `nil` when anything else stands beside the name.
    static func personAlone(_ text: String) -> String? {
        let trimmed = text.trimmingSpaces()
        guard let person = PersonName.leadingName(in: trimmed), let range = trimmed.range(of: person) else { return nil }
        let before = Tokenizer.tokens(String(trimmed[..<range.lowerBound]))
        let after = trimmed[range.upperBound...].trimmingSpaces()
        guard before.allSatisfy({ PersonName.titles.contains($0.folded) }), after.isEmpty || after.hasPrefix(",") else { return nil }
        // A person has a first name ("KAMNOSEŠTVO VODOPIVEC" is a business).
        return FirstNames.holdsFirstName(person) ? person : nil
    }

    /// "Društvo prijateljev Kubeda      Kubed, 17. 2. 2026" → the sender's column only.
    static func withoutDateColumn(_ text: String) -> String {
        guard let gap = ByteSearch.range(of: "  ", in: text), !DateFinder.dates(in: String(text[gap.upperBound...])).isEmpty,
              DateFinder.dates(in: String(text[..<gap.lowerBound])).isEmpty else { return text }
        return String(text[..<gap.lowerBound])
    }

    /// "S   Šmarska cesta 38" → "Šmarska cesta 38": a logo letter printed before the letterhead text.
    static func stripLogo(_ text: String) -> String {
        // One part when there is no column gap.
        guard ByteSearch.contains(text, "  ") else { return text.trimmingSpaces() }
        let parts = text.components(separatedBy: "  ").map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
        if parts.count >= 2, parts[0].count == 1 { return parts.dropFirst().joined(separator: " ") }
        return parts.joined(separator: " ")
    }

    /// The category whose tick box is ticked ("☒ društvo", "[X] posameznik").
    static func tickedCategory(near line: Int?, sections: LetterSections) -> Category? {
        let range = line.map { max(0, $0 - 1)..<min(sections.lines.count, $0 + 7) } ?? 0..<sections.lines.count
        for index in range where !sections.excluded.contains(index) {
            let text = sections.lines[index].text
            guard LetterSections.mayHoldTick(text) else { continue }
            for mark in LetterSections.tickedMarks {
                guard let markRange = ByteSearch.range(of: mark, in: text) else { continue }
                let after = Folding.fold(String(text[markRange.upperBound...]))
                let caption = " " + (after.components(separatedBy: "  ").first { !$0.trimmingSpaces().isEmpty } ?? after).trimmingSpaces()
                for (category, words) in Vocabulary.categoryTickWords where words.contains(where: { ByteSearch.contains(caption, $0) }) { return category }
            }
        }
        return nil
    }

    /// Genitive forms of the words an organisation's name starts with, and their nominatives
    /// ("v imenu Turističnega društva Koper" → "Turistično društvo Koper").
    static let organisationGenitives: [String: String] = [
        "drustva": "društvo", "turisticnega": "turistično", "kulturnega": "kulturno", "sportnega": "športno",
        "pohodniskega": "pohodniško", "kulturno-umetniskega": "kulturno-umetniško", "krajevne": "krajevna", "skupnosti": "skupnost",
        "agrarne": "agrarna", "kluba": "klub", "zveze": "zveza", "zdruzenja": "združenje", "sveta": "svet",
    ]

    /// An organisation's name in the nominative: the leading words in the genitive are put back.
    static func organisationNominative(_ name: String) -> String {
        var words = name.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        func cased(_ nominative: String, like word: String) -> String {
            word.first?.isUppercase == true ? nominative.prefix(1).uppercased() + nominative.dropFirst() : nominative
        }
        // "Kolesarskega kluba Pobegi" → Kolesarski klub Pobegi: the noun's gender gives its adjectives' ending.
        if let noun = words.indices.prefix(4).first(where: { organisationNouns[Folding.fold(words[$0])] != nil }),
           let (nominative, gender) = organisationNouns[Folding.fold(words[noun])] {
            for index in 0..<noun {
                let word = words[index], folded = Folding.fold(word)
                if let known = organisationGenitives[folded] { words[index] = cased(known, like: word); continue }
                guard folded.hasSuffix("ega") || folded.hasSuffix("e") && gender == "f" else { break }
                let stem = String(word.dropLast(folded.hasSuffix("ega") ? 3 : 1))
                words[index] = stem + (gender == "n" ? "o" : gender == "m" ? "i" : "a")
            }
            words[noun] = cased(nominative, like: words[noun])
            return words.joined(separator: " ")
        }
        for index in words.indices.prefix(3) {
            guard let nominative = organisationGenitives[Folding.fold(words[index])] else { break }
            words[index] = cased(nominative, like: words[index])
        }
        return words.joined(separator: " ")
    }

    /// Nouns that name an organisation, in the genitive → their nominative and gender (n, m, f).
    static let organisationNouns: [String: (String, String)] = [
        "drustva": ("društvo", "n"), "zdruzenja": ("združenje", "n"), "kluba": ("klub", "m"), "sveta": ("svet", "m"),
        "aktiva": ("aktiv", "m"), "zveze": ("zveza", "f"), "skupnosti": ("skupnost", "f"), "kmetije": ("kmetija", "f"),
    ]

    /// "v imenu našega društva (Pohodniško društvo Marezige)" → the organisation.
    static func onBehalfOf(sections: LetterSections, gazetteer: Gazetteer) -> String? {
        let lines = sections.readable(sections.body)
        for (position, line) in lines.enumerated() {
            // "v imenu …", "a nome …", or "kot predsednica Kolesarskega kluba Pobegi" (as the role of).
            let asRole = roleWords.lazy.compactMap { ByteSearch.range(of: "kot " + $0 + " ", in: line.folded) }.first
            guard let range = ByteSearch.range(of: "v imenu ", in: line.folded) ?? ByteSearch.range(of: "a nome ", in: line.folded) ?? asRole else { continue }
            let start = line.folded.distance(from: line.folded.startIndex, to: range.upperBound)
            var rest = String(Array(line.text)[start...])
            // "(Pohodniško društvo" / "Marezige)": a bracket closed on the next line.
            if rest.contains("("), !rest.contains(")"), position + 1 < lines.count { rest += " " + lines[position + 1].text }
            // ("v imenu našega društva (Pohodniško društvo Marezige)"; but in "Kolesarskega kluba Pobegi
            // (KK Pobegi)" the bracket holds an abbreviation of the name before it.)
            if let open = rest.firstIndex(of: "("), let close = rest.firstIndex(of: ")"), open < close,
               !Tokenizer.tokens(String(rest[..<open])).contains(where: \.isCapitalized) {
                return String(rest[rest.index(after: open)..<close]).trimmingSpaces()
            }
            if let open = rest.firstIndex(of: "(") { rest = String(rest[..<open]) }
            var tokens = Tokenizer.tokens(rest)
            // "v imenu društva Oljkarsko društvo Osp": the name itself starts at its capital.
            if let first = tokens.first, !first.isCapitalized, let capital = tokens.firstIndex(where: \.isCapitalized), capital <= 2,
               gazetteer.category(ofOrganisation: Array(tokens[capital...])) != nil {
                rest = String(String.UnicodeScalarView(rest.unicodeScalars.dropFirst(tokens[capital].offset)))
                tokens = Tokenizer.tokens(rest)
            }
            // "v imenu društva pošiljam": a word for the organisation, not its name.
            if tokens.count >= 1, !tokens[0].isCapitalized, tokens.prefix(3).allSatisfy({ !$0.isCapitalized }) { continue }
            if gazetteer.category(ofOrganisation: tokens) != nil {
                let end = rest.firstIndex { ",.;".contains($0) } ?? rest.endIndex
                // "v imenu KS Boršt sporočam, da …": the name ends before the writer's verb.
                let head = String(rest[..<end])
                let words = Tokenizer.tokens(head)
                let verb = words.firstIndex { word in
                    !word.isCapitalized && (NomineeFinder.verbCues.contains(word.folded) || ["vam", "vas", "da", "ki"].contains(word.folded)
                        || word.folded.count > 3 && ["am", "im", "em", "mo"].contains { word.folded.hasSuffix($0) })
                }
                if let verb, verb >= 1 { return String(String.UnicodeScalarView(head.unicodeScalars.prefix(words[verb].offset))).trimmingSpaces() }
                return head.trimmingSpaces()
            }
        }
        return nil
    }

    /// The signature: the signing person, their role and an organisation line.
    static func signature(sections: LetterSections, gazetteer: Gazetteer) -> (person: String?, role: String?, org: String?) {
        var person: String?, role: String?, org: String?
        // "Lp, Bojan Kralj": the name on the closing formula's own line.
        if let closing = sections.readable(sections.signature).first, LetterSections.closingFirstWords.contains(closing.tokens.first?.folded ?? ""),
           let comma = closing.text.firstIndex(of: ","), let name = PersonName.leadingName(in: String(closing.text[closing.text.index(after: comma)...])) {
            person = name
        }
        // The closing formula opens the signature, unless the signature was found without one.
        let signatureLines = sections.readable(sections.signature)
        let opensWithClosing = signatureLines.first.map { LetterSections.closingFirstWords.contains($0.tokens.first?.folded ?? "") } ?? false
        for written in signatureLines.dropFirst(opensWithClosing ? 1 : 0) where !written.isBlank {
            // "Dekani, 26. 2. 2026   Predsednik sveta KS": the place and date in a column of their own are left out.
            var line = written
            if ByteSearch.contains(written.text, "  "), ByteSearch.hasDigit(written.text) {
                let columns = written.text.components(separatedBy: "  ").map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
                let kept = columns.filter { DateFinder.dates(in: $0).isEmpty }
                if kept.count < columns.count, !kept.isEmpty { line = TextLine(index: written.index, text: kept.joined(separator: "  "), page: written.page) }
            }
            // ("La titolare", "Il presidente": the role without its article.)
            let words = line.tokens.map(\.folded)
            let folded = (words.first.map(Vocabulary.articles.contains) == true ? words.dropFirst() : words[...]).joined(separator: " ")
            let namesOrganisation = gazetteer.category(ofOrganisation: line.tokens) != nil
            if role == nil, roleWords.contains(where: { folded.hasPrefix($0) }), !(namesOrganisation && line.text.contains(",")) {
                role = folded
                // "Tajnica KS Sočerga", "Predsednik Sveta KS Gračišče": the organisation after the role.
                let named = Array(line.tokens.drop { roleWords.contains($0.folded) })
                // ("Predsednik sveta KS": "KS" alone names no one; a place or a name must follow.)
                if org == nil, named.count >= 2, gazetteer.category(ofOrganisation: named) != nil,
                   named.contains(where: { $0.isCapitalized && !$0.isAllCaps }),
                   let first = named.first, let start = line.text.unicodeScalars.index(line.text.unicodeScalars.startIndex, offsetBy: first.offset, limitedBy: line.text.unicodeScalars.endIndex) {
                    org = String(line.text.unicodeScalars[start...]).trimmingSpaces()
                }
                continue
            }
            if org == nil, namesOrganisation, !folded.hasPrefix("gsm") {
                // "President, Kolesarski klub Koper", "predsednica, KD Pomjan": the role before the name.
                // "Za Društvo …:", "V imenu KS …": the organisation without the words before it.
                org = line.text.trimming(charactersIn: " :")
                for lead in ["za ", "v imenu ", "per ", "for ", "on behalf of "] where folded.hasPrefix(lead) && org!.count > lead.count {
                    org = String(org!.dropFirst(lead.count)).trimmingSpaces()
                    break
                }
                if let comma = line.text.firstIndex(of: ","), roleWords.contains(Folding.fold(String(line.text[..<comma])).trimmingSpaces()) {
                    role = role ?? Folding.fold(String(line.text[..<comma])).trimmingSpaces()
                    org = String(line.text[line.text.index(after: comma)...]).trimmingSpaces()
                } else if let comma = line.text.firstIndex(of: ","), let name = PersonName.leadingName(in: String(line.text[..<comma])),
                          name == String(line.text[..<comma]).trimmingSpaces() {
                    // "Klara Bandelj, tajnica KS": the signer and her role; "KS" alone names no one.
                    person = person ?? name
                    let rest = Tokenizer.tokens(String(line.text[line.text.index(after: comma)...]))
                    let roleLength = rest.prefix { roleWords.contains($0.folded) }.count
                    role = role ?? rest.prefix(roleLength).map(\.folded).joined(separator: " ")
                    let named = Array(rest.dropFirst(roleLength))
                    org = named.count >= 2 && gazetteer.category(ofOrganisation: named) != nil
                        ? PersonName.join(named) : nil
                }
                continue
            }
            if person == nil, let name = PersonName.leadingName(in: line.text), line.tokens.count <= 4 { person = name }
            // "Koper, 2. 2. 2026   Goran Radović": the name in a column of its own.
            if person == nil, ByteSearch.contains(line.text, "  ") {
                person = line.text.components(separatedBy: "  ").map { $0.trimmingSpaces() }.first { column in
                    PersonName.leadingName(in: column) == column && FirstNames.holdsFirstName(column)
                }
            }
        }
        return (person, role, org)
    }
}

import Foundation
