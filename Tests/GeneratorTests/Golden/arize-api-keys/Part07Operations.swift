// Generated from arize-api-keys.json by arize-openapi-generator. Do not edit.

@_spi(Generated) import ArizeOpenAPIRuntime
import Foundation

extension Operations {
    /// Refresh (rotate) an API key
    ///
    /// Revokes the key and issues a replacement atomically, with a new id and secret and the same name, description, type and (for service keys) bot user and bindings. With `grace_period_seconds`, the old key stays valid that long (never past its own expiry). A replacement cannot outlive the old key: when the old key expires, `expires_at` is required and no later (422). BETA: may change without notice.
    ///
    /// `POST /v2/api-keys/{api_key_id}/refresh` (`refresh_api_key`)
    internal enum RefreshAPIKey: APIOperation {
        /// `refresh_api_key`
        internal static let operationID = "refresh_api_key"
        /// `POST`
        internal static let method = TransportRequest.Method(rawValue: "POST")
        /// The path as the spec writes it.
        internal static let pathTemplate = "/v2/api-keys/{api_key_id}/refresh"

        /// The parameters and body of `refresh_api_key`.
        internal struct Input: Sendable, Equatable, Validatable {
            /// The key's id.
            ///
            /// Path parameter `api_key_id`.
            internal var apiKeyID: String
            /// How to rotate; absent or `{}` for no options.
            ///
            /// The request body (`application/json`).
            internal var body: RefreshAPIKeyRequest?

            /// Creates an input; optional parameters default to `nil`.
            internal init(apiKeyID: String, body: RefreshAPIKeyRequest? = nil) {
                self.apiKeyID = apiKeyID
                self.body = body
            }

            /// Checks the constraints the spec sets on the parameters and body.
            internal func validate() throws(ValidationError) {
                try Check.length(apiKeyID, min: 1, max: nil, field: "apiKeyID")
                try body?.validate()
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

        /// The responses of `refresh_api_key`, one case per documented status.
        internal enum Output: OperationOutput {
            /// The replacement key, with its secret.
            ///
            /// Status `200`.
            case ok(RefreshAPIKeyResponse)
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
            /// The request is well formed but cannot be carried out.
            ///
            /// Status `422`.
            case unprocessableContent(Problem)
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
                case .unprocessableContent: 422
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
                case .unprocessableContent(let body): body
                case .tooManyRequests(let body, _): body
                case .undocumented: nil
                }
            }
        }

        /// Validates the input and builds the HTTP request.
        internal static func makeRequest(_ input: Input) throws -> TransportRequest {
            try input.validate()
            var request = try TransportRequest(operationID: operationID, method: method, path: "/v2/api-keys/" + PercentEncoding.pathSegment(input.apiKeyID, field: "apiKeyID") + "/refresh")
            request.headers["Accept"] = "application/json, application/problem+json"
            if let body = input.body {
                request.headers["Content-Type"] = "application/json"
                request.body = try encodeJSONBody(body)
            }
            return request
        }

        /// Decodes a response by its status code.
        internal static func decodeResponse(_ response: TransportResponse) throws -> Output {
            switch response.statusCode {
            case 200:
                return .ok(try response.decodeJSON(RefreshAPIKeyResponse.self, operationID: operationID))
            case 400:
                return .badRequest(try response.decodeJSON(Problem.self, operationID: operationID))
            case 401:
                return .unauthorized(try response.decodeJSON(Problem.self, operationID: operationID))
            case 403:
                return .forbidden(try response.decodeJSON(Problem.self, operationID: operationID))
            case 404:
                return .notFound(try response.decodeJSON(Problem.self, operationID: operationID))
            case 422:
                return .unprocessableContent(try response.decodeJSON(Problem.self, operationID: operationID))
            case 429:
                return .tooManyRequests(try response.decodeJSON(Problem.self, operationID: operationID), headers: TooManyRequestsHeaders(retryAfter: response.integerHeader("Retry-After")))
            default:
                return .undocumented(UndocumentedResponse(response))
            }
        }
    }
}
