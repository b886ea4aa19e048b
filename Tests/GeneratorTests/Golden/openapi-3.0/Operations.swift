// Generated from openapi-3.0.json by arize-openapi-generator. Do not edit.

@_spi(Generated) import ArizeOpenAPIRuntime
import Foundation

/// The operations of OpenAPI 3.0 fixture, one namespace each.
internal enum Operations {}

extension Operations {
    /// `GET /items` (`list_items`)
    internal enum ListItems: ArizeOpenAPIRuntime.APIOperation {
        /// `list_items`
        internal static let operationID = "list_items"
        /// `GET`
        internal static let method = ArizeOpenAPIRuntime.TransportRequest.Method(rawValue: "GET")
        /// The path as the spec writes it.
        internal static let pathTemplate = "/items"

        /// The parameters and body of `list_items`.
        internal struct Input: Swift.Sendable, Swift.Equatable, ArizeOpenAPIRuntime.Validatable {
            /// Query parameter `min_price`.
            internal var minPrice: Swift.Double?

            /// Creates an input; optional parameters default to `nil`.
            internal init(minPrice: Swift.Double? = nil) {
                self.minPrice = minPrice
            }

            /// Checks the constraints the spec sets on the parameters and body.
            internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {
                if let value = minPrice {
                    try ArizeOpenAPIRuntime.Check.exclusiveRange(Swift.Double(value), above: 0.0, below: nil, field: "minPrice")
                }
            }
        }

        /// The responses of `list_items`, one case per documented status.
        internal enum Output: ArizeOpenAPIRuntime.OperationOutput {
            /// Items.
            ///
            /// Status `200`.
            case ok([Components.Schemas.Item])
            /// A status the spec does not document for this operation.
            case undocumented(ArizeOpenAPIRuntime.UndocumentedResponse)

            /// The response's status code.
            internal var statusCode: Swift.Int {
                switch self {
                case .ok: 200
                case .undocumented(let response): response.statusCode
                }
            }

            /// The decoded body, if the response has one.
            internal var decodedBody: (any Swift.Sendable)? {
                switch self {
                case .ok(let body): body
                case .undocumented: nil
                }
            }
        }

        /// Validates the input and builds the HTTP request.
        internal static func makeRequest(_ input: Input) throws -> ArizeOpenAPIRuntime.TransportRequest {
            try input.validate()
            var request = ArizeOpenAPIRuntime.TransportRequest(operationID: operationID, method: method, path: "/items")
            if let value = input.minPrice {
                request.query.append((name: "min_price", value: Swift.String(value)))
            }
            request.headers["Accept"] = "application/json"
            return request
        }

        /// Decodes a response by its status code.
        internal static func decodeResponse(_ response: ArizeOpenAPIRuntime.TransportResponse) throws -> Output {
            switch response.statusCode {
            case 200:
                return .ok(try response.decodeJSON([Components.Schemas.Item].self, operationID: operationID))
            default:
                return .undocumented(ArizeOpenAPIRuntime.UndocumentedResponse(response))
            }
        }
    }
}
