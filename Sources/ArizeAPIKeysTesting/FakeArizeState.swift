import ArizeAPIKeys
import Foundation

/// What a fake answer is: a value, or the error response to send instead.
enum Outcome<Value> {
    case success(Value)
    case failure(HTTPResponse)
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

    var model: Space { Space(id: id, name: name, description: "Seeded by FakeArize", createdAt: createdAt) }
}

struct StoredKey {
    var sequence: Int
    var id: String
    var secret: String
    var name: String
    var description: String?
    var type: APIKeyType
    var spaceID: String?
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

    var redacted: String { "ak-" + secret.dropFirst(3).prefix(3) + "..." + secret.suffix(3) }

    func model(now: Date) -> APIKey {
        APIKey(id: id, name: name, description: description, keyType: type, status: status(now: now), redactedKey: redacted,
               createdAt: createdAt, expiresAt: expiresAt, createdByUserID: creator)
    }

    func created(now: Date) -> APIKeyCreated {
        APIKeyCreated(id: id, name: name, description: description, keyType: type, status: status(now: now), redactedKey: redacted,
                      createdAt: createdAt, expiresAt: expiresAt, createdByUserID: creator, key: Secret(secret))
    }
}

struct State {
    var keys: [StoredKey] = []
    var spaces: [StoredSpace] = []
    var log: [HTTPRequest] = []
    var faults: [Fault] = []
    var latency: Duration = .zero
    var callerIsAccountAdmin: Bool
    var nextSequence = 1

    init(callerIsAccountAdmin: Bool) { self.callerIsAccountAdmin = callerIsAccountAdmin }

    @discardableResult
    mutating func addSpace(name: String, organization: Int, createdAt: Date) -> StoredSpace {
        let sequence = nextSequence
        nextSequence += 1
        let space = StoredSpace(sequence: sequence, id: FakeArize.encodeID("Space", sequence), name: name,
                                organizationID: FakeArize.encodeID("Organization", organization), createdAt: createdAt)
        spaces.append(space)
        return space
    }

    /// Appends a key and returns its index.
    mutating func addKey(name: String, description: String?, type: APIKeyType, spaceID: String?, expiresAt: Date?,
                         creator: String, now: Date) -> Int {
        let sequence = nextSequence
        nextSequence += 1
        var generator = SystemRandomNumberGenerator()
        let secret = "ak-" + (0..<4).map { _ in String(generator.next() as UInt64, radix: 16) }.joined()
        keys.append(StoredKey(sequence: sequence, id: FakeArize.encodeID("ApiKey", sequence), secret: secret, name: name,
                              description: description, type: type, spaceID: spaceID, creator: creator, createdAt: now,
                              expiresAt: expiresAt))
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

    static func decodePath(_ segment: String) -> String { segment.removingPercentEncoding ?? segment }

    static func encodeCursor(_ sequence: Int) -> String { Data("cursor:\(sequence)".utf8).base64EncodedString() }

    static func decodeCursor(_ cursor: String) -> Int? {
        guard let data = Data(base64Encoded: cursor), let text = String(data: data, encoding: .utf8), text.hasPrefix("cursor:") else {
            return nil
        }
        return Int(text.dropFirst("cursor:".count))
    }

    static func json<T: Encodable>(_ status: Int, _ value: T) -> HTTPResponse {
        // Encoding generated models cannot fail; an empty body would fail the client's decoding loudly if it did.
        let body = (try? JSONCoding.encode(value)) ?? Data()
        return HTTPResponse(statusCode: status, headers: ["Content-Type": "application/json"], body: body)
    }

    static func problem(_ status: Int, title: String, detail: String, instance: String) -> HTTPResponse {
        let problem = Problem(type: "https://arize.com/docs/ax/rest-reference/errors#\(title.lowercased().replacingOccurrences(of: " ", with: "-"))",
                              title: title, status: status, detail: detail, instance: instance)
        var response = json(status, problem)
        response.headers["Content-Type"] = "application/problem+json"
        return response
    }

    static func missingKey(_ id: String, _ path: String) -> HTTPResponse {
        problem(404, title: "Resource not found", detail: "No API key with id \(id)", instance: path)
    }

    /// The page size: the spec's `limit` range is checked by the generated validation, not restated here.
    static func limit(_ query: [String: String]) -> Outcome<Int> {
        guard let raw = query["limit"] else { return .success(50) }
        guard let value = Int32(raw) else {
            return .failure(problem(400, title: "Bad request", detail: "limit must be an integer", instance: "/v2"))
        }
        if let response = violation(of: Operations.SpacesList.Input(limit: value), path: "/v2") { return .failure(response) }
        return .success(Int(value))
    }

    /// A 400 answer when `value` breaks a constraint of the spec (lengths, ranges), as the real API would.
    static func violation(of value: some Validatable, path: String) -> HTTPResponse? {
        do throws(ValidationError) {
            try value.validate()
            return nil
        } catch {
            return problem(400, title: "Bad request", detail: error.description, instance: path)
        }
    }

    /// Decodes a JSON body, rejecting properties the schema does not declare.
    static func decodeBody<T: Decodable>(_ type: T.Type, _ body: Data?, allowed: Set<String>, required: Bool, path: String) -> Outcome<T?> {
        guard let body, !body.isEmpty else {
            return required ? .failure(problem(400, title: "Bad request", detail: "a JSON body is required", instance: path)) : .success(nil)
        }
        guard let object = try? JSONSerialization.jsonObject(with: body) as? [String: Any] else {
            return .failure(problem(400, title: "Bad request", detail: "the body must be a JSON object", instance: path))
        }
        if let unknown = object.keys.sorted().first(where: { !allowed.contains($0) }) {
            return .failure(problem(400, title: "Bad request", detail: "unknown property \(unknown)", instance: path))
        }
        do {
            return .success(try JSONCoding.decode(T.self, from: body))
        } catch {
            return .failure(problem(400, title: "Bad request", detail: JSONCoding.explain(error), instance: path))
        }
    }
}
