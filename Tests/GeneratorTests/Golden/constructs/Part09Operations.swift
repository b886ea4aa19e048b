// Generated from openapi.json by arize-openapi-generator. Do not edit.

@_spi(Generated) import ArizeOpenAPIRuntime
import Foundation

extension Operations {
    /// S CRLF
    /// public let injectedS1 = "pwned"
    /// public let injectedS2 = 1
    /// public let injectedS3 = 1
    /// public let injectedS4 = 1
    /// public let injectedS5 = 1
    /// public let injectedS6 = 1
    /// public let injectedS7 = 1
    /// */ /* """ \ \( #" "# `x` public let injectedS8 = 1
    ///
    /// O CRLF
    /// public let injectedO1 = "pwned"
    /// public let injectedO2 = 1
    /// public let injectedO3 = 1
    /// public let injectedO4 = 1
    /// public let injectedO5 = 1
    /// public let injectedO6 = 1
    /// public let injectedO7 = 1
    /// */ /* """ \ \( #" "# `x` public let injectedO8 = 1
    ///
    /// `POST /hostile` (`hostile
    /// }
    /// public let injectedOp = 1
    /// //`)
    internal enum HostilePublicLetInjectedOp1: APIOperation {
        /// `hostile
        /// }
        /// public let injectedOp = 1
        /// //`
        internal static let operationID = "hostile\n}\npublic let injectedOp = 1\r//"
        /// `POST`
        internal static let method = TransportRequest.Method(rawValue: "POST")
        /// The path as the spec writes it.
        internal static let pathTemplate = "/hostile"

        /// The parameters and body of `hostile
        /// }
        /// public let injectedOp = 1
        /// //`.
        internal struct Input: Sendable, Equatable, Validatable {
            /// P CRLF
            /// public let injectedP1 = "pwned"
            /// public let injectedP2 = 1
            /// public let injectedP3 = 1
            /// public let injectedP4 = 1
            /// public let injectedP5 = 1
            /// public let injectedP6 = 1
            /// public let injectedP7 = 1
            /// */ /* """ \ \( #" "# `x` public let injectedP8 = 1
            ///
            /// Query parameter `q
            /// let injectedP = 1`.
            internal var qLetInjectedP1: String?
            /// B CRLF
            /// public let injectedB1 = "pwned"
            /// public let injectedB2 = 1
            /// public let injectedB3 = 1
            /// public let injectedB4 = 1
            /// public let injectedB5 = 1
            /// public let injectedB6 = 1
            /// public let injectedB7 = 1
            /// */ /* """ \ \( #" "# `x` public let injectedB8 = 1
            ///
            /// The request body (`application/json`).
            internal var body: Hostile

            /// Creates an input; optional parameters default to `nil`.
            internal init(qLetInjectedP1: String? = nil, body: Hostile) {
                self.qLetInjectedP1 = qLetInjectedP1
                self.body = body
            }

            /// Checks the constraints the spec sets on the parameters and body.
            internal func validate() throws(ValidationError) {
                try body.validate()
            }
        }

        /// The headers of the `ok` response.
        internal struct OkHeaders: Sendable, Equatable {
            /// H CRLF
            /// public let injectedH1 = "pwned"
            /// public let injectedH2 = 1
            /// public let injectedH3 = 1
            /// public let injectedH4 = 1
            /// public let injectedH5 = 1
            /// public let injectedH6 = 1
            /// public let injectedH7 = 1
            /// */ /* """ \ \( #" "# `x` public let injectedH8 = 1
            ///
            /// Header `X-Note`; `nil` when absent or malformed.
            internal var xNote: String?

            /// Creates the headers.
            internal init(xNote: String? = nil) {
                self.xNote = xNote
            }
        }

        /// The responses of `hostile
        /// }
        /// public let injectedOp = 1
        /// //`, one case per documented status.
        internal enum Output: OperationOutput {
            /// R CRLF
            /// public let injectedR1 = "pwned"
            /// public let injectedR2 = 1
            /// public let injectedR3 = 1
            /// public let injectedR4 = 1
            /// public let injectedR5 = 1
            /// public let injectedR6 = 1
            /// public let injectedR7 = 1
            /// */ /* """ \ \( #" "# `x` public let injectedR8 = 1
            ///
            /// Status `200`.
            case ok(Hostile, headers: OkHeaders)
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
                case .ok(let body, _): body
                case .undocumented: nil
                }
            }
        }

        /// Validates the input and builds the HTTP request.
        internal static func makeRequest(_ input: Input) throws -> TransportRequest {
            try input.validate()
            var request = TransportRequest(operationID: operationID, method: method, path: "/hostile")
            if let value = input.qLetInjectedP1 {
                request.query.append((name: "q\r\nlet injectedP = 1", value: value))
            }
            request.headers["Accept"] = "application/json"
            request.headers["Content-Type"] = "application/json"
            request.body = try encodeJSONBody(input.body)
            return request
        }

        /// Decodes a response by its status code.
        internal static func decodeResponse(_ response: TransportResponse) throws -> Output {
            switch response.statusCode {
            case 200:
                return .ok(try response.decodeJSON(Hostile.self, operationID: operationID), headers: OkHeaders(xNote: response.stringHeader("X-Note")))
            default:
                return .undocumented(UndocumentedResponse(response))
            }
        }
    }
}
