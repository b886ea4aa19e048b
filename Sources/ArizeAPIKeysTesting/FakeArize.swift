import ArizeAPIKeys
import Foundation
import Synchronization

/// An in-process, stateful fake of the Arize API-keys API, for tests of code that uses ``ArizeClient``.
///
/// ```swift
/// let fake = FakeArize()
/// let client = try ArizeClient(apiKey: fake.apiKey, transport: fake)
/// let created = try await client.apiKeys.create(name: "ci")
/// #expect(fake.keys.contains { $0.id == created.id })
/// ```
/// It keeps keys and spaces, paginates with opaque cursors, filters, creates, refreshes (with
/// grace periods), revokes and deletes, and answers bad input with the statuses and
/// `application/problem+json` bodies of the real API. Keys it creates authenticate too.
/// Faults and latency can be injected, and every request is logged.
public final class FakeArize: HTTPTransport, Sendable {
    /// The API key the fake accepts from the start (keys it creates are accepted too, while active).
    public let apiKey: String
    /// The user the fake's own `apiKey` belongs to.
    public let callerUserID: String

    let state: Mutex<State>
    private let clock: @Sendable () -> Date

    /// Creates a fake seeded with spaces: `production` and `prod` (a name inside another),
    /// `staging`, and `analytics` twice, in two organizations.
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
        self.state = Mutex(state)
    }

    // MARK: Inspection and setup

    /// Every request received, oldest first (faults included).
    public var requests: [HTTPRequest] { state.withLock { $0.log } }

    /// Forgets the request log.
    public func clearRequests() { state.withLock { $0.log.removeAll() } }

    /// All keys, in creation order, as the list endpoint would show them.
    public var keys: [APIKey] {
        let now = clock()
        return state.withLock { state in state.keys.map { $0.model(now: now) } }
    }

    /// All spaces, in creation order.
    public var spaces: [Space] { state.withLock { $0.spaces.map(\.model) } }

    /// Adds a space and returns it.
    @discardableResult
    public func addSpace(name: String, organization: Int = 1) -> Space {
        let now = clock()
        return state.withLock { $0.addSpace(name: name, organization: organization, createdAt: now).model }
    }

    /// Adds `count` keys directly (no requests), e.g. to test pagination over many keys.
    public func seedKeys(count: Int, keyType: APIKeyType = .user, spaceID: String? = nil, namePrefix: String = "seeded") {
        let now = clock()
        state.withLock { state in
            state.keys.reserveCapacity(state.keys.count + count)
            for i in 0..<count {
                _ = state.addKey(name: "\(namePrefix)-\(i)", description: nil, type: keyType, spaceID: spaceID, expiresAt: nil,
                                 creator: callerUserID, now: now)
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
    public func send(_ request: HTTPRequest, baseURL: URL) async throws -> HTTPResponse {
        let latency = state.withLock { $0.latency }
        if latency > .zero { try await Task.sleep(for: latency) }
        try Task.checkCancellation()
        return respond(to: request)
    }

    /// Answers a request at once: logs it, applies an injected fault if one is queued, and
    /// otherwise handles it. For serving the fake over a real socket; latency is not applied.
    public func respond(to request: HTTPRequest) -> HTTPResponse {
        let fault = state.withLock { state -> Fault? in
            state.log.append(request)
            return state.faults.isEmpty ? nil : state.faults.removeFirst()
        }
        if let fault {
            var response = Self.problem(fault.status, title: "Injected fault", detail: "failure injected by FakeArize", instance: request.path)
            if let retryAfter = fault.retryAfter { response.headers["Retry-After"] = String(retryAfter) }
            return response
        }
        return handle(request)
    }

    func handle(_ request: HTTPRequest) -> HTTPResponse {
        let now = clock()
        guard let authorization = request.headers["Authorization"], authorization.hasPrefix("Bearer "),
              isAuthorized(String(authorization.dropFirst("Bearer ".count)), now: now) else {
            return Self.problem(401, title: "Unauthorized", detail: "Invalid API key", instance: request.path)
        }
        let segments = request.path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        let query = Dictionary(request.query.map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first })
        switch (request.method, segments.count >= 3 ? Array(segments[1...]) : []) {
        case (.get, ["v2", "api-keys"]): return listKeys(query, now: now, path: request.path)
        case (.post, ["v2", "api-keys"]): return createKey(request.body, now: now, path: request.path)
        case (.delete, let s) where s.count == 3 && s[0] == "v2" && s[1] == "api-keys":
            return deleteKey(Self.decodePath(s[2]), path: request.path)
        case (.put, let s) where s.count == 4 && s[0] == "v2" && s[1] == "api-keys" && s[3] == "revoke":
            return revokeKey(Self.decodePath(s[2]), now: now, path: request.path)
        case (.post, let s) where s.count == 4 && s[0] == "v2" && s[1] == "api-keys" && s[3] == "refresh":
            return refreshKey(Self.decodePath(s[2]), body: request.body, now: now, path: request.path)
        case (.get, ["v2", "spaces"]): return listSpaces(query, path: request.path)
        default:
            return Self.problem(404, title: "Resource not found", detail: "No route for \(request.method) \(request.path)", instance: request.path)
        }
    }

    private func isAuthorized(_ token: String, now: Date) -> Bool {
        if token == apiKey { return true }
        return state.withLock { state in state.keys.contains { $0.secret == token && $0.authenticates(now: now) } }
    }

    // MARK: Handlers

    private func listKeys(_ query: [String: String], now: Date, path: String) -> HTTPResponse {
        let limit: Int
        switch Self.limit(query) {
        case .success(let value): limit = value
        case .failure(let response): return response
        }
        var keyType: APIKeyType?
        if let raw = query["key_type"] {
            keyType = APIKeyType(rawValue: raw)
            if case .unknown? = keyType { return Self.problem(400, title: "Bad request", detail: "key_type must be user or service", instance: path) }
        }
        var status = APIKeyStatus.active
        if let raw = query["status"] {
            status = APIKeyStatus(rawValue: raw)
            if case .unknown = status { return Self.problem(400, title: "Bad request", detail: "status must be active or revoked", instance: path) }
        }
        let spaceID = query["space_id"]
        let userID = query["user_id"]
        let after = query["cursor"].map { Self.decodeCursor($0) }
        if let after, after == nil { return Self.problem(400, title: "Bad request", detail: "invalid cursor", instance: path) }
        return state.withLock { state -> HTTPResponse in
            if let spaceID, !state.spaces.contains(where: { $0.id == spaceID }) {
                return Self.problem(404, title: "Resource not found", detail: "No space with id \(spaceID)", instance: path)
            }
            if spaceID == nil, let userID, userID != callerUserID, !state.callerIsAccountAdmin {
                return Self.problem(403, title: "Forbidden", detail: "Only account admins can list another user's keys", instance: path)
            }
            let type = keyType ?? (spaceID == nil ? .user : .service)
            let creator = userID ?? (spaceID == nil ? callerUserID : nil)
            var start = 0
            if let after = after ?? nil {
                start = state.firstIndex(afterSequence: after)
            }
            var page: [APIKey] = []
            var lastSequence: Int?
            var hasMore = false
            var index = start
            while index < state.keys.count {
                let key = state.keys[index]
                index += 1
                guard key.type == type, key.status(now: now) == status,
                      spaceID == nil || key.spaceID == spaceID, creator == nil || key.creator == creator else { continue }
                if page.count == limit { hasMore = true; break }
                page.append(key.model(now: now))
                lastSequence = key.sequence
            }
            let pagination = PaginationMetadata(hasMore: hasMore, nextCursor: hasMore ? lastSequence.map(Self.encodeCursor) : nil)
            return Self.json(200, APIKeyListResponse(apiKeys: page, pagination: pagination))
        }
    }

    private func createKey(_ body: Data?, now: Date, path: String) -> HTTPResponse {
        let request: APIKeyCreate
        switch Self.decodeBody(APIKeyCreate.self, body, allowed: ["name", "description", "key_type", "expires_at", "space_id", "roles"],
                               required: true, path: path) {
        case .success(let value): request = value!
        case .failure(let response): return response
        }
        if let problem = Self.violation(of: request, path: path) { return problem }
        if request.name.trimmingCharacters(in: .whitespaces).isEmpty {
            return Self.problem(400, title: "Bad request", detail: "name must not be empty", instance: path)
        }
        let type = request.keyType ?? .user
        switch type {
        case .user:
            if request.spaceID != nil || request.roles != nil {
                return Self.problem(400, title: "Bad request", detail: "space_id and roles must be absent for user keys", instance: path)
            }
        case .service:
            if request.spaceID == nil { return Self.problem(400, title: "Bad request", detail: "space_id is required for service keys", instance: path) }
        case .unknown(let raw):
            return Self.problem(400, title: "Bad request", detail: "key_type \(raw) is not user or service", instance: path)
        }
        if let roles = request.roles {
            for (name, role) in [("space_role", roles.spaceRole?.rawValue), ("org_role", roles.orgRole?.rawValue), ("account_role", roles.accountRole?.rawValue)] {
                if let role, ![APIKeySpaceRole.admin.rawValue, "member", "read-only"].contains(role) || (name == "account_role" && role == "read-only") {
                    return Self.problem(400, title: "Bad request", detail: "\(name) \(role) is not a valid role", instance: path)
                }
            }
        }
        if let expiresAt = request.expiresAt, expiresAt <= now {
            return Self.problem(422, title: "Unprocessable entity", detail: "expires_at must be in the future", instance: path)
        }
        return state.withLock { state -> HTTPResponse in
            if let spaceID = request.spaceID, !state.spaces.contains(where: { $0.id == spaceID }) {
                return Self.problem(404, title: "Resource not found", detail: "No space with id \(spaceID)", instance: path)
            }
            let index = state.addKey(name: request.name, description: request.description, type: type, spaceID: request.spaceID,
                                     expiresAt: request.expiresAt, creator: callerUserID, now: now)
            return Self.json(201, state.keys[index].created(now: now))
        }
    }

    private func deleteKey(_ id: String, path: String) -> HTTPResponse {
        state.withLock { state -> HTTPResponse in
            guard let index = state.keys.firstIndex(where: { $0.id == id }) else { return Self.missingKey(id, path) }
            state.keys.remove(at: index)
            return HTTPResponse(statusCode: 204)
        }
    }

    private func revokeKey(_ id: String, now: Date, path: String) -> HTTPResponse {
        state.withLock { state -> HTTPResponse in
            guard let index = state.keys.firstIndex(where: { $0.id == id }) else { return Self.missingKey(id, path) }
            if state.keys[index].status(now: now) == .active { state.keys[index].revokedAt = now }
            return HTTPResponse(statusCode: 204)
        }
    }

    private func refreshKey(_ id: String, body: Data?, now: Date, path: String) -> HTTPResponse {
        let request: APIKeyRefresh
        switch Self.decodeBody(APIKeyRefresh.self, body, allowed: ["expires_at", "grace_period_seconds"], required: false, path: path) {
        case .success(let value): request = value ?? APIKeyRefresh()
        case .failure(let response): return response
        }
        if let problem = Self.violation(of: request, path: path) { return problem }
        let grace = Int(request.gracePeriodSeconds ?? 0)
        if let expiresAt = request.expiresAt, expiresAt <= now {
            return Self.problem(422, title: "Unprocessable entity", detail: "expires_at must be in the future", instance: path)
        }
        return state.withLock { state -> HTTPResponse in
            guard let index = state.keys.firstIndex(where: { $0.id == id }) else { return Self.missingKey(id, path) }
            let old = state.keys[index]
            guard old.status(now: now) == .active else {
                return Self.problem(400, title: "Bad request", detail: "API key \(id) is revoked and cannot be refreshed", instance: path)
            }
            // The old key stays valid for the grace period, never past its own expiry.
            var until = now.addingTimeInterval(TimeInterval(grace))
            if let expiry = old.expiresAt, expiry < until { until = expiry }
            state.keys[index].revokedAt = until
            let newIndex = state.addKey(name: old.name, description: old.description, type: old.type, spaceID: old.spaceID,
                                        expiresAt: request.expiresAt, creator: old.creator, now: now)
            return Self.json(200, state.keys[newIndex].created(now: now))
        }
    }

    private func listSpaces(_ query: [String: String], path: String) -> HTTPResponse {
        let limit: Int
        switch Self.limit(query) {
        case .success(let value): limit = value
        case .failure(let response): return response
        }
        let after = query["cursor"].map { Self.decodeCursor($0) }
        if let after, after == nil { return Self.problem(400, title: "Bad request", detail: "invalid cursor", instance: path) }
        let name = query["name"]?.lowercased()
        let org = query["org_id"]
        return state.withLock { state -> HTTPResponse in
            let matching = state.spaces.filter { space in
                (name == nil || space.name.lowercased().contains(name!)) && (org == nil || space.organizationID == org)
                    && (after == nil || space.sequence > after!!)
            }
            let page = Array(matching.prefix(limit))
            let hasMore = matching.count > limit
            let pagination = PaginationMetadata(hasMore: hasMore, nextCursor: hasMore ? page.last.map { Self.encodeCursor($0.sequence) } : nil)
            return Self.json(200, SpaceListResponse(spaces: page.map(\.model), pagination: pagination))
        }
    }
}
