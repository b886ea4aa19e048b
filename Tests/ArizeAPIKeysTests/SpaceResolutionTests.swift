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
