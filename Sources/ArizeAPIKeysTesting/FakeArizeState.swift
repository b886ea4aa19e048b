import ArizeAPIKeys
import ArizeOpenAPIRuntime
import Foundation

/// What a fake answer is: a value, or the error response to send instead.
enum Outcome<Value> {
    case success(Value)
    case failure(TransportResponse)
}

struct Fault {
    var status: Int
    var retryAfter: Int?
}

struct StoredSpace {
    var sequence: Int
    var id: String
    var name: String
    var organizationID: String
    var createdAt: Date
    var isPrivate: Bool

    var model: Space {
        Space(id: id, organizationID: organizationID, name: name, description: "Seeded by FakeArize", createdAt: createdAt, isPrivate: isPrivate)
    }
}

struct StoredKey {
    var sequence: Int
    var id: String
    var secret: String
    var name: String
    var description: String?
    var type: APIKeyType
    /// A service key's bot user, roles resolved; shared by every key a refresh derives from it.
    var bot: Components.Schemas.ServiceKeyBotUser?
    var creator: String
    var createdAt: Date
    var expiresAt: Date?
    /// When the key stops working: set at once by revoke, or in the future by a refresh with a grace period.
    var revokedAt: Date?

    func status(now: Date) -> APIKeyStatus {
        if let revokedAt, revokedAt <= now { return .revoked }
        return .active
    }

    func authenticates(now: Date) -> Bool {
        status(now: now) == .active && (expiresAt.map { $0 > now } ?? true)
    }

    /// Whether the key's bot user belongs to the space.
    func isBound(to spaceID: String) -> Bool {
        bot?.organizations.contains { $0.spaces.contains { $0.spaceID == spaceID } } ?? false
    }

    var redacted: String { "ak-" + secret.dropFirst(3).prefix(3) + "..." + secret.suffix(3) }

    /// The key as listed; in a listing by space, the bot user's organizations are left out (as the API does).
    func model(now: Date, inSpaceListing: Bool = false) -> APIKey {
        if let bot, type == .service {
            var listed = bot
            if inSpaceListing { listed.organizations = [] }
            return .service(ServiceAPIKey(id: id, name: name, description: description, status: status(now: now), redactedKey: redacted,
                                          createdAt: createdAt, expiresAt: expiresAt, createdByUserID: creator, botUser: listed))
        }
        return .user(UserAPIKey(id: id, name: name, description: description, status: status(now: now), redactedKey: redacted,
                                createdAt: createdAt, expiresAt: expiresAt, createdByUserID: creator))
    }

    func created(now: Date) -> Components.Schemas.CreateAPIKeyResponse {
        if let bot, type == .service {
            return .service(Components.Schemas.CreatedServiceAPIKey(id: id, name: name, description: description, status: status(now: now), redactedKey: redacted,
                                                 createdAt: createdAt, expiresAt: expiresAt, createdByUserID: creator, botUser: bot,
                                                 key: Secret(secret)))
        }
        return .user(Components.Schemas.CreatedUserAPIKey(id: id, name: name, description: description, status: status(now: now), redactedKey: redacted,
                                       createdAt: createdAt, expiresAt: expiresAt, createdByUserID: creator, key: Secret(secret)))
    }

    func refreshed(now: Date) -> Components.Schemas.RefreshAPIKeyResponse {
        Components.Schemas.RefreshAPIKeyResponse(id: id, name: name, description: description, keyType: type, status: status(now: now), redactedKey: redacted,
                              createdAt: createdAt, expiresAt: expiresAt, createdByUserID: creator, key: Secret(secret))
    }
}

struct State {
    var keys: [StoredKey] = []
    var spaces: [StoredSpace] = []
    var customRoles: [(id: String, name: String)] = []
    var log: [TransportRequest] = []
    var faults: [Fault] = []
    var latency: Duration = .zero
    var callerIsAccountAdmin: Bool
    var nextSequence = 1

    init(callerIsAccountAdmin: Bool) { self.callerIsAccountAdmin = callerIsAccountAdmin }

    mutating func takeSequence() -> Int {
        defer { nextSequence += 1 }
        return nextSequence
    }

    @discardableResult
    mutating func addSpace(name: String, organization: Int, createdAt: Date) -> StoredSpace {
        let sequence = takeSequence()
        let space = StoredSpace(sequence: sequence, id: FakeArize.encodeID("Space", sequence), name: name,
                                organizationID: FakeArize.organizationID(organization), createdAt: createdAt, isPrivate: false)
        spaces.append(space)
        return space
    }

    /// Appends a key and returns its index.
    mutating func addKey(name: String, description: String?, type: APIKeyType, bot: Components.Schemas.ServiceKeyBotUser?, expiresAt: Date?,
                         creator: String, now: Date) -> Int {
        let sequence = takeSequence()
        var generator = SystemRandomNumberGenerator()
        let secret = "ak-" + (0..<4).map { _ in String(generator.next() as UInt64, radix: 16) }.joined()
        keys.append(StoredKey(sequence: sequence, id: FakeArize.encodeID("ApiKey", sequence), secret: secret, name: name,
                              description: description, type: type, bot: bot, creator: creator, createdAt: now, expiresAt: expiresAt))
        return keys.count - 1
    }

    /// The index of the first key created after `sequence` (keys stay in creation order).
    func firstIndex(afterSequence sequence: Int) -> Int {
        var low = 0
        var high = keys.count
        while low < high {
            let mid = (low + high) / 2
            if keys[mid].sequence <= sequence { low = mid + 1 } else { high = mid }
        }
        return low
    }
}

extension FakeArize {
    /// An opaque id as the real API makes them: base64 of `Type:number`.
    static func encodeID(_ type: String, _ number: Int) -> String {
        Data("\(type):\(number)".utf8).base64EncodedString()
    }

    /// The id of the fake's organization number `number` (its seeded spaces are in 1 and 2).
    public static func organizationID(_ number: Int) -> String { encodeID("Organization", number) }

    static func isBase64ID(_ value: String) -> Bool {
        guard let data = Data(base64Encoded: value), let text = String(data: data, encoding: .utf8) else { return false }
        return text.contains(":")
    }

    /// An opaque cursor, bound to the filters of the listing that issued it (as a real server's
    /// would be): replayed with other filters it is refused.
    static func encodeCursor(_ sequence: Int, scope: String) -> String {
        Data("cursor:\(sequence):\(scope)".utf8).base64EncodedString()
    }

    enum CursorProblem: Error { case malformed, otherFilters }

    static func decodeCursor(_ cursor: String, scope: String) -> Result<Int, CursorProblem> {
        guard let data = Data(base64Encoded: cursor), let text = String(data: data, encoding: .utf8), text.hasPrefix("cursor:") else {
            return .failure(.malformed)
        }
        let parts = text.dropFirst("cursor:".count).split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2, let sequence = Int(parts[0]) else { return .failure(.malformed) }
        return parts[1] == scope ? .success(sequence) : .failure(.otherFilters)
    }

    /// The 400 for a cursor that cannot be used, or `nil` and where to start.
    static func start(after cursor: String?, scope: String, path: String) -> Outcome<Int?> {
        guard let cursor else { return .success(nil) }
        switch decodeCursor(cursor, scope: scope) {
        case .success(let sequence): return .success(sequence)
        case .failure(.malformed): return .failure(problem(400, "invalid cursor", instance: path))
        case .failure(.otherFilters): return .failure(problem(400, "the cursor was issued for a listing with other filters", instance: path))
        }
    }

    static func json<T: Encodable>(_ status: Int, _ value: T) -> TransportResponse {
        // Encoding generated models cannot fail; an empty body would fail the client's decoding loudly if it did.
        let body = (try? JSONCoding.encode(value)) ?? Data()
        return TransportResponse(statusCode: status, headers: ["Content-Type": "application/json"], body: body)
    }

    static func problem(_ status: Int, _ detail: String, instance: String) -> TransportResponse {
        let (title, slug) = switch status {
        case 400: ("Invalid request", "invalid-request")
        case 401: ("Unauthorized", "unauthorized")
        case 403: ("Forbidden", "forbidden")
        case 404: ("Resource not found", "resource-not-found")
        case 422: ("Unprocessable entity", "unprocessable-entity")
        case 429: ("Too many requests", "rate-limit-exceeded")
        default: ("Error", "error")
        }
        let problem = Components.Schemas.Problem(type: "https://arize.com/docs/ax/rest-reference/errors#\(slug)", title: title, status: status,
                              detail: detail, instance: instance)
        var response = json(status, problem)
        response.headers["Content-Type"] = "application/problem+json"
        return response
    }
}
