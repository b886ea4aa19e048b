// Generated from arize-api-keys.json by arize-openapi-generator. Do not edit.

@_spi(Generated) import ArizeOpenAPIRuntime
import Foundation

/// The operations of Arize REST API v2: API keys, one namespace each.
internal enum Operations {}

extension Operations {
    /// List API keys
    ///
    /// Lists API keys with cursor pagination. Without `space_id`, lists user keys (the caller's, or with `user_id` another user's, for account admins). With `space_id`, lists the service keys bound to that space. BETA: may change without notice.
    ///
    /// `GET /v2/api-keys` (`list_api_keys`)
    internal enum ListAPIKeys: APIOperation {
        /// `list_api_keys`
        internal static let operationID = "list_api_keys"
        /// `GET`
        internal static let method = TransportRequest.Method(rawValue: "GET")
        /// The path as the spec writes it.
        internal static let pathTemplate = "/v2/api-keys"

        /// The parameters and body of `list_api_keys`.
        internal struct Input: Sendable, Equatable, Validatable {
            /// Only keys of this type.
            ///
            /// Query parameter `key_type`.
            internal var keyType: APIKeyType?
            /// Only keys with this status; the server lists `ACTIVE` keys when omitted.
            ///
            /// Query parameter `status`.
            internal var status: APIKeyStatus?
            /// Only the service keys bound to this space (`key_type` is then implied `SERVICE`); their bot users' `organizations` are listed empty. Needs service-key read access in the space.
            ///
            /// Query parameter `space_id`.
            internal var spaceID: String?
            /// With `space_id`: only service keys created by this user (any caller with space access). Without: this user's keys, for account admins only (others get 403).
            ///
            /// Query parameter `user_id`.
            internal var userID: String?
            /// Page size, 1 to 100; 50 when absent.
            ///
            /// Query parameter `limit`.
            internal var limit: Int32?
            /// The opaque `next_cursor` of the previous page.
            ///
            /// Query parameter `cursor`.
            internal var cursor: String?

            /// Creates an input; optional parameters default to `nil`.
            internal init(keyType: APIKeyType? = nil, status: APIKeyStatus? = nil, spaceID: String? = nil, userID: String? = nil, limit: Int32? = nil, cursor: String? = nil) {
                self.keyType = keyType
                self.status = status
                self.spaceID = spaceID
                self.userID = userID
                self.limit = limit
                self.cursor = cursor
            }

            /// Checks the constraints the spec sets on the parameters and body.
            internal func validate() throws(ValidationError) {
                if let value = spaceID {
                    try Check.length(value, min: 1, max: nil, field: "spaceID")
                }
                if let value = userID {
                    try Check.length(value, min: 1, max: nil, field: "userID")
                }
                if let value = limit {
                    try Check.range(value, min: 1, max: 100, field: "limit")
                }
            }
        }

        /// The headers of the `tooManyRequests` response.
        internal struct TooManyRequestsHeaders: Sendable, Equatable {
            /// Seconds to wait before trying again.
            ///
            /// Header `Retry-After`; `nil` when absent or malformed.
            internal var retryAfter: Int?

            /// Creates the headers.
            internal init(retryAfter: Int? = nil) {
                self.retryAfter = retryAfter
            }
        }

        /// The responses of `list_api_keys`, one case per documented status.
        internal enum Output: OperationOutput {
            /// One page of API keys.
            ///
            /// Status `200`.
            case ok(ListAPIKeysResponse)
            /// The request is invalid.
            ///
            /// Status `400`.
            case badRequest(Problem)
            /// The API key is missing, wrong or expired.
            ///
            /// Status `401`.
            case unauthorized(Problem)
            /// The caller may not do this.
            ///
            /// Status `403`.
            case forbidden(Problem)
            /// No such resource.
            ///
            /// Status `404`.
            case notFound(Problem)
            /// Rate limited; wait for `Retry-After` seconds.
            ///
            /// Status `429`.
            case tooManyRequests(Problem, headers: TooManyRequestsHeaders)
            /// A status the spec does not document for this operation.
            case undocumented(UndocumentedResponse)

            /// The response's status code.
            internal var statusCode: Int {
                switch self {
                case .ok: 200
                case .badRequest: 400
                case .unauthorized: 401
                case .forbidden: 403
                case .notFound: 404
                case .tooManyRequests: 429
                case .undocumented(let response): response.statusCode
                }
            }

            /// The decoded body, if the response has one.
            internal var decodedBody: (any Sendable)? {
                switch self {
                case .ok(let body): body
                case .badRequest(let body): body
                case .unauthorized(let body): body
                case .forbidden(let body): body
                case .notFound(let body): body
                case .tooManyRequests(let body, _): body
                case .undocumented: nil
                }
            }
        }

        /// Validates the input and builds the HTTP request.
        internal static func makeRequest(_ input: Input) throws -> TransportRequest {
            try input.validate()
            var request = TransportRequest(operationID: operationID, method: method, path: "/v2/api-keys")
            if let value = input.keyType {
                request.query.append((name: "key_type", value: value.rawValue))
            }
            if let value = input.status {
                request.query.append((name: "status", value: value.rawValue))
            }
            if let value = input.spaceID {
                request.query.append((name: "space_id", value: value))
            }
            if let value = input.userID {
                request.query.append((name: "user_id", value: value))
            }
            if let value = input.limit {
                request.query.append((name: "limit", value: String(value)))
            }
            if let value = input.cursor {
                request.query.append((name: "cursor", value: value))
            }
            request.headers["Accept"] = "application/json, application/problem+json"
            return request
        }

        /// Decodes a response by its status code.
        internal static func decodeResponse(_ response: TransportResponse) throws -> Output {
            switch response.statusCode {
            case 200:
                return .ok(try response.decodeJSON(ListAPIKeysResponse.self, operationID: operationID))
            case 400:
                return .badRequest(try response.decodeJSON(Problem.self, operationID: operationID))
            case 401:
                return .unauthorized(try response.decodeJSON(Problem.self, operationID: operationID))
            case 403:
                return .forbidden(try response.decodeJSON(Problem.self, operationID: operationID))
            case 404:
                return .notFound(try response.decodeJSON(Problem.self, operationID: operationID))
            case 429:
                return .tooManyRequests(try response.decodeJSON(Problem.self, operationID: operationID), headers: TooManyRequestsHeaders(retryAfter: response.integerHeader("Retry-After")))
            default:
                return .undocumented(UndocumentedResponse(response))
            }
        }
    }
}
