import ArizeOpenAPIRuntime
import Testing

/// `Locked` stands in for `Synchronization.Mutex` in the libraries (see its doc comment), so it
/// must keep concurrent read-modify-writes whole.
@Suite struct LockedTests {
    @Test func concurrentUpdatesAreNeverLost() async {
        let counter = Locked(0)
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<8 {
                group.addTask {
                    for _ in 0..<5_000 { counter.withLock { $0 += 1 } }
                }
            }
        }
        #expect(counter.withLock { $0 } == 40_000)
    }

    @Test func errorsFromTheBodyLeaveTheLockUsable() {
        struct Refused: Error {}
        let names = Locked<[String]>([])
        #expect(throws: Refused.self) {
            try names.withLock { names in
                names.append("kept")
                throw Refused()
            }
        }
        #expect(names.withLock { $0 } == ["kept"])
    }
}
