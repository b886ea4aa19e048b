import ArizeOpenAPIRuntime
import Foundation

/// Everything the facade throws, besides `CancellationError` when the calling task is cancelled.
///
/// HTTP cases carry an ``HTTPFailure``: the operation, the status and the server's problem
/// details. No case ever carries the API key, the `Authorization` header or a created secret.
#if hasAttribute(nonexhaustive)
@nonexhaustive  // later versions may add cases: switches outside this module need `@unknown default`
#endif
public enum ArizeError: Error, Sendable, Hashable, CustomStringConvertible {
    /// 400: the server rejected the request as invalid.
    case badRequest(HTTPFailure)
    /// 401: the API key is missing, wrong or expired.
    case unauthorized(HTTPFailure)
    /// 403: the key may not do this.
    case forbidden(HTTPFailure)
    /// 404: no such key (or space).
    case notFound(HTTPFailure)
    /// 409: the request conflicts with the current state.
    case conflict(HTTPFailure)
    /// 422: well formed, but cannot be carried out (e.g. an expiry in the past).
    case unprocessableEntity(HTTPFailure)
    /// 429: rate limited, after any retries allowed; `retryAfter` is the server's `Retry-After`.
    case rateLimited(HTTPFailure, retryAfter: Duration?)
    /// 5xx: the server failed, after any retries allowed.
    case serverError(HTTPFailure)
    /// Any other status the operation does not succeed with.
    case unexpectedStatus(HTTPFailure)
    /// The request did not get an HTTP response (connection refused, DNS, TLS, timeout).
    case transport(operationID: String, reason: String)
    /// A create or refresh failed without a response *after* it may have reached the server
    /// (the connection died or the deadline passed while waiting). The key may have been created
    /// or rotated: list the keys to find out before trying again. Such calls are never retried.
    case outcomeUnknown(operationID: String, reason: String)
    /// The server answered with a redirect, which is never followed: the API key goes to no
    /// other origin. `location` is the target's origin (`scheme://host:port`), without path or query.
    case redirected(operationID: String, statusCode: Int, location: String?)
    /// A success response whose body does not match the spec.
    case undecodableResponse(operationID: String, statusCode: Int, reason: String)
    /// An argument breaks a constraint of the API; nothing was sent.
    case invalidArgument(name: String, reason: String)
    /// No space has exactly this name.
    case spaceNotFound(name: String)
    /// Several spaces (in different organizations) have this name; pass one of the ids instead.
    case ambiguousSpace(name: String, candidateIDs: [String])
    /// No API key was given and `ARIZE_API_KEY` is not set.
    case missingAPIKey
    /// The configuration cannot be used (e.g. a region together with a host).
    case invalidConfiguration(reason: String)

    /// What an HTTP error response said.
    public struct HTTPFailure: Sendable, Hashable, CustomStringConvertible {
        /// The OpenAPI `operationId`, e.g. `api_keys_delete`.
        public var operationID: String
        /// The status code.
        public var statusCode: Int
        /// The problem's `title`, or the standard reason phrase when the body was not a problem.
        public var title: String
        /// The problem's `detail`.
        public var detail: String?
        /// The problem's `type` URI.
        public var type: String?
        /// The problem's `instance` URI.
        public var instance: String?

        /// Creates a failure.
        public init(operationID: String, statusCode: Int, title: String, detail: String? = nil, type: String? = nil, instance: String? = nil) {
            self.operationID = operationID
            self.statusCode = statusCode
            self.title = title
            self.detail = detail
            self.type = type
            self.instance = instance
        }

        /// `api_keys_delete: 404 Resource not found: No API key with id …`
        public var description: String {
            "\(operationID): \(statusCode) \(title)" + (detail.map { ": " + $0 } ?? "")
        }
    }

    /// The HTTP failure, for the HTTP cases.
    public var httpFailure: HTTPFailure? {
        switch self {
        case .badRequest(let f), .unauthorized(let f), .forbidden(let f), .notFound(let f), .conflict(let f),
             .unprocessableEntity(let f), .rateLimited(let f, _), .serverError(let f), .unexpectedStatus(let f):
            return f
        default:
            return nil
        }
    }

    /// The status code, for the HTTP cases.
    public var statusCode: Int? { httpFailure?.statusCode }

    /// One readable line.
    public var description: String {
        switch self {
        case .badRequest(let f), .unauthorized(let f), .forbidden(let f), .notFound(let f), .conflict(let f),
             .unprocessableEntity(let f), .serverError(let f), .unexpectedStatus(let f):
            return f.description
        case .rateLimited(let f, let retryAfter):
            return f.description + (retryAfter.map { " (retry after \($0.components.seconds) s)" } ?? "")
        case .transport(let operationID, let reason):
            return "\(operationID): no response: \(reason)"
        case .outcomeUnknown(let operationID, let reason):
            return "\(operationID): no response, and the request may have reached the server (\(reason)); "
                + "the key may have been created or rotated: list the keys to find out before trying again"
        case .redirected(let operationID, let statusCode, let location):
            return "\(operationID): the server redirected (\(statusCode)) to \(location ?? "an unreadable location"); "
                + "redirects are not followed, so the API key was not sent there"
        case .undecodableResponse(let operationID, let statusCode, let reason):
            return "\(operationID): the \(statusCode) response does not match the spec: \(reason)"
        case .invalidArgument(let name, let reason):
            return "invalid argument: \(name) \(reason)"
        case .spaceNotFound(let name):
            return "no space is named \"\(name)\""
        case .ambiguousSpace(let name, let ids):
            return "\(ids.count) spaces are named \"\(name)\" (ids: \(ids.joined(separator: ", "))); pass the id of the one you mean"
        case .missingAPIKey:
            return "no API key: pass apiKey or set ARIZE_API_KEY"
        case .invalidConfiguration(let reason):
            return "invalid configuration: \(reason)"
        }
    }

    /// Maps an error response to its case.
    static func from(statusCode: Int, problem: Components.Schemas.Problem?, operationID: String, retryAfter: Duration?) -> ArizeError {
        let failure = HTTPFailure(
            operationID: operationID, statusCode: statusCode,
            title: bounded(problem?.title) ?? reasonPhrase(statusCode),
            detail: bounded(problem?.detail), type: bounded(problem?.type), instance: bounded(problem?.instance))
        switch statusCode {
        case 400: return .badRequest(failure)
        case 401: return .unauthorized(failure)
        case 403: return .forbidden(failure)
        case 404: return .notFound(failure)
        case 409: return .conflict(failure)
        case 422: return .unprocessableEntity(failure)
        case 429: return .rateLimited(failure, retryAfter: retryAfter)
        case 500...599: return .serverError(failure)
        default: return .unexpectedStatus(failure)
        }
    }
}

extension ArizeError: LocalizedError {
    /// The same line as `description`, so `localizedDescription` says what happened.
    public var errorDescription: String? { description }
}

/// The most of a server's text an error keeps: a hostile or broken server could send megabytes.
let maximumKeptText = 2_000

/// `text` cut to ``maximumKeptText`` characters, marked as cut.
func bounded(_ text: String?) -> String? {
    guard let text, text.utf8.count > maximumKeptText else { return text }
    let kept = text.prefix(maximumKeptText)
    return kept + "… [cut: \(text.utf8.count - kept.utf8.count) more bytes]"
}

/// The standard phrase for a status, used when an error body is not a problem document.
private func reasonPhrase(_ statusCode: Int) -> String {
    switch statusCode {
    case 400: "Bad Request"
    case 401: "Unauthorized"
    case 403: "Forbidden"
    case 404: "Not Found"
    case 409: "Conflict"
    case 422: "Unprocessable Content"
    case 429: "Too Many Requests"
    case 500: "Internal Server Error"
    case 502: "Bad Gateway"
    case 503: "Service Unavailable"
    case 504: "Gateway Timeout"
    default: "HTTP \(statusCode)"
    }
}
