// Generated from arize-api-keys.json by arize-openapi-generator. Do not edit.

@_spi(Generated) import ArizeOpenAPIRuntime
import Foundation

extension Operations {
    /// Create an API key
    ///
    /// Creates a user key, or a service key backed by a new bot user bound to one or more organizations and spaces. The response carries the full secret in `key`; it is returned only this once. Creating keys needs developer access for the account (403 otherwise); a service key needs service-key creation rights in every target space. BETA: may change without notice.
    ///
    /// `POST /v2/api-keys` (`create_api_key`)
    internal enum CreateAPIKey: APIOperation {
        /// `create_api_key`
        internal static let operationID = "create_api_key"
        /// `POST`
        internal static let method = TransportRequest.Method(rawValue: "POST")
        /// The path as the spec writes it.
        internal static let pathTemplate = "/v2/api-keys"

        /// The parameters and body of `create_api_key`.
        internal struct Input: Sendable, Equatable, Validatable {
            /// The key to create.
            ///
            /// The request body (`application/json`).
            internal var body: CreateAPIKeyRequest

            /// Creates an input; optional parameters default to `nil`.
            internal init(body: CreateAPIKeyRequest) {
                self.body = body
            }

            /// Checks the constraints the spec sets on the parameters and body.
            internal func validate() throws(ValidationError) {
                try body.validate()
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

        /// The responses of `create_api_key`, one case per documented status.
        internal enum Output: OperationOutput {
            /// The key was created.
            ///
            /// Status `201`.
            case created(CreateAPIKeyResponse)
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
                case .created: 201
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
                case .created(let body): body
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
            var request = TransportRequest(operationID: operationID, method: method, path: "/v2/api-keys")
            request.headers["Accept"] = "application/json, application/problem+json"
            request.headers["Content-Type"] = "application/json"
            request.body = try encodeJSONBody(input.body)
            return request
        }

        /// Decodes a response by its status code.
        internal static func decodeResponse(_ response: TransportResponse) throws -> Output {
            switch response.statusCode {
            case 201:
                return .created(try response.decodeJSON(CreateAPIKeyResponse.self, operationID: operationID))
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
