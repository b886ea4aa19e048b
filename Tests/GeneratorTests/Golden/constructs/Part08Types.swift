// Generated from openapi.json by arize-openapi-generator. Do not edit.

import ArizeOpenAPIRuntime
import Foundation

internal enum PetKind: RawRepresentable, Encodable, Equatable, Sendable, CaseIterable, CustomStringConvertible, JSONReadable {
    /// `cat`
    case cat
    /// `dog`
    case dog
    /// `read-only`
    case readOnly
    /// `default`
    case `default`
    /// `self`
    case selfValue
    /// `unknown`
    case unknown2
    /// ``
    case empty
    /// A value this version of the spec does not know, kept as sent so decoding never fails on it.
    case unknown(String)

    /// The case for a wire value; `unknown` for values the spec does not list.
    /// Spellings that differ only in case or in `-`/`_` (`read-only`, `READ_ONLY`) match too.
    internal init(rawValue: String) {
        switch rawValue {
        case "cat": self = .cat
        case "dog": self = .dog
        case "read-only": self = .readOnly
        case "default": self = .`default`
        case "self": self = .selfValue
        case "unknown": self = .unknown2
        case "": self = .empty
        default:
            switch EnumSpelling.normalized(rawValue) {
            case "CAT": self = .cat
            case "DOG": self = .dog
            case "READ_ONLY": self = .readOnly
            case "DEFAULT": self = .`default`
            case "SELF": self = .selfValue
            case "UNKNOWN": self = .unknown2
            case "": self = .empty
            default: self = .unknown(rawValue)
            }
        }
    }

    /// The wire value.
    internal var rawValue: String {
        switch self {
        case .cat: "cat"
        case .dog: "dog"
        case .readOnly: "read-only"
        case .`default`: "default"
        case .selfValue: "self"
        case .unknown2: "unknown"
        case .empty: ""
        case .unknown(let value): value
        }
    }

    /// The documented cases.
    internal static var allCases: [Self] { [.cat, .dog, .readOnly, .`default`, .selfValue, .unknown2, .empty] }

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
        case "cat": self = .cat
        case "dog": self = .dog
        case "read-only": self = .readOnly
        case "default": self = .`default`
        case "self": self = .selfValue
        case "unknown": self = .unknown2
        case "": self = .empty
        default: self.init(rawValue: text.stringValue)
        }
    }
}

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
