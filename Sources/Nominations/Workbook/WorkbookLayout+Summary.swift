/// `Povzetek`: counts that say what they count, each group's state, candidates per cluster and
/// category with a chart, the legend of colours and marks, and how points are given.
extension WorkbookLayout {
    func summary(_ letters: [ReadLetter], groups: Groups, facts: RunFacts) -> WorkbookModel.Sheet {
        func count(_ status: LetterStatus) -> Double { Double(letters.filter { $0.letter.status == status }.count) }
        let duplicates = letters.reduce(0) { $0 + $1.otherNames.count }
        var rows: [WorkbookModel.Row] = [
            .init([.text("Datum izdelave"), .text(facts.runDate.slovenian)]),
            .init([.text("Datotek v mapi Inbox"), .number(Double(letters.count + duplicates))]),
            .init([.text("– od tega enakih dopisov pod drugim imenom"), .number(Double(duplicates))]),
            .init([.text("Različnih dopisov"), .number(Double(letters.count))]),
            .init([.text("– predlogi, prebrani brez pripomb"), .number(count(.parsed))]),
            .init([.text("– predlogi za pregled"), .number(count(.needsReview))]),
            .init([.text("– dokumenti, ki niso predlog"), .number(count(.notANomination))]),
            .init([.text("– neberljive datoteke"), .number(count(.unreadable))]),
            .init([.text("Dopisov po roku"), .number(Double(letters.filter { $0.letter.late }.count))]),
            .init([.text("Upoštevanih ročnih vnosov"), .number(Double(groups.applied.used.count))]),
            .init([.text("Datotek, ki še prihajajo"), .number(Double(facts.arriving.count))]),
            .init([.text("Prezrtih datotek (skrite, začasne datoteke urejevalnikov)"), .number(Double(facts.ignored))]),
            .init([.text("Kandidatov (različnih oseb)"), .number(Double(Set(groups.candidates.map(\.personKey)).count))]),
            .init([.text("Rok za predloge"), .text(configuration.deadlineDate.slovenian)]),
            .init([.text("Trajanje obdelave (s)"), .number((facts.seconds * 10).rounded() / 10)]),
            .init([.text("Nastavitve"), .text(facts.configurationName)]),
        ]
        for notice in facts.notices { rows.append(.init([.text("Opozorilo"), .text(notice)], style: .warning)) }
        rows.append(.init([.empty]))
        rows.append(.init([.text("Predlagane sestave"), .text("Zasedena mesta"), .text("Pravila sestave in naslednja rezerva")], style: .heading))
        for cluster in configuration.clusters {
            let status = groups.status[cluster.slug]!
            rows.append(.init([.text(cluster.name), .text(status.seats),
                               .text(status.rules.allSatisfy(\.met) ? "vsa pravila izpolnjena" : "")],
                              style: status.complete ? .normal : .warning))
            for rule in status.rules where !rule.met {
                let label = rule.categories.map { configuration.label(of: $0) }.joined(separator: " ali ")
                rows.append(.init([.empty, .empty, .text("\(label): \(rule.text)")], style: .warning))
            }
            rows.append(.init([.empty, .empty, .text("naslednja rezerva: " + (status.reserve.map {
                "\($0.candidate.name) (\(Self.points($0.points)) točk)" } ?? "ni primernega kandidata"))]))
        }
        rows.append(.init([.empty]))
        rows.append(.init([.text("Predlogi kandidatov po skupinah in kategorijah")], style: .heading))
        rows.append(.init([.text("Skupina")] + Category.allCases.map { .text(configuration.label(of: $0)) } + [.text("Skupaj")], style: .heading))
        // Row 0 of the sheet is its header row: the table's first data row is rows.count + 1.
        let firstDataRow = rows.count + 1
        for cluster in configuration.clusters {
            let inCluster = groups.candidates.filter { $0.cluster == cluster.slug }
            rows.append(.init([.text(cluster.name)] + Category.allCases.map { category in
                .number(Double(inCluster.filter { $0.category == category }.count))
            } + [.number(Double(inCluster.count))]))
        }
        let lastDataRow = rows.count
        rows.append(.init([.empty]))
        rows.append(.init([.text("Barve in oznake")], style: .heading))
        rows.append(.init([.text("zelena vrstica: predlagani član sestave (»Da« v stolpcu Predlagana sestava)")], style: .highlighted))
        rows.append(.init([.text("ležeče, temno sivo: kandidat ne more biti v sestavi (po roku ali brez soglasja)")], style: .muted))
        rows.append(.init([.text("modra vrstica: kandidat ali dopis iz ročnega vnosa (»ročni vnos«)")], style: .handEntered))
        rows.append(.init([.text("rdeče: pravilo sestave ni izpolnjeno ali ročni vnos ni upoštevan")], style: .warning))
        rows.append(.init([.text("rumene celice: stolpci za komisijo in osebje (Odločitev, Opomba, Vnos)")], style: .normal))
        rows.append(.init([.empty]))
        rows.append(.init([.text("Kako se dodelijo točke")], style: .heading))
        for line in PointsText.lines(configuration) { rows.append(.init([.text(line)])) }
        let chartRow = rows.count + 2
        let chart = WorkbookModel.Chart(title: "Predlogi kandidatov po skupinah in kategorijah", categoryColumn: 0,
                                        firstRow: firstDataRow, lastRow: lastDataRow,
                                        series: Category.allCases.enumerated().map { (configuration.label(of: $1), $0 + 1) },
                                        anchorRow: chartRow, anchorColumn: 0)
        let columns: [WorkbookModel.Column] = [.init("Povzetek", width: 34)]
            + Category.allCases.map { _ in .init("", width: 16) } + [.init("", width: 12)]
        return .init(name: Self.summaryName, columns: columns, rows: rows,
                     printing: printing(Self.summaryName, columns: columns.count, facts: facts), chart: chart)
    }
}

/// How points are given, in words, from the configuration's weights.
enum PointsText {
    static func lines(_ configuration: Configuration) -> [String] {
        let scoring = configuration.scoring
        func p(_ value: Double) -> String { WorkbookLayout.points(value) }
        var lines = [
            "lokalnost: +\(p(scoring.local)), če kandidat živi ali deluje v kraju skupine (kraj v Mestni občini Koper) ali je skupina določena po takem kraju",
            "področja nalog: +\(p(scoring.perTopic)) za vsako področje, ki ga dopis izkaže z besedami (citat v Utemeljitvi); ime predlagatelja ni dokaz",
        ]
        for cluster in configuration.clusters {
            guard let weights = scoring.clusterTopics[cluster.slug], !weights.isEmpty else { continue }
            let parts = weights.keys.sorted().map { "\(TopicLabels.labels[$0] ?? $0) +\(p(weights[$0]!))" }
            lines.append("  dodatno za \(cluster.name): " + parts.joined(separator: ", "))
        }
        lines.append("soglasje: +\(p(scoring.consent)), če je soglasje kandidata izrecno navedeno")
        lines.append("podpore: +\(p(scoring.perEndorsement)) za vsako podporo druge organizacije ali drugega predlagatelja, največ \(scoring.maxEndorsements)")
        lines.append("popolni kontakti: +\(p(scoring.completeContacts)), če sta navedena telefon in e-pošta")
        lines.append("Rang: najprej kandidati, ki so lahko v sestavi, po točkah; nato kandidati po roku ali brez soglasja.")
        return lines
    }
}
