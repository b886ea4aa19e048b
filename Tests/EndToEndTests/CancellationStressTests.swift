@testable import ArizeOpenAPIRuntime
import ArizeAPIKeys
import Foundation
import Testing

/// Cancellation raced against completion, over real sockets: a call always returns or throws, its
/// continuation is never lost, and a cancelled request gives its connection back.
@Suite struct CancellationStressTests {
    /// Requests in `swift test`; the full run sets `ARIZE_STRESS_REQUESTS=20000` (see docs/http-engine.md).
    static let requestCount = Int(ProcessInfo.processInfo.environment["ARIZE_STRESS_REQUESTS"] ?? "") ?? 3_000

    /// Counts of how calls ended, and which were late or lost.
    struct Tally: Sendable {
        var succeeded = 0, cancelled = 0, failed = 0, late = 0
        var finished: Int { succeeded + cancelled + failed }
        var unexpected: [String] = []
    }

    /// 16 callers at a time send requests to a server answering in 0–1 ms; most are cancelled at a
    /// random moment 0–2 ms after they are sent, the rest run to the end. Each must end within its
    /// deadline (20 s, far above the milliseconds a call takes, so a busy machine's scheduling
    /// delays are not taken for the engine's) plus 1 s, and none may time out; every one must end
    /// (a lost continuation would never return, so the test waits on a count, not on the calls,
    /// and reports what never came back).
    @Test(.enabled(if: CurlTransport.isAvailable, "libcurl 7.68 or later cannot be loaded here"))
    func lateCancellationsNeverLoseOrHangARequest() async throws {
        let server = try LoopbackServer { request in
            usleep(UInt32.random(in: 0...1_000))
            return TransportResponse(statusCode: 200, body: Data(request.path.utf8))
        }
        defer { server.stop() }
        let transport = try #require(CurlTransport(timeout: .seconds(20)))
        let liveBefore = CurlTransfer.liveCount.withLock { $0 }
        let tally = Locked(Tally())
        let total = Self.requestCount, callers = 16
        for caller in 0..<callers {
            Task.detached {
                for index in stride(from: caller, to: total, by: callers) {
                    let path = "/\(index)"
                    let started = ContinuousClock.now
                    let call = Task { try await transport.send(TransportRequest(operationID: "op", method: .get, path: path), baseURL: server.baseURL) }
                    if index % 8 != 0 {  // one in eight is never cancelled
                        try? await Task.sleep(for: .microseconds(Int.random(in: 0...2_000)))
                        call.cancel()
                    }
                    let result = await call.result
                    let late = ContinuousClock.now - started > .seconds(21)
                    tally.withLock { tally in
                        if late { tally.late += 1 }
                        switch result {
                        case .success(let response):
                            tally.succeeded += 1
                            if response.body != Data(path.utf8) { tally.unexpected.append("\(path) got another request's body") }
                        case .failure(is CancellationError):
                            tally.cancelled += 1
                        case .failure(let error):
                            tally.failed += 1
                            tally.unexpected.append("\(path): \(error)")
                        }
                    }
                }
            }
        }
        // Waits while calls keep finishing; 45 s without one finishing means some never will.
        var seen = 0, lastProgress = ContinuousClock.now
        while seen < total, ContinuousClock.now - lastProgress < .seconds(45) {
            try await Task.sleep(for: .milliseconds(20))
            let now = tally.withLock { $0.finished }
            if now != seen { seen = now; lastProgress = .now }
        }
        let result = tally.withLock { $0 }
        #expect(result.finished == total, "\(total - result.finished) of \(total) calls never returned")
        #expect(result.late == 0, "\(result.late) calls took longer than their deadline plus 1 s")
        #expect(result.unexpected.isEmpty, "\(result.unexpected.prefix(5))")
        #expect(result.succeeded >= total / 8 && result.cancelled > 0, "succeeded \(result.succeeded), cancelled \(result.cancelled)")
        // Every handle is freed once its call is over (other tests' transfers may still be running).
        let liveAfter = CurlTransfer.liveCount.withLock { $0 }
        #expect(liveAfter < liveBefore + callers, "\(liveAfter - liveBefore) more transfers alive than before")
    }

    /// A cancelled request closes its connection (the server sees the hang-up while still holding its
    /// answer), and the next request goes through at once instead of waiting behind it.
    @Test(arguments: TransportKind.allCases)
    func aCancelledRequestReleasesItsConnection(kind: TransportKind) async throws {
        let server = try LoopbackServer(actions: { request in
            request.path == "/hold" ? .holdUntilClientCloses : .respond(TransportResponse(statusCode: 200))
        })
        defer { server.stop() }
        let transport = try kind.make(timeout: .seconds(60))
        func request(_ path: String) -> TransportRequest { TransportRequest(operationID: "op", method: .get, path: path) }
        _ = try await transport.send(request("/warm"), baseURL: server.baseURL)  // a pooled connection to reuse
        let hold = request("/hold")
        let held = Task { try await transport.send(hold, baseURL: server.baseURL) }
        while !server.requestHeads.contains("GET /hold") { try await Task.sleep(for: .milliseconds(5)) }
        held.cancel()
        await #expect(throws: CancellationError.self) { _ = try await held.value }
        var waited = Duration.zero
        while server.hangUps == 0, waited < .seconds(20) {
            try await Task.sleep(for: .milliseconds(10))
            waited += .milliseconds(10)
        }
        #expect(server.hangUps == 1, "the cancelled request's connection was not closed")
        let next = try await transport.send(request("/next"), baseURL: server.baseURL)
        #expect(next.statusCode == 200)
    }
}
