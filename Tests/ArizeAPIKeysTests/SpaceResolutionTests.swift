@testable import ArizeAPIKeys
import ArizeOpenAPIRuntime
import ArizeAPIKeysTesting
import Foundation
import Testing

@Suite struct SpaceResolutionTests {
    @Test(arguments: [("U3BhY2U6MTIzNDU=", true), ("U3BhY2U6MTIzNDU", true), ("prod", false), ("production", false), ("my space", false), ("", false)])
    func idsAreRecognised(value: String, isID: Bool) {
        #expect(SpaceResolver.isID(value) == isID)
    }

    @Test func nameIsPagedAndMatchedExactly() async throws {
        let page1 = spacesPage([("U3BhY2U6MQ==", "production", nil)], next: "c2")
        let page2 = spacesPage([("U3BhY2U6Mg==", "prod", nil)])
        let transport = ScriptedTransport([json(200, page1), json(200, page2), json(200, emptyPage)])
        _ = try await makeClient(transport).apiKeys.list(space: "prod")
        let r = transport.requests
        #expect(r.count == 3)
        #expect(r[0].path == "/v2/spaces" && queryText(r[0]) == "name=prod&limit=100")
        #expect(queryText(r[1]) == "name=prod&limit=100&cursor=c2")
        #expect(queryText(r[2]) == "space_id=U3BhY2U6Mg==&limit=50")
    }

    @Test func notFoundAndAmbiguousAreThrownBeforeTheMainRequest() async throws {
        let fake = FakeArize()
        let client = try makeClient(fake, apiKey: fake.apiKey)
        await #expect(throws: ArizeError.spaceNotFound(name: "prod-eu")) {
            _ = try await client.apiKeys.createServiceKey(name: "bot", space: "prod-eu")
        }
        let analytics = fake.spaces.filter { $0.name == "analytics" }.map(\.id)
        await #expect(throws: ArizeError.ambiguousSpace(name: "analytics", candidateIDs: analytics)) {
            _ = try await client.apiKeys.createServiceKey(name: "bot", space: "analytics")
        }
        #expect(fake.requests.allSatisfy { $0.path == "/v2/spaces" })
        let message = ArizeError.ambiguousSpace(name: "analytics", candidateIDs: analytics).description
        #expect(message.contains(analytics[0]) && message.contains("pass the id"))
    }

    /// Inside an organization binding a name is looked up among that organization's spaces: the
    /// `analytics` of organization 1 and of organization 2 are each found, not ambiguous, and a name
    /// that exists only in another organization is not found.
    @Test func serviceKeySpaceNamesAreScopedToTheirOrganization() async throws {
        let fake = FakeArize()
        let client = try makeClient(fake, apiKey: fake.apiKey)
        let (org1, org2) = (FakeArize.organizationID(1), FakeArize.organizationID(2))
        let analytics = fake.spaces.filter { $0.name == "analytics" }
        fake.addSpace(name: "elsewhere", organization: 2)
        _ = try await client.apiKeys.createServiceKey(name: "b", organizations: [
            OrganizationBinding(organizationID: org1, spaces: [SpaceBinding(space: "analytics")]),
            OrganizationBinding(organizationID: org2, spaces: [SpaceBinding(space: "analytics")]),
        ])
        let post = try #require(fake.requests.last { $0.method == .post })
        let postBody = try #require(post.body)
        let sent = try #require(JSONSerialization.jsonObject(with: postBody) as? [String: Any])
        let organizations = try #require(sent["organizations"] as? [[String: Any]])
        let ids = organizations.map { (($0["spaces"] as? [[String: Any]])?.first?["space_id"] as? String) ?? "" }
        #expect(ids == [analytics.first { $0.organizationID == org1 }!.id, analytics.first { $0.organizationID == org2 }!.id])
        let lookups = fake.requests.filter { $0.path == "/v2/spaces" }
        #expect(lookups.map { $0.query.first { $0.name == "org_id" }?.value } == [org1, org2], "one scoped lookup per organization")
        await #expect(throws: ArizeError.spaceNotFound(name: "elsewhere")) {
            _ = try await client.apiKeys.createServiceKey(name: "b", organizations: [
                OrganizationBinding(organizationID: org1, spaces: [SpaceBinding(space: "elsewhere")]),
            ])
        }
    }

    /// A server that ignores `org_id` still cannot make a name resolve to another organization's space.
    @Test func theOrganizationIsCheckedEvenWhereTheServerIgnoresIt() async throws {
        struct IgnoresOrganization: HTTPTransport {
            let fake: FakeArize
            func send(_ request: TransportRequest, baseURL: URL) async throws -> TransportResponse {
                var request = request
                request.query.removeAll { $0.name == "org_id" }
                return try await fake.send(request, baseURL: baseURL)
            }
        }
        let fake = FakeArize()
        let client = try makeClient(IgnoresOrganization(fake: fake), apiKey: fake.apiKey)
        let org2 = FakeArize.organizationID(2)
        _ = try await client.apiKeys.createServiceKey(name: "b", organizations: [
            OrganizationBinding(organizationID: org2, spaces: [SpaceBinding(space: "analytics")]),
        ])
        let created = try #require(fake.requests.last { $0.method == .post }?.body)
        let org2Analytics = fake.spaces.first { $0.name == "analytics" && $0.organizationID == org2 }!.id
        #expect(String(decoding: created, as: UTF8.self).contains(org2Analytics))
    }

    /// Names are resolved before the POST, and two names for one space in one organization are refused.
    @Test func serviceKeySpacesAreResolvedFirstAndOnce() async throws {
        let fake = FakeArize()
        let client = try makeClient(fake, apiKey: fake.apiKey)
        let org = FakeArize.organizationID(1)
        await #expect(throws: ArizeError.spaceNotFound(name: "nope")) {
            _ = try await client.apiKeys.createServiceKey(name: "b", organizations: [
                OrganizationBinding(organizationID: org, spaces: [SpaceBinding(space: "production"), SpaceBinding(space: "nope")]),
            ])
        }
        let error = await #expect(throws: ArizeError.self) {
            _ = try await client.apiKeys.createServiceKey(name: "b", organizations: [
                OrganizationBinding(organizationID: org, spaces: [SpaceBinding(space: "production"), SpaceBinding(space: fake.spaces[0].id)]),
            ])
        }
        guard case .invalidArgument("organizations[0].spaces[1]", _)? = error else { Issue.record("got \(String(describing: error))"); return }
        #expect(!fake.requests.contains { $0.method == .post }, "nothing was created")
    }

    @Test func resolutionsAreCachedAndSharedAcrossConcurrentCalls() async throws {
        let fake = FakeArize()
        let client = try makeClient(fake, apiKey: fake.apiKey)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for i in 0..<20 { group.addTask { _ = try await client.apiKeys.createServiceKey(name: "bot-\(i)", space: "production") } }
            try await group.waitForAll()
        }
        for i in 0..<80 { _ = try await client.apiKeys.createServiceKey(name: "later-\(i)", space: "production") }
        #expect(fake.requests.filter { $0.path == "/v2/spaces" }.count == 1)
        #expect(fake.keys.filter { $0.keyType == .service }.count == 100)
    }

    @Test func cacheExpires() async throws {
        let fake = FakeArize()
        let client = try makeClient(fake, apiKey: fake.apiKey) { $0.spaceCacheTTL = .zero }
        _ = try await client.apiKeys.list(space: "staging")
        _ = try await client.apiKeys.list(space: "staging")
        #expect(fake.requests.filter { $0.path == "/v2/spaces" }.count == 2)
    }
}
