import Foundation
import Testing
@testable import NominationsRun

#if canImport(Glibc)
import Glibc
#endif

@Suite("Phase clock")
struct PhaseClockTests {
    /// A phase is charged at least the processor time this thread spent in it (the clock counts the
    /// whole process, which other tests share, so only a lower bound can be checked), and its wall time.
    @Test func phasesAreChargedTheirProcessorAndWallTime() throws {
        var clock = PhaseClock()
        let spent = Self.threadSeconds()
        var sum = 0.0
        while Self.threadSeconds() - spent < 0.03 { for value in 0..<10_000 { sum += Double(value).squareRoot() } }
        clock.mark("busy")
        usleep(50_000)
        clock.mark("asleep")
        withExtendedLifetime(sum) {}
        let seconds = clock.processorSeconds
        #expect(seconds.count == 2)
        #expect(seconds[0] >= 0.03)
        let summary = clock.summary
        #expect(summary.hasPrefix("busy "))
        // The sleeping phase's wall time is at least the 50 ms slept.
        let asleep = try #require(summary.firstMatch(of: #/, asleep (\d+\.\d{3}) s \(cpu \d+\.\d{3} s\); cpu: start-up \d+\.\d{3} s, workers \d+\.\d{3} s$/#))
        #expect(try #require(Double(asleep.1)) >= 0.05, "\(summary)")
    }

    private static func threadSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
