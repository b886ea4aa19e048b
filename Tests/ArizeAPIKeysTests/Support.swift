@testable import ArizeAPIKeys
import ArizeOpenAPIRuntime
import ArizeAPIKeysTesting
import Foundation
import Synchronization
import Testing

/// A transport that answers from a script and records what it was sent.
final class ScriptedTransport: HTTPTransport, Sendable {
    typealias Responder = @Sendable (TransportRequest) throws -> TransportResponse
    private let state: Mutex<(requests: [TransportRequest], script: [Responder])>
    private let fallback: Responder

    init(_ script: [Responder] = [], fallback: @escaping Responder = { _ in TransportResponse(statusCode: 204) }) {
        state = Mutex(([], script))
        self.fallback = fallback
    }

    var requests: [TransportRequest] { state.withLock { $0.requests } }

    func send(_ request: TransportRequest, baseURL: URL) async throws -> TransportResponse {
        let responder = state.withLock { state -> Responder in
            state.requests.append(request)
            return state.script.isEmpty ? fallback : state.script.removeFirst()
        }
        return try responder(request)
    }
}

/// Collects what would be slept and warned, without waiting.
final class Recorder: Sendable {
    private let sleeps = Mutex<[Duration]>([])
    private let warnings = Mutex<[String]>([])
    var slept: [Duration] { sleeps.withLock { $0 } }
    var warned: [String] { warnings.withLock { $0 } }
    func sleep(_ duration: Duration) { sleeps.withLock { $0.append(duration) } }
    func warn(_ message: String) { warnings.withLock { $0.append(message) } }
}

func json(_ status: Int, _ body: String, headers: TransportHeaders = ["Content-Type": "application/json"]) -> ScriptedTransport.Responder {
    { _ in TransportResponse(statusCode: status, headers: headers, body: Data(body.utf8)) }
}

func problem(_ status: Int, title: String = "Problem", detail: String? = nil, retryAfter: Int? = nil) -> ScriptedTransport.Responder {
    var headers: TransportHeaders = ["Content-Type": "application/problem+json"]
    if let retryAfter { headers["Retry-After"] = String(retryAfter) }
    let detailJSON = detail.map { #","detail":"\#($0)""# } ?? ""
    return json(status, #"{"status":\#(status),"title":"\#(title)"\#(detailJSON),"instance":"/v2/x","type":"https://arize.com/e"}"#, headers: headers)
}

let emptyPage = #"{"api_keys":[],"pagination":{"has_more":false}}"#
let createdBody = #"{"id":"QXBpS2V5OjE=","name":"ci","key_type":"USER","status":"ACTIVE","redacted_key":"ak-abc...xyz","created_at":"2026-01-01T00:00:00Z","created_by_user_id":"VXNlcjox","key":"ak-SUPERSECRET-1234"}"#
let botUserJSON = #"{"id":"VXNlcjo5","name":"bot (service account)","account_role":{"type":"PREDEFINED","name":"MEMBER"},"organizations":[{"org_id":"T3JnOjE=","role":{"type":"PREDEFINED","name":"READ_ONLY"},"spaces":[{"space_id":"U3BhY2U6MTIzNDU=","role":{"type":"CUSTOM","id":"Um9sZTo0MQ==","name":"Exporter"}}]}]}"#
let createdServiceBody = #"{"id":"QXBpS2V5OjI=","name":"bot","key_type":"SERVICE","status":"ACTIVE","redacted_key":"ak-def...uvw","created_at":"2026-01-01T00:00:00Z","created_by_user_id":"VXNlcjox","bot_user":\#(botUserJSON),"key":"ak-BOTSECRET-5678"}"#
/// One page of `GET /v2/spaces`.
func spacesPage(_ spaces: [(id: String, name: String, org: String?)], next: String? = nil) -> String {
    let items = spaces.map { space in
        #"{"id":"\#(space.id)","name":"\#(space.name)","description":"","created_at":"2026-01-01T00:00:00Z","is_private":false"#
            + (space.org.map { #","organization_id":"\#($0)""# } ?? "") + "}"
    }
    let pagination = next.map { #"{"has_more":true,"next_cursor":"\#($0)"}"# } ?? #"{"has_more":false}"#
    return #"{"spaces":[\#(items.joined(separator: ","))],"pagination":\#(pagination)}"#
}

/// The bundled spec, which every request these tests send is checked against.
let specValidator: SpecValidator? = try? SpecValidator()

/// A client over `transport` with a fresh warning registry, recorded sleeps and no environment.
/// Every request it sends is checked against the spec (and every response too, when the
/// transport is a `FakeArize`; scripted responses are often off-spec on purpose); a mismatch
/// is recorded as an issue of the running test.
func makeClient(_ transport: any HTTPTransport, recorder: Recorder = Recorder(), apiKey: String = "test-key",
                _ configure: (inout ArizeConfiguration) -> Void = { _ in }) throws -> ArizeClient {
    let validator = try #require(specValidator, "the spec could not be read")
    let checked = SpecCheckingTransport(transport, validator: validator, checksResponses: transport is FakeArize,
                                        onProblem: { Issue.record("off-spec: \($0)") })
    var configuration = ArizeConfiguration(apiKey: apiKey, baseURL: URL(string: "http://127.0.0.1:9")!,
                                           prereleaseWarnings: .handler { recorder.warn($0) }, environment: [:])
    configuration.sleep = { recorder.sleep($0) }
    configuration.prereleaseRegistry = PrereleaseRegistry()
    configure(&configuration)
    return try ArizeClient(configuration: configuration, transport: checked)
}

func bodyText(_ request: TransportRequest) -> String { String(decoding: request.body ?? Data(), as: UTF8.self) }
func queryText(_ request: TransportRequest) -> String { request.query.map { "\($0.name)=\($0.value)" }.joined(separator: "&") }
