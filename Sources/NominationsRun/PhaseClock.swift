import Foundation

/// Times the phases of a run; with `NOMINATIONS_TIMING` set, the run prints them on stderr
/// (for the benchmark and for finding slow nights).
struct PhaseClock {
    private var last = Date()
    private var phases: [(String, Double)] = []
    let enabled = ProcessInfo.processInfo.environment["NOMINATIONS_TIMING"] != nil

    mutating func mark(_ phase: String) {
        let now = Date()
        phases.append((phase, now.timeIntervalSince(last)))
        last = now
    }

    func report() {
        guard enabled else { return }
        let text = phases.map { String(format: "%@ %.3f s", $0.0, $0.1) }.joined(separator: ", ")
        FileHandle.standardError.write(Data("nominations: \(text)\n".utf8))
    }
}
