import Foundation

/// Work started on another thread now and waited for later; its value, or its error, comes back
/// from `wait`.
final class SideTask<Value>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: Result<Value, Error>?

    init(_ work: @escaping @Sendable () throws -> Value) {
        Thread.detachNewThread { [self] in
            result = Result { try work() }
            done.signal()
        }
    }

    /// Waits for the work (as often as asked); its value, or what it threw.
    @discardableResult
    func wait() throws -> Value {
        done.wait()
        done.signal()
        return try result!.get()
    }
}
