import Foundation
import PackagePlugin

/// Gives the run two fingerprints of its own code, made at build time: one of everything that
/// decides how a letter is read (the `Nominations` target: reader, vocabulary, first names, built-in
/// configuration) and one of everything that decides what text a PDF gives (the `PDFText` target,
/// the `OCR` target and the extraction stage with its OCR of scanned pages). The state keys its cached readings and texts by them, so a new reader
/// re-reads old letters and a new extractor extracts them again — with no version to bump by hand.
@main
struct ReaderFingerprintPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let tool = try context.tool(named: "reader-fingerprint")
        func files(of name: String) throws -> [URL] {
            guard let module = try context.package.targets(named: [name]).first?.sourceModule else { return [] }
            return module.sourceFiles.map(\.url).sorted { $0.path < $1.path }
        }
        let reader = try files(of: "Nominations")
        let stage = target.sourceModule?.sourceFiles.map(\.url).filter {
            $0.lastPathComponent == "Extraction.swift" || $0.deletingLastPathComponent().lastPathComponent == "Scans"
        } ?? []
        let extraction = try files(of: "PDFText") + files(of: "OCR") + stage
        let output = context.pluginWorkDirectoryURL.appending(path: "Fingerprints.swift")
        let root = context.package.directoryURL.path
        return [.buildCommand(displayName: "Fingerprinting the reader and the extraction",
                              executable: tool.url,
                              arguments: [output.path, root, "--reader"] + reader.map(\.path) + ["--extraction"] + extraction.map(\.path),
                              inputFiles: reader + extraction,
                              outputFiles: [output])]
    }
}
