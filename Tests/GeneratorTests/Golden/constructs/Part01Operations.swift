// Generated from openapi.json by arize-openapi-generator. Do not edit.

@_spi(Generated) import ArizeOpenAPIRuntime
import Foundation

/// The operations of Constructs fixture, one namespace each.
internal enum Operations {}

extension Operations {
    /// `GET /session` (`getSession`)
    internal enum GetSession: APIOperation {
        /// `getSession`
        internal static let operationID = "getSession"
        /// `GET`
        internal static let method = TransportRequest.Method(rawValue: "GET")
        /// The path as the spec writes it.
        internal static let pathTemplate = "/session"

        /// The parameters and body of `getSession`.
        internal struct Input: Sendable, Equatable, Validatable {
            /// Cookie parameter `session_id`.
            internal var sessionID: String
            /// Cookie parameter `theme`.
            internal var theme: String?

            /// Creates an input; optional parameters default to `nil`.
            internal init(sessionID: String, theme: String? = nil) {
                self.sessionID = sessionID
                self.theme = theme
            }

            /// Checks the constraints the spec sets on the parameters and body.
            internal func validate() throws(ValidationError) {
            }
        }

        /// The responses of `getSession`, one case per documented status.
        internal enum Output: OperationOutput {
            /// Fine.
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
            var request = TransportRequest(operationID: operationID, method: method, path: "/session")
            var cookies: [String] = []
            cookies.append("session_id=" + PercentEncoding.queryComponent(input.sessionID))
            if let value = input.theme {
                cookies.append("theme=" + PercentEncoding.queryComponent(value))
            }
            if !cookies.isEmpty { request.headers["Cookie"] = cookies.joined(separator: "; ") }
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

extension Operations {
    /// `GET /search` (`search`)
    internal enum Search: APIOperation {
        /// `search`
        internal static let operationID = "search"
        /// `GET`
        internal static let method = TransportRequest.Method(rawValue: "GET")
        /// The path as the spec writes it.
        internal static let pathTemplate = "/search"

        /// The parameters and body of `search`.
        internal struct Input: Sendable, Equatable, Validatable {
            /// Query parameter `filter`.
            internal var filter: Filter?

            /// Creates an input; optional parameters default to `nil`.
            internal init(filter: Filter? = nil) {
                self.filter = filter
            }

            /// Checks the constraints the spec sets on the parameters and body.
            internal func validate() throws(ValidationError) {
                if let value = filter {
                    try Check.nested(value, field: "filter")
                }
            }
        }

        /// The responses of `search`, one case per documented status.
        internal enum Output: OperationOutput {
            /// Found.
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
            var request = TransportRequest(operationID: operationID, method: method, path: "/search")
            if let value = input.filter {
                for item in try DeepObject.queryItems(name: "filter", value: value) { request.query.append(item) }
            }
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

        internal struct Filter: Encodable, Equatable, Sendable, Validatable, JSONReadable {
            internal var name: String?
            internal var tags: [String]?
            internal var range: Range?
            internal var `open`: Bool?

            /// Creates a value; optional properties default to `nil`.
            internal init(name: String? = nil, tags: [String]? = nil, range: Range? = nil, `open`: Bool? = nil) {
                self.name = name
                self.tags = tags
                self.range = range
                self.`open` = `open`
            }

            /// Encodes the properties under their JSON names.
            internal func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: AnyCodingKey.self)
                try container.encodeIfPresent(self.name, forKey: AnyCodingKey("name"))
                try container.encodeIfPresent(self.tags, forKey: AnyCodingKey("tags"))
                try container.encodeIfPresent(self.range, forKey: AnyCodingKey("range"))
                try container.encodeIfPresent(self.`open`, forKey: AnyCodingKey("open"))
            }

            /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
            internal init(reading reader: inout JSONReader) throws {
                var _name: String? = nil
                var _tags: [String]? = nil
                var _range: Range? = nil
                var _open: Bool? = nil
                try reader.readObject { key, reader in
                    switch key {
                    case "name": _name = try reader.readOptional { r0 in try r0.readString() }
                    case "tags": _tags = try reader.readOptional { r0 in try r0.readArray { r1 in try r1.readString() } }
                    case "range": _range = try reader.readOptional { r0 in try Range(reading: &r0) }
                    case "open": _open = try reader.readOptional { r0 in try r0.readBool() }
                    default: try reader.skipValue()
                    }
                }
                self.init(name: _name, tags: _tags, range: _range, open: _open)
            }

            /// Checks the constraints the spec sets on this value.
            internal func validate() throws(ValidationError) {
                if let value = range {
                    try Check.nested(value, field: "range")
                }
            }

            internal struct Range: Encodable, Equatable, Sendable, Validatable, JSONReadable {
                internal var from: Int?
                internal var to: Int?

                /// Creates a value; optional properties default to `nil`.
                internal init(from: Int? = nil, to: Int? = nil) {
                    self.from = from
                    self.to = to
                }

                /// Encodes the properties under their JSON names.
                internal func encode(to encoder: any Encoder) throws {
                    var container = encoder.container(keyedBy: AnyCodingKey.self)
                    try container.encodeIfPresent(self.from, forKey: AnyCodingKey("from"))
                    try container.encodeIfPresent(self.to, forKey: AnyCodingKey("to"))
                }

                /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
                internal init(reading reader: inout JSONReader) throws {
                    var _from: Int? = nil
                    var _to: Int? = nil
                    try reader.readObject { key, reader in
                        switch key {
                        case "from": _from = try reader.readOptional { r0 in try r0.readInteger(Int.self) }
                        case "to": _to = try reader.readOptional { r0 in try r0.readInteger(Int.self) }
                        default: try reader.skipValue()
                        }
                    }
                    self.init(from: _from, to: _to)
                }

                /// Checks the constraints the spec sets on this value.
                internal func validate() throws(ValidationError) {}
            }
        }
    }
}
