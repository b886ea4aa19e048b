import ArizeAPIKeys
import ArizeAPIKeysTesting
import Foundation
import Testing

/// Every request the facade sends, and every response FakeArize gives, checked against the spec.
@Suite struct FacadeContractTests {
    let fake = FakeArize(callerIsAccountAdmin: false)
    let transport: SpecCheckingTransport
    let client: ArizeClient

    init() throws {
        transport = SpecCheckingTransport(fake, validator: try SpecValidator(specPath: specPath))
        let configuration = ArizeConfiguration(apiKey: fake.apiKey, baseURL: URL(string: "http://127.0.0.1:9")!,
                                               prereleaseWarnings: .silent, environment: [:])
        client = try ArizeClient(configuration: configuration, transport: transport)
    }

    @Test func theWholeLifecycleMatchesTheSpec() async throws {
        let keys = client.apiKeys
        let future = Date(timeIntervalSinceNow: 86_400 * 90)
        _ = try await keys.list()
        let user = try await keys.create(name: "ci", description: "for CI", expiresAt: future)
        let bot = try await keys.createServiceKey(name: "bot", space: "production", description: "d", expiresAt: future,
                                                  spaceRole: .admin, orgRole: .member, accountRole: .member)
        let plain = try await keys.createServiceKey(name: "bot2", space: "staging")
        _ = try await keys.createServiceKey(name: "bot3", space: "production", orgRole: .readOnly)
        _ = try await keys.list(keyType: .service, status: .active, space: "production", userID: fake.callerUserID, limit: 1)
        var listed = 0
        for try await _ in keys.listAll(keyType: .service, space: "production", pageSize: 1) { listed += 1 }
        #expect(listed == 2)
        let rotated = try await keys.refresh(apiKeyID: bot.id, expiresAt: future, gracePeriodSeconds: 300)
        #expect(rotated.id != bot.id && rotated.name == "bot")
        _ = try await keys.refresh(apiKeyID: plain.id)
        try await keys.revoke(apiKeyID: user.id)
        try await keys.revoke(apiKeyID: user.id)
        #expect(try await keys.list(status: .revoked).apiKeys.map(\.id) == [user.id])
        try await keys.delete(apiKeyID: user.id)

        #expect(transport.problems == [])
        #expect(transport.exchanges >= 15)
    }

    @Test func errorResponsesMatchTheSpecToo() async throws {
        let keys = client.apiKeys
        await #expect(throws: ArizeError.self) { try await keys.delete(apiKeyID: "QXBpS2V5Ojk5OTk=") }
        await #expect(throws: ArizeError.self) { _ = try await keys.list(userID: "VXNlcjo5OQ==") }
        await #expect(throws: ArizeError.self) { _ = try await keys.createServiceKey(name: "x", space: "analytics") }
        let stranger = try ArizeClient(configuration: ArizeConfiguration(apiKey: "wrong", baseURL: URL(string: "http://127.0.0.1:9")!,
                                                                          prereleaseWarnings: .silent, environment: [:]), transport: transport)
        await #expect(throws: ArizeError.self) { _ = try await stranger.apiKeys.list() }
        fake.failNext(1, status: 429, retryAfter: 0)
        _ = try await keys.list()

        // Requests the facade would refuse to send, made with the generated operations directly,
        // so FakeArize's 400 and 422 answers are checked as well.
        func send<Op: APIOperation>(_ op: Op.Type, _ input: Op.Input) async throws -> Int {
            var request = try Op.makeRequest(input)
            request.headers["Authorization"] = "Bearer " + fake.apiKey
            return try await transport.send(request, baseURL: URL(string: "http://127.0.0.1:9")!).statusCode
        }
        let past = Date(timeIntervalSinceNow: -60)
        #expect(try await send(Operations.APIKeysCreate.self, .init(body: .init(name: "late", expiresAt: past))) == 422)
        #expect(try await send(Operations.APIKeysCreate.self, .init(body: .init(name: "u", keyType: .user, spaceID: "U3BhY2U6MQ=="))) == 400)
        #expect(try await send(Operations.APIKeysCreate.self, .init(body: .init(name: "s", keyType: .service))) == 400)
        let created = try await keys.create(name: "to-revoke")
        try await keys.revoke(apiKeyID: created.id)
        #expect(try await send(Operations.APIKeysRefresh.self, .init(apiKeyID: created.id)) == 400)
        #expect(try await send(Operations.APIKeysList.self, .init(spaceID: "U3BhY2U6OTk=")) == 404)

        // Out-of-range input the generated operations would refuse to build, sent raw: FakeArize
        // answers 400 using the same generated validation, and the 400 still matches the spec.
        func raw(_ method: HTTPMethod, _ path: String, query: [(String, String)] = [], body: String? = nil) async throws -> HTTPResponse {
            var request = HTTPRequest(operationID: "", method: method, path: path, query: query.map { (name: $0.0, value: $0.1) },
                                      headers: ["Authorization": "Bearer " + fake.apiKey])
            if let body { request.body = Data(body.utf8); request.headers["Content-Type"] = "application/json" }
            return try await fake.send(request, baseURL: URL(string: "http://127.0.0.1:9")!)
        }
        let longName = try await raw(.post, "/v2/api-keys", body: #"{"name":"\#(String(repeating: "n", count: 257))"}"#)
        #expect(longName.statusCode == 400 && String(decoding: longName.body, as: UTF8.self).contains("name must be at most 256 characters long"))
        let bigPage = try await raw(.get, "/v2/spaces", query: [("limit", "101")])
        #expect(bigPage.statusCode == 400 && String(decoding: bigPage.body, as: UTF8.self).contains("limit must be at most 100"))
        let longGrace = try await raw(.post, "/v2/api-keys/\(created.id)/refresh", body: #"{"grace_period_seconds":86401}"#)
        #expect(longGrace.statusCode == 400 && String(decoding: longGrace.body, as: UTF8.self).contains("gracePeriodSeconds must be at most 86400"))

        #expect(transport.problems == [])
    }
}
