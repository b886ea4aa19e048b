// Generated from arize-api-keys.json by arize-openapi-generator. Do not edit.

@_spi(Generated) import ArizeOpenAPIRuntime
import Foundation

extension Operations {
    /// List spaces
    ///
    /// Lists the spaces the caller can see, with cursor pagination; `name` filters by case-insensitive substring. BETA: may change without notice.
    ///
    /// `GET /v2/spaces` (`list_spaces`)
    internal enum ListSpaces: APIOperation {
        /// `list_spaces`
        internal static let operationID = "list_spaces"
        /// `GET`
        internal static let method = TransportRequest.Method(rawValue: "GET")
        /// The path as the spec writes it.
        internal static let pathTemplate = "/v2/spaces"

        /// The parameters and body of `list_spaces`.
        internal struct Input: Sendable, Equatable, Validatable {
            /// Only spaces of this organization.
            ///
            /// Query parameter `org_id`.
            internal var orgID: String?
            /// Case-insensitive substring filter on the space name.
            ///
            /// Query parameter `name`.
            internal var name: String?
            /// Page size, 1 to 100; 50 when absent.
            ///
            /// Query parameter `limit`.
            internal var limit: Int32?
            /// The opaque `next_cursor` of the previous page.
            ///
            /// Query parameter `cursor`.
            internal var cursor: String?

            /// Creates an input; optional parameters default to `nil`.
            internal init(orgID: String? = nil, name: String? = nil, limit: Int32? = nil, cursor: String? = nil) {
                self.orgID = orgID
                self.name = name
                self.limit = limit
                self.cursor = cursor
            }

            /// Checks the constraints the spec sets on the parameters and body.
            internal func validate() throws(ValidationError) {
                if let value = orgID {
                    try Check.length(value, min: 1, max: nil, field: "orgID")
                }
                if let value = name {
                    try Check.length(value, min: nil, max: 255, field: "name")
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

        /// The responses of `list_spaces`, one case per documented status.
        internal enum Output: OperationOutput {
            /// One page of spaces.
            ///
            /// Status `200`.
            case ok(ListSpacesResponse)
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
                case .tooManyRequests(let body, _): body
                case .undocumented: nil
                }
            }
        }

        /// Validates the input and builds the HTTP request.
        internal static func makeRequest(_ input: Input) throws -> TransportRequest {
            try input.validate()
            var request = TransportRequest(operationID: operationID, method: method, path: "/v2/spaces")
            if let value = input.orgID {
                request.query.append((name: "org_id", value: value))
            }
            if let value = input.name {
                request.query.append((name: "name", value: value))
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
                return .ok(try response.decodeJSON(ListSpacesResponse.self, operationID: operationID))
            case 400:
                return .badRequest(try response.decodeJSON(Problem.self, operationID: operationID))
            case 401:
                return .unauthorized(try response.decodeJSON(Problem.self, operationID: operationID))
            case 403:
                return .forbidden(try response.decodeJSON(Problem.self, operationID: operationID))
            case 429:
                return .tooManyRequests(try response.decodeJSON(Problem.self, operationID: operationID), headers: TooManyRequestsHeaders(retryAfter: response.integerHeader("Retry-After")))
            default:
                return .undocumented(UndocumentedResponse(response))
            }
        }
    }
}
