// Generated from openapi.json by arize-openapi-generator. Do not edit.

@_spi(Generated) import ArizeOpenAPIRuntime
import Foundation

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
