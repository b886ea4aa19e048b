// Generated from arize-api-keys.json by arize-openapi-generator. Do not edit.

@_spi(Generated) import ArizeOpenAPIRuntime
import Foundation

extension Operations {
    /// Revoke an API key
    ///
    /// Revokes the key at once and for good; it stays listed as `REVOKED`. Revoking a revoked key succeeds and changes nothing. A caller who cannot read the key gets 404. BETA: may change without notice.
    ///
    /// `PUT /v2/api-keys/{api_key_id}/revoke` (`revoke_api_key`)
    internal enum RevokeAPIKey: APIOperation {
        /// `revoke_api_key`
        internal static let operationID = "revoke_api_key"
        /// `PUT`
        internal static let method = TransportRequest.Method(rawValue: "PUT")
        /// The path as the spec writes it.
        internal static let pathTemplate = "/v2/api-keys/{api_key_id}/revoke"

        /// The parameters and body of `revoke_api_key`.
        internal struct Input: Sendable, Equatable, Validatable {
            /// The key's id.
            ///
            /// Path parameter `api_key_id`.
            internal var apiKeyID: String

            /// Creates an input; optional parameters default to `nil`.
            internal init(apiKeyID: String) {
                self.apiKeyID = apiKeyID
            }

            /// Checks the constraints the spec sets on the parameters and body.
            internal func validate() throws(ValidationError) {
                try Check.length(apiKeyID, min: 1, max: nil, field: "apiKeyID")
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

        /// The responses of `revoke_api_key`, one case per documented status.
        internal enum Output: OperationOutput {
            /// The key is revoked.
            ///
            /// Status `204`.
            case noContent
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
                case .noContent: 204
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
                case .noContent: nil
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
            var request = try TransportRequest(operationID: operationID, method: method, path: "/v2/api-keys/" + PercentEncoding.pathSegment(input.apiKeyID, field: "apiKeyID") + "/revoke")
            request.headers["Accept"] = "application/problem+json"
            return request
        }

        /// Decodes a response by its status code.
        internal static func decodeResponse(_ response: TransportResponse) throws -> Output {
            switch response.statusCode {
            case 204:
                return .noContent
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
