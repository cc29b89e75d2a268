import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// One run at a time: an exclusive `flock` on a file in the state folder. The kernel releases it
/// when the process ends in any way, so a killed run never blocks the next night.
final class RunLock {
    private let descriptor: Int32

    /// Waits up to `seconds` for the lock.
    /// - Throws: `RunError` (exit status 75) when another run still holds it.
    init(folder: String, waitSeconds: Double) throws {
        let path = (folder as NSString).appendingPathComponent("lock")
        descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw RunError(description: "zaklepa »\(path)« ni mogoče odpreti", exitCode: 2) }
        let deadline = Date().addingTimeInterval(waitSeconds)
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            if Date() >= deadline {
                close(descriptor)
                throw RunError(description: "druga obdelava že teče (zaklep \(path)); poskusite znova pozneje", exitCode: 75)
            }
            usleep(200_000)
        }
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
