// Generated from openapi.json by arize-openapi-generator. Do not edit.

@_spi(Generated) import ArizeOpenAPIRuntime
import Foundation

internal struct Cat: Encodable, Equatable, Sendable, Validatable, JSONReadable {
    internal var petType: String
    internal var name: String
    internal var indoor: Bool?

    /// Creates a value; optional properties default to `nil`.
    internal init(petType: String, name: String, indoor: Bool? = nil) {
        self.petType = petType
        self.name = name
        self.indoor = indoor
    }

    /// Encodes the properties under their JSON names.
    internal func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        try container.encode(self.petType, forKey: AnyCodingKey("pet_type"))
        try container.encode(self.name, forKey: AnyCodingKey("name"))
        try container.encodeIfPresent(self.indoor, forKey: AnyCodingKey("indoor"))
    }

    /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
    internal init(reading reader: inout JSONReader) throws {
        var _petType: String? = nil
        var _name: String? = nil
        var _indoor: Bool? = nil
        try reader.readObject { key, reader in
            switch key {
            case "pet_type": _petType = try reader.readString()
            case "name": _name = try reader.readString()
            case "indoor": _indoor = try reader.readOptional { r0 in try r0.readBool() }
            default: try reader.skipValue()
            }
        }
        guard let _petType else { throw reader.missing("pet_type") }
        guard let _name else { throw reader.missing("name") }
        self.init(petType: _petType, name: _name, indoor: _indoor)
    }

    /// Checks the constraints the spec sets on this value.
    internal func validate() throws(ValidationError) {}
}

internal struct Dog: Encodable, Equatable, Sendable, Validatable, JSONReadable {
    internal var petType: String
    internal var name: String
    internal var barkVolume: Int64?

    /// Creates a value; optional properties default to `nil`.
    internal init(petType: String, name: String, barkVolume: Int64? = nil) {
        self.petType = petType
        self.name = name
        self.barkVolume = barkVolume
    }

    /// Encodes the properties under their JSON names.
    internal func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        try container.encode(self.petType, forKey: AnyCodingKey("pet_type"))
        try container.encode(self.name, forKey: AnyCodingKey("name"))
        try container.encodeIfPresent(self.barkVolume, forKey: AnyCodingKey("bark_volume"))
    }

    /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
    internal init(reading reader: inout JSONReader) throws {
        var _petType: String? = nil
        var _name: String? = nil
        var _barkVolume: Int64? = nil
        try reader.readObject { key, reader in
            switch key {
            case "pet_type": _petType = try reader.readString()
            case "name": _name = try reader.readString()
            case "bark_volume": _barkVolume = try reader.readOptional { r0 in try r0.readInteger(Int64.self) }
            default: try reader.skipValue()
            }
        }
        guard let _petType else { throw reader.missing("pet_type") }
        guard let _name else { throw reader.missing("name") }
        self.init(petType: _petType, name: _name, barkVolume: _barkVolume)
    }

    /// Checks the constraints the spec sets on this value.
    internal func validate() throws(ValidationError) {}
}

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
