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

extension Operations {
    /// `POST /avatars` (`uploadAvatar`)
    internal enum UploadAvatar: APIOperation {
        /// `uploadAvatar`
        internal static let operationID = "uploadAvatar"
        /// `POST`
        internal static let method = TransportRequest.Method(rawValue: "POST")
        /// The path as the spec writes it.
        internal static let pathTemplate = "/avatars"

        /// The parameters and body of `uploadAvatar`.
        internal struct Input: Sendable, Equatable, Validatable {
            /// The request body (`multipart/form-data`).
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

        /// The responses of `uploadAvatar`, one case per documented status.
        internal enum Output: OperationOutput {
            /// Stored.
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
            var request = TransportRequest(operationID: operationID, method: method, path: "/avatars")
            let multipart = try MultipartEncoding.body(input.body, binaryFields: ["image", "thumbnails"])
            request.headers["Content-Type"] = multipart.contentType
            request.body = multipart.data
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
            internal var userID: String
            internal var image: Data
            internal var thumbnails: [Data]?
            internal var crop: Crop?
            internal var visible: Bool?
            internal var caption: String?

            /// Creates a value; optional properties default to `nil`.
            internal init(userID: String, image: Data, thumbnails: [Data]? = nil, crop: Crop? = nil, visible: Bool? = nil, caption: String? = nil) {
                self.userID = userID
                self.image = image
                self.thumbnails = thumbnails
                self.crop = crop
                self.visible = visible
                self.caption = caption
            }

            /// Encodes the properties under their JSON names.
            internal func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: AnyCodingKey.self)
                try container.encode(self.userID, forKey: AnyCodingKey("user_id"))
                try container.encode(self.image, forKey: AnyCodingKey("image"))
                try container.encodeIfPresent(self.thumbnails, forKey: AnyCodingKey("thumbnails"))
                try container.encodeIfPresent(self.crop, forKey: AnyCodingKey("crop"))
                try container.encodeIfPresent(self.visible, forKey: AnyCodingKey("visible"))
                try container.encodeIfPresent(self.caption, forKey: AnyCodingKey("caption"))
            }

            /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
            internal init(reading reader: inout JSONReader) throws {
                var _userID: String? = nil
                var _image: Data? = nil
                var _thumbnails: [Data]? = nil
                var _crop: Crop? = nil
                var _visible: Bool? = nil
                var _caption: String? = nil
                try reader.readObject { key, reader in
                    switch key {
                    case "user_id": _userID = try reader.readString()
                    case "image": _image = try reader.readDecodable(Data.self)
                    case "thumbnails": _thumbnails = try reader.readOptional { r0 in try r0.readArray { r1 in try r1.readDecodable(Data.self) } }
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
            internal func validate() throws(ValidationError) {
                if let value = crop {
                    try Check.nested(value, field: "crop")
                }
            }

            internal struct Crop: Encodable, Equatable, Sendable, Validatable, JSONReadable {
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
