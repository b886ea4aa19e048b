// Generated from openapi.json by arize-openapi-generator. Do not edit.

@_spi(Generated) import ArizeOpenAPIRuntime
import Foundation

extension Operations {
    /// Fetch a pet
    ///
    /// `GET /pets/{pet_id}` (`getPet`)
    internal enum GetPet: APIOperation {
        /// `getPet`
        internal static let operationID = "getPet"
        /// `GET`
        internal static let method = TransportRequest.Method(rawValue: "GET")
        /// The path as the spec writes it.
        internal static let pathTemplate = "/pets/{pet_id}"

        /// The parameters and body of `getPet`.
        internal struct Input: Sendable, Equatable, Validatable {
            /// Path parameter `pet_id`.
            internal var petID: String
            /// Query parameter `tags`.
            internal var tags: [String]?
            /// Query parameter `kinds`.
            internal var kinds: [PetKind]?
            /// Query parameter `since`.
            internal var since: Date?
            /// Query parameter `limit`.
            internal var limit: Int?
            /// Header parameter `X-Request-ID`.
            internal var xRequestID: String?

            /// Creates an input; optional parameters default to `nil`.
            internal init(petID: String, tags: [String]? = nil, kinds: [PetKind]? = nil, since: Date? = nil, limit: Int? = nil, xRequestID: String? = nil) {
                self.petID = petID
                self.tags = tags
                self.kinds = kinds
                self.since = since
                self.limit = limit
                self.xRequestID = xRequestID
            }

            /// Checks the constraints the spec sets on the parameters and body.
            internal func validate() throws(ValidationError) {
                try Check.length(petID, min: 1, max: nil, field: "petID")
                if let value = limit {
                    try Check.range(value, min: 1, max: 10, field: "limit")
                }
            }
        }

        /// The headers of the `ok` response.
        internal struct OkHeaders: Sendable, Equatable {
            /// Header `X-Rate-Remaining`; `nil` when absent or malformed.
            internal var xRateRemaining: Int?
            /// Header `X-Cached`; `nil` when absent or malformed.
            internal var xCached: Bool?

            /// Creates the headers.
            internal init(xRateRemaining: Int? = nil, xCached: Bool? = nil) {
                self.xRateRemaining = xRateRemaining
                self.xCached = xCached
            }
        }

        /// The responses of `getPet`, one case per documented status.
        internal enum Output: OperationOutput {
            /// The pet.
            ///
            /// Status `200`.
            case ok(Pet, headers: OkHeaders)
            /// Not modified.
            ///
            /// Status `304`.
            case notModified
            /// A client error.
            ///
            /// Status `4XX`.
            case clientError(statusCode: Int, Problem)
            /// Anything else.
            ///
            /// Status any status not listed.
            case `default`(statusCode: Int, Data)
            /// A status the spec does not document for this operation.
            case undocumented(UndocumentedResponse)

            /// The response's status code.
            internal var statusCode: Int {
                switch self {
                case .ok: 200
                case .notModified: 304
                case .clientError(let statusCode, _): statusCode
                case .`default`(let statusCode, _): statusCode
                case .undocumented(let response): response.statusCode
                }
            }

            /// The decoded body, if the response has one.
            internal var decodedBody: (any Sendable)? {
                switch self {
                case .ok(let body, _): body
                case .notModified: nil
                case .clientError(_, let body): body
                case .`default`(_, let body): body
                case .undocumented: nil
                }
            }
        }

        /// Validates the input and builds the HTTP request.
        internal static func makeRequest(_ input: Input) throws -> TransportRequest {
            try input.validate()
            var request = try TransportRequest(operationID: operationID, method: method, path: "/pets/" + PercentEncoding.pathSegment(input.petID, field: "petID"))
            if let value = input.tags {
                for item in value { request.query.append((name: "tags", value: item)) }
            }
            if let value = input.kinds {
                request.query.append((name: "kinds", value: value.map { $0.rawValue }.joined(separator: ",")))
            }
            if let value = input.since {
                request.query.append((name: "since", value: RFC3339.string(from: value)))
            }
            if let value = input.limit {
                request.query.append((name: "limit", value: String(value)))
            }
            if let value = input.xRequestID {
                request.headers.append(name: "X-Request-ID", value: value)
            }
            request.headers["Accept"] = "application/json, application/problem+json, text/plain"
            return request
        }

        /// Decodes a response by its status code.
        internal static func decodeResponse(_ response: TransportResponse) throws -> Output {
            switch response.statusCode {
            case 200:
                return .ok(try response.decodeJSON(Pet.self, operationID: operationID), headers: OkHeaders(xRateRemaining: response.integerHeader("X-Rate-Remaining"), xCached: response.stringHeader("X-Cached").flatMap(Bool.init)))
            case 304:
                return .notModified
            case 400...499:
                return .clientError(statusCode: response.statusCode, try response.decodeJSON(Problem.self, operationID: operationID))
            default:
                return .`default`(statusCode: response.statusCode, response.body)
            }
        }
    }
}
