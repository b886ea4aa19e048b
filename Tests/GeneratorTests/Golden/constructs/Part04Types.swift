// Generated from openapi.json by arize-openapi-generator. Do not edit.

@_spi(Generated) import ArizeOpenAPIRuntime
import Foundation

/// An enum written as a oneOf of consts.
internal enum Speed: RawRepresentable, Encodable, Equatable, Sendable, CaseIterable, CustomStringConvertible, JSONReadable {
    /// `fast`
    case fast
    /// `slow`
    case slow
    /// `stopped`
    case stopped
    /// A value this version of the spec does not know, kept as sent so decoding never fails on it.
    case unknown(String)

    /// The case for a wire value; `unknown` for values the spec does not list.
    /// Spellings that differ only in case or in `-`/`_` (`read-only`, `READ_ONLY`) match too.
    internal init(rawValue: String) {
        switch rawValue {
        case "fast": self = .fast
        case "slow": self = .slow
        case "stopped": self = .stopped
        default:
            switch EnumSpelling.normalized(rawValue) {
            case "FAST": self = .fast
            case "SLOW": self = .slow
            case "STOPPED": self = .stopped
            default: self = .unknown(rawValue)
            }
        }
    }

    /// The wire value.
    internal var rawValue: String {
        switch self {
        case .fast: "fast"
        case .slow: "slow"
        case .stopped: "stopped"
        case .unknown(let value): value
        }
    }

    /// The documented cases.
    internal static var allCases: [Self] { [.fast, .slow, .stopped] }

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
        case "fast": self = .fast
        case "slow": self = .slow
        case "stopped": self = .stopped
        default: self.init(rawValue: text.stringValue)
        }
    }
}

internal typealias Described = Base

internal typealias KindAlias = PetKind

/// An alias of an inline type: its reader must name the declared type.
internal typealias Rows = [RowsValueItem]

internal struct RowsValueItem: Encodable, Equatable, Sendable, Validatable, JSONReadable {
    internal var a: String?

    /// Creates a value; optional properties default to `nil`.
    internal init(a: String? = nil) {
        self.a = a
    }

    /// Encodes the properties under their JSON names.
    internal func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        try container.encodeIfPresent(self.a, forKey: AnyCodingKey("a"))
    }

    /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
    internal init(reading reader: inout JSONReader) throws {
        var _a: String? = nil
        try reader.readObject { key, reader in
            switch key {
            case "a": _a = try reader.readOptional { r0 in try r0.readString() }
            default: try reader.skipValue()
            }
        }
        self.init(a: _a)
    }

    /// Checks the constraints the spec sets on this value.
    internal func validate() throws(ValidationError) {}
}

internal typealias Cells = [String: CellsValueValue]

internal struct CellsValueValue: Encodable, Equatable, Sendable, Validatable, JSONReadable {
    internal var b: Int?

    /// Creates a value; optional properties default to `nil`.
    internal init(b: Int? = nil) {
        self.b = b
    }

    /// Encodes the properties under their JSON names.
    internal func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        try container.encodeIfPresent(self.b, forKey: AnyCodingKey("b"))
    }

    /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
    internal init(reading reader: inout JSONReader) throws {
        var _b: Int? = nil
        try reader.readObject { key, reader in
            switch key {
            case "b": _b = try reader.readOptional { r0 in try r0.readInteger(Int.self) }
            default: try reader.skipValue()
            }
        }
        self.init(b: _b)
    }

    /// Checks the constraints the spec sets on this value.
    internal func validate() throws(ValidationError) {}
}
