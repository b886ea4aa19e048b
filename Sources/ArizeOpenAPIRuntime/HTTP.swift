@_exported import ArizeJSON
import Foundation

extension TransportRequest {
    /// An HTTP method, kept as a string so any method a spec names can be expressed.
    public struct Method: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        /// The method's name as sent on the wire, e.g. `GET`.
        public let rawValue: String
        /// Creates a method from its wire name.
        public init(rawValue: String) { self.rawValue = rawValue.uppercased() }
        /// `GET`
        public static let get = TransportRequest.Method(rawValue: "GET")
        /// `PUT`
        public static let put = TransportRequest.Method(rawValue: "PUT")
        /// `POST`
        public static let post = TransportRequest.Method(rawValue: "POST")
        /// `DELETE`
        public static let delete = TransportRequest.Method(rawValue: "DELETE")
        /// `PATCH`
        public static let patch = TransportRequest.Method(rawValue: "PATCH")
        /// `HEAD`
        public static let head = TransportRequest.Method(rawValue: "HEAD")
        /// `OPTIONS`
        public static let options = TransportRequest.Method(rawValue: "OPTIONS")

        /// Whether repeating the request has the same effect as sending it once (RFC 9110 §9.2.2).
        /// Retry policies use this: a retried `POST` could, for example, mint a second API key.
        public var isIdempotent: Bool {
            switch rawValue {
            case "GET", "HEAD", "PUT", "DELETE", "OPTIONS", "TRACE": return true
            default: return false
            }
        }

        /// The wire name.
        public var description: String { rawValue }
    }
}

/// An ordered list of header fields with case-insensitive lookup.
///
/// Order and duplicates are kept because HTTP allows repeated fields.
public struct TransportHeaders: Sendable, Hashable, Sequence, ExpressibleByDictionaryLiteral, CustomStringConvertible {
    /// One header field.
    public struct Field: Sendable, Hashable {
        /// The field name as given.
        public var name: String
        /// The field value.
        public var value: String
        /// Creates a field.
        public init(name: String, value: String) { self.name = name; self.value = value }
    }

    /// The fields in order.
    public private(set) var fields: [Field]

    /// Creates headers from fields.
    public init(_ fields: [Field] = []) { self.fields = fields }

    /// Creates headers from a literal; order follows the literal.
    public init(dictionaryLiteral elements: (String, String)...) {
        self.fields = elements.map { Field(name: $0.0, value: $0.1) }
    }

    /// The first value of the named field, ignoring case; setting replaces every field of that name.
    public subscript(name: String) -> String? {
        get { fields.first { Self.sameName($0.name, name) }?.value }
        set {
            fields.removeAll { Self.sameName($0.name, name) }
            if let newValue { fields.append(Field(name: name, value: newValue)) }
        }
    }

    /// ASCII case-insensitive equality: header names are ASCII tokens, and Foundation's
    /// `caseInsensitiveCompare` is slow on Linux.
    static func sameName(_ a: String, _ b: String) -> Bool {
        guard a.utf8.count == b.utf8.count else { return false }
        return zip(a.utf8, b.utf8).allSatisfy { x, y in
            x == y || (x | 0x20 == y | 0x20 && (x | 0x20) >= UInt8(ascii: "a") && (x | 0x20) <= UInt8(ascii: "z"))
        }
    }

    /// Appends a field, keeping any of the same name.
    public mutating func append(name: String, value: String) { fields.append(Field(name: name, value: value)) }

    /// Iterates over the fields in order.
    public func makeIterator() -> IndexingIterator<[Field]> { fields.makeIterator() }

    /// Names only: values may hold credentials, so they are never printed.
    public var description: String { "TransportHeaders(" + fields.map(\.name).joined(separator: ", ") + ")" }
}

/// A request as generated code describes it, before a transport puts it on the wire.
public struct TransportRequest: Sendable, Hashable, CustomStringConvertible {
    /// The OpenAPI `operationId` this request belongs to.
    public var operationID: String
    /// The method.
    public var method: TransportRequest.Method
    /// The percent-encoded path, starting with `/`.
    public var path: String
    /// Query items in order; values are not yet percent-encoded.
    public var query: [(name: String, value: String)]
    /// Header fields.
    public var headers: TransportHeaders
    /// The body, if any.
    public var body: Data?

    /// Creates a request.
    public init(operationID: String, method: TransportRequest.Method, path: String,
                query: [(name: String, value: String)] = [], headers: TransportHeaders = [:], body: Data? = nil) {
        self.operationID = operationID
        self.method = method
        self.path = path
        self.query = query
        self.headers = headers
        self.body = body
    }

    /// The full URL of this request against a server's base URL (whose own path, if any, is kept as a prefix).
    public func url(relativeTo baseURL: URL) -> URL? {
        guard var components = URLComponents(url: baseURL, resolvingAgainstBaseURL: false) else { return nil }
        var prefix = components.percentEncodedPath
        while prefix.hasSuffix("/") { prefix.removeLast() }
        components.percentEncodedPath = prefix + path
        if query.isEmpty {
            components.percentEncodedQuery = nil
        } else {
            components.percentEncodedQuery = query
                .map { PercentEncoding.queryComponent($0.name) + "=" + PercentEncoding.queryComponent($0.value) }
                .joined(separator: "&")
        }
        return components.url
    }

    /// Method, path and header names only: query values and bodies may carry secrets.
    public var description: String { "\(method) \(path) [\(operationID)]" }

    /// Equal when every part, query and headers included, is equal.
    public static func == (lhs: TransportRequest, rhs: TransportRequest) -> Bool {
        lhs.operationID == rhs.operationID && lhs.method == rhs.method && lhs.path == rhs.path
            && lhs.query.map(\.name) == rhs.query.map(\.name) && lhs.query.map(\.value) == rhs.query.map(\.value)
            && lhs.headers == rhs.headers && lhs.body == rhs.body
    }

    /// Hashes the parts that identify a request (not query values or headers).
    public func hash(into hasher: inout Hasher) {
        hasher.combine(operationID); hasher.combine(method); hasher.combine(path); hasher.combine(body)
    }
}

/// A response as received from a transport.
public struct TransportResponse: Sendable, Hashable, CustomStringConvertible {
    /// The status code.
    public var statusCode: Int
    /// Header fields.
    public var headers: TransportHeaders
    /// The body bytes (empty when there is none).
    public var body: Data

    /// Creates a response.
    public init(statusCode: Int, headers: TransportHeaders = [:], body: Data = Data()) {
        self.statusCode = statusCode
        self.headers = headers
        self.body = body
    }

    /// Status and body size only: a body may carry a freshly created secret.
    public var description: String { "TransportResponse(\(statusCode), \(body.count) bytes)" }
}

/// Sends requests. Implementations must be safe to call from many tasks at once,
/// and should stop work and throw `CancellationError` when the calling task is cancelled.
public protocol HTTPTransport: Sendable {
    /// Sends `request` to the server at `baseURL` and returns its response, whatever its status.
    func send(_ request: TransportRequest, baseURL: URL) async throws -> TransportResponse
}
