// Generated from openapi.json by arize-openapi-generator. Do not edit.

@_spi(Generated) import ArizeOpenAPIRuntime
import Foundation

internal struct Left: Encodable, Equatable, Sendable, Validatable, JSONReadable {
    internal var right: Right?

    /// Creates a value; optional properties default to `nil`.
    internal init(right: Right? = nil) {
        self.right = right
    }

    /// Encodes the properties under their JSON names.
    internal func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        try container.encodeIfPresent(self.right, forKey: AnyCodingKey("right"))
    }

    /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
    internal init(reading reader: inout JSONReader) throws {
        var _right: Right? = nil
        try reader.readObject { key, reader in
            switch key {
            case "right": _right = try reader.readOptional { r0 in try Right(reading: &r0) }
            default: try reader.skipValue()
            }
        }
        self.init(right: _right)
    }

    /// Checks the constraints the spec sets on this value.
    internal func validate() throws(ValidationError) {
        if let value = right {
            try Check.nested(value, field: "right")
        }
    }
}

internal struct Right: Encodable, Equatable, Sendable, Validatable, JSONReadable {
    internal var left: Indirect<Left>?

    /// Creates a value; optional properties default to `nil`.
    internal init(left: Indirect<Left>? = nil) {
        self.left = left
    }

    /// Encodes the properties under their JSON names.
    internal func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        try container.encodeIfPresent(self.left, forKey: AnyCodingKey("left"))
    }

    /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
    internal init(reading reader: inout JSONReader) throws {
        var _left: Indirect<Left>? = nil
        try reader.readObject { key, reader in
            switch key {
            case "left": _left = try reader.readOptional { r0 in Indirect(try Left(reading: &r0)) }
            default: try reader.skipValue()
            }
        }
        self.init(left: _left)
    }

    /// Checks the constraints the spec sets on this value.
    internal func validate() throws(ValidationError) {
        if let value = left {
            try Check.nested(value.value, field: "left")
        }
    }
}

internal struct Versioned: Encodable, Equatable, Sendable, Validatable, JSONReadable {
    internal var kind: String
    internal var mode: PetKind
    internal var note: String?

    /// Creates a value; optional properties default to `nil`.
    internal init(kind: String = "v1", mode: PetKind = PetKind(rawValue: "dog"), note: String? = nil) {
        self.kind = kind
        self.mode = mode
        self.note = note
    }

    /// Encodes the properties under their JSON names.
    internal func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        try container.encode(self.kind, forKey: AnyCodingKey("kind"))
        try container.encode(self.mode, forKey: AnyCodingKey("mode"))
        try container.encodeIfPresent(self.note, forKey: AnyCodingKey("note"))
    }

    /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
    internal init(reading reader: inout JSONReader) throws {
        var _kind: String? = nil
        var _mode: PetKind? = nil
        var _note: String? = nil
        try reader.readObject { key, reader in
            switch key {
            case "kind": _kind = try reader.readString()
            case "mode": _mode = try PetKind(reading: &reader)
            case "note": _note = try reader.readOptional { r0 in try r0.readString() }
            default: try reader.skipValue()
            }
        }
        guard let _kind else { throw reader.missing("kind") }
        guard let _mode else { throw reader.missing("mode") }
        self.init(kind: _kind, mode: _mode, note: _note)
    }

    /// Checks the constraints the spec sets on this value.
    internal func validate() throws(ValidationError) {
        if kind != "v1" { throw ValidationError(field: "kind", reason: "must be the constant of the spec") }
        if mode != PetKind(rawValue: "dog") { throw ValidationError(field: "mode", reason: "must be the constant of the spec") }
    }
}

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
