import Foundation
import Nominations

/// Why a run could not be done (a one-line reason for stderr, in Slovenian).
public struct RunError: Error, CustomStringConvertible {
    public let description: String
    public let exitCode: Int32

    public init(description: String, exitCode: Int32) {
        self.description = description
        self.exitCode = exitCode
    }
}

/// The nightly batch: inbox → letters → workbook in the outbox.
public struct RunJob {
    public static let latestName = "predlogi-zadnji.xlsx"
    public static let lettersFolder = "dopisi"

    let configuration: Configuration
    let configurationName: String
    let inbox: String
    let outbox: String
    let state: String?
    let settleSeconds: Double

    public init(configuration: Configuration, configurationName: String, inbox: String, outbox: String, state: String?, settleSeconds: Double) {
        self.configuration = configuration
        self.configurationName = configurationName
        self.inbox = inbox
        self.outbox = outbox
        self.state = state
        self.settleSeconds = settleSeconds
    }

    /// Runs the batch. - Returns: a one-line summary (file names and counts only).
    public func run() throws -> String {
        let started = Date()
        let manager = FileManager.default
        try createFolder(outbox)
        let scan = try InboxScanner.scan(inbox, settleSeconds: settleSeconds)
        let reader = LetterReader(configuration: configuration)
        let files = LetterBatch.read(scan.ready.map { (inbox as NSString).appendingPathComponent($0) }, reader: reader)
        let letters = files.map { ReadLetter(file: $0.name, letter: $0.letter) }

        // Keep copies of the letters beside the workbook so that the links open them anywhere.
        let lettersFolder = (outbox as NSString).appendingPathComponent(Self.lettersFolder)
        try createFolder(lettersFolder)
        for name in scan.ready {
            let target = (lettersFolder as NSString).appendingPathComponent(name)
            let source = (inbox as NSString).appendingPathComponent(name)
            if let existing = try? manager.attributesOfItem(atPath: target)[.size] as? Int,
               let size = try? manager.attributesOfItem(atPath: source)[.size] as? Int, existing == size { continue }
            try? manager.removeItem(atPath: target)
            do { try manager.copyItem(atPath: source, toPath: target) } catch { continue }
            try? manager.setAttributes([.posixPermissions: 0o640], ofItemAtPath: target)
        }

        let today = CalendarDate.today()
        let facts = WorkbookLayout.RunFacts(runDate: today, seconds: Date().timeIntervalSince(started),
                                            configurationName: configurationName, lettersFolder: Self.lettersFolder,
                                            arriving: scan.arriving)
        let model = WorkbookLayout(configuration: configuration).workbook(letters: letters, facts: facts)
        let dated = "predlogi-\(today).xlsx"
        try writeAtomically(model, names: [dated, Self.latestName])
        let counts = Dictionary(grouping: letters, by: { $0.letter.status }).mapValues(\.count)
        return "nominations: prebranih \(letters.count) dopisov (prebrani \(counts[.parsed] ?? 0), za pregled \(counts[.needsReview] ?? 0), "
            + "ni predlog \(counts[.notANomination] ?? 0), neberljivi \(counts[.unreadable] ?? 0)), še prihaja \(scan.arriving.count); "
            + "zapisano: \(dated), \(Self.latestName)"
    }

    func createFolder(_ path: String) throws {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o750])
        } catch {
            throw RunError(description: "mape »\(path)« ni mogoče ustvariti", exitCode: 2)
        }
    }

    /// Writes to a temporary file in the outbox and renames it into place, for every name.
    func writeAtomically(_ model: WorkbookModel, names: [String]) throws {
        let manager = FileManager.default
        for name in names {
            let temporary = (outbox as NSString).appendingPathComponent(".\(name).\(ProcessInfo.processInfo.processIdentifier).tmp")
            do {
                try WorkbookWriter.write(model, to: temporary)
                try manager.setAttributes([.posixPermissions: 0o640], ofItemAtPath: temporary)
                let target = (outbox as NSString).appendingPathComponent(name)
                if rename(temporary, target) != 0 { throw RunError(description: "delovnega zvezka ni mogoče shraniti v »\(outbox)«", exitCode: 2) }
            } catch let error as RunError {
                try? manager.removeItem(atPath: temporary)
                throw error
            } catch {
                try? manager.removeItem(atPath: temporary)
                throw RunError(description: "delovnega zvezka ni mogoče zapisati (\(error))", exitCode: 2)
            }
        }
    }
}

extension CalendarDate {
    /// Today's date in the local time zone.
    static func today() -> CalendarDate {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return CalendarDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }
}
