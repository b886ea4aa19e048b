// Generated from openapi.json by arize-openapi-generator. Do not edit.

@_spi(Generated) import ArizeOpenAPIRuntime
import Foundation

extension Operations {
    /// `POST /events` (`record_event`)
    internal enum RecordEvent: APIOperation {
        /// `record_event`
        internal static let operationID = "record_event"
        /// `POST`
        internal static let method = TransportRequest.Method(rawValue: "POST")
        /// The path as the spec writes it.
        internal static let pathTemplate = "/events"

        /// The parameters and body of `record_event`.
        internal struct Input: Sendable, Equatable, Validatable {
            /// The request body (`application/json`).
            internal var body: Event?

            /// Creates an input; optional parameters default to `nil`.
            internal init(body: Event? = nil) {
                self.body = body
            }

            /// Checks the constraints the spec sets on the parameters and body.
            internal func validate() throws(ValidationError) {
                try body?.validate()
            }
        }

        /// The responses of `record_event`, one case per documented status.
        internal enum Output: OperationOutput {
            /// Recorded.
            ///
            /// Status `201`.
            case created(Event)
            /// A status the spec does not document for this operation.
            case undocumented(UndocumentedResponse)

            /// The response's status code.
            internal var statusCode: Int {
                switch self {
                case .created: 201
                case .undocumented(let response): response.statusCode
                }
            }

            /// The decoded body, if the response has one.
            internal var decodedBody: (any Sendable)? {
                switch self {
                case .created(let body): body
                case .undocumented: nil
                }
            }
        }

        /// Validates the input and builds the HTTP request.
        internal static func makeRequest(_ input: Input) throws -> TransportRequest {
            try input.validate()
            var request = TransportRequest(operationID: operationID, method: method, path: "/events")
            request.headers["Accept"] = "application/json"
            if let body = input.body {
                request.headers["Content-Type"] = "application/json"
                request.body = try encodeJSONBody(body)
            }
            return request
        }

        /// Decodes a response by its status code.
        internal static func decodeResponse(_ response: TransportResponse) throws -> Output {
            switch response.statusCode {
            case 201:
                return .created(try response.decodeJSON(Event.self, operationID: operationID))
            default:
                return .undocumented(UndocumentedResponse(response))
            }
        }
    }
}
