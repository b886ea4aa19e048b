// Generated from openapi.json by arize-openapi-generator. Do not edit.

@_spi(Generated) import ArizeOpenAPIRuntime
import Foundation

internal typealias OwnerAlias = Owner

internal typealias Labels = [String: String]

internal struct Metadata: Encodable, Equatable, Sendable, Validatable, JSONReadable {
    internal var name: String
    /// Properties the spec does not name, by name.
    internal var additionalProperties: [String: Int]

    /// Creates a value; optional properties default to `nil`.
    internal init(name: String, additionalProperties: [String: Int] = [:]) {
        self.name = name
        self.additionalProperties = additionalProperties
    }

    /// Encodes the properties under their JSON names.
    internal func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in additionalProperties {
            try container.encode(value, forKey: AnyCodingKey(key))
        }
        try container.encode(self.name, forKey: AnyCodingKey("name"))
    }

    /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
    internal init(reading reader: inout JSONReader) throws {
        var _name: String? = nil
        var _additionalProperties: [String: Int] = [:]
        try reader.readObject { key, reader in
            switch key {
            case "name": _name = try reader.readString()
            default: _additionalProperties[key.stringValue] = try reader.readInteger(Int.self)
            }
        }
        guard let _name else { throw reader.missing("name") }
        self.init(name: _name, additionalProperties: _additionalProperties)
    }

    /// Checks the constraints the spec sets on this value.
    internal func validate() throws(ValidationError) {}
}

internal struct Nullables: Encodable, Equatable, Sendable, Validatable, JSONReadable {
    internal var nickname: String?
    internal var age: Int?
    internal var note: String?
    internal var scores: [Double?]?

    /// Creates a value; optional properties default to `nil`.
    internal init(nickname: String? = nil, age: Int? = nil, note: String? = nil, scores: [Double?]? = nil) {
        self.nickname = nickname
        self.age = age
        self.note = note
        self.scores = scores
    }

    /// Encodes the properties under their JSON names.
    internal func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        try container.encode(self.nickname, forKey: AnyCodingKey("nickname"))
        try container.encode(self.age, forKey: AnyCodingKey("age"))
        try container.encodeIfPresent(self.note, forKey: AnyCodingKey("note"))
        try container.encodeIfPresent(self.scores, forKey: AnyCodingKey("scores"))
    }

    /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
    internal init(reading reader: inout JSONReader) throws {
        var _nickname: String? = nil
        var _age: Int? = nil
        var _note: String? = nil
        var _scores: [Double?]? = nil
        try reader.readObject { key, reader in
            switch key {
            case "nickname": _nickname = try reader.readOptional { r0 in try r0.readString() }
            case "age": _age = try reader.readOptional { r0 in try r0.readInteger(Int.self) }
            case "note": _note = try reader.readOptional { r0 in try r0.readString() }
            case "scores": _scores = try reader.readOptional { r0 in try r0.readArray { r1 in try r1.readOptional { r2 in try r2.readNumber(Double.self) } } }
            default: try reader.skipValue()
            }
        }
        self.init(nickname: _nickname, age: _age, note: _note, scores: _scores)
    }

    /// Checks the constraints the spec sets on this value.
    internal func validate() throws(ValidationError) {
        if let value = age {
            try Check.range(value, min: 0, max: nil, field: "age")
        }
    }
}

internal struct Keywords: Encodable, Equatable, Sendable, Validatable, JSONReadable {
    internal var `default`: String?
    internal var type: TypeValue?
    internal var selfValue: Bool?
    internal var `protocol`: String?
    internal var userID: String?
    internal var userID2: String?
    internal var validate2: String?
    internal var apiURL: String?

    /// Creates a value; optional properties default to `nil`.
    internal init(`default`: String? = nil, type: TypeValue? = nil, selfValue: Bool? = nil, `protocol`: String? = nil, userID: String? = nil, userID2: String? = nil, validate2: String? = nil, apiURL: String? = nil) {
        self.`default` = `default`
        self.type = type
        self.selfValue = selfValue
        self.`protocol` = `protocol`
        self.userID = userID
        self.userID2 = userID2
        self.validate2 = validate2
        self.apiURL = apiURL
    }

    /// Encodes the properties under their JSON names.
    internal func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        try container.encodeIfPresent(self.`default`, forKey: AnyCodingKey("default"))
        try container.encodeIfPresent(self.type, forKey: AnyCodingKey("type"))
        try container.encodeIfPresent(self.selfValue, forKey: AnyCodingKey("self"))
        try container.encodeIfPresent(self.`protocol`, forKey: AnyCodingKey("Protocol"))
        try container.encodeIfPresent(self.userID, forKey: AnyCodingKey("user_id"))
        try container.encodeIfPresent(self.userID2, forKey: AnyCodingKey("userId"))
        try container.encodeIfPresent(self.validate2, forKey: AnyCodingKey("validate"))
        try container.encodeIfPresent(self.apiURL, forKey: AnyCodingKey("api-url"))
    }

    /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
    internal init(reading reader: inout JSONReader) throws {
        var _default: String? = nil
        var _type: TypeValue? = nil
        var _selfValue: Bool? = nil
        var _protocol: String? = nil
        var _userID: String? = nil
        var _userID2: String? = nil
        var _validate2: String? = nil
        var _apiURL: String? = nil
        try reader.readObject { key, reader in
            switch key {
            case "default": _default = try reader.readOptional { r0 in try r0.readString() }
            case "type": _type = try reader.readOptional { r0 in try TypeValue(reading: &r0) }
            case "self": _selfValue = try reader.readOptional { r0 in try r0.readBool() }
            case "Protocol": _protocol = try reader.readOptional { r0 in try r0.readString() }
            case "user_id": _userID = try reader.readOptional { r0 in try r0.readString() }
            case "userId": _userID2 = try reader.readOptional { r0 in try r0.readString() }
            case "validate": _validate2 = try reader.readOptional { r0 in try r0.readString() }
            case "api-url": _apiURL = try reader.readOptional { r0 in try r0.readString() }
            default: try reader.skipValue()
            }
        }
        self.init(default: _default, type: _type, selfValue: _selfValue, protocol: _protocol, userID: _userID, userID2: _userID2, validate2: _validate2, apiURL: _apiURL)
    }

    /// Checks the constraints the spec sets on this value.
    internal func validate() throws(ValidationError) {}

    internal enum TypeValue: RawRepresentable, Encodable, Equatable, Sendable, CaseIterable, CustomStringConvertible, JSONReadable {
        /// `a`
        case a
        /// `b`
        case b
        /// A value this version of the spec does not know, kept as sent so decoding never fails on it.
        case unknown(String)

        /// The case for a wire value; `unknown` for values the spec does not list.
        /// Spellings that differ only in case or in `-`/`_` (`read-only`, `READ_ONLY`) match too.
        internal init(rawValue: String) {
            switch rawValue {
            case "a": self = .a
            case "b": self = .b
            default:
                switch EnumSpelling.normalized(rawValue) {
                case "A": self = .a
                case "B": self = .b
                default: self = .unknown(rawValue)
                }
            }
        }

        /// The wire value.
        internal var rawValue: String {
            switch self {
            case .a: "a"
            case .b: "b"
            case .unknown(let value): value
            }
        }

        /// The documented cases.
        internal static var allCases: [Self] { [.a, .b] }

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
            case "a": self = .a
            case "b": self = .b
            default: self.init(rawValue: text.stringValue)
            }
        }
    }
}
