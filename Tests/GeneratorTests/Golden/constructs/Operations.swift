// Generated from openapi.json by arize-openapi-generator. Do not edit.

@_spi(Generated) import ArizeOpenAPIRuntime
import Foundation

/// The operations of Constructs fixture, one namespace each.
internal enum Operations {}

extension Operations {
    /// `GET /session` (`getSession`)
    internal enum GetSession: ArizeOpenAPIRuntime.APIOperation {
        /// `getSession`
        internal static let operationID = "getSession"
        /// `GET`
        internal static let method = ArizeOpenAPIRuntime.TransportRequest.Method(rawValue: "GET")
        /// The path as the spec writes it.
        internal static let pathTemplate = "/session"

        /// The parameters and body of `getSession`.
        internal struct Input: Swift.Sendable, Swift.Equatable, ArizeOpenAPIRuntime.Validatable {
            /// Cookie parameter `session_id`.
            internal var sessionID: Swift.String
            /// Cookie parameter `theme`.
            internal var theme: Swift.String?

            /// Creates an input; optional parameters default to `nil`.
            internal init(sessionID: Swift.String, theme: Swift.String? = nil) {
                self.sessionID = sessionID
                self.theme = theme
            }

            /// Checks the constraints the spec sets on the parameters and body.
            internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {
            }
        }

        /// The responses of `getSession`, one case per documented status.
        internal enum Output: ArizeOpenAPIRuntime.OperationOutput {
            /// Fine.
            ///
            /// Status `204`.
            case noContent
            /// A status the spec does not document for this operation.
            case undocumented(ArizeOpenAPIRuntime.UndocumentedResponse)

            /// The response's status code.
            internal var statusCode: Swift.Int {
                switch self {
                case .noContent: 204
                case .undocumented(let response): response.statusCode
                }
            }

            /// The decoded body, if the response has one.
            internal var decodedBody: (any Swift.Sendable)? {
                switch self {
                case .noContent: nil
                case .undocumented: nil
                }
            }
        }

        /// Validates the input and builds the HTTP request.
        internal static func makeRequest(_ input: Input) throws -> ArizeOpenAPIRuntime.TransportRequest {
            try input.validate()
            var request = ArizeOpenAPIRuntime.TransportRequest(operationID: operationID, method: method, path: "/session")
            var cookies: [Swift.String] = []
            cookies.append("session_id=" + ArizeOpenAPIRuntime.PercentEncoding.queryComponent(input.sessionID))
            if let value = input.theme {
                cookies.append("theme=" + ArizeOpenAPIRuntime.PercentEncoding.queryComponent(value))
            }
            if !cookies.isEmpty { request.headers["Cookie"] = cookies.joined(separator: "; ") }
            return request
        }

        /// Decodes a response by its status code.
        internal static func decodeResponse(_ response: ArizeOpenAPIRuntime.TransportResponse) throws -> Output {
            switch response.statusCode {
            case 204:
                return .noContent
            default:
                return .undocumented(ArizeOpenAPIRuntime.UndocumentedResponse(response))
            }
        }
    }
}

extension Operations {
    /// `GET /search` (`search`)
    internal enum Search: ArizeOpenAPIRuntime.APIOperation {
        /// `search`
        internal static let operationID = "search"
        /// `GET`
        internal static let method = ArizeOpenAPIRuntime.TransportRequest.Method(rawValue: "GET")
        /// The path as the spec writes it.
        internal static let pathTemplate = "/search"

        /// The parameters and body of `search`.
        internal struct Input: Swift.Sendable, Swift.Equatable, ArizeOpenAPIRuntime.Validatable {
            /// Query parameter `filter`.
            internal var filter: Filter?

            /// Creates an input; optional parameters default to `nil`.
            internal init(filter: Filter? = nil) {
                self.filter = filter
            }

            /// Checks the constraints the spec sets on the parameters and body.
            internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {
                if let value = filter {
                    try ArizeOpenAPIRuntime.Check.nested(value, field: "filter")
                }
            }
        }

        /// The responses of `search`, one case per documented status.
        internal enum Output: ArizeOpenAPIRuntime.OperationOutput {
            /// Found.
            ///
            /// Status `204`.
            case noContent
            /// A status the spec does not document for this operation.
            case undocumented(ArizeOpenAPIRuntime.UndocumentedResponse)

            /// The response's status code.
            internal var statusCode: Swift.Int {
                switch self {
                case .noContent: 204
                case .undocumented(let response): response.statusCode
                }
            }

            /// The decoded body, if the response has one.
            internal var decodedBody: (any Swift.Sendable)? {
                switch self {
                case .noContent: nil
                case .undocumented: nil
                }
            }
        }

        /// Validates the input and builds the HTTP request.
        internal static func makeRequest(_ input: Input) throws -> ArizeOpenAPIRuntime.TransportRequest {
            try input.validate()
            var request = ArizeOpenAPIRuntime.TransportRequest(operationID: operationID, method: method, path: "/search")
            if let value = input.filter {
                for item in try ArizeOpenAPIRuntime.DeepObject.queryItems(name: "filter", value: value) { request.query.append(item) }
            }
            return request
        }

        /// Decodes a response by its status code.
        internal static func decodeResponse(_ response: ArizeOpenAPIRuntime.TransportResponse) throws -> Output {
            switch response.statusCode {
            case 204:
                return .noContent
            default:
                return .undocumented(ArizeOpenAPIRuntime.UndocumentedResponse(response))
            }
        }

        internal struct Filter: Swift.Encodable, Swift.Equatable, Swift.Sendable, ArizeOpenAPIRuntime.Validatable, ArizeOpenAPIRuntime.JSONReadable {
            internal var name: Swift.String?
            internal var tags: [Swift.String]?
            internal var range: Range?
            internal var `open`: Swift.Bool?

            /// Creates a value; optional properties default to `nil`.
            internal init(name: Swift.String? = nil, tags: [Swift.String]? = nil, range: Range? = nil, `open`: Swift.Bool? = nil) {
                self.name = name
                self.tags = tags
                self.range = range
                self.`open` = `open`
            }

            /// Encodes the properties under their JSON names.
            internal func encode(to encoder: any Swift.Encoder) throws {
                var container = encoder.container(keyedBy: ArizeOpenAPIRuntime.AnyCodingKey.self)
                try container.encodeIfPresent(self.name, forKey: ArizeOpenAPIRuntime.AnyCodingKey("name"))
                try container.encodeIfPresent(self.tags, forKey: ArizeOpenAPIRuntime.AnyCodingKey("tags"))
                try container.encodeIfPresent(self.range, forKey: ArizeOpenAPIRuntime.AnyCodingKey("range"))
                try container.encodeIfPresent(self.`open`, forKey: ArizeOpenAPIRuntime.AnyCodingKey("open"))
            }

            /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
            internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
                var _name: Swift.String? = nil
                var _tags: [Swift.String]? = nil
                var _range: Range? = nil
                var _open: Swift.Bool? = nil
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
            internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {
                if let value = range {
                    try ArizeOpenAPIRuntime.Check.nested(value, field: "range")
                }
            }

            internal struct Range: Swift.Encodable, Swift.Equatable, Swift.Sendable, ArizeOpenAPIRuntime.Validatable, ArizeOpenAPIRuntime.JSONReadable {
                internal var from: Swift.Int?
                internal var to: Swift.Int?

                /// Creates a value; optional properties default to `nil`.
                internal init(from: Swift.Int? = nil, to: Swift.Int? = nil) {
                    self.from = from
                    self.to = to
                }

                /// Encodes the properties under their JSON names.
                internal func encode(to encoder: any Swift.Encoder) throws {
                    var container = encoder.container(keyedBy: ArizeOpenAPIRuntime.AnyCodingKey.self)
                    try container.encodeIfPresent(self.from, forKey: ArizeOpenAPIRuntime.AnyCodingKey("from"))
                    try container.encodeIfPresent(self.to, forKey: ArizeOpenAPIRuntime.AnyCodingKey("to"))
                }

                /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
                internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
                    var _from: Swift.Int? = nil
                    var _to: Swift.Int? = nil
                    try reader.readObject { key, reader in
                        switch key {
                        case "from": _from = try reader.readOptional { r0 in try r0.readInteger(Swift.Int.self) }
                        case "to": _to = try reader.readOptional { r0 in try r0.readInteger(Swift.Int.self) }
                        default: try reader.skipValue()
                        }
                    }
                    self.init(from: _from, to: _to)
                }

                /// Checks the constraints the spec sets on this value.
                internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {}
            }
        }
    }
}

extension Operations {
    /// `POST /login` (`login`)
    internal enum Login: ArizeOpenAPIRuntime.APIOperation {
        /// `login`
        internal static let operationID = "login"
        /// `POST`
        internal static let method = ArizeOpenAPIRuntime.TransportRequest.Method(rawValue: "POST")
        /// The path as the spec writes it.
        internal static let pathTemplate = "/login"

        /// The parameters and body of `login`.
        internal struct Input: Swift.Sendable, Swift.Equatable, ArizeOpenAPIRuntime.Validatable {
            /// The request body (`application/x-www-form-urlencoded`).
            internal var body: Body

            /// Creates an input; optional parameters default to `nil`.
            internal init(body: Body) {
                self.body = body
            }

            /// Checks the constraints the spec sets on the parameters and body.
            internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {
                try body.validate()
            }
        }

        /// The responses of `login`, one case per documented status.
        internal enum Output: ArizeOpenAPIRuntime.OperationOutput {
            /// In.
            ///
            /// Status `204`.
            case noContent
            /// A status the spec does not document for this operation.
            case undocumented(ArizeOpenAPIRuntime.UndocumentedResponse)

            /// The response's status code.
            internal var statusCode: Swift.Int {
                switch self {
                case .noContent: 204
                case .undocumented(let response): response.statusCode
                }
            }

            /// The decoded body, if the response has one.
            internal var decodedBody: (any Swift.Sendable)? {
                switch self {
                case .noContent: nil
                case .undocumented: nil
                }
            }
        }

        /// Validates the input and builds the HTTP request.
        internal static func makeRequest(_ input: Input) throws -> ArizeOpenAPIRuntime.TransportRequest {
            try input.validate()
            var request = ArizeOpenAPIRuntime.TransportRequest(operationID: operationID, method: method, path: "/login")
            request.headers["Content-Type"] = "application/x-www-form-urlencoded"
            request.body = try ArizeOpenAPIRuntime.FormEncoding.body(input.body)
            return request
        }

        /// Decodes a response by its status code.
        internal static func decodeResponse(_ response: ArizeOpenAPIRuntime.TransportResponse) throws -> Output {
            switch response.statusCode {
            case 204:
                return .noContent
            default:
                return .undocumented(ArizeOpenAPIRuntime.UndocumentedResponse(response))
            }
        }

        internal struct Body: Swift.Encodable, Swift.Equatable, Swift.Sendable, ArizeOpenAPIRuntime.Validatable, ArizeOpenAPIRuntime.JSONReadable {
            internal var username: Swift.String
            internal var remember: Swift.Bool?
            internal var scopes: [Swift.String]?

            /// Creates a value; optional properties default to `nil`.
            internal init(username: Swift.String, remember: Swift.Bool? = nil, scopes: [Swift.String]? = nil) {
                self.username = username
                self.remember = remember
                self.scopes = scopes
            }

            /// Encodes the properties under their JSON names.
            internal func encode(to encoder: any Swift.Encoder) throws {
                var container = encoder.container(keyedBy: ArizeOpenAPIRuntime.AnyCodingKey.self)
                try container.encode(self.username, forKey: ArizeOpenAPIRuntime.AnyCodingKey("username"))
                try container.encodeIfPresent(self.remember, forKey: ArizeOpenAPIRuntime.AnyCodingKey("remember"))
                try container.encodeIfPresent(self.scopes, forKey: ArizeOpenAPIRuntime.AnyCodingKey("scopes"))
            }

            /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
            internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
                var _username: Swift.String? = nil
                var _remember: Swift.Bool? = nil
                var _scopes: [Swift.String]? = nil
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
            internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {}
        }
    }
}

extension Operations {
    /// `GET /reports` (`getReport`)
    internal enum GetReport: ArizeOpenAPIRuntime.APIOperation {
        /// `getReport`
        internal static let operationID = "getReport"
        /// `GET`
        internal static let method = ArizeOpenAPIRuntime.TransportRequest.Method(rawValue: "GET")
        /// The path as the spec writes it.
        internal static let pathTemplate = "/reports"

        /// The parameters and body of `getReport`.
        internal struct Input: Swift.Sendable, Swift.Equatable, ArizeOpenAPIRuntime.Validatable {
            /// Query parameter `color`.
            internal var color: Color?
            /// Query parameter `point`.
            internal var point: Point?
            /// Query parameter `key`.
            internal var key: Components.Schemas.IDOrName?
            /// Query parameter `where`.
            internal var `where`: Where?
            /// Header parameter `X-Shape`.
            internal var xShape: XShape?

            /// Creates an input; optional parameters default to `nil`.
            internal init(color: Color? = nil, point: Point? = nil, key: Components.Schemas.IDOrName? = nil, `where`: Where? = nil, xShape: XShape? = nil) {
                self.color = color
                self.point = point
                self.key = key
                self.`where` = `where`
                self.xShape = xShape
            }

            /// Checks the constraints the spec sets on the parameters and body.
            internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {
                if let value = color {
                    try ArizeOpenAPIRuntime.Check.nested(value, field: "color")
                }
                if let value = point {
                    try ArizeOpenAPIRuntime.Check.nested(value, field: "point")
                }
                if let value = key {
                    try ArizeOpenAPIRuntime.Check.nested(value, field: "key")
                }
                if let value = `where` {
                    try ArizeOpenAPIRuntime.Check.nested(value, field: "where")
                }
                if let value = xShape {
                    try ArizeOpenAPIRuntime.Check.nested(value, field: "xShape")
                }
            }
        }

        /// The responses of `getReport`, one case per documented status.
        internal enum Output: ArizeOpenAPIRuntime.OperationOutput {
            /// Reported.
            ///
            /// Status `204`.
            case noContent
            /// A status the spec does not document for this operation.
            case undocumented(ArizeOpenAPIRuntime.UndocumentedResponse)

            /// The response's status code.
            internal var statusCode: Swift.Int {
                switch self {
                case .noContent: 204
                case .undocumented(let response): response.statusCode
                }
            }

            /// The decoded body, if the response has one.
            internal var decodedBody: (any Swift.Sendable)? {
                switch self {
                case .noContent: nil
                case .undocumented: nil
                }
            }
        }

        /// Validates the input and builds the HTTP request.
        internal static func makeRequest(_ input: Input) throws -> ArizeOpenAPIRuntime.TransportRequest {
            try input.validate()
            var request = ArizeOpenAPIRuntime.TransportRequest(operationID: operationID, method: method, path: "/reports")
            if let value = input.color {
                for item in try ArizeOpenAPIRuntime.StyledParameter.queryItems(name: "color", value: value, explode: true) { request.query.append(item) }
            }
            if let value = input.point {
                for item in try ArizeOpenAPIRuntime.StyledParameter.queryItems(name: "point", value: value, explode: false) { request.query.append(item) }
            }
            if let value = input.key {
                for item in try ArizeOpenAPIRuntime.StyledParameter.queryItems(name: "key", value: value, explode: true) { request.query.append(item) }
            }
            if let value = input.`where` {
                request.query.append((name: "where", value: try ArizeOpenAPIRuntime.StyledParameter.json(value)))
            }
            if let value = input.xShape {
                request.headers.append(name: "X-Shape", value: try ArizeOpenAPIRuntime.StyledParameter.headerValue(value, explode: false))
            }
            return request
        }

        /// Decodes a response by its status code.
        internal static func decodeResponse(_ response: ArizeOpenAPIRuntime.TransportResponse) throws -> Output {
            switch response.statusCode {
            case 204:
                return .noContent
            default:
                return .undocumented(ArizeOpenAPIRuntime.UndocumentedResponse(response))
            }
        }

        internal struct Color: Swift.Encodable, Swift.Equatable, Swift.Sendable, ArizeOpenAPIRuntime.Validatable, ArizeOpenAPIRuntime.JSONReadable {
            internal var r: Swift.Int?
            internal var g: Swift.Int?

            /// Creates a value; optional properties default to `nil`.
            internal init(r: Swift.Int? = nil, g: Swift.Int? = nil) {
                self.r = r
                self.g = g
            }

            /// Encodes the properties under their JSON names.
            internal func encode(to encoder: any Swift.Encoder) throws {
                var container = encoder.container(keyedBy: ArizeOpenAPIRuntime.AnyCodingKey.self)
                try container.encodeIfPresent(self.r, forKey: ArizeOpenAPIRuntime.AnyCodingKey("R"))
                try container.encodeIfPresent(self.g, forKey: ArizeOpenAPIRuntime.AnyCodingKey("G"))
            }

            /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
            internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
                var _r: Swift.Int? = nil
                var _g: Swift.Int? = nil
                try reader.readObject { key, reader in
                    switch key {
                    case "R": _r = try reader.readOptional { r0 in try r0.readInteger(Swift.Int.self) }
                    case "G": _g = try reader.readOptional { r0 in try r0.readInteger(Swift.Int.self) }
                    default: try reader.skipValue()
                    }
                }
                self.init(r: _r, g: _g)
            }

            /// Checks the constraints the spec sets on this value.
            internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {}
        }

        internal struct Point: Swift.Encodable, Swift.Equatable, Swift.Sendable, ArizeOpenAPIRuntime.Validatable, ArizeOpenAPIRuntime.JSONReadable {
            internal var x: Swift.Int?
            internal var y: Swift.Int?

            /// Creates a value; optional properties default to `nil`.
            internal init(x: Swift.Int? = nil, y: Swift.Int? = nil) {
                self.x = x
                self.y = y
            }

            /// Encodes the properties under their JSON names.
            internal func encode(to encoder: any Swift.Encoder) throws {
                var container = encoder.container(keyedBy: ArizeOpenAPIRuntime.AnyCodingKey.self)
                try container.encodeIfPresent(self.x, forKey: ArizeOpenAPIRuntime.AnyCodingKey("x"))
                try container.encodeIfPresent(self.y, forKey: ArizeOpenAPIRuntime.AnyCodingKey("y"))
            }

            /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
            internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
                var _x: Swift.Int? = nil
                var _y: Swift.Int? = nil
                try reader.readObject { key, reader in
                    switch key {
                    case "x": _x = try reader.readOptional { r0 in try r0.readInteger(Swift.Int.self) }
                    case "y": _y = try reader.readOptional { r0 in try r0.readInteger(Swift.Int.self) }
                    default: try reader.skipValue()
                    }
                }
                self.init(x: _x, y: _y)
            }

            /// Checks the constraints the spec sets on this value.
            internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {}
        }

        internal struct Where: Swift.Encodable, Swift.Equatable, Swift.Sendable, ArizeOpenAPIRuntime.Validatable, ArizeOpenAPIRuntime.JSONReadable {
            internal var owner: Swift.String?

            /// Creates a value; optional properties default to `nil`.
            internal init(owner: Swift.String? = nil) {
                self.owner = owner
            }

            /// Encodes the properties under their JSON names.
            internal func encode(to encoder: any Swift.Encoder) throws {
                var container = encoder.container(keyedBy: ArizeOpenAPIRuntime.AnyCodingKey.self)
                try container.encodeIfPresent(self.owner, forKey: ArizeOpenAPIRuntime.AnyCodingKey("owner"))
            }

            /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
            internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
                var _owner: Swift.String? = nil
                try reader.readObject { key, reader in
                    switch key {
                    case "owner": _owner = try reader.readOptional { r0 in try r0.readString() }
                    default: try reader.skipValue()
                    }
                }
                self.init(owner: _owner)
            }

            /// Checks the constraints the spec sets on this value.
            internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {}
        }

        internal struct XShape: Swift.Encodable, Swift.Equatable, Swift.Sendable, ArizeOpenAPIRuntime.Validatable, ArizeOpenAPIRuntime.JSONReadable {
            internal var w: Swift.Int?
            internal var h: Swift.Int?

            /// Creates a value; optional properties default to `nil`.
            internal init(w: Swift.Int? = nil, h: Swift.Int? = nil) {
                self.w = w
                self.h = h
            }

            /// Encodes the properties under their JSON names.
            internal func encode(to encoder: any Swift.Encoder) throws {
                var container = encoder.container(keyedBy: ArizeOpenAPIRuntime.AnyCodingKey.self)
                try container.encodeIfPresent(self.w, forKey: ArizeOpenAPIRuntime.AnyCodingKey("w"))
                try container.encodeIfPresent(self.h, forKey: ArizeOpenAPIRuntime.AnyCodingKey("h"))
            }

            /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
            internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
                var _w: Swift.Int? = nil
                var _h: Swift.Int? = nil
                try reader.readObject { key, reader in
                    switch key {
                    case "w": _w = try reader.readOptional { r0 in try r0.readInteger(Swift.Int.self) }
                    case "h": _h = try reader.readOptional { r0 in try r0.readInteger(Swift.Int.self) }
                    default: try reader.skipValue()
                    }
                }
                self.init(w: _w, h: _h)
            }

            /// Checks the constraints the spec sets on this value.
            internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {}
        }
    }
}

extension Operations {
    /// `POST /avatars` (`uploadAvatar`)
    internal enum UploadAvatar: ArizeOpenAPIRuntime.APIOperation {
        /// `uploadAvatar`
        internal static let operationID = "uploadAvatar"
        /// `POST`
        internal static let method = ArizeOpenAPIRuntime.TransportRequest.Method(rawValue: "POST")
        /// The path as the spec writes it.
        internal static let pathTemplate = "/avatars"

        /// The parameters and body of `uploadAvatar`.
        internal struct Input: Swift.Sendable, Swift.Equatable, ArizeOpenAPIRuntime.Validatable {
            /// The request body (`multipart/form-data`).
            internal var body: Body

            /// Creates an input; optional parameters default to `nil`.
            internal init(body: Body) {
                self.body = body
            }

            /// Checks the constraints the spec sets on the parameters and body.
            internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {
                try body.validate()
            }
        }

        /// The responses of `uploadAvatar`, one case per documented status.
        internal enum Output: ArizeOpenAPIRuntime.OperationOutput {
            /// Stored.
            ///
            /// Status `204`.
            case noContent
            /// A status the spec does not document for this operation.
            case undocumented(ArizeOpenAPIRuntime.UndocumentedResponse)

            /// The response's status code.
            internal var statusCode: Swift.Int {
                switch self {
                case .noContent: 204
                case .undocumented(let response): response.statusCode
                }
            }

            /// The decoded body, if the response has one.
            internal var decodedBody: (any Swift.Sendable)? {
                switch self {
                case .noContent: nil
                case .undocumented: nil
                }
            }
        }

        /// Validates the input and builds the HTTP request.
        internal static func makeRequest(_ input: Input) throws -> ArizeOpenAPIRuntime.TransportRequest {
            try input.validate()
            var request = ArizeOpenAPIRuntime.TransportRequest(operationID: operationID, method: method, path: "/avatars")
            let multipart = try ArizeOpenAPIRuntime.MultipartEncoding.body(input.body, binaryFields: ["image", "thumbnails"])
            request.headers["Content-Type"] = multipart.contentType
            request.body = multipart.data
            return request
        }

        /// Decodes a response by its status code.
        internal static func decodeResponse(_ response: ArizeOpenAPIRuntime.TransportResponse) throws -> Output {
            switch response.statusCode {
            case 204:
                return .noContent
            default:
                return .undocumented(ArizeOpenAPIRuntime.UndocumentedResponse(response))
            }
        }

        internal struct Body: Swift.Encodable, Swift.Equatable, Swift.Sendable, ArizeOpenAPIRuntime.Validatable, ArizeOpenAPIRuntime.JSONReadable {
            internal var userID: Swift.String
            internal var image: Foundation.Data
            internal var thumbnails: [Foundation.Data]?
            internal var crop: Crop?
            internal var visible: Swift.Bool?
            internal var caption: Swift.String?

            /// Creates a value; optional properties default to `nil`.
            internal init(userID: Swift.String, image: Foundation.Data, thumbnails: [Foundation.Data]? = nil, crop: Crop? = nil, visible: Swift.Bool? = nil, caption: Swift.String? = nil) {
                self.userID = userID
                self.image = image
                self.thumbnails = thumbnails
                self.crop = crop
                self.visible = visible
                self.caption = caption
            }

            /// Encodes the properties under their JSON names.
            internal func encode(to encoder: any Swift.Encoder) throws {
                var container = encoder.container(keyedBy: ArizeOpenAPIRuntime.AnyCodingKey.self)
                try container.encode(self.userID, forKey: ArizeOpenAPIRuntime.AnyCodingKey("user_id"))
                try container.encode(self.image, forKey: ArizeOpenAPIRuntime.AnyCodingKey("image"))
                try container.encodeIfPresent(self.thumbnails, forKey: ArizeOpenAPIRuntime.AnyCodingKey("thumbnails"))
                try container.encodeIfPresent(self.crop, forKey: ArizeOpenAPIRuntime.AnyCodingKey("crop"))
                try container.encodeIfPresent(self.visible, forKey: ArizeOpenAPIRuntime.AnyCodingKey("visible"))
                try container.encodeIfPresent(self.caption, forKey: ArizeOpenAPIRuntime.AnyCodingKey("caption"))
            }

            /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
            internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
                var _userID: Swift.String? = nil
                var _image: Foundation.Data? = nil
                var _thumbnails: [Foundation.Data]? = nil
                var _crop: Crop? = nil
                var _visible: Swift.Bool? = nil
                var _caption: Swift.String? = nil
                try reader.readObject { key, reader in
                    switch key {
                    case "user_id": _userID = try reader.readString()
                    case "image": _image = try reader.readDecodable(Foundation.Data.self)
                    case "thumbnails": _thumbnails = try reader.readOptional { r0 in try r0.readArray { r1 in try r1.readDecodable(Foundation.Data.self) } }
                    case "crop": _crop = try reader.readOptional { r0 in try Crop(reading: &r0) }
                    case "visible": _visible = try reader.readOptional { r0 in try r0.readBool() }
                    case "caption": _caption = try reader.readOptional { r0 in try r0.readString() }
                    default: try reader.skipValue()
                    }
                }
                guard let _userID else { throw reader.missing("user_id") }
                guard let _image else { throw reader.missing("image") }
                self.init(userID: _userID, image: _image, thumbnails: _thumbnails, crop: _crop, visible: _visible, caption: _caption)
            }

            /// Checks the constraints the spec sets on this value.
            internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {
                if let value = crop {
                    try ArizeOpenAPIRuntime.Check.nested(value, field: "crop")
                }
            }

            internal struct Crop: Swift.Encodable, Swift.Equatable, Swift.Sendable, ArizeOpenAPIRuntime.Validatable, ArizeOpenAPIRuntime.JSONReadable {
                internal var x: Swift.Int?
                internal var y: Swift.Int?

                /// Creates a value; optional properties default to `nil`.
                internal init(x: Swift.Int? = nil, y: Swift.Int? = nil) {
                    self.x = x
                    self.y = y
                }

                /// Encodes the properties under their JSON names.
                internal func encode(to encoder: any Swift.Encoder) throws {
                    var container = encoder.container(keyedBy: ArizeOpenAPIRuntime.AnyCodingKey.self)
                    try container.encodeIfPresent(self.x, forKey: ArizeOpenAPIRuntime.AnyCodingKey("x"))
                    try container.encodeIfPresent(self.y, forKey: ArizeOpenAPIRuntime.AnyCodingKey("y"))
                }

                /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
                internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
                    var _x: Swift.Int? = nil
                    var _y: Swift.Int? = nil
                    try reader.readObject { key, reader in
                        switch key {
                        case "x": _x = try reader.readOptional { r0 in try r0.readInteger(Swift.Int.self) }
                        case "y": _y = try reader.readOptional { r0 in try r0.readInteger(Swift.Int.self) }
                        default: try reader.skipValue()
                        }
                    }
                    self.init(x: _x, y: _y)
                }

                /// Checks the constraints the spec sets on this value.
                internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {}
            }
        }
    }
}

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
    internal enum HostilePublicLetInjectedOp1: ArizeOpenAPIRuntime.APIOperation {
        /// `hostile
        /// }
        /// public let injectedOp = 1
        /// //`
        internal static let operationID = "hostile\n}\npublic let injectedOp = 1\r//"
        /// `POST`
        internal static let method = ArizeOpenAPIRuntime.TransportRequest.Method(rawValue: "POST")
        /// The path as the spec writes it.
        internal static let pathTemplate = "/hostile"

        /// The parameters and body of `hostile
        /// }
        /// public let injectedOp = 1
        /// //`.
        internal struct Input: Swift.Sendable, Swift.Equatable, ArizeOpenAPIRuntime.Validatable {
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
            internal var qLetInjectedP1: Swift.String?
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
            internal var body: Components.Schemas.Hostile

            /// Creates an input; optional parameters default to `nil`.
            internal init(qLetInjectedP1: Swift.String? = nil, body: Components.Schemas.Hostile) {
                self.qLetInjectedP1 = qLetInjectedP1
                self.body = body
            }

            /// Checks the constraints the spec sets on the parameters and body.
            internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {
                try body.validate()
            }
        }

        /// The headers of the `ok` response.
        internal struct OkHeaders: Swift.Sendable, Swift.Equatable {
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
            internal var xNote: Swift.String?

            /// Creates the headers.
            internal init(xNote: Swift.String? = nil) {
                self.xNote = xNote
            }
        }

        /// The responses of `hostile
        /// }
        /// public let injectedOp = 1
        /// //`, one case per documented status.
        internal enum Output: ArizeOpenAPIRuntime.OperationOutput {
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
            case ok(Components.Schemas.Hostile, headers: OkHeaders)
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
                case .ok(let body, _): body
                case .undocumented: nil
                }
            }
        }

        /// Validates the input and builds the HTTP request.
        internal static func makeRequest(_ input: Input) throws -> ArizeOpenAPIRuntime.TransportRequest {
            try input.validate()
            var request = ArizeOpenAPIRuntime.TransportRequest(operationID: operationID, method: method, path: "/hostile")
            if let value = input.qLetInjectedP1 {
                request.query.append((name: "q\r\nlet injectedP = 1", value: value))
            }
            request.headers["Accept"] = "application/json"
            request.headers["Content-Type"] = "application/json"
            request.body = try ArizeOpenAPIRuntime.encodeJSONBody(input.body)
            return request
        }

        /// Decodes a response by its status code.
        internal static func decodeResponse(_ response: ArizeOpenAPIRuntime.TransportResponse) throws -> Output {
            switch response.statusCode {
            case 200:
                return .ok(try response.decodeJSON(Components.Schemas.Hostile.self, operationID: operationID), headers: OkHeaders(xNote: response.stringHeader("X-Note")))
            default:
                return .undocumented(ArizeOpenAPIRuntime.UndocumentedResponse(response))
            }
        }
    }
}

extension Operations {
    /// Fetch a pet
    ///
    /// `GET /pets/{pet_id}` (`getPet`)
    internal enum GetPet: ArizeOpenAPIRuntime.APIOperation {
        /// `getPet`
        internal static let operationID = "getPet"
        /// `GET`
        internal static let method = ArizeOpenAPIRuntime.TransportRequest.Method(rawValue: "GET")
        /// The path as the spec writes it.
        internal static let pathTemplate = "/pets/{pet_id}"

        /// The parameters and body of `getPet`.
        internal struct Input: Swift.Sendable, Swift.Equatable, ArizeOpenAPIRuntime.Validatable {
            /// Path parameter `pet_id`.
            internal var petID: Swift.String
            /// Query parameter `tags`.
            internal var tags: [Swift.String]?
            /// Query parameter `kinds`.
            internal var kinds: [Components.Schemas.PetKind]?
            /// Query parameter `since`.
            internal var since: Foundation.Date?
            /// Query parameter `limit`.
            internal var limit: Swift.Int?
            /// Header parameter `X-Request-ID`.
            internal var xRequestID: Swift.String?

            /// Creates an input; optional parameters default to `nil`.
            internal init(petID: Swift.String, tags: [Swift.String]? = nil, kinds: [Components.Schemas.PetKind]? = nil, since: Foundation.Date? = nil, limit: Swift.Int? = nil, xRequestID: Swift.String? = nil) {
                self.petID = petID
                self.tags = tags
                self.kinds = kinds
                self.since = since
                self.limit = limit
                self.xRequestID = xRequestID
            }

            /// Checks the constraints the spec sets on the parameters and body.
            internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {
                try ArizeOpenAPIRuntime.Check.length(petID, min: 1, max: nil, field: "petID")
                if let value = limit {
                    try ArizeOpenAPIRuntime.Check.range(value, min: 1, max: 10, field: "limit")
                }
            }
        }

        /// The headers of the `ok` response.
        internal struct OkHeaders: Swift.Sendable, Swift.Equatable {
            /// Header `X-Rate-Remaining`; `nil` when absent or malformed.
            internal var xRateRemaining: Swift.Int?
            /// Header `X-Cached`; `nil` when absent or malformed.
            internal var xCached: Swift.Bool?

            /// Creates the headers.
            internal init(xRateRemaining: Swift.Int? = nil, xCached: Swift.Bool? = nil) {
                self.xRateRemaining = xRateRemaining
                self.xCached = xCached
            }
        }

        /// The responses of `getPet`, one case per documented status.
        internal enum Output: ArizeOpenAPIRuntime.OperationOutput {
            /// The pet.
            ///
            /// Status `200`.
            case ok(Components.Schemas.Pet, headers: OkHeaders)
            /// Not modified.
            ///
            /// Status `304`.
            case notModified
            /// A client error.
            ///
            /// Status `4XX`.
            case clientError(statusCode: Swift.Int, Components.Schemas.Problem)
            /// Anything else.
            ///
            /// Status any status not listed.
            case `default`(statusCode: Swift.Int, Foundation.Data)
            /// A status the spec does not document for this operation.
            case undocumented(ArizeOpenAPIRuntime.UndocumentedResponse)

            /// The response's status code.
            internal var statusCode: Swift.Int {
                switch self {
                case .ok: 200
                case .notModified: 304
                case .clientError(let statusCode, _): statusCode
                case .`default`(let statusCode, _): statusCode
                case .undocumented(let response): response.statusCode
                }
            }

            /// The decoded body, if the response has one.
            internal var decodedBody: (any Swift.Sendable)? {
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
        internal static func makeRequest(_ input: Input) throws -> ArizeOpenAPIRuntime.TransportRequest {
            try input.validate()
            var request = try ArizeOpenAPIRuntime.TransportRequest(operationID: operationID, method: method, path: "/pets/" + ArizeOpenAPIRuntime.PercentEncoding.pathSegment(input.petID, field: "petID"))
            if let value = input.tags {
                for item in value { request.query.append((name: "tags", value: item)) }
            }
            if let value = input.kinds {
                request.query.append((name: "kinds", value: value.map { $0.rawValue }.joined(separator: ",")))
            }
            if let value = input.since {
                request.query.append((name: "since", value: ArizeOpenAPIRuntime.RFC3339.string(from: value)))
            }
            if let value = input.limit {
                request.query.append((name: "limit", value: Swift.String(value)))
            }
            if let value = input.xRequestID {
                request.headers.append(name: "X-Request-ID", value: value)
            }
            request.headers["Accept"] = "application/json, application/problem+json, text/plain"
            return request
        }

        /// Decodes a response by its status code.
        internal static func decodeResponse(_ response: ArizeOpenAPIRuntime.TransportResponse) throws -> Output {
            switch response.statusCode {
            case 200:
                return .ok(try response.decodeJSON(Components.Schemas.Pet.self, operationID: operationID), headers: OkHeaders(xRateRemaining: response.integerHeader("X-Rate-Remaining"), xCached: response.stringHeader("X-Cached").flatMap(Swift.Bool.init)))
            case 304:
                return .notModified
            case 400...499:
                return .clientError(statusCode: response.statusCode, try response.decodeJSON(Components.Schemas.Problem.self, operationID: operationID))
            default:
                return .`default`(statusCode: response.statusCode, response.body)
            }
        }
    }
}

extension Operations {
    /// `PUT /pets/{pet_id}` (`put-pet`)
    internal enum PutPet: ArizeOpenAPIRuntime.APIOperation {
        /// `put-pet`
        internal static let operationID = "put-pet"
        /// `PUT`
        internal static let method = ArizeOpenAPIRuntime.TransportRequest.Method(rawValue: "PUT")
        /// The path as the spec writes it.
        internal static let pathTemplate = "/pets/{pet_id}"

        /// The parameters and body of `put-pet`.
        internal struct Input: Swift.Sendable, Swift.Equatable, ArizeOpenAPIRuntime.Validatable {
            /// Path parameter `pet_id`.
            internal var petID: Swift.String
            /// The request body (`application/json`).
            internal var body: Body

            /// Creates an input; optional parameters default to `nil`.
            internal init(petID: Swift.String, body: Body) {
                self.petID = petID
                self.body = body
            }

            /// Checks the constraints the spec sets on the parameters and body.
            internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {
                try ArizeOpenAPIRuntime.Check.length(petID, min: 1, max: nil, field: "petID")
                try body.validate()
            }
        }

        /// The headers of the `unprocessableContent` response.
        internal struct UnprocessableContentHeaders: Swift.Sendable, Swift.Equatable {
            /// Header `Retry-After`; `nil` when absent or malformed.
            internal var retryAfter: Swift.Int?

            /// Creates the headers.
            internal init(retryAfter: Swift.Int? = nil) {
                self.retryAfter = retryAfter
            }
        }

        /// The responses of `put-pet`, one case per documented status.
        internal enum Output: ArizeOpenAPIRuntime.OperationOutput {
            /// Saved.
            ///
            /// Status `204`.
            case noContent
            /// Invalid input.
            ///
            /// Status `422`.
            case unprocessableContent(Components.Schemas.Problem, headers: UnprocessableContentHeaders)
            /// A status the spec does not document for this operation.
            case undocumented(ArizeOpenAPIRuntime.UndocumentedResponse)

            /// The response's status code.
            internal var statusCode: Swift.Int {
                switch self {
                case .noContent: 204
                case .unprocessableContent: 422
                case .undocumented(let response): response.statusCode
                }
            }

            /// The decoded body, if the response has one.
            internal var decodedBody: (any Swift.Sendable)? {
                switch self {
                case .noContent: nil
                case .unprocessableContent(let body, _): body
                case .undocumented: nil
                }
            }
        }

        /// Validates the input and builds the HTTP request.
        internal static func makeRequest(_ input: Input) throws -> ArizeOpenAPIRuntime.TransportRequest {
            try input.validate()
            var request = try ArizeOpenAPIRuntime.TransportRequest(operationID: operationID, method: method, path: "/pets/" + ArizeOpenAPIRuntime.PercentEncoding.pathSegment(input.petID, field: "petID"))
            request.headers["Accept"] = "application/problem+json"
            request.headers["Content-Type"] = "application/json"
            request.body = try ArizeOpenAPIRuntime.encodeJSONBody(input.body)
            return request
        }

        /// Decodes a response by its status code.
        internal static func decodeResponse(_ response: ArizeOpenAPIRuntime.TransportResponse) throws -> Output {
            switch response.statusCode {
            case 204:
                return .noContent
            case 422:
                return .unprocessableContent(try response.decodeJSON(Components.Schemas.Problem.self, operationID: operationID), headers: UnprocessableContentHeaders(retryAfter: response.integerHeader("Retry-After")))
            default:
                return .undocumented(ArizeOpenAPIRuntime.UndocumentedResponse(response))
            }
        }

        internal struct Body: Swift.Encodable, Swift.Equatable, Swift.Sendable, ArizeOpenAPIRuntime.Validatable, ArizeOpenAPIRuntime.JSONReadable {
            internal var name: Swift.String
            internal var mood: Mood?
            internal var toys: [ToysItem]?

            /// Creates a value; optional properties default to `nil`.
            internal init(name: Swift.String, mood: Mood? = nil, toys: [ToysItem]? = nil) {
                self.name = name
                self.mood = mood
                self.toys = toys
            }

            /// Encodes the properties under their JSON names.
            internal func encode(to encoder: any Swift.Encoder) throws {
                var container = encoder.container(keyedBy: ArizeOpenAPIRuntime.AnyCodingKey.self)
                try container.encode(self.name, forKey: ArizeOpenAPIRuntime.AnyCodingKey("name"))
                try container.encodeIfPresent(self.mood, forKey: ArizeOpenAPIRuntime.AnyCodingKey("mood"))
                try container.encodeIfPresent(self.toys, forKey: ArizeOpenAPIRuntime.AnyCodingKey("toys"))
            }

            /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
            internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
                var _name: Swift.String? = nil
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
            internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {
                try ArizeOpenAPIRuntime.Check.length(name, min: 2, max: 5, field: "name")
                if let value = toys {
                    try ArizeOpenAPIRuntime.Check.count(value.count, min: nil, max: 2, field: "toys")
                    for (index, element) in value.enumerated() {
                        try ArizeOpenAPIRuntime.Check.nested(element, field: "toys[\(index)]")
                    }
                }
            }

            internal enum Mood: Swift.RawRepresentable, Swift.Encodable, Swift.Equatable, Swift.Sendable, Swift.CaseIterable, Swift.CustomStringConvertible, ArizeOpenAPIRuntime.JSONReadable {
                /// `calm`
                case calm
                /// `wild`
                case wild
                /// A value this version of the spec does not know, kept as sent so decoding never fails on it.
                case unknown(Swift.String)

                /// The case for a wire value; `unknown` for values the spec does not list.
                /// Spellings that differ only in case or in `-`/`_` (`read-only`, `READ_ONLY`) match too.
                internal init(rawValue: Swift.String) {
                    switch rawValue {
                    case "calm": self = .calm
                    case "wild": self = .wild
                    default:
                        switch ArizeOpenAPIRuntime.EnumSpelling.normalized(rawValue) {
                        case "CALM": self = .calm
                        case "WILD": self = .wild
                        default: self = .unknown(rawValue)
                        }
                    }
                }

                /// The wire value.
                internal var rawValue: Swift.String {
                    switch self {
                    case .calm: "calm"
                    case .wild: "wild"
                    case .unknown(let value): value
                    }
                }

                /// The documented cases.
                internal static var allCases: [Self] { [.calm, .wild] }

                /// The wire value.
                internal var description: Swift.String { rawValue }

                /// Encodes the wire value.
                internal func encode(to encoder: any Swift.Encoder) throws {
                    var container = encoder.singleValueContainer()
                    try container.encode(rawValue)
                }

                /// Reads any string, known or not, without `JSONDecoder` (known values make no `String`).
                internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
                    let text = try reader.readStringBytes()
                    switch text {
                    case "calm": self = .calm
                    case "wild": self = .wild
                    default: self.init(rawValue: text.stringValue)
                    }
                }
            }

            internal struct ToysItem: Swift.Encodable, Swift.Equatable, Swift.Sendable, ArizeOpenAPIRuntime.Validatable, ArizeOpenAPIRuntime.JSONReadable {
                internal var label: Swift.String?

                /// Creates a value; optional properties default to `nil`.
                internal init(label: Swift.String? = nil) {
                    self.label = label
                }

                /// Encodes the properties under their JSON names.
                internal func encode(to encoder: any Swift.Encoder) throws {
                    var container = encoder.container(keyedBy: ArizeOpenAPIRuntime.AnyCodingKey.self)
                    try container.encodeIfPresent(self.label, forKey: ArizeOpenAPIRuntime.AnyCodingKey("label"))
                }

                /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
                internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
                    var _label: Swift.String? = nil
                    try reader.readObject { key, reader in
                        switch key {
                        case "label": _label = try reader.readOptional { r0 in try r0.readString() }
                        default: try reader.skipValue()
                        }
                    }
                    self.init(label: _label)
                }

                /// Checks the constraints the spec sets on this value.
                internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {
                    if let value = label {
                        try ArizeOpenAPIRuntime.Check.length(value, min: nil, max: 3, field: "label")
                    }
                }
            }
        }
    }
}

extension Operations {
    /// A list of an allOf component: decodes without Decodable in every access mode.
    ///
    /// `GET /owners` (`list_owners`)
    internal enum ListOwners: ArizeOpenAPIRuntime.APIOperation {
        /// `list_owners`
        internal static let operationID = "list_owners"
        /// `GET`
        internal static let method = ArizeOpenAPIRuntime.TransportRequest.Method(rawValue: "GET")
        /// The path as the spec writes it.
        internal static let pathTemplate = "/owners"

        /// The parameters and body of `list_owners`.
        internal struct Input: Swift.Sendable, Swift.Equatable, ArizeOpenAPIRuntime.Validatable {
            /// Creates an input; optional parameters default to `nil`.
            internal init() {
            }

            /// Checks the constraints the spec sets on the parameters and body.
            internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {
            }
        }

        /// The responses of `list_owners`, one case per documented status.
        internal enum Output: ArizeOpenAPIRuntime.OperationOutput {
            /// Owners.
            ///
            /// Status `200`.
            case ok([Components.Schemas.Owner])
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
            var request = ArizeOpenAPIRuntime.TransportRequest(operationID: operationID, method: method, path: "/owners")
            request.headers["Accept"] = "application/json"
            return request
        }

        /// Decodes a response by its status code.
        internal static func decodeResponse(_ response: ArizeOpenAPIRuntime.TransportResponse) throws -> Output {
            switch response.statusCode {
            case 200:
                return .ok(try response.decodeJSON([Components.Schemas.Owner].self, operationID: operationID))
            default:
                return .undocumented(ArizeOpenAPIRuntime.UndocumentedResponse(response))
            }
        }
    }
}

extension Operations {
    /// No parameters, body or Accept: the request is never changed after it is made.
    ///
    /// `GET /ping` (`ping`)
    internal enum Ping: ArizeOpenAPIRuntime.APIOperation {
        /// `ping`
        internal static let operationID = "ping"
        /// `GET`
        internal static let method = ArizeOpenAPIRuntime.TransportRequest.Method(rawValue: "GET")
        /// The path as the spec writes it.
        internal static let pathTemplate = "/ping"

        /// The parameters and body of `ping`.
        internal struct Input: Swift.Sendable, Swift.Equatable, ArizeOpenAPIRuntime.Validatable {
            /// Creates an input; optional parameters default to `nil`.
            internal init() {
            }

            /// Checks the constraints the spec sets on the parameters and body.
            internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {
            }
        }

        /// The responses of `ping`, one case per documented status.
        internal enum Output: ArizeOpenAPIRuntime.OperationOutput {
            /// Alive.
            ///
            /// Status `204`.
            case noContent
            /// A status the spec does not document for this operation.
            case undocumented(ArizeOpenAPIRuntime.UndocumentedResponse)

            /// The response's status code.
            internal var statusCode: Swift.Int {
                switch self {
                case .noContent: 204
                case .undocumented(let response): response.statusCode
                }
            }

            /// The decoded body, if the response has one.
            internal var decodedBody: (any Swift.Sendable)? {
                switch self {
                case .noContent: nil
                case .undocumented: nil
                }
            }
        }

        /// Validates the input and builds the HTTP request.
        internal static func makeRequest(_ input: Input) throws -> ArizeOpenAPIRuntime.TransportRequest {
            try input.validate()
            let request = ArizeOpenAPIRuntime.TransportRequest(operationID: operationID, method: method, path: "/ping")
            return request
        }

        /// Decodes a response by its status code.
        internal static func decodeResponse(_ response: ArizeOpenAPIRuntime.TransportResponse) throws -> Output {
            switch response.statusCode {
            case 204:
                return .noContent
            default:
                return .undocumented(ArizeOpenAPIRuntime.UndocumentedResponse(response))
            }
        }
    }
}

extension Operations {
    /// `POST /events` (`record_event`)
    internal enum RecordEvent: ArizeOpenAPIRuntime.APIOperation {
        /// `record_event`
        internal static let operationID = "record_event"
        /// `POST`
        internal static let method = ArizeOpenAPIRuntime.TransportRequest.Method(rawValue: "POST")
        /// The path as the spec writes it.
        internal static let pathTemplate = "/events"

        /// The parameters and body of `record_event`.
        internal struct Input: Swift.Sendable, Swift.Equatable, ArizeOpenAPIRuntime.Validatable {
            /// The request body (`application/json`).
            internal var body: Components.Schemas.Event?

            /// Creates an input; optional parameters default to `nil`.
            internal init(body: Components.Schemas.Event? = nil) {
                self.body = body
            }

            /// Checks the constraints the spec sets on the parameters and body.
            internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {
                try body?.validate()
            }
        }

        /// The responses of `record_event`, one case per documented status.
        internal enum Output: ArizeOpenAPIRuntime.OperationOutput {
            /// Recorded.
            ///
            /// Status `201`.
            case created(Components.Schemas.Event)
            /// A status the spec does not document for this operation.
            case undocumented(ArizeOpenAPIRuntime.UndocumentedResponse)

            /// The response's status code.
            internal var statusCode: Swift.Int {
                switch self {
                case .created: 201
                case .undocumented(let response): response.statusCode
                }
            }

            /// The decoded body, if the response has one.
            internal var decodedBody: (any Swift.Sendable)? {
                switch self {
                case .created(let body): body
                case .undocumented: nil
                }
            }
        }

        /// Validates the input and builds the HTTP request.
        internal static func makeRequest(_ input: Input) throws -> ArizeOpenAPIRuntime.TransportRequest {
            try input.validate()
            var request = ArizeOpenAPIRuntime.TransportRequest(operationID: operationID, method: method, path: "/events")
            request.headers["Accept"] = "application/json"
            if let body = input.body {
                request.headers["Content-Type"] = "application/json"
                request.body = try ArizeOpenAPIRuntime.encodeJSONBody(body)
            }
            return request
        }

        /// Decodes a response by its status code.
        internal static func decodeResponse(_ response: ArizeOpenAPIRuntime.TransportResponse) throws -> Output {
            switch response.statusCode {
            case 201:
                return .created(try response.decodeJSON(Components.Schemas.Event.self, operationID: operationID))
            default:
                return .undocumented(ArizeOpenAPIRuntime.UndocumentedResponse(response))
            }
        }
    }
}
