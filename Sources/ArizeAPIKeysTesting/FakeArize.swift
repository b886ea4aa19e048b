import ArizeAPIKeys
import ArizeOpenAPIRuntime
import Foundation

/// An in-process, stateful fake of the Arize API-keys API (the contract of arize 8.61), for tests
/// of code that uses `ArizeClient`.
///
/// ```swift
/// let fake = FakeArize()
/// let client = try ArizeClient(apiKey: fake.apiKey, transport: fake)
/// let created = try await client.apiKeys.create(name: "ci")
/// #expect(fake.keys.contains { $0.id == created.id })
/// ```
/// It keeps keys, spaces, organizations and service accounts (bot users); paginates with opaque
/// cursors; filters; creates user and service keys with resolved default roles; refreshes (with
/// grace periods, never extending a lifetime); revokes; and answers bad input with the statuses
/// and `application/problem+json` bodies of the real API. Request bodies and parameters are
/// checked against the spec itself: an unknown property, a lower-case enum value or a missing
/// `key_type` gets 400, as from the server. Keys it creates authenticate too. Faults and latency
/// can be injected, and every request is logged.
public final class FakeArize: HTTPTransport, Sendable {
    /// The API key the fake accepts from the start (keys it creates are accepted too, while active).
    public let apiKey: String
    /// The user the fake's own `apiKey` belongs to.
    public let callerUserID: String

    let state: Locked<State>
    let clock: @Sendable () -> Date

    /// Creates a fake seeded with spaces: `production` and `prod` (a name inside another),
    /// `staging` and `analytics` in organization 1 (``organizationID(_:)``), and a second
    /// `analytics` in organization 2; and one custom space role, `Exporter`.
    /// - Parameters:
    ///   - apiKey: the key the fake accepts; any other gets 401.
    ///   - callerIsAccountAdmin: whether the caller may list other users' keys (else 403).
    ///   - now: the fake's clock, for expiry and grace periods.
    public init(apiKey: String = "fake-api-key", callerIsAccountAdmin: Bool = true,
                now: @escaping @Sendable () -> Date = { Date() }) {
        self.apiKey = apiKey
        self.callerUserID = FakeArize.encodeID("User", 42)
        self.clock = now
        var state = State(callerIsAccountAdmin: callerIsAccountAdmin)
        let created = now().addingTimeInterval(-86_400 * 30)
        for (name, org) in [("production", 1), ("prod", 1), ("staging", 1), ("analytics", 1), ("analytics", 2)] {
            state.addSpace(name: name, organization: org, createdAt: created)
        }
        state.customRoles.append((FakeArize.encodeID("Role", 41), "Exporter"))
        self.state = Locked(state)
    }

    // MARK: Inspection and setup

    /// Every request received, oldest first (faults included).
    public var requests: [TransportRequest] { state.withLock { $0.log } }

    /// One request as the API understood it: which operation, with its path parameters decoded,
    /// so tests can assert on calls without caring how ids were percent-encoded.
    public struct Call: Sendable, Equatable {
        /// The spec's `operationId`, e.g. `refresh_api_key`; empty for a route the API does not have.
        public var operationID: String
        /// Path parameters by name, percent-decoded (`api_key_id` → the key's id as you passed it).
        public var pathParameters: [String: String]
        /// Query parameters by name (the first of each).
        public var query: [String: String]
    }

    /// Every request received, oldest first, as calls of the API's operations.
    public var calls: [Call] {
        requests.map { request in
            let (operation, path) = Self.validator?.operation(for: request) ?? (nil, [:])
            return Call(operationID: operation?.operationID ?? "", pathParameters: path,
                        query: Dictionary(request.query.map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first }))
        }
    }

    /// Forgets the request log.
    public func clearRequests() { state.withLock { $0.log.removeAll() } }

    /// All keys, in creation order, as the list endpoint would show them (service keys with their bot users).
    public var keys: [APIKey] {
        let now = clock()
        return state.withLock { state in state.keys.map { $0.model(now: now) } }
    }

    /// All spaces, in creation order.
    public var spaces: [Space] { state.withLock { $0.spaces.map(\.model) } }

    /// The organizations that have spaces, in order of first appearance.
    public var organizationIDs: [String] {
        state.withLock { state in
            var seen = Set<String>()
            return state.spaces.map(\.organizationID).filter { seen.insert($0).inserted }
        }
    }

    /// The custom roles the fake knows, as ids with display names.
    public var customRoles: [(id: String, name: String)] { state.withLock { $0.customRoles } }

    /// Adds a space to organization `organization` (see ``organizationID(_:)``) and returns it.
    @discardableResult
    public func addSpace(name: String, organization: Int = 1) -> Space {
        let now = clock()
        return state.withLock { $0.addSpace(name: name, organization: organization, createdAt: now).model }
    }

    /// Adds a custom role and returns its id.
    @discardableResult
    public func addCustomRole(name: String) -> String {
        state.withLock { state in
            let id = FakeArize.encodeID("Role", 100 + state.takeSequence())
            state.customRoles.append((id, name))
            return id
        }
    }

    /// Adds `count` keys directly (no requests), e.g. to test pagination over many keys. Service
    /// keys get a bot user in the space with id `spaceID` (by default the first space); `expiresIn`
    /// (from the fake's clock) makes them expire.
    public func seedKeys(count: Int, keyType: APIKeyType = .user, spaceID: String? = nil, namePrefix: String = "seeded",
                         expiresIn: Duration? = nil) {
        let now = clock()
        state.withLock { state in
            state.keys.reserveCapacity(state.keys.count + count)
            let space = state.spaces.first { $0.id == spaceID } ?? state.spaces[0]
            for i in 0..<count {
                let name = "\(namePrefix)-\(i)"
                let bot = keyType == .service ? Self.botUser(name: name, sequence: state.takeSequence(), account: nil,
                                                             organizations: [(space.organizationID, nil, [(space.id, nil)])], roles: state.customRoles) : nil
                let expiresAt = expiresIn.map { now.addingTimeInterval(Double($0.components.seconds)) }
                _ = state.addKey(name: name, description: nil, type: keyType, bot: bot, expiresAt: expiresAt, creator: callerUserID, now: now)
            }
        }
    }

    /// The next `count` requests fail with `status` (and a `Retry-After` header when given), before anything else happens.
    public func failNext(_ count: Int, status: Int, retryAfter: Int? = nil) {
        state.withLock { state in
            for _ in 0..<count { state.faults.append(Fault(status: status, retryAfter: retryAfter)) }
        }
    }

    /// Every request waits this long before it is answered (cancellable).
    public func setLatency(_ latency: Duration) { state.withLock { $0.latency = latency } }

    /// Whether the caller may list other users' keys.
    public func setCallerIsAccountAdmin(_ value: Bool) { state.withLock { $0.callerIsAccountAdmin = value } }

    // MARK: Transport

    /// Answers a request as the real API would, after the configured latency.
    public func send(_ request: TransportRequest, baseURL: URL) async throws -> TransportResponse {
        let latency = state.withLock { $0.latency }
        if latency > .zero { try await Task.sleep(for: latency) }
        try Task.checkCancellation()
        return respond(to: request)
    }

    /// Answers a request at once: logs it, applies an injected fault if one is queued, and
    /// otherwise handles it. For serving the fake over a real socket; latency is not applied.
    public func respond(to request: TransportRequest) -> TransportResponse {
        let fault = state.withLock { state -> Fault? in
            state.log.append(request)
            return state.faults.isEmpty ? nil : state.faults.removeFirst()
        }
        if let fault {
            var response = Self.problem(fault.status, "failure injected by FakeArize", instance: request.path)
            if let retryAfter = fault.retryAfter { response.headers["Retry-After"] = String(retryAfter) }
            return response
        }
        return handle(request)
    }

    func handle(_ request: TransportRequest) -> TransportResponse {
        let now = clock()
        guard let authorization = request.headers["Authorization"], authorization.hasPrefix("Bearer "),
              isAuthorized(String(authorization.dropFirst("Bearer ".count)), now: now) else {
            return Self.problem(401, "Invalid API key", instance: request.path)
        }
        // Unknown routes (DELETE of a key among them: the API has no delete) are 404, as on the server.
        guard let (operation, pathValues) = Self.validator?.operation(for: request), let operationID = operation.operationID else {
            return Self.problem(404, "No route for \(request.method) \(request.path)", instance: request.path)
        }
        // Parameters and bodies are checked against the spec itself: unknown properties, enum
        // spellings, missing fields, lengths and counts all get the server's 400.
        if let first = Self.validator?.validate(request: Self.asSent(request)).first {
            return Self.problem(400, first, instance: request.path)
        }
        let query = Dictionary(request.query.map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first })
        switch operationID {
        case Operations.ListAPIKeys.operationID: return listKeys(query, now: now, path: request.path)
        case Operations.CreateAPIKey.operationID: return createKey(request.body, now: now, path: request.path)
        case Operations.RevokeAPIKey.operationID: return revokeKey(pathValues["api_key_id"] ?? "", now: now, path: request.path)
        case Operations.RefreshAPIKey.operationID:
            return refreshKey(pathValues["api_key_id"] ?? "", body: request.body, now: now, path: request.path)
        case Operations.ListSpaces.operationID: return listSpaces(query, path: request.path)
        default: return Self.problem(404, "No route for \(request.method) \(request.path)", instance: request.path)
        }
    }

    /// The spec, read once per process from the document built into the SDK.
    static let validator: SpecValidator? = try? SpecValidator()

    /// A request as the server sees it: no client-side operation id to compare.
    static func asSent(_ request: TransportRequest) -> TransportRequest {
        var copy = request
        copy.operationID = ""
        return copy
    }

    private func isAuthorized(_ token: String, now: Date) -> Bool {
        if token == apiKey { return true }
        return state.withLock { state in state.keys.contains { $0.secret == token && $0.authenticates(now: now) } }
    }
}
