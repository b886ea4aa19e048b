// Generated from openapi.json by arize-openapi-generator. Do not edit.

import ArizeOpenAPIRuntime
import Foundation

/// A cat or a dog, told apart by `pet_type`.
internal enum Pet: Encodable, Equatable, Sendable, Validatable, JSONReadable {
    /// A `Cat` (`pet_type`: `cat`, `kitten`).
    case cat(Cat)
    /// A `Dog` (`pet_type`: `dog`).
    case dog(Dog)
    /// A `pet_type` this version of the spec does not know, with the properties every case shares.
    case unknown(Unrecognized)

    /// The case a discriminator value selects.
    private enum Tag {
        case cat, dog, unknown
    }

    private static func tag(_ value: String) -> Tag {
        switch value {
        case "cat", "kitten": return .cat
        case "dog": return .dog
        default:
            switch EnumSpelling.normalized(value) {
            case "CAT", "KITTEN": return .cat
            case "DOG": return .dog
            default: return .unknown
            }
        }
    }

    /// Reads the case named by `pet_type` straight from JSON, without `JSONDecoder`.
    internal init(reading reader: inout JSONReader) throws {
        switch Self.tag(try reader.peekString(forKey: "pet_type") ?? "") {
        case .cat: self = .cat(try Cat(reading: &reader))
        case .dog: self = .dog(try Dog(reading: &reader))
        case .unknown: self = .unknown(try Unrecognized(reading: &reader))
        }
    }

    /// Encodes the wrapped value as it is.
    internal func encode(to encoder: any Encoder) throws {
        switch self {
        case .cat(let value): try value.encode(to: encoder)
        case .dog(let value): try value.encode(to: encoder)
        case .unknown(let value): try value.encode(to: encoder)
        }
    }

    /// Checks the wrapped value against the constraints of its schema.
    internal func validate() throws(ValidationError) {
        switch self {
        case .cat(let value): try value.validate()
        case .dog(let value): try value.validate()
        case .unknown(let value): try value.validate()
        }
    }

    internal var petType: String {
        switch self {
        case .cat(let value): value.petType
        case .dog(let value): value.petType
        case .unknown(let value): value.petType
        }
    }

    internal var name: String {
        switch self {
        case .cat(let value): value.name
        case .dog(let value): value.name
        case .unknown(let value): value.name
        }
    }

    /// A value whose `pet_type` this version of the spec does not know: the properties every
    /// known case shares, kept as sent.
    internal struct Unrecognized: Encodable, Equatable, Sendable, Validatable, JSONReadable {
        internal var petType: String
        internal var name: String

        /// Creates a value; optional properties default to `nil`.
        internal init(petType: String, name: String) {
            self.petType = petType
            self.name = name
        }

        /// Encodes the properties under their JSON names.
        internal func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: AnyCodingKey.self)
            try container.encode(self.petType, forKey: AnyCodingKey("pet_type"))
            try container.encode(self.name, forKey: AnyCodingKey("name"))
        }

        /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
        internal init(reading reader: inout JSONReader) throws {
            var _petType: String? = nil
            var _name: String? = nil
            try reader.readObject { key, reader in
                switch key {
                case "pet_type": _petType = try reader.readString()
                case "name": _name = try reader.readString()
                default: try reader.skipValue()
                }
            }
            guard let _petType else { throw reader.missing("pet_type") }
            guard let _name else { throw reader.missing("name") }
            self.init(petType: _petType, name: _name)
        }

        /// Checks the constraints the spec sets on this value.
        internal func validate() throws(ValidationError) {}
    }
}

internal enum IDOrName: Codable, Hashable, Sendable, Validatable, JSONReadable {
    /// A `Int`.
    case number(Int)
    /// A `String`.
    case string(String)

    /// Decodes the first case whose type matches, in the spec's order.
    internal init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let value = try? container.decode(Int.self) { self = .number(value); return }
        if let value = try? container.decode(String.self) { self = .string(value); return }
        throw DecodingError.dataCorruptedError(in: container, debugDescription: "the value matches no case of IDOrName")
    }

    /// Reads the value through its `Decodable` conformance.
    internal init(reading reader: inout JSONReader) throws {
        self = try reader.readDecodable(Self.self)
    }

    /// Encodes the wrapped value as it is.
    internal func encode(to encoder: any Encoder) throws {
        switch self {
        case .number(let value): try value.encode(to: encoder)
        case .string(let value): try value.encode(to: encoder)
        }
    }

    /// Checks the wrapped value against the constraints of its schema.
    internal func validate() throws(ValidationError) {
        switch self {
        case .number: break
        case .string: break
        }
    }
}

internal enum Shape: Codable, Hashable, Sendable, Validatable, JSONReadable {
    /// A `Option1`.
    case option1(Option1)
    /// A `Option2`.
    case option2(Option2)

    /// Decodes the first case whose type matches, in the spec's order.
    internal init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let value = try? container.decode(Option1.self) { self = .option1(value); return }
        if let value = try? container.decode(Option2.self) { self = .option2(value); return }
        throw DecodingError.dataCorruptedError(in: container, debugDescription: "the value matches no case of Shape")
    }

    /// Reads the value through its `Decodable` conformance.
    internal init(reading reader: inout JSONReader) throws {
        self = try reader.readDecodable(Self.self)
    }

    /// Encodes the wrapped value as it is.
    internal func encode(to encoder: any Encoder) throws {
        switch self {
        case .option1(let value): try value.encode(to: encoder)
        case .option2(let value): try value.encode(to: encoder)
        }
    }

    /// Checks the wrapped value against the constraints of its schema.
    internal func validate() throws(ValidationError) {
        switch self {
        case .option1(let value): try value.validate()
        case .option2(let value): try value.validate()
        }
    }

    internal struct Option1: Codable, Hashable, Sendable, Validatable, JSONReadable {
        internal var radius: Double

        /// Creates a value; optional properties default to `nil`.
        internal init(radius: Double) {
            self.radius = radius
        }

        /// Encodes the properties under their JSON names.
        internal func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: AnyCodingKey.self)
            try container.encode(self.radius, forKey: AnyCodingKey("radius"))
        }

        /// Decodes the properties from their JSON names.
        internal init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: AnyCodingKey.self)
            self.radius = try container.decode(Double.self, forKey: AnyCodingKey("radius"))
        }

        /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
        internal init(reading reader: inout JSONReader) throws {
            var _radius: Double? = nil
            try reader.readObject { key, reader in
                switch key {
                case "radius": _radius = try reader.readNumber(Double.self)
                default: try reader.skipValue()
                }
            }
            guard let _radius else { throw reader.missing("radius") }
            self.init(radius: _radius)
        }

        /// Checks the constraints the spec sets on this value.
        internal func validate() throws(ValidationError) {}
    }

    internal struct Option2: Codable, Hashable, Sendable, Validatable, JSONReadable {
        internal var side: Double

        /// Creates a value; optional properties default to `nil`.
        internal init(side: Double) {
            self.side = side
        }

        /// Encodes the properties under their JSON names.
        internal func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: AnyCodingKey.self)
            try container.encode(self.side, forKey: AnyCodingKey("side"))
        }

        /// Decodes the properties from their JSON names.
        internal init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: AnyCodingKey.self)
            self.side = try container.decode(Double.self, forKey: AnyCodingKey("side"))
        }

        /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
        internal init(reading reader: inout JSONReader) throws {
            var _side: Double? = nil
            try reader.readObject { key, reader in
                switch key {
                case "side": _side = try reader.readNumber(Double.self)
                default: try reader.skipValue()
                }
            }
            guard let _side else { throw reader.missing("side") }
            self.init(side: _side)
        }

        /// Checks the constraints the spec sets on this value.
        internal func validate() throws(ValidationError) {}
    }
}

internal typealias MaybePet = Pet

internal struct Base: Encodable, Equatable, Sendable, Validatable, JSONReadable {
    internal var id: String
    internal var createdAt: Date?

    /// Creates a value; optional properties default to `nil`.
    internal init(id: String, createdAt: Date? = nil) {
        self.id = id
        self.createdAt = createdAt
    }

    /// Encodes the properties under their JSON names.
    internal func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        try container.encode(self.id, forKey: AnyCodingKey("id"))
        try container.encodeIfPresent(self.createdAt, forKey: AnyCodingKey("created_at"))
    }

    /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
    internal init(reading reader: inout JSONReader) throws {
        var _id: String? = nil
        var _createdAt: Date? = nil
        try reader.readObject { key, reader in
            switch key {
            case "id": _id = try reader.readString()
            case "created_at": _createdAt = try reader.readOptional { r0 in try r0.readDate() }
            default: try reader.skipValue()
            }
        }
        guard let _id else { throw reader.missing("id") }
        self.init(id: _id, createdAt: _createdAt)
    }

    /// Checks the constraints the spec sets on this value.
    internal func validate() throws(ValidationError) {}
}

/// Merged from Base and its own properties.
internal struct Owner: Encodable, Equatable, Sendable, Validatable, JSONReadable {
    internal var id: String
    internal var createdAt: Date?
    internal var email: String
    internal var pets: [Pet]?

    /// Creates a value; optional properties default to `nil`.
    internal init(id: String, createdAt: Date? = nil, email: String, pets: [Pet]? = nil) {
        self.id = id
        self.createdAt = createdAt
        self.email = email
        self.pets = pets
    }

    /// Encodes the properties under their JSON names.
    internal func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        try container.encode(self.id, forKey: AnyCodingKey("id"))
        try container.encodeIfPresent(self.createdAt, forKey: AnyCodingKey("created_at"))
        try container.encode(self.email, forKey: AnyCodingKey("email"))
        try container.encodeIfPresent(self.pets, forKey: AnyCodingKey("pets"))
    }

    /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
    internal init(reading reader: inout JSONReader) throws {
        var _id: String? = nil
        var _createdAt: Date? = nil
        var _email: String? = nil
        var _pets: [Pet]? = nil
        try reader.readObject { key, reader in
            switch key {
            case "id": _id = try reader.readString()
            case "created_at": _createdAt = try reader.readOptional { r0 in try r0.readDate() }
            case "email": _email = try reader.readString()
            case "pets": _pets = try reader.readOptional { r0 in try r0.readArray { r1 in try Pet(reading: &r1) } }
            default: try reader.skipValue()
            }
        }
        guard let _id else { throw reader.missing("id") }
        guard let _email else { throw reader.missing("email") }
        self.init(id: _id, createdAt: _createdAt, email: _email, pets: _pets)
    }

    /// Checks the constraints the spec sets on this value.
    internal func validate() throws(ValidationError) {
        if let value = pets {
            for (index, element) in value.enumerated() {
                try Check.nested(element, field: "pets[\(index)]")
            }
        }
    }
}

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
