@testable import ArizeAPIKeys
import ArizeOpenAPIRuntime
import Foundation
import Testing

@Suite struct ErrorMappingTests {
    static let statuses = [400, 401, 403, 404, 409, 422, 429, 500, 502, 418]

    @Test(arguments: statuses)
    func eachStatusMapsToItsCase(status: Int) async throws {
        let transport = ScriptedTransport([problem(status, title: "T\(status)", detail: "D\(status)", retryAfter: status == 429 ? 7 : nil)])
        let client = try makeClient(transport) { $0.retryPolicy = .none }
        let error = await #expect(throws: ArizeError.self) { try await client.apiKeys.revoke(apiKeyID: "QXBpS2V5OjE=") }
        let failure = ArizeError.HTTPFailure(operationID: "revoke_api_key", statusCode: status, title: "T\(status)", detail: "D\(status)",
                                             type: "https://arize.com/e", instance: "/v2/x")
        let expected: ArizeError = switch status {
        case 400: .badRequest(failure)
        case 401: .unauthorized(failure)
        case 403: .forbidden(failure)
        case 404: .notFound(failure)
        case 409: .conflict(failure)
        case 422: .unprocessableEntity(failure)
        case 429: .rateLimited(failure, retryAfter: .seconds(7))
        case 500, 502: .serverError(failure)
        default: .unexpectedStatus(failure)
        }
        #expect(error == expected)
        #expect(error?.statusCode == status)
        #expect(error?.description.hasPrefix("revoke_api_key: \(status) T\(status): D\(status)") == true)
        #expect(error?.description.contains("\n") == false)
    }

    @Test func errorBodyThatIsNotAProblemStillMapsByStatus() async throws {
        let html: ScriptedTransport.Responder = { _ in TransportResponse(statusCode: 502, headers: ["Content-Type": "text/html"], body: Data("<html>".utf8)) }
        let client = try makeClient(ScriptedTransport([html])) { $0.retryPolicy = .none }
        await #expect(throws: ArizeError.serverError(.init(operationID: "list_api_keys", statusCode: 502, title: "Bad Gateway"))) {
            _ = try await client.apiKeys.list()
        }
    }

    @Test func successBodyThatDoesNotMatchTheSpecIsUndecodable() async throws {
        let client = try makeClient(ScriptedTransport([json(200, #"{"api_keys":"nope"}"#)]))
        let error = await #expect(throws: ArizeError.self) { _ = try await client.apiKeys.list() }
        guard case .undecodableResponse(let operation, let status, let reason)? = error else { Issue.record("got \(String(describing: error))"); return }
        #expect(operation == "list_api_keys" && status == 200 && reason.hasPrefix("$.api_keys:"))
    }

    @Test func transportFailureIsATransportError() async throws {
        struct Refused: Error {}
        let client = try makeClient(ScriptedTransport(fallback: { _ in throw Refused() })) { $0.retryPolicy = .none }
        await #expect(throws: ArizeError.transport(operationID: "revoke_api_key", reason: "Refused()")) {
            try await client.apiKeys.revoke(apiKeyID: "x")
        }
    }
}

@Suite struct ValidationBeforeSendingTests {
    static let cases: [(label: String, name: String, reason: String)] = [
        ("long name", "name", "must be at most 256 characters long (is 257)"),
        ("long description", "description", "must be at most 1000 characters long (is 1001)"),
        ("limit 0", "limit", "must be at least 1 (is 0)"),
        ("limit 101", "limit", "must be at most 100 (is 101)"),
        ("grace -1", "gracePeriod", "must be at least 0 (is -1)"),
        ("grace 86401", "gracePeriod", "must be at most 86400 (is 86401)"),
        ("past expiry", "expiresAt", "must be in the future"),
        ("empty id", "apiKeyID", "must not be empty"),
        ("empty space", "space", "must not be empty"),
        ("long service key name", "name", "must be at most 256 characters long (is 300)"),
    ]

    @Test(arguments: cases.map(\.label))
    func invalidArgumentsSendNothing(label: String) async throws {
        let transport = ScriptedTransport()
        let keys = try makeClient(transport).apiKeys
        let entry = Self.cases.first { $0.label == label }!
        await #expect(throws: ArizeError.invalidArgument(name: entry.name, reason: entry.reason)) {
            switch label {
            case "long name": _ = try await keys.create(name: String(repeating: "n", count: 257))
            case "long description": _ = try await keys.create(name: "ok", description: String(repeating: "d", count: 1001))
            case "limit 0": _ = try await keys.list(limit: 0)
            case "limit 101": _ = try await keys.list(space: "a-space-name", limit: 101)
            case "grace -1": _ = try await keys.refresh(apiKeyID: "id", gracePeriod: .seconds(-1))
            case "grace 86401": _ = try await keys.refresh(apiKeyID: "id", gracePeriod: .seconds(86_401))
            case "past expiry": _ = try await keys.create(name: "ok", expiresAt: Date(timeIntervalSinceNow: -1))
            case "empty id": try await keys.revoke(apiKeyID: "")
            case "empty space": _ = try await keys.createServiceKey(name: "ok", space: "")
            default: _ = try await keys.createServiceKey(name: String(repeating: "n", count: 300), space: "needs-a-lookup")
            }
        }
        #expect(transport.requests.isEmpty, "no request (not even a spaces lookup) for \(label)")
    }
}
