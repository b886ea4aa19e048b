import ArizeAPIKeys
import ArizeOpenAPIRuntime
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

    @Test func theBuiltInSpecIsTheBundledFile() throws {
        #expect(OpenAPISpec.json == String(decoding: try Data(contentsOf: URL(fileURLWithPath: specPath)), as: UTF8.self))
    }

    @Test func everyOperationMatchesTheSpec() async throws {
        let keys = client.apiKeys
        let future = Date(timeIntervalSinceNow: 86_400 * 90)
        let org1 = FakeArize.organizationID(1)
        _ = try await keys.list()
        let user = try await keys.create(name: "ci", description: "for CI", expiresAt: future)
        let bot = try await keys.createServiceKey(name: "bot", organizations: [
            OrganizationBinding(organizationID: org1, role: .member, spaces: [
                SpaceBinding(space: "production", role: .admin), SpaceBinding(space: "staging", role: .custom(id: fake.customRoles[0].id)),
            ]),
            OrganizationBinding(organizationID: FakeArize.organizationID(2), spaces: [SpaceBinding(space: fake.spaces[4].id)]),
        ], description: "d", expiresAt: future, accountRole: .admin)
        #expect(bot.botUser?.organizations.count == 2)
        let plain = try await keys.createServiceKey(name: "bot2", space: "staging")
        let byID = try await keys.createServiceKey(name: "bot3", space: fake.spaces[0].id, spaceRole: .readOnly, orgRole: .readOnly)
        _ = try await keys.list(keyType: .service, status: .active, space: "production", userID: fake.callerUserID, limit: 1)
        var listed: [APIKey] = []
        for try await key in keys.listAll(keyType: .service, space: "production", limit: 1) { listed.append(key) }
        #expect(Set(listed.map(\.id)) == [bot.id, byID.id])
        #expect(listed.allSatisfy { $0.botUser?.organizations.isEmpty == true }, "listings by space leave organizations out")
        let rotated = try await keys.refresh(apiKeyID: bot.id, expiresAt: future, gracePeriod: .seconds(300))
        #expect(rotated.id != bot.id && rotated.name == "bot" && rotated.keyType == .service && rotated.botUser == nil)
        _ = try await keys.refresh(apiKeyID: plain.id)
        try await keys.revoke(apiKeyID: user.id)
        try await keys.revoke(apiKeyID: user.id)
        #expect(try await keys.list(status: .revoked).apiKeys.map(\.id) == [user.id])

        #expect(transport.problems == [])
        #expect(transport.exchanges >= 15)
    }

    @Test func errorResponsesMatchTheSpecToo() async throws {
        let keys = client.apiKeys
        await #expect(throws: ArizeError.self) { try await keys.revoke(apiKeyID: "QXBpS2V5Ojk5OTk=") }
        await #expect(throws: ArizeError.self) { _ = try await keys.list(userID: "VXNlcjo5OQ==") }
        await #expect(throws: ArizeError.self) { _ = try await keys.createServiceKey(name: "x", space: "analytics") }
        let stranger = try ArizeClient(configuration: ArizeConfiguration(apiKey: "wrong", baseURL: URL(string: "http://127.0.0.1:9")!,
                                                                          prereleaseWarnings: .silent, environment: [:]), transport: transport)
        await #expect(throws: ArizeError.self) { _ = try await stranger.apiKeys.list() }
        fake.failNext(1, status: 429, retryAfter: 0)
        _ = try await keys.list()

        // Requests the facade would refuse to send, made with the generated operations directly,
        // so FakeArize's 400, 404 and 422 answers are checked as well.
        func send<Op: APIOperation>(_ op: Op.Type, _ input: Op.Input) async throws -> Int {
            var request = try Op.makeRequest(input)
            request.headers["Authorization"] = "Bearer " + fake.apiKey
            return try await transport.send(request, baseURL: URL(string: "http://127.0.0.1:9")!).statusCode
        }
        let past = Date(timeIntervalSinceNow: -60)
        let org1 = FakeArize.organizationID(1)
        let production = fake.spaces[0].id
        func service(_ orgs: [Components.Schemas.ServiceKeyOrgAssignment], account: Components.Schemas.AccountRoleAssignmentRequest? = nil) -> Operations.CreateAPIKey.Input {
            .init(body: .service(Components.Schemas.CreateServiceAPIKeyRequest(name: "s", accountRole: account, organizations: orgs)))
        }
        #expect(try await send(Operations.CreateAPIKey.self, .init(body: .user(.init(name: "late", expiresAt: past)))) == 422)
        #expect(try await send(Operations.CreateAPIKey.self, service([.init(orgID: org1, spaces: [.init(spaceID: production, role: .predefined(.init(name: .annotator)))])])) == 422)
        #expect(try await send(Operations.CreateAPIKey.self, service([.init(orgID: org1, role: .predefined(.init(name: .annotator)), spaces: [.init(spaceID: production)])])) == 422)
        #expect(try await send(Operations.CreateAPIKey.self, service([.init(orgID: org1, role: .custom(.init(id: "Um9sZTo0MQ==")), spaces: [.init(spaceID: production)])])) == 422)
        #expect(try await send(Operations.CreateAPIKey.self, service([.init(orgID: org1, spaces: [.init(spaceID: production)])], account: .predefined(.init(name: .memberUIOnly)))) == 400)
        #expect(try await send(Operations.CreateAPIKey.self, service([.init(orgID: org1, spaces: [.init(spaceID: production)])], account: .custom(.init(id: "Um9sZTo0MQ==")))) == 422)
        #expect(try await send(Operations.CreateAPIKey.self, service([.init(orgID: FakeArize.organizationID(2), spaces: [.init(spaceID: production)])])) == 422)
        #expect(try await send(Operations.CreateAPIKey.self, service([.init(orgID: org1, spaces: [.init(spaceID: production), .init(spaceID: production)])])) == 422)
        #expect(try await send(Operations.CreateAPIKey.self, service([.init(orgID: org1, spaces: [.init(spaceID: "U3BhY2U6OTk=")])])) == 404)
        #expect(try await send(Operations.CreateAPIKey.self, service([.init(orgID: "T3JnYW5pemF0aW9uOjk5", spaces: [.init(spaceID: production)])])) == 404)
        #expect(try await send(Operations.CreateAPIKey.self, service([.init(orgID: org1, spaces: [.init(spaceID: production, role: .custom(.init(id: "Um9sZTo5OTk=")))])])) == 404)
        let created = try await keys.create(name: "to-revoke")
        try await keys.revoke(apiKeyID: created.id)
        #expect(try await send(Operations.RefreshAPIKey.self, .init(apiKeyID: created.id)) == 400)
        #expect(try await send(Operations.ListAPIKeys.self, .init(spaceID: "U3BhY2U6OTk=")) == 404)
        // Refresh cannot extend a lifetime.
        let expiring = try await keys.create(name: "expiring", expiresAt: Date(timeIntervalSinceNow: 3_600))
        #expect(try await send(Operations.RefreshAPIKey.self, .init(apiKeyID: expiring.id, body: .init())) == 422)
        #expect(try await send(Operations.RefreshAPIKey.self, .init(apiKeyID: expiring.id, body: .init(expiresAt: Date(timeIntervalSinceNow: 7_200)))) == 422)

        // Input the generated operations would refuse to build, sent raw: FakeArize answers 400
        // from the spec itself, and the 400 still matches the spec.
        func raw(_ method: TransportRequest.Method, _ path: String, query: [(String, String)] = [], body: String? = nil) async throws -> TransportResponse {
            var request = TransportRequest(operationID: "", method: method, path: path, query: query.map { (name: $0.0, value: $0.1) },
                                      headers: ["Authorization": "Bearer " + fake.apiKey])
            if let body { request.body = Data(body.utf8); request.headers["Content-Type"] = "application/json" }
            return try await fake.send(request, baseURL: URL(string: "http://127.0.0.1:9")!)
        }
        let badRequests: [(TransportRequest.Method, String, [(String, String)], String?)] = [
            (.post, "/v2/api-keys", [], #"{"key_type":"USER","name":"\#(String(repeating: "n", count: 257))"}"#),
            (.post, "/v2/api-keys", [], #"{"name":"no key_type"}"#),
            (.post, "/v2/api-keys", [], #"{"key_type":"user","name":"lower case"}"#),
            (.post, "/v2/api-keys", [], #"{"key_type":"USER","name":"n","space_id":"U3BhY2U6MQ=="}"#),
            (.post, "/v2/api-keys", [], #"{"key_type":"SERVICE","name":"s","organizations":[]}"#),
            (.post, "/v2/api-keys", [], #"{"key_type":"SERVICE","name":"s","organizations":[{"org_id":"\#(org1)","spaces":[{"space_id":"\#(production)","role":{"type":"CUSTOM","id":"Um9sZTo0MQ==","name":"x"}}]}]}"#),
            (.post, "/v2/api-keys", [], #"{"key_type":"SERVICE","name":"s","organizations":[{"org_id":"\#(org1)","spaces":[{"space_id":"\#(production)","role":{"type":"PREDEFINED","name":"read-only"}}]}]}"#),
            (.get, "/v2/spaces", [("limit", "101")], nil),
            (.get, "/v2/api-keys", [("key_type", "service")], nil),
            (.get, "/v2/api-keys", [("status", "active")], nil),
            (.post, "/v2/api-keys/\(created.id)/refresh", [], #"{"grace_period_seconds":86401}"#),
            (.post, "/v2/api-keys/\(created.id)/refresh", [], #"{"unknown":1}"#),
        ]
        for (method, path, query, body) in badRequests {
            let response = try await raw(method, path, query: query, body: body)
            #expect(response.statusCode == 400, "\(method) \(path) \(query) \(body ?? "")")
        }
        #expect(try await raw(.delete, "/v2/api-keys/\(created.id)").statusCode == 404, "the API has no delete")

        #expect(transport.problems == [])
    }
}
