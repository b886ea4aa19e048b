@testable import ArizeAPIKeys
import ArizeOpenAPIRuntime
import ArizeAPIKeysTesting
import Foundation
import Testing

/// A page fetches the next page with its own filters; a cursor replayed with other filters is refused.
@Suite struct PagingTests {
    @Test func nextKeepsTheFilters() async throws {
        let fake = FakeArize()
        fake.seedKeys(count: 5, keyType: .user, namePrefix: "user")
        fake.seedKeys(count: 7, keyType: .service, spaceID: fake.spaces[0].id, namePrefix: "bot")
        let keys = try makeClient(fake, apiKey: fake.apiKey).apiKeys
        var page: APIKeyPage? = try await keys.list(keyType: .service, space: "production", limit: 3)
        var names: [String] = []
        var pages = 0
        while let current = page {
            names += current.apiKeys.map(\.name)
            pages += 1
            page = try await current.next()
        }
        #expect(pages == 3 && names == (0..<7).map { "bot-\($0)" }, "every page kept keyType, space and limit")
        let listings = fake.requests.filter { $0.path == "/v2/api-keys" }
        #expect(listings.allSatisfy { queryText($0).contains("key_type=SERVICE") && queryText($0).contains("limit=3") })
    }

    @Test func aCursorReplayedWithOtherFiltersIsRefused() async throws {
        let fake = FakeArize()
        fake.seedKeys(count: 7, keyType: .service, spaceID: fake.spaces[0].id, namePrefix: "bot")
        fake.seedKeys(count: 5, keyType: .user, namePrefix: "user")
        let keys = try makeClient(fake, apiKey: fake.apiKey).apiKeys
        let first = try await keys.list(keyType: .service, space: "production", limit: 3)
        let cursor = try #require(first.pagination.nextCursor)
        // The README once showed exactly this: the next page without the filters.
        let error = await #expect(throws: ArizeError.self) { _ = try await keys.list(cursor: cursor) }
        guard case .badRequest(let failure)? = error else { Issue.record("got \(String(describing: error))"); return }
        #expect(failure.detail?.contains("other filters") == true)
        // With the same filters it works.
        #expect(try await keys.list(keyType: .service, space: "production", limit: 3, cursor: cursor).apiKeys.count == 3)
    }
}

@Suite struct FakeArizeCallLogTests {
    @Test func callsNameTheOperationAndDecodePathParameters() async throws {
        let fake = FakeArize()
        let keys = try makeClient(fake, apiKey: fake.apiKey).apiKeys
        let key = try await keys.create(name: "ci")
        _ = try await keys.refresh(apiKeyID: key.id)
        #expect(fake.requests.last?.path == "/v2/api-keys/\(key.id.replacingOccurrences(of: "=", with: "%3D"))/refresh")
        #expect(fake.calls.map(\.operationID) == ["create_api_key", "refresh_api_key"])
        #expect(fake.calls.last?.pathParameters == ["api_key_id": key.id])
    }
}

@Suite struct ModelOutputTests {
    /// Models encode for output with the API's field names and RFC 3339 dates, and read back the same.
    @Test func modelsEncodeWithRFC3339Dates() async throws {
        let fake = FakeArize(now: { Date(timeIntervalSince1970: 1_767_225_600) })
        let keys = try makeClient(fake, apiKey: fake.apiKey).apiKeys
        _ = try await keys.create(name: "ci")
        let key = try #require(try await keys.list().apiKeys.first)
        let json = String(decoding: try ArizeClient.makeJSONEncoder().encode(key), as: UTF8.self)
        #expect(json.contains(#""created_at":"2026-01-01T00:00:00+00:00""#) && json.contains(#""key_type":"USER""#))
        #expect(try ArizeClient.makeJSONDecoder().decode(APIKey.self, from: Data(json.utf8)) == key)
    }
}
