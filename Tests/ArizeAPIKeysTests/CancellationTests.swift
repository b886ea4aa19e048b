@testable import ArizeAPIKeys
import ArizeOpenAPIRuntime
import ArizeAPIKeysTesting
import Foundation
import Testing

@Suite struct CancellationTests {
    @Test func cancellingTheTaskCancelsTheRequestInFlight() async throws {
        let fake = FakeArize()
        // Without cancellation the call would succeed after 120 s: a CancellationError alone shows
        // it was cut short, and the bound (a sixth of the latency) only keeps a broken build from
        // waiting the whole latency unnoticed.
        fake.setLatency(.seconds(120))
        let client = try makeClient(fake, apiKey: fake.apiKey)
        let start = ContinuousClock.now
        let task = Task { try await client.apiKeys.list() }
        try await Task.sleep(for: .milliseconds(50))
        task.cancel()
        await #expect(throws: CancellationError.self) { _ = try await task.value }
        #expect(ContinuousClock.now - start < .seconds(20))
    }

    @Test func cancellingDuringABackoffStopsRetrying() async throws {
        let transport = ScriptedTransport(fallback: problem(503))
        let client = try makeClient(transport) { $0.sleep = { try await Task.sleep(for: $0) }; $0.retryPolicy.initialBackoff = .seconds(30) }
        let task = Task { try await client.apiKeys.list() }
        try await Task.sleep(for: .milliseconds(50))
        task.cancel()
        await #expect(throws: CancellationError.self) { _ = try await task.value }
        #expect(transport.requests.count == 1)
    }

    @Test func cancellingEndsListAll() async throws {
        let fake = FakeArize()
        fake.seedKeys(count: 500)
        let client = try makeClient(fake, apiKey: fake.apiKey)
        let task = Task { () -> Int in
            var seen = 0
            for try await _ in client.apiKeys.listAll(limit: 10) {
                seen += 1
                if seen == 25 { withUnsafeCurrentTask { $0?.cancel() } }
            }
            return seen
        }
        await #expect(throws: CancellationError.self) { _ = try await task.value }
        #expect(fake.requests.count == 3, "pages are fetched only as needed, and not after cancellation")
    }
}

@Suite struct ListAllTests {
    @Test func followsCursorsLazilyOnePageAtATime() async throws {
        let fake = FakeArize()
        fake.seedKeys(count: 250)
        let client = try makeClient(fake, apiKey: fake.apiKey)
        var iterator = client.apiKeys.listAll(limit: 100).makeAsyncIterator()
        for _ in 0..<10 { _ = try await iterator.next() }
        #expect(fake.requests.count == 1)
        var names: [String] = []
        for try await key in client.apiKeys.listAll(limit: 100) { names.append(key.name) }
        #expect(names.count == 250 && names.first == "seeded-0" && names.last == "seeded-249" && Set(names).count == 250)
        #expect(fake.requests.count == 4)
    }
}
