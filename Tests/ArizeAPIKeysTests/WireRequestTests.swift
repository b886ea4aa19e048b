@testable import ArizeAPIKeys
import Foundation
import Testing

/// The exact request each facade call puts on the wire.
@Suite struct WireRequestTests {
    @Test func listWithNoArgumentsSendsDefaultLimitAndHeaders() async throws {
        let transport = ScriptedTransport([json(200, emptyPage)])
        let page = try await makeClient(transport).apiKeys.list()
        #expect(page.apiKeys.isEmpty && !page.pagination.hasMore)
        let request = try #require(transport.requests.first)
        #expect(request.method == .get && request.path == "/v2/api-keys" && queryText(request) == "limit=50")
        #expect(request.headers["Authorization"] == "Bearer test-key")
        #expect(request.headers["User-Agent"] == "arize-swift/\(ArizeClient.sdkVersion)")
        #expect(request.headers["Accept"] == "application/json, application/problem+json")
        #expect(request.body == nil)
    }

    @Test func listWithEveryFilterAndASpaceID() async throws {
        let transport = ScriptedTransport([json(200, emptyPage)])
        _ = try await makeClient(transport).apiKeys.list(keyType: .service, status: .revoked, space: "U3BhY2U6MTIzNDU=",
                                                         userID: "VXNlcjo0Mg==", limit: 25, cursor: "Y3Vyc29yOjI=")
        #expect(transport.requests.count == 1, "an id needs no spaces lookup")
        #expect(queryText(transport.requests[0]) == "key_type=service&status=revoked&space_id=U3BhY2U6MTIzNDU=&user_id=VXNlcjo0Mg==&limit=25&cursor=Y3Vyc29yOjI=")
    }

    @Test func createSendsAUserKeyAndNeverSpaceOrRoles() async throws {
        let transport = ScriptedTransport([json(201, createdBody)])
        let expiry = Date(timeIntervalSinceNow: 86_400 * 30).addingTimeInterval(0)
        let rounded = Date(timeIntervalSince1970: expiry.timeIntervalSince1970.rounded())
        let created = try await makeClient(transport).apiKeys.create(name: "ci", description: "for CI", expiresAt: rounded)
        #expect(created.id == "QXBpS2V5OjE=" && created.key.revealed == "ak-SUPERSECRET-1234")
        let request = transport.requests[0]
        #expect(request.method == .post && request.path == "/v2/api-keys" && request.headers["Content-Type"] == "application/json")
        #expect(bodyText(request) == #"{"description":"for CI","expires_at":"\#(RFC3339.string(from: rounded))","key_type":"user","name":"ci"}"#)
    }

    @Test func createServiceKeySendsRolesOnlyWhenGiven() async throws {
        let transport = ScriptedTransport([json(201, createdBody), json(201, createdBody)])
        let client = try makeClient(transport)
        _ = try await client.apiKeys.createServiceKey(name: "bot", space: "U3BhY2U6MTIzNDU=")
        _ = try await client.apiKeys.createServiceKey(name: "bot", space: "U3BhY2U6MTIzNDU=", description: "d", spaceRole: .readOnly)
        #expect(bodyText(transport.requests[0]) == #"{"key_type":"service","name":"bot","space_id":"U3BhY2U6MTIzNDU="}"#)
        #expect(bodyText(transport.requests[1]) == #"{"description":"d","key_type":"service","name":"bot","roles":{"space_role":"read-only"},"space_id":"U3BhY2U6MTIzNDU="}"#)
    }

    @Test func deleteRevokeAndRefreshPaths() async throws {
        let transport = ScriptedTransport([json(204, ""), json(204, ""), json(200, createdBody), json(200, createdBody)])
        let client = try makeClient(transport)
        try await client.apiKeys.delete(apiKeyID: "QXBp/S2V5+OjE=")
        try await client.apiKeys.revoke(apiKeyID: "QXBpS2V5OjE=")
        _ = try await client.apiKeys.refresh(apiKeyID: "QXBpS2V5OjE=")
        _ = try await client.apiKeys.refresh(apiKeyID: "QXBpS2V5OjE=", gracePeriodSeconds: 300)
        let r = transport.requests
        #expect(r[0].method == .delete && r[0].path == "/v2/api-keys/QXBp%2FS2V5%2BOjE%3D" && r[0].body == nil)
        #expect(r[1].method == .put && r[1].path == "/v2/api-keys/QXBpS2V5OjE%3D/revoke" && r[1].body == nil)
        #expect(r[2].method == .post && r[2].path == "/v2/api-keys/QXBpS2V5OjE%3D/refresh" && bodyText(r[2]) == "{}")
        #expect(bodyText(r[3]) == #"{"grace_period_seconds":300}"#)
    }

    @Test func unknownEnumValuesFromTheServerDoNotBreakListing() async throws {
        let page = #"{"api_keys":[{"id":"a","name":"n","key_type":"robot","status":"REVOKED","redacted_key":"r","created_at":"2026-01-01T00:00:00.5Z","created_by_user_id":"u","new_field":1}],"pagination":{"has_more":false}}"#
        let keys = try await makeClient(ScriptedTransport([json(200, page)])).apiKeys.list().apiKeys
        #expect(keys.first?.status == .unknown("REVOKED") && keys.first?.keyType == .unknown("robot"))
    }
}
