@testable import ArizeAPIKeys
import ArizeOpenAPIRuntime
import Foundation
import Testing

@Suite struct RetryTests {
    @Test func idempotentCallsRetryWithBackoff() async throws {
        let recorder = Recorder()
        let transport = ScriptedTransport([problem(503), problem(502), json(200, emptyPage)])
        _ = try await makeClient(transport, recorder: recorder).apiKeys.list()
        #expect(transport.requests.count == 3)
        #expect(recorder.slept.count == 2)
        // Exponential with jitter: half to all of 0.5 s, then of 1 s.
        #expect(recorder.slept[0] >= .milliseconds(250) && recorder.slept[0] <= .milliseconds(500))
        #expect(recorder.slept[1] >= .milliseconds(500) && recorder.slept[1] <= .seconds(1))
    }

    @Test func retryAfterIsHonoured() async throws {
        let recorder = Recorder()
        let transport = ScriptedTransport([problem(429, retryAfter: 2), json(204, "")])
        try await makeClient(transport, recorder: recorder).apiKeys.revoke(apiKeyID: "id")
        #expect(transport.requests.count == 2 && recorder.slept == [.seconds(2)])
    }

    @Test func connectionErrorsAreRetriedForRevoke() async throws {
        struct Reset: Error {}
        let recorder = Recorder()
        let transport = ScriptedTransport([{ _ in throw Reset() }, json(204, "")])
        try await makeClient(transport, recorder: recorder).apiKeys.revoke(apiKeyID: "id")
        #expect(transport.requests.count == 2 && recorder.slept.count == 1)
    }

    @Test func attemptsRunOut() async throws {
        let transport = ScriptedTransport(fallback: problem(503, title: "Unavailable"))
        let client = try makeClient(transport) { $0.retryPolicy.maxAttempts = 4 }
        await #expect(throws: ArizeError.self) { _ = try await client.apiKeys.list() }
        #expect(transport.requests.count == 4)
    }

    @Test func aRetryAfterLongerThanTheCapIsNotWaitedFor() async throws {
        let recorder = Recorder()
        let transport = ScriptedTransport([problem(429, retryAfter: 3600)])
        let client = try makeClient(transport, recorder: recorder)
        let error = await #expect(throws: ArizeError.self) { _ = try await client.apiKeys.list() }
        guard case .rateLimited(_, let retryAfter)? = error else { Issue.record("expected rateLimited"); return }
        #expect(retryAfter == .seconds(3600) && recorder.slept.isEmpty && transport.requests.count == 1)
    }

    /// create, createServiceKey and refresh are never retried: a retry could mint a second key
    /// or rotate twice and lose the only copy of the new secret.
    @Test(arguments: ["create", "createServiceKey", "refresh"])
    func nonIdempotentCallsAreNeverRetried(call: String) async throws {
        let recorder = Recorder()
        let transport = ScriptedTransport(fallback: problem(503, retryAfter: 1))
        let keys = try makeClient(transport, recorder: recorder) { $0.retryPolicy.maxAttempts = 5 }.apiKeys
        await #expect(throws: ArizeError.self) {
            switch call {
            case "create": _ = try await keys.create(name: "ci")
            case "createServiceKey": _ = try await keys.createServiceKey(name: "bot", organizations: [OrganizationBinding(organizationID: "T3JnOjE=", spaces: [SpaceBinding(space: "U3BhY2U6MQ==")])])
            default: _ = try await keys.refresh(apiKeyID: "id")
            }
        }
        #expect(transport.requests.count == 1 && recorder.slept.isEmpty)
    }
}
