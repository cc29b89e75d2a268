import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Times the phases of a run; with `NOMINATIONS_TIMING` set, the run prints them on stderr
/// (for the benchmark and for finding slow nights): for each phase its wall time and the processor
/// time of the run's own process (all its threads; workers not included), then the processor time
/// of the start-up before the first phase and of the workers (those ended so far).
struct PhaseClock {
    private var last = Date()
    private let startCPU = Self.usageSeconds(RUSAGE_SELF.rawValue)
    private var lastCPU: Double
    private var phases: [(name: String, wall: Double, cpu: Double)] = []
    let enabled = ProcessInfo.processInfo.environment["NOMINATIONS_TIMING"] != nil

    init() { lastCPU = startCPU }

    mutating func mark(_ phase: String) {
        let now = Date(), cpu = Self.usageSeconds(RUSAGE_SELF.rawValue)
        phases.append((phase, now.timeIntervalSince(last), cpu - lastCPU))
        last = now
        lastCPU = cpu
    }

    func report() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("nominations: \(summary)\n".utf8))
    }

    /// The phases marked so far, each with its wall and processor seconds, then the start-up's and
    /// the workers' processor seconds.
    var summary: String {
        let text = phases.map { String(format: "%@ %.3f s (cpu %.3f s)", $0.name, $0.wall, $0.cpu) }.joined(separator: ", ")
        return text + String(format: "; cpu: start-up %.3f s, workers %.3f s", startCPU, Self.usageSeconds(RUSAGE_CHILDREN.rawValue))
    }

    /// Processor seconds of each phase marked so far, in order.
    var processorSeconds: [Double] { phases.map(\.cpu) }

    /// User and system time of `who` (`RUSAGE_SELF` or `RUSAGE_CHILDREN`).
    private static func usageSeconds(_ who: Int32) -> Double {
        var usage = rusage()
        getrusage(who, &usage)
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }
}
