import ArizeAPIKeys
import ArizeOpenAPIRuntime
import ArizeAPIKeysTesting
import Foundation
import Testing

/// The transports whose promises are tested: the one a client gets by default (libcurl on Linux)
/// and `URLSessionTransport` (the default elsewhere, and what users may pass).
enum TransportKind: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case standard, urlSession

    var testDescription: String { rawValue }

    func make(timeout: Duration) throws -> any HTTPTransport {
        switch self {
        case .standard: try makeDefaultTransport(timeout: timeout, environment: [:])
        case .urlSession: URLSessionTransport(timeout: timeout)
        }
    }
}

/// The promises of our transports, over real sockets on 127.0.0.1: no redirect is
/// followed, a POST reaches the server at most once, and `timeout` is a deadline.
@Suite struct TransportPromiseTests {
    func client(_ server: LoopbackServer, _ kind: TransportKind, timeout: Duration = .seconds(10),
                retries: RetryPolicy = .none) throws -> ArizeClient {
        try ArizeClient(configuration: ArizeConfiguration(apiKey: "secret-key-123", baseURL: server.baseURL, timeout: timeout,
                                                          retryPolicy: retries, prereleaseWarnings: .silent, environment: [:]),
                        transport: try kind.make(timeout: timeout))
    }

    /// Redirects to another port, another host name, with every redirect status and for GET, POST and PUT:
    /// the call fails with `.redirected` naming the origin, and the other server hears nothing.
    @Test(arguments: TransportKind.allCases, [301, 302, 303, 307, 308])
    func redirectsAreNotFollowed(kind: TransportKind, status: Int) async throws {
        let other = try LoopbackServer { _ in TransportResponse(statusCode: 200, body: Data("stolen".utf8)) }
        defer { other.stop() }
        for targetHost in ["127.0.0.1", "localhost"] {
            let location = "http://\(targetHost):\(other.port)/collect?token=abc"
            let server = try LoopbackServer { _ in TransportResponse(statusCode: status, headers: ["Location": location]) }
            defer { server.stop() }
            let keys = try client(server, kind, retries: .default).apiKeys
            for call in ["list", "create", "revoke"] {
                let error = await #expect(throws: ArizeError.self) {
                    switch call {
                    case "list": _ = try await keys.list()
                    case "create": _ = try await keys.create(name: "ci")
                    default: try await keys.revoke(apiKeyID: "QXBpS2V5OjE=")
                    }
                }
                guard case .redirected(_, let code, let origin)? = error else { Issue.record("\(call): got \(String(describing: error))"); continue }
                #expect(code == status && origin == "http://\(targetHost):\(other.port)")
                #expect(!error!.description.contains("token=abc"))
            }
            #expect(server.requests.count == 3, "each call is sent once, not retried")
        }
        #expect(other.requests.isEmpty, "the other origin received \(other.requests.count) requests")
    }

    /// libcurl re-sends a request whose reused keep-alive connection died after the server read it.
    /// A POST must not be re-sent: it goes out on a connection of its own, and the outcome is reported unknown.
    @Test(arguments: TransportKind.allCases)
    func aPOSTOnADroppedConnectionArrivesOnce(kind: TransportKind) async throws {
        let fake = FakeArize(apiKey: "secret-key-123")
        let server = try LoopbackServer(actions: { request in
            request.method == .post ? .drop : .respond(fake.respond(to: request))
        })
        defer { server.stop() }
        let keys = try client(server, kind, retries: .default).apiKeys
        for attempt in 1...3 {
            _ = try await keys.list()  // leaves a kept-alive connection in the pool
            let error = await #expect(throws: ArizeError.self) { _ = try await keys.create(name: "ci-\(attempt)") }
            guard case .outcomeUnknown(let operation, _)? = error else { Issue.record("got \(String(describing: error))"); continue }
            #expect(operation.contains("create"))
            #expect(error!.description.contains("list the keys"))
        }
        let posts = server.requestHeads.filter { $0.hasPrefix("POST ") }
        #expect(posts.count == 3, "\(posts.count) POSTs reached the server for 3 creates")
    }

    /// A server dripping its body one byte at a time cannot hold a call past its timeout: the body
    /// alone would take 72 s, the deadline is 1 s, and the call must end well before the body would.
    @Test(arguments: TransportKind.allCases)
    func timeoutIsADeadlineForTheWholeRequest(kind: TransportKind) async throws {
        let page = Data(#"{"api_keys":[],"pagination":{"has_more":false}}"#.utf8)
        let server = try LoopbackServer(actions: { _ in
            .drip(TransportResponse(statusCode: 200, headers: ["Content-Type": "application/json"], body: page), interval: .milliseconds(1_500))
        })
        defer { server.stop() }
        let keys = try client(server, kind, timeout: .seconds(1)).apiKeys
        let started = ContinuousClock.now
        let error = await #expect(throws: ArizeError.self) { _ = try await keys.list() }
        let elapsed = ContinuousClock.now - started
        guard case .transport(_, let reason)? = error else { Issue.record("got \(String(describing: error))"); return }
        #expect(reason.hasPrefix("timed out with 127.0.0.1:\(server.port)"), "\(reason)")
        // The deadline never fires early; the upper bound is 20 times the deadline (a loaded machine
        // stays far below it) and under a third of the time the body needs.
        #expect(elapsed >= .milliseconds(950) && elapsed < .seconds(20), "took \(elapsed); the body alone needs 72 s")
    }

    /// The API key goes only in the Authorization header of requests to the configured origin.
    @Test(arguments: TransportKind.allCases)
    func theKeyIsSentOnlyAsConfigured(kind: TransportKind) async throws {
        let fake = FakeArize(apiKey: "secret-key-123")
        let server = try LoopbackServer { fake.respond(to: $0) }
        defer { server.stop() }
        _ = try await client(server, kind).apiKeys.list()
        let request = try #require(server.requests.first)
        #expect(request.headers["Authorization"] == "Bearer secret-key-123")
        #expect(!request.path.contains("secret") && !request.query.contains { $0.value.contains("secret") })
    }
}
