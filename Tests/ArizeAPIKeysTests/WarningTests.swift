@testable import ArizeAPIKeys
import ArizeOpenAPIRuntime
import Foundation
import Testing

@Suite struct PrereleaseWarningTests {
    @Test func eachOperationWarnsOnceWithItsKey() async throws {
        let recorder = Recorder()
        let transport = ScriptedTransport(fallback: { request in
            switch request.operationID {
            case "list_api_keys": try json(200, emptyPage)(request)
            case "create_api_key": try json(201, createdBody)(request)
            case "refresh_api_key": try json(200, createdBody)(request)
            default: TransportResponse(statusCode: 204)
            }
        })
        let keys = try makeClient(transport, recorder: recorder).apiKeys
        for _ in 0..<3 {
            _ = try await keys.list()
            _ = try await keys.create(name: "a")
            _ = try await keys.createServiceKey(name: "a", organizations: [OrganizationBinding(organizationID: "T3JnOjE=", spaces: [SpaceBinding(space: "U3BhY2U6MQ==")])])
            try await keys.revoke(apiKeyID: "a")
            _ = try await keys.refresh(apiKeyID: "a")
            for try await _ in keys.listAll() {}
        }
        #expect(recorder.warned == ["list", "create", "create_service_key", "revoke", "refresh"].map {
            "[BETA] api_keys.\($0) is a beta API in arize-swift v\(ArizeClient.sdkVersion) and may change without notice."
        })
    }

    @Test func concurrentFirstCallsWarnExactlyOnce() async throws {
        let recorder = Recorder()
        let client = try makeClient(ScriptedTransport(fallback: json(200, emptyPage)), recorder: recorder)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<64 { group.addTask { _ = try await client.apiKeys.list() } }
            try await group.waitForAll()
        }
        #expect(recorder.warned.count == 1)
    }

    @Test func silencedByConfigurationOrEnvironment() async throws {
        let recorder = Recorder()
        let viaEnvironment = try makeClient(ScriptedTransport(fallback: json(200, emptyPage)), recorder: recorder) {
            $0.environment = ["DISABLE_PRERELEASE_WARNING": "true"]
        }
        _ = try await viaEnvironment.apiKeys.list()
        let silent = try makeClient(ScriptedTransport(fallback: json(200, emptyPage)), recorder: recorder) { $0.prereleaseWarnings = .silent }
        _ = try await silent.apiKeys.list()
        #expect(recorder.warned.isEmpty)
    }
}
