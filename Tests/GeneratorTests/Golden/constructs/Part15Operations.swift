// Generated from openapi.json by arize-openapi-generator. Do not edit.

@_spi(Generated) import ArizeOpenAPIRuntime
import Foundation

extension Operations {
    /// A list of an allOf component: decodes without Decodable in every access mode.
    ///
    /// `GET /owners` (`list_owners`)
    internal enum ListOwners: APIOperation {
        /// `list_owners`
        internal static let operationID = "list_owners"
        /// `GET`
        internal static let method = TransportRequest.Method(rawValue: "GET")
        /// The path as the spec writes it.
        internal static let pathTemplate = "/owners"

        /// The parameters and body of `list_owners`.
        internal struct Input: Sendable, Equatable, Validatable {
            /// Creates an input; optional parameters default to `nil`.
            internal init() {
            }

            /// Checks the constraints the spec sets on the parameters and body.
            internal func validate() throws(ValidationError) {
            }
        }

        /// The responses of `list_owners`, one case per documented status.
        internal enum Output: OperationOutput {
            /// Owners.
            ///
            /// Status `200`.
            case ok([Owner])
            /// A status the spec does not document for this operation.
            case undocumented(UndocumentedResponse)

            /// The response's status code.
            internal var statusCode: Int {
                switch self {
                case .ok: 200
                case .undocumented(let response): response.statusCode
                }
            }

            /// The decoded body, if the response has one.
            internal var decodedBody: (any Sendable)? {
                switch self {
                case .ok(let body): body
                case .undocumented: nil
                }
            }
        }

        /// Validates the input and builds the HTTP request.
        internal static func makeRequest(_ input: Input) throws -> TransportRequest {
            try input.validate()
            var request = TransportRequest(operationID: operationID, method: method, path: "/owners")
            request.headers["Accept"] = "application/json"
            return request
        }

        /// Decodes a response by its status code.
        internal static func decodeResponse(_ response: TransportResponse) throws -> Output {
            switch response.statusCode {
            case 200:
                return .ok(try response.decodeJSON([Owner].self, operationID: operationID))
            default:
                return .undocumented(UndocumentedResponse(response))
            }
        }
    }
}

extension Operations {
    /// No parameters, body or Accept: the request is never changed after it is made.
    ///
    /// `GET /ping` (`ping`)
    internal enum Ping: APIOperation {
        /// `ping`
        internal static let operationID = "ping"
        /// `GET`
        internal static let method = TransportRequest.Method(rawValue: "GET")
        /// The path as the spec writes it.
        internal static let pathTemplate = "/ping"

        /// The parameters and body of `ping`.
        internal struct Input: Sendable, Equatable, Validatable {
            /// Creates an input; optional parameters default to `nil`.
            internal init() {
            }

            /// Checks the constraints the spec sets on the parameters and body.
            internal func validate() throws(ValidationError) {
            }
        }

        /// The responses of `ping`, one case per documented status.
        internal enum Output: OperationOutput {
            /// Alive.
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
            let request = TransportRequest(operationID: operationID, method: method, path: "/ping")
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
    }
}
