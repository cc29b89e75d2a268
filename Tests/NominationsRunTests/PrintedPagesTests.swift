import Foundation
import Nominations
import TestSupport
import Testing
import XLSX
@testable import NominationsRun

/// The workbook printed through LibreOffice: every page names its sheet (a cluster's name on a
/// cluster's pages) and the date, and no text is smaller than 8 pt. Measured with `pdftotext -bbox`
/// against a reference cell written at 8 pt in the same conversion.
@Suite("Printed pages")
struct PrintedPagesTests {
    static let pdftotext = FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftotext")

    struct Word {
        let text: String
        let height: Double
    }

    static func pages(_ pdf: String) throws -> [[Word]] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/pdftotext")
        process.arguments = ["-bbox", pdf, "-"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let html = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let word = try NSRegularExpression(pattern: "yMin=\"([0-9.]+)\" xMax=\"[0-9.]+\" yMax=\"([0-9.]+)\">([^<]*)<")
        return html.components(separatedBy: "<page ").dropFirst().map { page in
            word.matches(in: page, range: NSRange(page.startIndex..., in: page)).map { match in
                let value = { (index: Int) in String(page[Range(match.range(at: index), in: page)!]) }
                return Word(text: WorkbookReadBack.unescape(value(3)), height: Double(value(2))! - Double(value(1))!)
            }
        }
    }

    @Test(.enabled(if: LibreOffice.path != nil && pdftotext, "LibreOffice (soffice) or pdftotext is not installed: printing is not measured here"))
    func everyPageNamesItsSheetAndTheDateInReadableType() throws {
        let inbox = try RunFixtures.copyInbox(from: RunFixtures.devCorpus ?? RunFixtures.fixtures)
        let outbox = RunFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: inbox); try? FileManager.default.removeItem(atPath: outbox) }
        _ = try RunJob(configuration: RunFixtures.configuration, configurationName: "t", inbox: inbox, outbox: outbox, state: nil, settleSeconds: 0).run()
        // The reference: one cell at 8 pt, the smallest type allowed.
        let reference = outbox + "/referenca.xlsx"
        let workbook = try Workbook(path: reference)
        try workbook.addWorksheet("Referenca").write("Osem", row: 0, column: 0, style: CellStyle(fontSize: 8))
        try workbook.close()
        try LibreOffice.run(["--convert-to", "pdf", "--outdir", outbox + "/pdf", outbox + "/" + RunJob.latestName, reference],
                            profile: outbox + "/profile")
        let eight = try #require(try Self.pages(outbox + "/pdf/referenca.pdf").first?.first { $0.text == "Osem" }).height
        let pages = try Self.pages(outbox + "/pdf/" + (RunJob.latestName as NSString).deletingPathExtension + ".pdf")
        let date = "Stanje na dan " + CalendarDate.today().slovenian
        let clusters = RunFixtures.configuration.clusters.map(\.name)
        var clusterPages: [String: Int] = [:]
        for (number, words) in pages.enumerated() {
            let text = words.map(\.text).joined(separator: " ")
            #expect(text.contains(date), "page \(number + 1) has no date")
            #expect(text.contains("Stran \(number + 1) od \(pages.count)"), "page \(number + 1) has no page number")
            // The header's left third names the sheet: its first words.
            if let cluster = clusters.first(where: { text.hasPrefix($0) }) { clusterPages[cluster, default: 0] += 1 }
            let smallest = words.map(\.height).min() ?? eight
            #expect(smallest >= eight - 0.05, "page \(number + 1): text of \(smallest / eight * 8) pt")
        }
        #expect(Set(clusterPages.keys) == Set(clusters), "every cluster has pages of its own")
    }
}
