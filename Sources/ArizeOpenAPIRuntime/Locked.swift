import Foundation

/// A value that tasks share, read and changed only under a lock.
///
/// This package's libraries use it rather than `Synchronization.Mutex`: a debug build with
/// indexing on (SwiftPM's default) first compiles `Synchronization` from its interface, a cost
/// every clean build of every package that depends on ours would pay.
package final class Locked<Value> {
    private let lock = NSLock()
    private var value: Value

    package init(_ value: Value) { self.value = value }

    /// Runs `body` with the value while holding the lock; keep `body` short and never `await` in it.
    package func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}

/// Every access goes through the lock, so sharing is safe whenever the value itself may cross tasks.
extension Locked: @unchecked Sendable where Value: Sendable {}
