// Generated from arize-api-keys.json by arize-openapi-generator. Do not edit.

import ArizeOpenAPIRuntime
import Foundation

/// The operations of Arize REST API v2: API keys, one namespace each.
public enum Operations {}

extension Operations {
    /// List API keys
    ///
    /// Lists API keys with cursor pagination. With `space_id`, lists the service keys of that space (`key_type` is implied `service` when omitted) and `user_id` filters by creator. Without `space_id`, lists user keys; `user_id` (someone else's keys) is for account admins only, others get 403.
    ///
    /// `GET /v2/api-keys` (`api_keys_list`)
    public enum APIKeysList: APIOperation {
        /// `api_keys_list`
        public static let operationID = "api_keys_list"
        /// `GET`
        public static let method = HTTPMethod(rawValue: "GET")
        /// The path as the spec writes it.
        public static let pathTemplate = "/v2/api-keys"

        /// The parameters and body of `api_keys_list`.
        public struct Input: Sendable, Hashable, Validatable {
            /// Only keys of this type.
            ///
            /// Query parameter `key_type`.
            public var keyType: APIKeyType?
            /// Only keys with this status; the server lists `active` keys when omitted.
            ///
            /// Query parameter `status`.
            public var status: APIKeyStatus?
            /// Only the service keys of this space.
            ///
            /// Query parameter `space_id`.
            public var spaceID: String?
            /// Only keys created by this user. Without `space_id`, for account admins only.
            ///
            /// Query parameter `user_id`.
            public var userID: String?
            /// Page size.
            ///
            /// Query parameter `limit`.
            public var limit: Int32?
            /// The opaque `next_cursor` of the previous page.
            ///
            /// Query parameter `cursor`.
            public var cursor: String?

            /// Creates an input; optional parameters default to `nil`.
            public init(keyType: APIKeyType? = nil, status: APIKeyStatus? = nil, spaceID: String? = nil, userID: String? = nil, limit: Int32? = nil, cursor: String? = nil) {
                self.keyType = keyType
                self.status = status
                self.spaceID = spaceID
                self.userID = userID
                self.limit = limit
                self.cursor = cursor
            }

            /// Checks the constraints the spec sets on the parameters and body.
            public func validate() throws(ValidationError) {
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
        public struct TooManyRequestsHeaders: Sendable, Hashable {
            /// Seconds to wait before trying again.
            ///
            /// Header `Retry-After`; `nil` when absent or malformed.
            public var retryAfter: Int?

            /// Creates the headers.
            public init(retryAfter: Int? = nil) {
                self.retryAfter = retryAfter
            }
        }

        /// The responses of `api_keys_list`, one case per documented status.
        public enum Output: OperationOutput {
            /// One page of API keys.
            ///
            /// Status `200`.
            case ok(APIKeyListResponse)
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
            public var statusCode: Int {
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
            public var decodedBody: (any Sendable)? {
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
        public static func makeRequest(_ input: Input) throws -> HTTPRequest {
            try input.validate()
            var request = HTTPRequest(operationID: operationID, method: method, path: "/v2/api-keys")
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
        public static func decodeResponse(_ response: HTTPResponse) throws -> Output {
            switch response.statusCode {
            case 200:
                return .ok(try response.decodeJSON(APIKeyListResponse.self, operationID: operationID))
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

extension Operations {
    /// Create an API key
    ///
    /// Creates a user key (the default) or a service key bound to a space. The response carries the full secret in `key`; it is returned only this once.
    ///
    /// `POST /v2/api-keys` (`api_keys_create`)
    public enum APIKeysCreate: APIOperation {
        /// `api_keys_create`
        public static let operationID = "api_keys_create"
        /// `POST`
        public static let method = HTTPMethod(rawValue: "POST")
        /// The path as the spec writes it.
        public static let pathTemplate = "/v2/api-keys"

        /// The parameters and body of `api_keys_create`.
        public struct Input: Sendable, Hashable, Validatable {
            /// The key to create.
            ///
            /// The request body (`application/json`).
            public var body: APIKeyCreate

            /// Creates an input; optional parameters default to `nil`.
            public init(body: APIKeyCreate) {
                self.body = body
            }

            /// Checks the constraints the spec sets on the parameters and body.
            public func validate() throws(ValidationError) {
                try body.validate()
            }
        }

        /// The headers of the `tooManyRequests` response.
        public struct TooManyRequestsHeaders: Sendable, Hashable {
            /// Seconds to wait before trying again.
            ///
            /// Header `Retry-After`; `nil` when absent or malformed.
            public var retryAfter: Int?

            /// Creates the headers.
            public init(retryAfter: Int? = nil) {
                self.retryAfter = retryAfter
            }
        }

        /// The responses of `api_keys_create`, one case per documented status.
        public enum Output: OperationOutput {
            /// The created key, with its secret.
            ///
            /// Status `201`.
            case created(APIKeyCreated)
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
            public var statusCode: Int {
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
            public var decodedBody: (any Sendable)? {
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
        public static func makeRequest(_ input: Input) throws -> HTTPRequest {
            try input.validate()
            var request = HTTPRequest(operationID: operationID, method: method, path: "/v2/api-keys")
            request.headers["Accept"] = "application/json, application/problem+json"
            request.headers["Content-Type"] = "application/json"
            request.body = try encodeJSONBody(input.body)
            return request
        }

        /// Decodes a response by its status code.
        public static func decodeResponse(_ response: HTTPResponse) throws -> Output {
            switch response.statusCode {
            case 201:
                return .created(try response.decodeJSON(APIKeyCreated.self, operationID: operationID))
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

extension Operations {
    /// Delete an API key
    ///
    /// Deletes the key immediately and permanently; it stops working at once.
    ///
    /// `DELETE /v2/api-keys/{api_key_id}` (`api_keys_delete`)
    public enum APIKeysDelete: APIOperation {
        /// `api_keys_delete`
        public static let operationID = "api_keys_delete"
        /// `DELETE`
        public static let method = HTTPMethod(rawValue: "DELETE")
        /// The path as the spec writes it.
        public static let pathTemplate = "/v2/api-keys/{api_key_id}"

        /// The parameters and body of `api_keys_delete`.
        public struct Input: Sendable, Hashable, Validatable {
            /// The key's id.
            ///
            /// Path parameter `api_key_id`.
            public var apiKeyID: String

            /// Creates an input; optional parameters default to `nil`.
            public init(apiKeyID: String) {
                self.apiKeyID = apiKeyID
            }

            /// Checks the constraints the spec sets on the parameters and body.
            public func validate() throws(ValidationError) {
                try Check.length(apiKeyID, min: 1, max: nil, field: "apiKeyID")
            }
        }

        /// The headers of the `tooManyRequests` response.
        public struct TooManyRequestsHeaders: Sendable, Hashable {
            /// Seconds to wait before trying again.
            ///
            /// Header `Retry-After`; `nil` when absent or malformed.
            public var retryAfter: Int?

            /// Creates the headers.
            public init(retryAfter: Int? = nil) {
                self.retryAfter = retryAfter
            }
        }

        /// The responses of `api_keys_delete`, one case per documented status.
        public enum Output: OperationOutput {
            /// The key was deleted.
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
            public var statusCode: Int {
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
            public var decodedBody: (any Sendable)? {
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
        public static func makeRequest(_ input: Input) throws -> HTTPRequest {
            try input.validate()
            var request = try HTTPRequest(operationID: operationID, method: method, path: "/v2/api-keys/" + PercentEncoding.pathSegment(input.apiKeyID, field: "apiKeyID"))
            request.headers["Accept"] = "application/problem+json"
            return request
        }

        /// Decodes a response by its status code.
        public static func decodeResponse(_ response: HTTPResponse) throws -> Output {
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

extension Operations {
    /// Revoke an API key
    ///
    /// Revokes the key; it stays listed with status `revoked`. Revoking an already revoked key is a no-op and still answers 204.
    ///
    /// `PUT /v2/api-keys/{api_key_id}/revoke` (`api_keys_revoke`)
    public enum APIKeysRevoke: APIOperation {
        /// `api_keys_revoke`
        public static let operationID = "api_keys_revoke"
        /// `PUT`
        public static let method = HTTPMethod(rawValue: "PUT")
        /// The path as the spec writes it.
        public static let pathTemplate = "/v2/api-keys/{api_key_id}/revoke"

        /// The parameters and body of `api_keys_revoke`.
        public struct Input: Sendable, Hashable, Validatable {
            /// The key's id.
            ///
            /// Path parameter `api_key_id`.
            public var apiKeyID: String

            /// Creates an input; optional parameters default to `nil`.
            public init(apiKeyID: String) {
                self.apiKeyID = apiKeyID
            }

            /// Checks the constraints the spec sets on the parameters and body.
            public func validate() throws(ValidationError) {
                try Check.length(apiKeyID, min: 1, max: nil, field: "apiKeyID")
            }
        }

        /// The headers of the `tooManyRequests` response.
        public struct TooManyRequestsHeaders: Sendable, Hashable {
            /// Seconds to wait before trying again.
            ///
            /// Header `Retry-After`; `nil` when absent or malformed.
            public var retryAfter: Int?

            /// Creates the headers.
            public init(retryAfter: Int? = nil) {
                self.retryAfter = retryAfter
            }
        }

        /// The responses of `api_keys_revoke`, one case per documented status.
        public enum Output: OperationOutput {
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
            public var statusCode: Int {
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
            public var decodedBody: (any Sendable)? {
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
        public static func makeRequest(_ input: Input) throws -> HTTPRequest {
            try input.validate()
            var request = try HTTPRequest(operationID: operationID, method: method, path: "/v2/api-keys/" + PercentEncoding.pathSegment(input.apiKeyID, field: "apiKeyID") + "/revoke")
            request.headers["Accept"] = "application/problem+json"
            return request
        }

        /// Decodes a response by its status code.
        public static func decodeResponse(_ response: HTTPResponse) throws -> Output {
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

extension Operations {
    /// Refresh (rotate) an API key
    ///
    /// Revokes the key and issues a replacement with the same name, description, type and scope, a new id and a new secret. The old key may stay valid for a grace period.
    ///
    /// `POST /v2/api-keys/{api_key_id}/refresh` (`api_keys_refresh`)
    public enum APIKeysRefresh: APIOperation {
        /// `api_keys_refresh`
        public static let operationID = "api_keys_refresh"
        /// `POST`
        public static let method = HTTPMethod(rawValue: "POST")
        /// The path as the spec writes it.
        public static let pathTemplate = "/v2/api-keys/{api_key_id}/refresh"

        /// The parameters and body of `api_keys_refresh`.
        public struct Input: Sendable, Hashable, Validatable {
            /// The key's id.
            ///
            /// Path parameter `api_key_id`.
            public var apiKeyID: String
            /// How to rotate the key; `{}` rotates at once with no expiry.
            ///
            /// The request body (`application/json`).
            public var body: APIKeyRefresh?

            /// Creates an input; optional parameters default to `nil`.
            public init(apiKeyID: String, body: APIKeyRefresh? = nil) {
                self.apiKeyID = apiKeyID
                self.body = body
            }

            /// Checks the constraints the spec sets on the parameters and body.
            public func validate() throws(ValidationError) {
                try Check.length(apiKeyID, min: 1, max: nil, field: "apiKeyID")
                try body?.validate()
            }
        }

        /// The headers of the `tooManyRequests` response.
        public struct TooManyRequestsHeaders: Sendable, Hashable {
            /// Seconds to wait before trying again.
            ///
            /// Header `Retry-After`; `nil` when absent or malformed.
            public var retryAfter: Int?

            /// Creates the headers.
            public init(retryAfter: Int? = nil) {
                self.retryAfter = retryAfter
            }
        }

        /// The responses of `api_keys_refresh`, one case per documented status.
        public enum Output: OperationOutput {
            /// The replacement key, with its secret.
            ///
            /// Status `200`.
            case ok(APIKeyCreated)
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
            public var statusCode: Int {
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
            public var decodedBody: (any Sendable)? {
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
        public static func makeRequest(_ input: Input) throws -> HTTPRequest {
            try input.validate()
            var request = try HTTPRequest(operationID: operationID, method: method, path: "/v2/api-keys/" + PercentEncoding.pathSegment(input.apiKeyID, field: "apiKeyID") + "/refresh")
            request.headers["Accept"] = "application/json, application/problem+json"
            if let body = input.body {
                request.headers["Content-Type"] = "application/json"
                request.body = try encodeJSONBody(body)
            }
            return request
        }

        /// Decodes a response by its status code.
        public static func decodeResponse(_ response: HTTPResponse) throws -> Output {
            switch response.statusCode {
            case 200:
                return .ok(try response.decodeJSON(APIKeyCreated.self, operationID: operationID))
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

extension Operations {
    /// List spaces
    ///
    /// Lists the spaces the caller can see, with cursor pagination. `name` is a case-insensitive substring filter: `name=prod` also matches `production`.
    ///
    /// `GET /v2/spaces` (`spaces_list`)
    public enum SpacesList: APIOperation {
        /// `spaces_list`
        public static let operationID = "spaces_list"
        /// `GET`
        public static let method = HTTPMethod(rawValue: "GET")
        /// The path as the spec writes it.
        public static let pathTemplate = "/v2/spaces"

        /// The parameters and body of `spaces_list`.
        public struct Input: Sendable, Hashable, Validatable {
            /// Only spaces of this organization.
            ///
            /// Query parameter `org_id`.
            public var orgID: String?
            /// Case-insensitive substring filter on the space name.
            ///
            /// Query parameter `name`.
            public var name: String?
            /// Page size.
            ///
            /// Query parameter `limit`.
            public var limit: Int32?
            /// The opaque `next_cursor` of the previous page.
            ///
            /// Query parameter `cursor`.
            public var cursor: String?

            /// Creates an input; optional parameters default to `nil`.
            public init(orgID: String? = nil, name: String? = nil, limit: Int32? = nil, cursor: String? = nil) {
                self.orgID = orgID
                self.name = name
                self.limit = limit
                self.cursor = cursor
            }

            /// Checks the constraints the spec sets on the parameters and body.
            public func validate() throws(ValidationError) {
                if let value = orgID {
                    try Check.length(value, min: 1, max: nil, field: "orgID")
                }
                if let value = limit {
                    try Check.range(value, min: 1, max: 100, field: "limit")
                }
            }
        }

        /// The headers of the `tooManyRequests` response.
        public struct TooManyRequestsHeaders: Sendable, Hashable {
            /// Seconds to wait before trying again.
            ///
            /// Header `Retry-After`; `nil` when absent or malformed.
            public var retryAfter: Int?

            /// Creates the headers.
            public init(retryAfter: Int? = nil) {
                self.retryAfter = retryAfter
            }
        }

        /// The responses of `spaces_list`, one case per documented status.
        public enum Output: OperationOutput {
            /// One page of spaces.
            ///
            /// Status `200`.
            case ok(SpaceListResponse)
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
            public var statusCode: Int {
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
            public var decodedBody: (any Sendable)? {
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
        public static func makeRequest(_ input: Input) throws -> HTTPRequest {
            try input.validate()
            var request = HTTPRequest(operationID: operationID, method: method, path: "/v2/spaces")
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
        public static func decodeResponse(_ response: HTTPResponse) throws -> Output {
            switch response.statusCode {
            case 200:
                return .ok(try response.decodeJSON(SpaceListResponse.self, operationID: operationID))
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
