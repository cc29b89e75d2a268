import Foundation
import Testing
@testable import NominationsRun

/// A worker's file limit counts its processor time: a worker kept waiting by a busy machine is not
/// timed out for it, a busy one is, and a blocked one is given up on the wall clock.
@Suite("Worker clock")
struct WorkerClockTests {
    /// Runs `/bin/sh -c script` and hands its process id to `body`, then kills and reaps it.
    static func withChild(_ script: String, _ body: (pid_t) throws -> Void) throws {
        var pid: pid_t = 0
        let words: [String] = ["/bin/sh", "-c", script]
        let arguments: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
        defer { arguments.forEach { free($0) } }
        guard posix_spawn(&pid, "/bin/sh", nil, nil, arguments, environ) == 0 else { throw CocoaError(.executableLoad) }
        defer {
            kill(pid, SIGKILL)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
        }
        try body(pid)
    }

    @Test func aWaitingWorkerKeepsItsTimeAndABusyOneSpendsIt() throws {
        try Self.withChild("sleep 30") { pid in
            let clock = WorkerClock(worker: pid, limit: 5)
            usleep(400_000)
            // Asleep, it used (almost) no processor time: its limit is untouched.
            #expect(clock.remaining() > 4.9)
        }
        try Self.withChild("while :; do :; done") { pid in
            let clock = WorkerClock(worker: pid, limit: 5)
            usleep(400_000)
            // Busy, it spent some of it (at most the wall time that passed).
            let remaining = clock.remaining()
            #expect(remaining < 4.95)
            #expect(remaining > 4.5)
        }
    }

    @Test func aBlockedWorkerIsGivenUpOnTheWallClock() throws {
        try Self.withChild("sleep 30") { pid in
            let clock = WorkerClock(worker: pid, limit: 0.05)
            #expect(clock.remaining() > 0)
            usleep(useconds_t(0.05 * WorkerLimits.wallFactor * 1_000_000) + 50_000)
            #expect(clock.remaining() <= 0)
        }
    }

    @Test func aWorkerGoneIsTimedOnTheWallClock() throws {
        var gone: pid_t = 0
        try Self.withChild("exit 0") { pid in gone = pid }
        // Reaped: its clock cannot be read any more.
        #expect(WorkerClock.processorSeconds(of: gone) == nil)
        let clock = WorkerClock(worker: gone, limit: 0.2)
        usleep(100_000)
        #expect(clock.remaining() < 0.15)
    }
}
