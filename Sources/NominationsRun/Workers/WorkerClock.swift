import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// How long a worker has worked on the file it owes: in the worker's processor time, so that a
/// limit gives the same outcome however busy the machine is (a scan that took 11 s of processor
/// time took 21 to 28 s on the wall clock while another run shared the two cores, and met a wall-clock
/// limit one night and not the next). A worker that uses no processor time at all (blocked) is
/// given up on the wall clock, after `WorkerLimits.wallFactor` times the limit.
struct WorkerClock {
    let worker: pid_t
    let limit: Double
    private var processorMark: Double?
    private var wallMark: Double

    init(worker: pid_t, limit: Double) {
        self.worker = worker
        self.limit = limit
        processorMark = Self.processorSeconds(of: worker)
        wallMark = Self.wallSeconds()
    }

    /// Starts the count again (the worker made progress).
    mutating func restart() {
        processorMark = Self.processorSeconds(of: worker)
        wallMark = Self.wallSeconds()
    }

    /// Processor seconds left of the limit (wall seconds where the worker's clock cannot be read),
    /// and whether the blocked worker's wall-clock allowance is spent.
    func remaining() -> Double {
        let wall = Self.wallSeconds() - wallMark
        if wall >= limit * WorkerLimits.wallFactor { return 0 }
        guard let mark = processorMark, let now = Self.processorSeconds(of: worker) else { return limit - wall }
        return limit - (now - mark)
    }

    /// The processor time `pid` has used, all its threads; `nil` when its clock cannot be read.
    static func processorSeconds(of pid: pid_t) -> Double? {
        var clock = clockid_t()
        guard clock_getcpuclockid(pid, &clock) == 0 else { return nil }
        var time = timespec()
        guard clock_gettime(clock, &time) == 0 else { return nil }
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    static func wallSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
