// Generated from openapi.json by arize-openapi-generator. Do not edit.

@_spi(Generated) import ArizeOpenAPIRuntime
import Foundation

extension Operations {
    /// `GET /reports` (`getReport`)
    internal enum GetReport: APIOperation {
        /// `getReport`
        internal static let operationID = "getReport"
        /// `GET`
        internal static let method = TransportRequest.Method(rawValue: "GET")
        /// The path as the spec writes it.
        internal static let pathTemplate = "/reports"

        /// The parameters and body of `getReport`.
        internal struct Input: Sendable, Equatable, Validatable {
            /// Query parameter `color`.
            internal var color: Color?
            /// Query parameter `point`.
            internal var point: Point?
            /// Query parameter `key`.
            internal var key: IDOrName?
            /// Query parameter `where`.
            internal var `where`: Where?
            /// Header parameter `X-Shape`.
            internal var xShape: XShape?

            /// Creates an input; optional parameters default to `nil`.
            internal init(color: Color? = nil, point: Point? = nil, key: IDOrName? = nil, `where`: Where? = nil, xShape: XShape? = nil) {
                self.color = color
                self.point = point
                self.key = key
                self.`where` = `where`
                self.xShape = xShape
            }

            /// Checks the constraints the spec sets on the parameters and body.
            internal func validate() throws(ValidationError) {
                if let value = color {
                    try Check.nested(value, field: "color")
                }
                if let value = point {
                    try Check.nested(value, field: "point")
                }
                if let value = key {
                    try Check.nested(value, field: "key")
                }
                if let value = `where` {
                    try Check.nested(value, field: "where")
                }
                if let value = xShape {
                    try Check.nested(value, field: "xShape")
                }
            }
        }

        /// The responses of `getReport`, one case per documented status.
        internal enum Output: OperationOutput {
            /// Reported.
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
            var request = TransportRequest(operationID: operationID, method: method, path: "/reports")
            if let value = input.color {
                for item in try StyledParameter.queryItems(name: "color", value: value, explode: true) { request.query.append(item) }
            }
            if let value = input.point {
                for item in try StyledParameter.queryItems(name: "point", value: value, explode: false) { request.query.append(item) }
            }
            if let value = input.key {
                for item in try StyledParameter.queryItems(name: "key", value: value, explode: true) { request.query.append(item) }
            }
            if let value = input.`where` {
                request.query.append((name: "where", value: try StyledParameter.json(value)))
            }
            if let value = input.xShape {
                request.headers.append(name: "X-Shape", value: try StyledParameter.headerValue(value, explode: false))
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

        internal struct Color: Encodable, Equatable, Sendable, Validatable, JSONReadable {
            internal var r: Int?
            internal var g: Int?

            /// Creates a value; optional properties default to `nil`.
            internal init(r: Int? = nil, g: Int? = nil) {
                self.r = r
                self.g = g
            }

            /// Encodes the properties under their JSON names.
            internal func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: AnyCodingKey.self)
                try container.encodeIfPresent(self.r, forKey: AnyCodingKey("R"))
                try container.encodeIfPresent(self.g, forKey: AnyCodingKey("G"))
            }

            /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
            internal init(reading reader: inout JSONReader) throws {
                var _r: Int? = nil
                var _g: Int? = nil
                try reader.readObject { key, reader in
                    switch key {
                    case "R": _r = try reader.readOptional { r0 in try r0.readInteger(Int.self) }
                    case "G": _g = try reader.readOptional { r0 in try r0.readInteger(Int.self) }
                    default: try reader.skipValue()
                    }
                }
                self.init(r: _r, g: _g)
            }

            /// Checks the constraints the spec sets on this value.
            internal func validate() throws(ValidationError) {}
        }

        internal struct Point: Encodable, Equatable, Sendable, Validatable, JSONReadable {
            internal var x: Int?
            internal var y: Int?

            /// Creates a value; optional properties default to `nil`.
            internal init(x: Int? = nil, y: Int? = nil) {
                self.x = x
                self.y = y
            }

            /// Encodes the properties under their JSON names.
            internal func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: AnyCodingKey.self)
                try container.encodeIfPresent(self.x, forKey: AnyCodingKey("x"))
                try container.encodeIfPresent(self.y, forKey: AnyCodingKey("y"))
            }

            /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
            internal init(reading reader: inout JSONReader) throws {
                var _x: Int? = nil
                var _y: Int? = nil
                try reader.readObject { key, reader in
                    switch key {
                    case "x": _x = try reader.readOptional { r0 in try r0.readInteger(Int.self) }
                    case "y": _y = try reader.readOptional { r0 in try r0.readInteger(Int.self) }
                    default: try reader.skipValue()
                    }
                }
                self.init(x: _x, y: _y)
            }

            /// Checks the constraints the spec sets on this value.
            internal func validate() throws(ValidationError) {}
        }

        internal struct Where: Encodable, Equatable, Sendable, Validatable, JSONReadable {
            internal var owner: String?

            /// Creates a value; optional properties default to `nil`.
            internal init(owner: String? = nil) {
                self.owner = owner
            }

            /// Encodes the properties under their JSON names.
            internal func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: AnyCodingKey.self)
                try container.encodeIfPresent(self.owner, forKey: AnyCodingKey("owner"))
            }

            /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
            internal init(reading reader: inout JSONReader) throws {
                var _owner: String? = nil
                try reader.readObject { key, reader in
                    switch key {
                    case "owner": _owner = try reader.readOptional { r0 in try r0.readString() }
                    default: try reader.skipValue()
                    }
                }
                self.init(owner: _owner)
            }

            /// Checks the constraints the spec sets on this value.
            internal func validate() throws(ValidationError) {}
        }

        internal struct XShape: Encodable, Equatable, Sendable, Validatable, JSONReadable {
            internal var w: Int?
            internal var h: Int?

            /// Creates a value; optional properties default to `nil`.
            internal init(w: Int? = nil, h: Int? = nil) {
                self.w = w
                self.h = h
            }

            /// Encodes the properties under their JSON names.
            internal func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: AnyCodingKey.self)
                try container.encodeIfPresent(self.w, forKey: AnyCodingKey("w"))
                try container.encodeIfPresent(self.h, forKey: AnyCodingKey("h"))
            }

            /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
            internal init(reading reader: inout JSONReader) throws {
                var _w: Int? = nil
                var _h: Int? = nil
                try reader.readObject { key, reader in
                    switch key {
                    case "w": _w = try reader.readOptional { r0 in try r0.readInteger(Int.self) }
                    case "h": _h = try reader.readOptional { r0 in try r0.readInteger(Int.self) }
                    default: try reader.skipValue()
                    }
                }
                self.init(w: _w, h: _h)
            }

            /// Checks the constraints the spec sets on this value.
            internal func validate() throws(ValidationError) {}
        }
    }
}
