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
    internal enum ListAPIKeys: ArizeOpenAPIRuntime.APIOperation {
        /// `list_api_keys`
        internal static let operationID = "list_api_keys"
        /// `GET`
        internal static let method = ArizeOpenAPIRuntime.TransportRequest.Method(rawValue: "GET")
        /// The path as the spec writes it.
        internal static let pathTemplate = "/v2/api-keys"

        /// The parameters and body of `list_api_keys`.
        internal struct Input: Swift.Sendable, Swift.Equatable, ArizeOpenAPIRuntime.Validatable {
            /// Only keys of this type.
            ///
            /// Query parameter `key_type`.
            internal var keyType: Components.Schemas.APIKeyType?
            /// Only keys with this status; the server lists `ACTIVE` keys when omitted.
            ///
            /// Query parameter `status`.
            internal var status: Components.Schemas.APIKeyStatus?
            /// Only the service keys bound to this space (`key_type` is then implied `SERVICE`); their bot users' `organizations` are listed empty. Needs service-key read access in the space.
            ///
            /// Query parameter `space_id`.
            internal var spaceID: Swift.String?
            /// With `space_id`: only service keys created by this user (any caller with space access). Without: this user's keys, for account admins only (others get 403).
            ///
            /// Query parameter `user_id`.
            internal var userID: Swift.String?
            /// Page size, 1 to 100; 50 when absent.
            ///
            /// Query parameter `limit`.
            internal var limit: Swift.Int32?
            /// The opaque `next_cursor` of the previous page.
            ///
            /// Query parameter `cursor`.
            internal var cursor: Swift.String?

            /// Creates an input; optional parameters default to `nil`.
            internal init(keyType: Components.Schemas.APIKeyType? = nil, status: Components.Schemas.APIKeyStatus? = nil, spaceID: Swift.String? = nil, userID: Swift.String? = nil, limit: Swift.Int32? = nil, cursor: Swift.String? = nil) {
                self.keyType = keyType
                self.status = status
                self.spaceID = spaceID
                self.userID = userID
                self.limit = limit
                self.cursor = cursor
            }

            /// Checks the constraints the spec sets on the parameters and body.
            internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {
                if let value = spaceID {
                    try ArizeOpenAPIRuntime.Check.length(value, min: 1, max: nil, field: "spaceID")
                }
                if let value = userID {
                    try ArizeOpenAPIRuntime.Check.length(value, min: 1, max: nil, field: "userID")
                }
                if let value = limit {
                    try ArizeOpenAPIRuntime.Check.range(value, min: 1, max: 100, field: "limit")
                }
            }
        }

        /// The headers of the `tooManyRequests` response.
        internal struct TooManyRequestsHeaders: Swift.Sendable, Swift.Equatable {
            /// Seconds to wait before trying again.
            ///
            /// Header `Retry-After`; `nil` when absent or malformed.
            internal var retryAfter: Swift.Int?

            /// Creates the headers.
            internal init(retryAfter: Swift.Int? = nil) {
                self.retryAfter = retryAfter
            }
        }

        /// The responses of `list_api_keys`, one case per documented status.
        internal enum Output: ArizeOpenAPIRuntime.OperationOutput {
            /// One page of API keys.
            ///
            /// Status `200`.
            case ok(Components.Schemas.ListAPIKeysResponse)
            /// The request is invalid.
            ///
            /// Status `400`.
            case badRequest(Components.Schemas.Problem)
            /// The API key is missing, wrong or expired.
            ///
            /// Status `401`.
            case unauthorized(Components.Schemas.Problem)
            /// The caller may not do this.
            ///
            /// Status `403`.
            case forbidden(Components.Schemas.Problem)
            /// No such resource.
            ///
            /// Status `404`.
            case notFound(Components.Schemas.Problem)
            /// Rate limited; wait for `Retry-After` seconds.
            ///
            /// Status `429`.
            case tooManyRequests(Components.Schemas.Problem, headers: TooManyRequestsHeaders)
            /// A status the spec does not document for this operation.
            case undocumented(ArizeOpenAPIRuntime.UndocumentedResponse)

            /// The response's status code.
            internal var statusCode: Swift.Int {
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
            internal var decodedBody: (any Swift.Sendable)? {
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
        internal static func makeRequest(_ input: Input) throws -> ArizeOpenAPIRuntime.TransportRequest {
            try input.validate()
            var request = ArizeOpenAPIRuntime.TransportRequest(operationID: operationID, method: method, path: "/v2/api-keys")
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
                request.query.append((name: "limit", value: Swift.String(value)))
            }
            if let value = input.cursor {
                request.query.append((name: "cursor", value: value))
            }
            request.headers["Accept"] = "application/json, application/problem+json"
            return request
        }

        /// Decodes a response by its status code.
        internal static func decodeResponse(_ response: ArizeOpenAPIRuntime.TransportResponse) throws -> Output {
            switch response.statusCode {
            case 200:
                return .ok(try response.decodeJSON(Components.Schemas.ListAPIKeysResponse.self, operationID: operationID))
            case 400:
                return .badRequest(try response.decodeJSON(Components.Schemas.Problem.self, operationID: operationID))
            case 401:
                return .unauthorized(try response.decodeJSON(Components.Schemas.Problem.self, operationID: operationID))
            case 403:
                return .forbidden(try response.decodeJSON(Components.Schemas.Problem.self, operationID: operationID))
            case 404:
                return .notFound(try response.decodeJSON(Components.Schemas.Problem.self, operationID: operationID))
            case 429:
                return .tooManyRequests(try response.decodeJSON(Components.Schemas.Problem.self, operationID: operationID), headers: TooManyRequestsHeaders(retryAfter: response.integerHeader("Retry-After")))
            default:
                return .undocumented(ArizeOpenAPIRuntime.UndocumentedResponse(response))
            }
        }
    }
}

extension Operations {
    /// Create an API key
    ///
    /// Creates a user key, or a service key backed by a new bot user bound to one or more organizations and spaces. The response carries the full secret in `key`; it is returned only this once. Creating keys needs developer access for the account (403 otherwise); a service key needs service-key creation rights in every target space. BETA: may change without notice.
    ///
    /// `POST /v2/api-keys` (`create_api_key`)
    internal enum CreateAPIKey: ArizeOpenAPIRuntime.APIOperation {
        /// `create_api_key`
        internal static let operationID = "create_api_key"
        /// `POST`
        internal static let method = ArizeOpenAPIRuntime.TransportRequest.Method(rawValue: "POST")
        /// The path as the spec writes it.
        internal static let pathTemplate = "/v2/api-keys"

        /// The parameters and body of `create_api_key`.
        internal struct Input: Swift.Sendable, Swift.Equatable, ArizeOpenAPIRuntime.Validatable {
            /// The key to create.
            ///
            /// The request body (`application/json`).
            internal var body: Components.Schemas.CreateAPIKeyRequest

            /// Creates an input; optional parameters default to `nil`.
            internal init(body: Components.Schemas.CreateAPIKeyRequest) {
                self.body = body
            }

            /// Checks the constraints the spec sets on the parameters and body.
            internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {
                try body.validate()
            }
        }

        /// The headers of the `tooManyRequests` response.
        internal struct TooManyRequestsHeaders: Swift.Sendable, Swift.Equatable {
            /// Seconds to wait before trying again.
            ///
            /// Header `Retry-After`; `nil` when absent or malformed.
            internal var retryAfter: Swift.Int?

            /// Creates the headers.
            internal init(retryAfter: Swift.Int? = nil) {
                self.retryAfter = retryAfter
            }
        }

        /// The responses of `create_api_key`, one case per documented status.
        internal enum Output: ArizeOpenAPIRuntime.OperationOutput {
            /// The key was created.
            ///
            /// Status `201`.
            case created(Components.Schemas.CreateAPIKeyResponse)
            /// The request is invalid.
            ///
            /// Status `400`.
            case badRequest(Components.Schemas.Problem)
            /// The API key is missing, wrong or expired.
            ///
            /// Status `401`.
            case unauthorized(Components.Schemas.Problem)
            /// The caller may not do this.
            ///
            /// Status `403`.
            case forbidden(Components.Schemas.Problem)
            /// No such resource.
            ///
            /// Status `404`.
            case notFound(Components.Schemas.Problem)
            /// The request is well formed but cannot be carried out.
            ///
            /// Status `422`.
            case unprocessableContent(Components.Schemas.Problem)
            /// Rate limited; wait for `Retry-After` seconds.
            ///
            /// Status `429`.
            case tooManyRequests(Components.Schemas.Problem, headers: TooManyRequestsHeaders)
            /// A status the spec does not document for this operation.
            case undocumented(ArizeOpenAPIRuntime.UndocumentedResponse)

            /// The response's status code.
            internal var statusCode: Swift.Int {
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
            internal var decodedBody: (any Swift.Sendable)? {
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
        internal static func makeRequest(_ input: Input) throws -> ArizeOpenAPIRuntime.TransportRequest {
            try input.validate()
            var request = ArizeOpenAPIRuntime.TransportRequest(operationID: operationID, method: method, path: "/v2/api-keys")
            request.headers["Accept"] = "application/json, application/problem+json"
            request.headers["Content-Type"] = "application/json"
            request.body = try ArizeOpenAPIRuntime.encodeJSONBody(input.body)
            return request
        }

        /// Decodes a response by its status code.
        internal static func decodeResponse(_ response: ArizeOpenAPIRuntime.TransportResponse) throws -> Output {
            switch response.statusCode {
            case 201:
                return .created(try response.decodeJSON(Components.Schemas.CreateAPIKeyResponse.self, operationID: operationID))
            case 400:
                return .badRequest(try response.decodeJSON(Components.Schemas.Problem.self, operationID: operationID))
            case 401:
                return .unauthorized(try response.decodeJSON(Components.Schemas.Problem.self, operationID: operationID))
            case 403:
                return .forbidden(try response.decodeJSON(Components.Schemas.Problem.self, operationID: operationID))
            case 404:
                return .notFound(try response.decodeJSON(Components.Schemas.Problem.self, operationID: operationID))
            case 422:
                return .unprocessableContent(try response.decodeJSON(Components.Schemas.Problem.self, operationID: operationID))
            case 429:
                return .tooManyRequests(try response.decodeJSON(Components.Schemas.Problem.self, operationID: operationID), headers: TooManyRequestsHeaders(retryAfter: response.integerHeader("Retry-After")))
            default:
                return .undocumented(ArizeOpenAPIRuntime.UndocumentedResponse(response))
            }
        }
    }
}

extension Operations {
    /// Refresh (rotate) an API key
    ///
    /// Revokes the key and issues a replacement atomically, with a new id and secret and the same name, description, type and (for service keys) bot user and bindings. With `grace_period_seconds`, the old key stays valid that long (never past its own expiry). A replacement cannot outlive the old key: when the old key expires, `expires_at` is required and no later (422). BETA: may change without notice.
    ///
    /// `POST /v2/api-keys/{api_key_id}/refresh` (`refresh_api_key`)
    internal enum RefreshAPIKey: ArizeOpenAPIRuntime.APIOperation {
        /// `refresh_api_key`
        internal static let operationID = "refresh_api_key"
        /// `POST`
        internal static let method = ArizeOpenAPIRuntime.TransportRequest.Method(rawValue: "POST")
        /// The path as the spec writes it.
        internal static let pathTemplate = "/v2/api-keys/{api_key_id}/refresh"

        /// The parameters and body of `refresh_api_key`.
        internal struct Input: Swift.Sendable, Swift.Equatable, ArizeOpenAPIRuntime.Validatable {
            /// The key's id.
            ///
            /// Path parameter `api_key_id`.
            internal var apiKeyID: Swift.String
            /// How to rotate; absent or `{}` for no options.
            ///
            /// The request body (`application/json`).
            internal var body: Components.Schemas.RefreshAPIKeyRequest?

            /// Creates an input; optional parameters default to `nil`.
            internal init(apiKeyID: Swift.String, body: Components.Schemas.RefreshAPIKeyRequest? = nil) {
                self.apiKeyID = apiKeyID
                self.body = body
            }

            /// Checks the constraints the spec sets on the parameters and body.
            internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {
                try ArizeOpenAPIRuntime.Check.length(apiKeyID, min: 1, max: nil, field: "apiKeyID")
                try body?.validate()
            }
        }

        /// The headers of the `tooManyRequests` response.
        internal struct TooManyRequestsHeaders: Swift.Sendable, Swift.Equatable {
            /// Seconds to wait before trying again.
            ///
            /// Header `Retry-After`; `nil` when absent or malformed.
            internal var retryAfter: Swift.Int?

            /// Creates the headers.
            internal init(retryAfter: Swift.Int? = nil) {
                self.retryAfter = retryAfter
            }
        }

        /// The responses of `refresh_api_key`, one case per documented status.
        internal enum Output: ArizeOpenAPIRuntime.OperationOutput {
            /// The replacement key, with its secret.
            ///
            /// Status `200`.
            case ok(Components.Schemas.RefreshAPIKeyResponse)
            /// The request is invalid.
            ///
            /// Status `400`.
            case badRequest(Components.Schemas.Problem)
            /// The API key is missing, wrong or expired.
            ///
            /// Status `401`.
            case unauthorized(Components.Schemas.Problem)
            /// The caller may not do this.
            ///
            /// Status `403`.
            case forbidden(Components.Schemas.Problem)
            /// No such resource.
            ///
            /// Status `404`.
            case notFound(Components.Schemas.Problem)
            /// The request is well formed but cannot be carried out.
            ///
            /// Status `422`.
            case unprocessableContent(Components.Schemas.Problem)
            /// Rate limited; wait for `Retry-After` seconds.
            ///
            /// Status `429`.
            case tooManyRequests(Components.Schemas.Problem, headers: TooManyRequestsHeaders)
            /// A status the spec does not document for this operation.
            case undocumented(ArizeOpenAPIRuntime.UndocumentedResponse)

            /// The response's status code.
            internal var statusCode: Swift.Int {
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
            internal var decodedBody: (any Swift.Sendable)? {
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
        internal static func makeRequest(_ input: Input) throws -> ArizeOpenAPIRuntime.TransportRequest {
            try input.validate()
            var request = try ArizeOpenAPIRuntime.TransportRequest(operationID: operationID, method: method, path: "/v2/api-keys/" + ArizeOpenAPIRuntime.PercentEncoding.pathSegment(input.apiKeyID, field: "apiKeyID") + "/refresh")
            request.headers["Accept"] = "application/json, application/problem+json"
            if let body = input.body {
                request.headers["Content-Type"] = "application/json"
                request.body = try ArizeOpenAPIRuntime.encodeJSONBody(body)
            }
            return request
        }

        /// Decodes a response by its status code.
        internal static func decodeResponse(_ response: ArizeOpenAPIRuntime.TransportResponse) throws -> Output {
            switch response.statusCode {
            case 200:
                return .ok(try response.decodeJSON(Components.Schemas.RefreshAPIKeyResponse.self, operationID: operationID))
            case 400:
                return .badRequest(try response.decodeJSON(Components.Schemas.Problem.self, operationID: operationID))
            case 401:
                return .unauthorized(try response.decodeJSON(Components.Schemas.Problem.self, operationID: operationID))
            case 403:
                return .forbidden(try response.decodeJSON(Components.Schemas.Problem.self, operationID: operationID))
            case 404:
                return .notFound(try response.decodeJSON(Components.Schemas.Problem.self, operationID: operationID))
            case 422:
                return .unprocessableContent(try response.decodeJSON(Components.Schemas.Problem.self, operationID: operationID))
            case 429:
                return .tooManyRequests(try response.decodeJSON(Components.Schemas.Problem.self, operationID: operationID), headers: TooManyRequestsHeaders(retryAfter: response.integerHeader("Retry-After")))
            default:
                return .undocumented(ArizeOpenAPIRuntime.UndocumentedResponse(response))
            }
        }
    }
}

extension Operations {
    /// Revoke an API key
    ///
    /// Revokes the key at once and for good; it stays listed as `REVOKED`. Revoking a revoked key succeeds and changes nothing. A caller who cannot read the key gets 404. BETA: may change without notice.
    ///
    /// `PUT /v2/api-keys/{api_key_id}/revoke` (`revoke_api_key`)
    internal enum RevokeAPIKey: ArizeOpenAPIRuntime.APIOperation {
        /// `revoke_api_key`
        internal static let operationID = "revoke_api_key"
        /// `PUT`
        internal static let method = ArizeOpenAPIRuntime.TransportRequest.Method(rawValue: "PUT")
        /// The path as the spec writes it.
        internal static let pathTemplate = "/v2/api-keys/{api_key_id}/revoke"

        /// The parameters and body of `revoke_api_key`.
        internal struct Input: Swift.Sendable, Swift.Equatable, ArizeOpenAPIRuntime.Validatable {
            /// The key's id.
            ///
            /// Path parameter `api_key_id`.
            internal var apiKeyID: Swift.String

            /// Creates an input; optional parameters default to `nil`.
            internal init(apiKeyID: Swift.String) {
                self.apiKeyID = apiKeyID
            }

            /// Checks the constraints the spec sets on the parameters and body.
            internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {
                try ArizeOpenAPIRuntime.Check.length(apiKeyID, min: 1, max: nil, field: "apiKeyID")
            }
        }

        /// The headers of the `tooManyRequests` response.
        internal struct TooManyRequestsHeaders: Swift.Sendable, Swift.Equatable {
            /// Seconds to wait before trying again.
            ///
            /// Header `Retry-After`; `nil` when absent or malformed.
            internal var retryAfter: Swift.Int?

            /// Creates the headers.
            internal init(retryAfter: Swift.Int? = nil) {
                self.retryAfter = retryAfter
            }
        }

        /// The responses of `revoke_api_key`, one case per documented status.
        internal enum Output: ArizeOpenAPIRuntime.OperationOutput {
            /// The key is revoked.
            ///
            /// Status `204`.
            case noContent
            /// The request is invalid.
            ///
            /// Status `400`.
            case badRequest(Components.Schemas.Problem)
            /// The API key is missing, wrong or expired.
            ///
            /// Status `401`.
            case unauthorized(Components.Schemas.Problem)
            /// The caller may not do this.
            ///
            /// Status `403`.
            case forbidden(Components.Schemas.Problem)
            /// No such resource.
            ///
            /// Status `404`.
            case notFound(Components.Schemas.Problem)
            /// Rate limited; wait for `Retry-After` seconds.
            ///
            /// Status `429`.
            case tooManyRequests(Components.Schemas.Problem, headers: TooManyRequestsHeaders)
            /// A status the spec does not document for this operation.
            case undocumented(ArizeOpenAPIRuntime.UndocumentedResponse)

            /// The response's status code.
            internal var statusCode: Swift.Int {
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
            internal var decodedBody: (any Swift.Sendable)? {
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
        internal static func makeRequest(_ input: Input) throws -> ArizeOpenAPIRuntime.TransportRequest {
            try input.validate()
            var request = try ArizeOpenAPIRuntime.TransportRequest(operationID: operationID, method: method, path: "/v2/api-keys/" + ArizeOpenAPIRuntime.PercentEncoding.pathSegment(input.apiKeyID, field: "apiKeyID") + "/revoke")
            request.headers["Accept"] = "application/problem+json"
            return request
        }

        /// Decodes a response by its status code.
        internal static func decodeResponse(_ response: ArizeOpenAPIRuntime.TransportResponse) throws -> Output {
            switch response.statusCode {
            case 204:
                return .noContent
            case 400:
                return .badRequest(try response.decodeJSON(Components.Schemas.Problem.self, operationID: operationID))
            case 401:
                return .unauthorized(try response.decodeJSON(Components.Schemas.Problem.self, operationID: operationID))
            case 403:
                return .forbidden(try response.decodeJSON(Components.Schemas.Problem.self, operationID: operationID))
            case 404:
                return .notFound(try response.decodeJSON(Components.Schemas.Problem.self, operationID: operationID))
            case 429:
                return .tooManyRequests(try response.decodeJSON(Components.Schemas.Problem.self, operationID: operationID), headers: TooManyRequestsHeaders(retryAfter: response.integerHeader("Retry-After")))
            default:
                return .undocumented(ArizeOpenAPIRuntime.UndocumentedResponse(response))
            }
        }
    }
}

extension Operations {
    /// List spaces
    ///
    /// Lists the spaces the caller can see, with cursor pagination; `name` filters by case-insensitive substring. BETA: may change without notice.
    ///
    /// `GET /v2/spaces` (`list_spaces`)
    internal enum ListSpaces: ArizeOpenAPIRuntime.APIOperation {
        /// `list_spaces`
        internal static let operationID = "list_spaces"
        /// `GET`
        internal static let method = ArizeOpenAPIRuntime.TransportRequest.Method(rawValue: "GET")
        /// The path as the spec writes it.
        internal static let pathTemplate = "/v2/spaces"

        /// The parameters and body of `list_spaces`.
        internal struct Input: Swift.Sendable, Swift.Equatable, ArizeOpenAPIRuntime.Validatable {
            /// Only spaces of this organization.
            ///
            /// Query parameter `org_id`.
            internal var orgID: Swift.String?
            /// Case-insensitive substring filter on the space name.
            ///
            /// Query parameter `name`.
            internal var name: Swift.String?
            /// Page size, 1 to 100; 50 when absent.
            ///
            /// Query parameter `limit`.
            internal var limit: Swift.Int32?
            /// The opaque `next_cursor` of the previous page.
            ///
            /// Query parameter `cursor`.
            internal var cursor: Swift.String?

            /// Creates an input; optional parameters default to `nil`.
            internal init(orgID: Swift.String? = nil, name: Swift.String? = nil, limit: Swift.Int32? = nil, cursor: Swift.String? = nil) {
                self.orgID = orgID
                self.name = name
                self.limit = limit
                self.cursor = cursor
            }

            /// Checks the constraints the spec sets on the parameters and body.
            internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {
                if let value = orgID {
                    try ArizeOpenAPIRuntime.Check.length(value, min: 1, max: nil, field: "orgID")
                }
                if let value = name {
                    try ArizeOpenAPIRuntime.Check.length(value, min: nil, max: 255, field: "name")
                }
                if let value = limit {
                    try ArizeOpenAPIRuntime.Check.range(value, min: 1, max: 100, field: "limit")
                }
            }
        }

        /// The headers of the `tooManyRequests` response.
        internal struct TooManyRequestsHeaders: Swift.Sendable, Swift.Equatable {
            /// Seconds to wait before trying again.
            ///
            /// Header `Retry-After`; `nil` when absent or malformed.
            internal var retryAfter: Swift.Int?

            /// Creates the headers.
            internal init(retryAfter: Swift.Int? = nil) {
                self.retryAfter = retryAfter
            }
        }

        /// The responses of `list_spaces`, one case per documented status.
        internal enum Output: ArizeOpenAPIRuntime.OperationOutput {
            /// One page of spaces.
            ///
            /// Status `200`.
            case ok(Components.Schemas.ListSpacesResponse)
            /// The request is invalid.
            ///
            /// Status `400`.
            case badRequest(Components.Schemas.Problem)
            /// The API key is missing, wrong or expired.
            ///
            /// Status `401`.
            case unauthorized(Components.Schemas.Problem)
            /// The caller may not do this.
            ///
            /// Status `403`.
            case forbidden(Components.Schemas.Problem)
            /// Rate limited; wait for `Retry-After` seconds.
            ///
            /// Status `429`.
            case tooManyRequests(Components.Schemas.Problem, headers: TooManyRequestsHeaders)
            /// A status the spec does not document for this operation.
            case undocumented(ArizeOpenAPIRuntime.UndocumentedResponse)

            /// The response's status code.
            internal var statusCode: Swift.Int {
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
            internal var decodedBody: (any Swift.Sendable)? {
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
        internal static func makeRequest(_ input: Input) throws -> ArizeOpenAPIRuntime.TransportRequest {
            try input.validate()
            var request = ArizeOpenAPIRuntime.TransportRequest(operationID: operationID, method: method, path: "/v2/spaces")
            if let value = input.orgID {
                request.query.append((name: "org_id", value: value))
            }
            if let value = input.name {
                request.query.append((name: "name", value: value))
            }
            if let value = input.limit {
                request.query.append((name: "limit", value: Swift.String(value)))
            }
            if let value = input.cursor {
                request.query.append((name: "cursor", value: value))
            }
            request.headers["Accept"] = "application/json, application/problem+json"
            return request
        }

        /// Decodes a response by its status code.
        internal static func decodeResponse(_ response: ArizeOpenAPIRuntime.TransportResponse) throws -> Output {
            switch response.statusCode {
            case 200:
                return .ok(try response.decodeJSON(Components.Schemas.ListSpacesResponse.self, operationID: operationID))
            case 400:
                return .badRequest(try response.decodeJSON(Components.Schemas.Problem.self, operationID: operationID))
            case 401:
                return .unauthorized(try response.decodeJSON(Components.Schemas.Problem.self, operationID: operationID))
            case 403:
                return .forbidden(try response.decodeJSON(Components.Schemas.Problem.self, operationID: operationID))
            case 429:
                return .tooManyRequests(try response.decodeJSON(Components.Schemas.Problem.self, operationID: operationID), headers: TooManyRequestsHeaders(retryAfter: response.integerHeader("Retry-After")))
            default:
                return .undocumented(ArizeOpenAPIRuntime.UndocumentedResponse(response))
            }
        }
    }
}
