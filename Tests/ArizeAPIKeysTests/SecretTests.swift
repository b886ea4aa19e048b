@testable import ArizeAPIKeys
import ArizeOpenAPIRuntime
import Foundation
import Testing

/// A created secret and the API key never show up where they could be logged by accident.
@Suite struct SecretTests {
    static let secret = "ak-SUPERSECRET-1234"

    @Test func createdKeySecretIsRedactedEverywhere() async throws {
        let created = try await makeClient(ScriptedTransport([json(201, createdBody)])).apiKeys.create(name: "ci")
        #expect(created.key.revealed == Self.secret)
        var dumped = ""
        dump(created, to: &dumped)
        var mirrored = ""
        for child in Mirror(reflecting: created).children { mirrored += "\(child.label ?? ""): \(child.value)\n" }
        let renderings = ["\(created)", String(describing: created), String(reflecting: created), created.key.description,
                          created.key.debugDescription, "\(created.key)", dumped, mirrored]
        for text in renderings {
            #expect(!text.contains("SUPERSECRET"), "leaked in: \(text)")
        }
        #expect("\(created)".contains("ak-abc...xyz"), "the redacted key is what shows")
        #expect(created.key.description == "<redacted>")
    }

    @Test func configurationNeverPrintsTheAPIKeyOrHeaderValues() throws {
        let configuration = ArizeConfiguration(apiKey: "my-api-key-value", defaultHeaders: ["X-Tenant": "tenant-token"],
                                               environment: ["ARIZE_API_KEY": "env-key-value"])
        var dumped = ""
        dump(configuration, to: &dumped)
        for text in ["\(configuration)", String(reflecting: configuration), dumped] {
            #expect(!text.contains("my-api-key-value") && !text.contains("tenant-token") && !text.contains("env-key-value"), "leaked in: \(text)")
        }
        #expect("\(configuration)".contains("X-Tenant"))
    }

    @Test func errorsAndRequestsNeverCarryTheAuthorizationHeader() async throws {
        let transport = ScriptedTransport([problem(401, title: "Unauthorized", detail: "Invalid API key")])
        let client = try makeClient(transport, apiKey: "sk-live-DO-NOT-PRINT")
        let error = await #expect(throws: ArizeError.self) { try await client.apiKeys.revoke(apiKeyID: "id") }
        var dumped = ""
        dump(error, to: &dumped)
        for text in ["\(String(describing: error))", String(reflecting: error as Any), dumped, "\(transport.requests[0])",
                     "\(transport.requests[0].headers)"] {
            #expect(!text.contains("DO-NOT-PRINT"), "leaked in: \(text)")
        }
        #expect(transport.requests[0].headers["Authorization"] == "Bearer sk-live-DO-NOT-PRINT", "the key does go on the wire")
    }
}
