import ArizeAPIKeys
import ArizeOpenAPIRuntime
import ArizeAPIKeysTesting
import Foundation
import Synchronization
import Testing

/// Serves FakeArize, checking every request as read off the socket, and every answer, against the spec.
final class CheckedFake: Sendable {
    let fake = FakeArize()
    private let validator: SpecValidator
    private let found = Mutex<[String]>([])

    init() throws {
        validator = try SpecValidator(specPath: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("openapi/arize-api-keys.json").path)
    }

    var problems: [String] { found.withLock { $0 } }

    func respond(to request: TransportRequest) -> TransportResponse {
        let response = fake.respond(to: request)
        let problems = validator.validate(request: request) + validator.validate(response: response, for: request)
        found.withLock { $0 += problems.map { "\(request.method) \(request.path): \($0)" } }
        return response
    }
}

/// The client's default transport (libcurl on Linux) against FakeArize served over HTTP on 127.0.0.1.
@Suite struct EndToEndTests {
    func client(_ apiKey: String, _ server: LoopbackServer, retries: RetryPolicy = .default,
                transport: TransportKind = .standard) throws -> ArizeClient {
        try ArizeClient(configuration: ArizeConfiguration(apiKey: apiKey, baseURL: server.baseURL, timeout: .seconds(10), retryPolicy: retries,
                                                          prereleaseWarnings: .silent, environment: [:]),
                        transport: try transport.make(timeout: .seconds(10)))
    }

    @Test func lifecycle() async throws {
        let checked = try CheckedFake()
        let fake = checked.fake
        let server = try LoopbackServer { checked.respond(to: $0) }
        defer { server.stop() }
        let keys = try client(fake.apiKey, server).apiKeys

        #expect(try await keys.list().apiKeys.isEmpty)
        let user = try await keys.create(name: "e2e-user", description: "made over HTTP")
        #expect(user.keyType == .user && user.key.revealed.hasPrefix("ak-"))
        // A service key in two organizations, by space name and id, with a custom role.
        let service = try await keys.createServiceKey(name: "e2e-bot", organizations: [
            OrganizationBinding(organizationID: FakeArize.organizationID(1), role: .member, spaces: [
                SpaceBinding(space: "production", role: .readOnly), SpaceBinding(space: "staging", role: .custom(id: fake.customRoles[0].id)),
            ]),
            OrganizationBinding(organizationID: FakeArize.organizationID(2), spaces: [SpaceBinding(space: fake.spaces[4].id)]),
        ], accountRole: .admin)
        #expect(service.keyType == .service)
        let bot = try #require(service.botUser)
        #expect(bot.accountRole == .admin && bot.organizations.map(\.role) == [.member, .readOnly])
        #expect(bot.organizations[0].spaces.map(\.role) == [.readOnly, .custom(id: fake.customRoles[0].id, name: "Exporter")])
        #expect(bot.organizations[1].spaces.map(\.role) == [.member], "the server's default, resolved")
        let rotated = try await keys.refresh(apiKeyID: service.id, gracePeriod: .seconds(300))
        #expect(rotated.id != service.id && rotated.key != service.key)

        // During the grace period the old secret still works, and so does the new one.
        _ = try await client(service.key.revealed, server).apiKeys.list()
        _ = try await client(rotated.key.revealed, server).apiKeys.list()
        // The replacement keeps the bot user and its bindings.
        let listed = try await keys.list(space: "staging").apiKeys
        #expect(listed.contains { $0.id == rotated.id } && listed.allSatisfy { $0.botUser?.id == bot.id })

        try await keys.revoke(apiKeyID: user.id)
        try await keys.revoke(apiKeyID: user.id)
        await #expect(throws: ArizeError.self) { _ = try await client(user.key.revealed, server).apiKeys.list() }
        #expect(fake.keys.first { $0.id == user.id }?.status == .revoked)

        let requests = fake.requests
        #expect(requests.map { "\($0.method) \($0.path)" }.prefix(5) == [
            "GET /v2/api-keys", "POST /v2/api-keys", "GET /v2/spaces", "GET /v2/spaces", "POST /v2/api-keys",
        ])
        #expect(requests.allSatisfy { $0.headers["User-Agent"] == "arize-swift/\(ArizeClient.sdkVersion)" })
        #expect(requests[0].headers["Authorization"] == "Bearer \(fake.apiKey)")
        #expect(requests[4].body.map { String(decoding: $0, as: UTF8.self) }?.contains(#""org_id":"\#(FakeArize.organizationID(2))""#) == true)
        #expect(checked.problems == [], "what crossed the socket matches the spec")
    }

    @Test func a429IsRetriedAfterRetryAfter() async throws {
        let checked = try CheckedFake()
        let fake = checked.fake
        let server = try LoopbackServer { checked.respond(to: $0) }
        defer { server.stop() }
        fake.failNext(1, status: 429, retryAfter: 1)
        let start = ContinuousClock.now
        _ = try await client(fake.apiKey, server).apiKeys.list()
        #expect(ContinuousClock.now - start >= .seconds(1))
        #expect(fake.requests.count == 2)
        #expect(checked.problems == [])
    }

    @Test func aWrongKeyIs401WithTheProblem() async throws {
        let checked = try CheckedFake()
        let server = try LoopbackServer { checked.respond(to: $0) }
        defer { server.stop() }
        let error = await #expect(throws: ArizeError.self) { _ = try await client("not-the-key", server).apiKeys.list() }
        guard case .unauthorized(let failure)? = error else { Issue.record("got \(String(describing: error))"); return }
        #expect(failure.statusCode == 401 && failure.title == "Unauthorized" && failure.detail == "Invalid API key")
        #expect(checked.problems == [])
    }

    /// The call ends with `CancellationError` while the server is still holding its answer: proven by
    /// the order of events, not by a clock.
    @Test(arguments: TransportKind.allCases)
    func cancellationStopsARequestInFlight(kind: TransportKind) async throws {
        let release = DispatchSemaphore(value: 0)
        let answered = Mutex(false)
        let server = try LoopbackServer { _ in
            _ = release.wait(timeout: .now() + 60)
            answered.withLock { $0 = true }
            return TransportResponse(statusCode: 204)
        }
        defer { server.stop() }
        let keys = try client("k", server, transport: kind).apiKeys
        let task = Task { try await keys.revoke(apiKeyID: "x") }
        while server.requestHeads.isEmpty { try await Task.sleep(for: .milliseconds(5)) }  // the request is at the server
        task.cancel()
        await #expect(throws: CancellationError.self) { try await task.value }
        #expect(answered.withLock { $0 } == false, "the call ended only after the server answered")
        release.signal()
    }

    @Test(arguments: TransportKind.allCases)
    func aClosedPortIsATransportError(kind: TransportKind) async throws {
        let server = try LoopbackServer { _ in TransportResponse(statusCode: 204) }
        server.stop()
        let error = await #expect(throws: ArizeError.self) { try await client("k", server, retries: .none, transport: kind).apiKeys.revoke(apiKeyID: "x") }
        guard case .transport(let operation, let reason)? = error else { Issue.record("got \(String(describing: error))"); return }
        // It says what happened and where, in words a user can act on.
        #expect(operation == "revoke_api_key" && reason.hasPrefix("connection refused by 127.0.0.1:\(server.port)"))
        #expect(error!.localizedDescription == error!.description)
    }
}
