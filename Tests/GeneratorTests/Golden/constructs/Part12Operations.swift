// Generated from openapi.json by arize-openapi-generator. Do not edit.

@_spi(Generated) import ArizeOpenAPIRuntime
import Foundation

extension Operations {
    /// `PUT /pets/{pet_id}` (`put-pet`)
    internal enum PutPet: APIOperation {
        /// `put-pet`
        internal static let operationID = "put-pet"
        /// `PUT`
        internal static let method = TransportRequest.Method(rawValue: "PUT")
        /// The path as the spec writes it.
        internal static let pathTemplate = "/pets/{pet_id}"

        /// The parameters and body of `put-pet`.
        internal struct Input: Sendable, Equatable, Validatable {
            /// Path parameter `pet_id`.
            internal var petID: String
            /// The request body (`application/json`).
            internal var body: Body

            /// Creates an input; optional parameters default to `nil`.
            internal init(petID: String, body: Body) {
                self.petID = petID
                self.body = body
            }

            /// Checks the constraints the spec sets on the parameters and body.
            internal func validate() throws(ValidationError) {
                try Check.length(petID, min: 1, max: nil, field: "petID")
                try body.validate()
            }
        }

        /// The headers of the `unprocessableContent` response.
        internal struct UnprocessableContentHeaders: Sendable, Equatable {
            /// Header `Retry-After`; `nil` when absent or malformed.
            internal var retryAfter: Int?

            /// Creates the headers.
            internal init(retryAfter: Int? = nil) {
                self.retryAfter = retryAfter
            }
        }

        /// The responses of `put-pet`, one case per documented status.
        internal enum Output: OperationOutput {
            /// Saved.
            ///
            /// Status `204`.
            case noContent
            /// Invalid input.
            ///
            /// Status `422`.
            case unprocessableContent(Problem, headers: UnprocessableContentHeaders)
            /// A status the spec does not document for this operation.
            case undocumented(UndocumentedResponse)

            /// The response's status code.
            internal var statusCode: Int {
                switch self {
                case .noContent: 204
                case .unprocessableContent: 422
                case .undocumented(let response): response.statusCode
                }
            }

            /// The decoded body, if the response has one.
            internal var decodedBody: (any Sendable)? {
                switch self {
                case .noContent: nil
                case .unprocessableContent(let body, _): body
                case .undocumented: nil
                }
            }
        }

        /// Validates the input and builds the HTTP request.
        internal static func makeRequest(_ input: Input) throws -> TransportRequest {
            try input.validate()
            var request = try TransportRequest(operationID: operationID, method: method, path: "/pets/" + PercentEncoding.pathSegment(input.petID, field: "petID"))
            request.headers["Accept"] = "application/problem+json"
            request.headers["Content-Type"] = "application/json"
            request.body = try encodeJSONBody(input.body)
            return request
        }

        /// Decodes a response by its status code.
        internal static func decodeResponse(_ response: TransportResponse) throws -> Output {
            switch response.statusCode {
            case 204:
                return .noContent
            case 422:
                return .unprocessableContent(try response.decodeJSON(Problem.self, operationID: operationID), headers: UnprocessableContentHeaders(retryAfter: response.integerHeader("Retry-After")))
            default:
                return .undocumented(UndocumentedResponse(response))
            }
        }

        internal struct Body: Encodable, Equatable, Sendable, Validatable, JSONReadable {
            internal var name: String
            internal var mood: Mood?
            internal var toys: [ToysItem]?

            /// Creates a value; optional properties default to `nil`.
            internal init(name: String, mood: Mood? = nil, toys: [ToysItem]? = nil) {
                self.name = name
                self.mood = mood
                self.toys = toys
            }

            /// Encodes the properties under their JSON names.
            internal func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: AnyCodingKey.self)
                try container.encode(self.name, forKey: AnyCodingKey("name"))
                try container.encodeIfPresent(self.mood, forKey: AnyCodingKey("mood"))
                try container.encodeIfPresent(self.toys, forKey: AnyCodingKey("toys"))
            }

            /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
            internal init(reading reader: inout JSONReader) throws {
                var _name: String? = nil
                var _mood: Mood? = nil
                var _toys: [ToysItem]? = nil
                try reader.readObject { key, reader in
                    switch key {
                    case "name": _name = try reader.readString()
                    case "mood": _mood = try reader.readOptional { r0 in try Mood(reading: &r0) }
                    case "toys": _toys = try reader.readOptional { r0 in try r0.readArray { r1 in try ToysItem(reading: &r1) } }
                    default: try reader.skipValue()
                    }
                }
                guard let _name else { throw reader.missing("name") }
                self.init(name: _name, mood: _mood, toys: _toys)
            }

            /// Checks the constraints the spec sets on this value.
            internal func validate() throws(ValidationError) {
                try Check.length(name, min: 2, max: 5, field: "name")
                if let value = toys {
                    try Check.count(value.count, min: nil, max: 2, field: "toys")
                    for (index, element) in value.enumerated() {
                        try Check.nested(element, field: "toys[\(index)]")
                    }
                }
            }

            internal enum Mood: RawRepresentable, Encodable, Equatable, Sendable, CaseIterable, CustomStringConvertible, JSONReadable {
                /// `calm`
                case calm
                /// `wild`
                case wild
                /// A value this version of the spec does not know, kept as sent so decoding never fails on it.
                case unknown(String)

                /// The case for a wire value; `unknown` for values the spec does not list.
                /// Spellings that differ only in case or in `-`/`_` (`read-only`, `READ_ONLY`) match too.
                internal init(rawValue: String) {
                    switch rawValue {
                    case "calm": self = .calm
                    case "wild": self = .wild
                    default:
                        switch EnumSpelling.normalized(rawValue) {
                        case "CALM": self = .calm
                        case "WILD": self = .wild
                        default: self = .unknown(rawValue)
                        }
                    }
                }

                /// The wire value.
                internal var rawValue: String {
                    switch self {
                    case .calm: "calm"
                    case .wild: "wild"
                    case .unknown(let value): value
                    }
                }

                /// The documented cases.
                internal static var allCases: [Self] { [.calm, .wild] }

                /// The wire value.
                internal var description: String { rawValue }

                /// Encodes the wire value.
                internal func encode(to encoder: any Encoder) throws {
                    var container = encoder.singleValueContainer()
                    try container.encode(rawValue)
                }

                /// Reads any string, known or not, without `JSONDecoder` (known values make no `String`).
                internal init(reading reader: inout JSONReader) throws {
                    let text = try reader.readStringBytes()
                    switch text {
                    case "calm": self = .calm
                    case "wild": self = .wild
                    default: self.init(rawValue: text.stringValue)
                    }
                }
            }

            internal struct ToysItem: Encodable, Equatable, Sendable, Validatable, JSONReadable {
                internal var label: String?

                /// Creates a value; optional properties default to `nil`.
                internal init(label: String? = nil) {
                    self.label = label
                }

                /// Encodes the properties under their JSON names.
                internal func encode(to encoder: any Encoder) throws {
                    var container = encoder.container(keyedBy: AnyCodingKey.self)
                    try container.encodeIfPresent(self.label, forKey: AnyCodingKey("label"))
                }

                /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
                internal init(reading reader: inout JSONReader) throws {
                    var _label: String? = nil
                    try reader.readObject { key, reader in
                        switch key {
                        case "label": _label = try reader.readOptional { r0 in try r0.readString() }
                        default: try reader.skipValue()
                        }
                    }
                    self.init(label: _label)
                }

                /// Checks the constraints the spec sets on this value.
                internal func validate() throws(ValidationError) {
                    if let value = label {
                        try Check.length(value, min: nil, max: 3, field: "label")
                    }
                }
            }
        }
    }
}
