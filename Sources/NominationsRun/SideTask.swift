import Foundation

/// Work started on another thread now and waited for later; its error comes back from `wait`.
final class SideTask: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var error: Error?

    init(_ work: @escaping @Sendable () throws -> Void) {
        Thread.detachNewThread { [self] in
            do { try work() } catch { self.error = error }
            done.signal()
        }
    }

    /// Waits for the work (once); rethrows what it threw.
    func wait() throws {
        done.wait()
        done.signal()
        if let error { throw error }
    }
}
