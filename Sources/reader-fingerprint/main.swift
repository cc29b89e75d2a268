import Foundation

// Writes Fingerprints.swift: a 64-bit FNV-1a hash, as hex, of each group of files (their paths
// relative to the package and their bytes, in path order). Not cryptographic: it only has to change
// when the code does. Usage: reader-fingerprint OUTPUT PACKAGE_ROOT --reader FILE… --extraction FILE…
let arguments = Array(CommandLine.arguments.dropFirst())
guard arguments.count >= 2 else {
    FileHandle.standardError.write(Data("usage: reader-fingerprint OUTPUT PACKAGE_ROOT --reader FILE… --extraction FILE…\n".utf8))
    exit(2)
}
let output = arguments[0], root = arguments[1]
var groups: [String: [String]] = [:]
var current = ""
for argument in arguments.dropFirst(2) {
    if argument.hasPrefix("--") { current = String(argument.dropFirst(2)); groups[current, default: []] = [] } else { groups[current, default: []].append(argument) }
}

func fingerprint(_ paths: [String]) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    func mix(_ bytes: some Sequence<UInt8>) { for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 } }
    for path in paths.sorted() {
        let relative = path.hasPrefix(root) ? String(path.dropFirst(root.count)) : path
        mix(relative.utf8)
        mix([0])
        guard let data = FileManager.default.contents(atPath: path) else {
            FileHandle.standardError.write(Data("reader-fingerprint: cannot read \(path)\n".utf8))
            exit(1)
        }
        mix(data)
        mix([0])
    }
    return String(hash, radix: 16)
}

let text = """
// Generated at build time by the ReaderFingerprint plugin; do not edit.
/// Fingerprints of the code that reads letters and of the code that extracts their text.
enum Fingerprints {
    /// Changes whenever the reader, its vocabulary or the built-in configuration does.
    static let reader = "\(fingerprint(groups["reader"] ?? []))"
    /// Changes whenever the text extraction does.
    static let extraction = "\(fingerprint(groups["extraction"] ?? []))"
}

"""
let url = URL(fileURLWithPath: output)
if (try? String(contentsOf: url, encoding: .utf8)) != text {
    do { try text.write(to: url, atomically: true, encoding: .utf8) } catch {
        FileHandle.standardError.write(Data("reader-fingerprint: cannot write \(output): \(error)\n".utf8))
        exit(1)
    }
}
