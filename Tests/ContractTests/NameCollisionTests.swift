import ArizeAPIKeys
import ArizeAPIKeysTesting
import Foundation
import Testing

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Importing this SDK beside Foundation leaves every common name unambiguous: this file compiles
/// only if none of ours shadows or collides with Foundation's (an earlier version exported the
/// generator's `Operation`, `Schema` and `JSON` here, and `Operation` became ambiguous).
@Suite struct NameCollisionTests {
    @Test func commonNamesStayUnambiguous() async throws {
        let operation: Operation = BlockOperation {}
        let request = URLRequest(url: URL(string: "https://example.com")!)
        let response = HTTPURLResponse(url: request.url!, statusCode: 200, httpVersion: nil, headerFields: nil)
        let data = try JSONEncoder().encode(["a": Date(timeIntervalSince1970: 0)])
        let decoded = try JSONDecoder().decode([String: Date].self, from: data)
        let process = ProcessInfo.processInfo.processIdentifier
        #expect(operation.isReady || !operation.isReady)
        #expect(response?.statusCode == 200 && decoded["a"] == Date(timeIntervalSince1970: 0) && process > 0)

        // And ours, side by side with them.
        let fake = FakeArize()
        let client = try ArizeClient(configuration: ArizeConfiguration(apiKey: fake.apiKey, prereleaseWarnings: .silent, environment: [:]),
                                     transport: fake)
        let key: CreatedAPIKey = try await client.apiKeys.create(name: "collision-check")
        let listed: [APIKey] = try await client.apiKeys.list().apiKeys
        let secret: Secret = key.key
        let sent: TransportRequest = try #require(fake.requests.last)
        #expect(listed.map(\.id) == [key.id] && "\(secret)" == "<redacted>" && sent.method == .get)
    }
}
