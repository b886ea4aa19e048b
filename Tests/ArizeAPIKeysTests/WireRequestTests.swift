@testable import ArizeAPIKeys
import ArizeOpenAPIRuntime
import Foundation
import Testing

/// The exact request each facade call puts on the wire: the same method, path, query and body as
/// arize 8.61.0 sends for the same call (captured from it against a local server).
@Suite struct WireRequestTests {
    @Test func listWithNoArgumentsSendsDefaultLimitAndHeaders() async throws {
        let transport = ScriptedTransport([json(200, emptyPage)])
        let page = try await makeClient(transport).apiKeys.list()
        #expect(page.apiKeys.isEmpty && !page.pagination.hasMore)
        let request = try #require(transport.requests.first)
        #expect(request.method == .get && request.path == "/v2/api-keys" && queryText(request) == "limit=50")
        #expect(request.headers["Authorization"] == "Bearer test-key")
        #expect(request.headers["User-Agent"] == "arize-swift/\(ArizeClient.sdkVersion)")
        #expect(request.body == nil)
    }

    @Test func listWithEveryFilterAndASpaceName() async throws {
        let transport = ScriptedTransport([json(200, spacesPage([("U3BhY2U6MTI6YWJjZA==", "production", nil)])), json(200, emptyPage)])
        _ = try await makeClient(transport).apiKeys.list(keyType: .service, status: .active, space: "production",
                                                         userID: "VXNlcjoxOmFCY0Q=", limit: 25, cursor: "abc")
        #expect(transport.requests.count == 2)
        #expect(transport.requests[0].path == "/v2/spaces" && queryText(transport.requests[0]) == "name=production&limit=100")
        #expect(queryText(transport.requests[1]) == "key_type=SERVICE&status=ACTIVE&space_id=U3BhY2U6MTI6YWJjZA==&user_id=VXNlcjoxOmFCY0Q=&limit=25&cursor=abc")
    }

    @Test func createSendsAUserKey() async throws {
        let transport = ScriptedTransport([json(201, createdBody), json(201, createdBody)])
        let client = try makeClient(transport)
        let created = try await client.apiKeys.create(name: "ci")
        #expect(created.id == "QXBpS2V5OjE=" && created.key.revealed == "ak-SUPERSECRET-1234" && created.botUser == nil)
        let expiry = try #require(RFC3339.date(from: "2027-01-02T03:04:05Z"))
        _ = try await client.apiKeys.create(name: "ci", description: "desc", expiresAt: expiry)
        let request = transport.requests[1]
        #expect(request.method == .post && request.path == "/v2/api-keys" && request.headers["Content-Type"] == "application/json")
        #expect(bodyText(transport.requests[0]) == #"{"key_type":"USER","name":"ci"}"#)
        #expect(bodyText(request) == #"{"description":"desc","expires_at":"2027-01-02T03:04:05+00:00","key_type":"USER","name":"ci"}"#)
    }

    @Test func createServiceKeyWithOrganizations() async throws {
        let transport = ScriptedTransport([json(200, spacesPage([("U3BhY2U6MTI6YWJjZA==", "production", "T3JnYW5pemF0aW9uOjE6YWNtZQ==")])),
                                           json(201, createdServiceBody)])
        let expiry = try #require(RFC3339.date(from: "2027-01-02T03:04:05Z"))
        let bot = try await makeClient(transport).apiKeys.createServiceKey(name: "etl", organizations: [
            OrganizationBinding(organizationID: "T3JnYW5pemF0aW9uOjE6YWNtZQ==", role: .member, spaces: [
                SpaceBinding(space: "production", role: .readOnly),
                SpaceBinding(space: "U3BhY2U6MTM6YWJjZQ==", role: .custom(id: "Um9sZTo0MTp0UnZX", name: "never sent")),
            ]),
        ], description: "d", expiresAt: expiry, accountRole: .member)
        #expect(bodyText(transport.requests[1]) == #"{"account_role":{"name":"MEMBER","type":"PREDEFINED"},"description":"d","expires_at":"2027-01-02T03:04:05+00:00","key_type":"SERVICE","name":"etl","organizations":[{"org_id":"T3JnYW5pemF0aW9uOjE6YWNtZQ==","role":{"name":"MEMBER","type":"PREDEFINED"},"spaces":[{"role":{"name":"READ_ONLY","type":"PREDEFINED"},"space_id":"U3BhY2U6MTI6YWJjZA=="},{"role":{"id":"Um9sZTo0MTp0UnZX","type":"CUSTOM"},"space_id":"U3BhY2U6MTM6YWJjZQ=="}]}]}"#)
        let user = try #require(bot.botUser)
        #expect(user.accountRole == .member && user.organizations[0].role == .readOnly)
        #expect(user.organizations[0].spaces[0].role == .custom(id: "Um9sZTo0MQ==", name: "Exporter"))
    }

    @Test func rolesLeftOutAreNotSent() async throws {
        let transport = ScriptedTransport([json(201, createdServiceBody)])
        _ = try await makeClient(transport).apiKeys.createServiceKey(name: "etl", organizations: [
            OrganizationBinding(organizationID: "T3JnOjE=", spaces: [SpaceBinding(space: "U3BhY2U6MTI6YWJjZA==")]),
        ])
        #expect(bodyText(transport.requests[0]) == #"{"key_type":"SERVICE","name":"etl","organizations":[{"org_id":"T3JnOjE=","spaces":[{"space_id":"U3BhY2U6MTI6YWJjZA=="}]}]}"#)
    }

    /// The one-space form finds the organization by the name search, or by paging for an id.
    @Test func oneSpaceFormFindsTheOrganization() async throws {
        let transport = ScriptedTransport([
            json(200, spacesPage([("U3BhY2U6MTI6YWJjZA==", "production", "T3JnOjE=")])), json(201, createdServiceBody),
            json(200, spacesPage([("U3BhY2U6MQ==", "a", "T3JnOjE=")], next: "c2")), json(200, spacesPage([("U3BhY2U6Mg==", "b", "T3JnOjI=")])),
            json(201, createdServiceBody),
        ])
        let keys = try makeClient(transport).apiKeys
        _ = try await keys.createServiceKey(name: "bot", space: "production", spaceRole: .admin)
        _ = try await keys.createServiceKey(name: "bot", space: "U3BhY2U6Mg==", orgRole: .member, accountRole: .admin)
        let r = transport.requests
        #expect(queryText(r[0]) == "name=production&limit=100")
        #expect(bodyText(r[1]) == #"{"key_type":"SERVICE","name":"bot","organizations":[{"org_id":"T3JnOjE=","spaces":[{"role":{"name":"ADMIN","type":"PREDEFINED"},"space_id":"U3BhY2U6MTI6YWJjZA=="}]}]}"#)
        #expect(queryText(r[2]) == "limit=100" && queryText(r[3]) == "limit=100&cursor=c2")
        #expect(bodyText(r[4]) == #"{"account_role":{"name":"ADMIN","type":"PREDEFINED"},"key_type":"SERVICE","name":"bot","organizations":[{"org_id":"T3JnOjI=","role":{"name":"MEMBER","type":"PREDEFINED"},"spaces":[{"space_id":"U3BhY2U6Mg=="}]}]}"#)
    }

    @Test func aServerWithoutOrganizationIDsGetsAClearError() async throws {
        let transport = ScriptedTransport([json(200, spacesPage([("U3BhY2U6MTI6YWJjZA==", "production", nil)]))])
        let error = await #expect(throws: ArizeError.self) { _ = try await makeClient(transport).apiKeys.createServiceKey(name: "b", space: "production") }
        guard case .invalidArgument("space", let reason)? = error else { Issue.record("got \(String(describing: error))"); return }
        #expect(reason.contains("organizations:") && transport.requests.count == 1)
    }

    @Test func revokeAndRefreshPaths() async throws {
        let transport = ScriptedTransport([json(204, ""), json(200, createdBody), json(200, createdBody)])
        let client = try makeClient(transport)
        try await client.apiKeys.revoke(apiKeyID: "QXBp/S2V5+OjE=")
        _ = try await client.apiKeys.refresh(apiKeyID: "QXBpS2V5OjE=")
        let expiry = try #require(RFC3339.date(from: "2027-01-02T03:04:05Z"))
        _ = try await client.apiKeys.refresh(apiKeyID: "QXBpS2V5OjE=", expiresAt: expiry, gracePeriod: .seconds(300))
        let r = transport.requests
        #expect(r[0].method == .put && r[0].path == "/v2/api-keys/QXBp%2FS2V5%2BOjE%3D/revoke" && r[0].body == nil)
        #expect(r[1].method == .post && r[1].path == "/v2/api-keys/QXBpS2V5OjE%3D/refresh" && bodyText(r[1]) == "{}")
        #expect(bodyText(r[2]) == #"{"expires_at":"2027-01-02T03:04:05+00:00","grace_period_seconds":300}"#)
    }

    @Test func unknownRolesAndFiltersAreRefusedBeforeSending() async throws {
        let transport = ScriptedTransport()
        let keys = try makeClient(transport).apiKeys
        await #expect(throws: ArizeError.invalidArgument(name: "organizations[0].spaces[0].role", reason: "\"OWNER\" is not a role this SDK can send; use a predefined case or .custom(id:)")) {
            _ = try await keys.createServiceKey(name: "b", organizations: [
                OrganizationBinding(organizationID: "T3JnOjE=", spaces: [SpaceBinding(space: "production", role: .unknown("OWNER"))]),
            ])
        }
        await #expect(throws: ArizeError.self) { _ = try await keys.createServiceKey(name: "b", space: "production", accountRole: .unknown("X")) }
        await #expect(throws: ArizeError.self) { _ = try await keys.list(keyType: .unknown("ROBOT")) }
        await #expect(throws: ArizeError.self) { _ = try await keys.refresh(apiKeyID: "a", gracePeriod: .milliseconds(1500)) }
        await #expect(throws: ArizeError.self) {
            _ = try await keys.createServiceKey(name: "b", organizations: [
                OrganizationBinding(organizationID: "T3JnOjE=", spaces: [SpaceBinding(space: "U3BhY2U6MQ==")]),
                OrganizationBinding(organizationID: "T3JnOjE=", spaces: [SpaceBinding(space: "U3BhY2U6Mg==")]),
            ])
        }
        await #expect(throws: ArizeError.self) { _ = try await keys.createServiceKey(name: "b", organizations: []) }
        await #expect(throws: ArizeError.self) {
            _ = try await keys.createServiceKey(name: "b", organizations: [OrganizationBinding(organizationID: "T3JnOjE=", spaces: [])])
        }
        await #expect(throws: ArizeError.self) {
            let many = (0..<101).map { SpaceBinding(space: "U3BhY2U6\($0)") }
            _ = try await keys.createServiceKey(name: "b", organizations: [OrganizationBinding(organizationID: "T3JnOjE=", spaces: many)])
        }
        #expect(transport.requests.isEmpty)
    }
}
