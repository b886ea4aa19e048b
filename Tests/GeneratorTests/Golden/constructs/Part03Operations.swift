// Generated from openapi.json by arize-openapi-generator. Do not edit.

@_spi(Generated) import ArizeOpenAPIRuntime
import Foundation

extension Operations {
    /// `POST /login` (`login`)
    internal enum Login: APIOperation {
        /// `login`
        internal static let operationID = "login"
        /// `POST`
        internal static let method = TransportRequest.Method(rawValue: "POST")
        /// The path as the spec writes it.
        internal static let pathTemplate = "/login"

        /// The parameters and body of `login`.
        internal struct Input: Sendable, Equatable, Validatable {
            /// The request body (`application/x-www-form-urlencoded`).
            internal var body: Body

            /// Creates an input; optional parameters default to `nil`.
            internal init(body: Body) {
                self.body = body
            }

            /// Checks the constraints the spec sets on the parameters and body.
            internal func validate() throws(ValidationError) {
                try body.validate()
            }
        }

        /// The responses of `login`, one case per documented status.
        internal enum Output: OperationOutput {
            /// In.
            ///
            /// Status `204`.
            case noContent
            /// A status the spec does not document for this operation.
            case undocumented(UndocumentedResponse)

            /// The response's status code.
            internal var statusCode: Int {
                switch self {
                case .noContent: 204
                case .undocumented(let response): response.statusCode
                }
            }

            /// The decoded body, if the response has one.
            internal var decodedBody: (any Sendable)? {
                switch self {
                case .noContent: nil
                case .undocumented: nil
                }
            }
        }

        /// Validates the input and builds the HTTP request.
        internal static func makeRequest(_ input: Input) throws -> TransportRequest {
            try input.validate()
            var request = TransportRequest(operationID: operationID, method: method, path: "/login")
            request.headers["Content-Type"] = "application/x-www-form-urlencoded"
            request.body = try FormEncoding.body(input.body)
            return request
        }

        /// Decodes a response by its status code.
        internal static func decodeResponse(_ response: TransportResponse) throws -> Output {
            switch response.statusCode {
            case 204:
                return .noContent
            default:
                return .undocumented(UndocumentedResponse(response))
            }
        }

        internal struct Body: Encodable, Equatable, Sendable, Validatable, JSONReadable {
            internal var username: String
            internal var remember: Bool?
            internal var scopes: [String]?

            /// Creates a value; optional properties default to `nil`.
            internal init(username: String, remember: Bool? = nil, scopes: [String]? = nil) {
                self.username = username
                self.remember = remember
                self.scopes = scopes
            }

            /// Encodes the properties under their JSON names.
            internal func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: AnyCodingKey.self)
                try container.encode(self.username, forKey: AnyCodingKey("username"))
                try container.encodeIfPresent(self.remember, forKey: AnyCodingKey("remember"))
                try container.encodeIfPresent(self.scopes, forKey: AnyCodingKey("scopes"))
            }

            /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
            internal init(reading reader: inout JSONReader) throws {
                var _username: String? = nil
                var _remember: Bool? = nil
                var _scopes: [String]? = nil
                try reader.readObject { key, reader in
                    switch key {
                    case "username": _username = try reader.readString()
                    case "remember": _remember = try reader.readOptional { r0 in try r0.readBool() }
                    case "scopes": _scopes = try reader.readOptional { r0 in try r0.readArray { r1 in try r1.readString() } }
                    default: try reader.skipValue()
                    }
                }
                guard let _username else { throw reader.missing("username") }
                self.init(username: _username, remember: _remember, scopes: _scopes)
            }

            /// Checks the constraints the spec sets on this value.
            internal func validate() throws(ValidationError) {}
        }
    }
}
