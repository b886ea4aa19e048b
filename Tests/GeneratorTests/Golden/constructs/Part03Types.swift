// Generated from openapi.json by arize-openapi-generator. Do not edit.

import ArizeOpenAPIRuntime
import Foundation

/// A union that contains itself by value: generated `indirect`.
internal indirect enum Expr: Codable, Hashable, Sendable, Validatable, JSONReadable {
    /// A `Double`.
    case number(Double)
    /// A `Sum`.
    case sum(Sum)

    /// Decodes the first case whose type matches, in the spec's order.
    internal init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let value = try? container.decode(Double.self) { self = .number(value); return }
        if let value = try? container.decode(Sum.self) { self = .sum(value); return }
        throw DecodingError.dataCorruptedError(in: container, debugDescription: "the value matches no case of Expr")
    }

    /// Reads the value through its `Decodable` conformance.
    internal init(reading reader: inout JSONReader) throws {
        self = try reader.readDecodable(Self.self)
    }

    /// Encodes the wrapped value as it is.
    internal func encode(to encoder: any Encoder) throws {
        switch self {
        case .number(let value): try value.encode(to: encoder)
        case .sum(let value): try value.encode(to: encoder)
        }
    }

    /// Checks the wrapped value against the constraints of its schema.
    internal func validate() throws(ValidationError) {
        switch self {
        case .number: break
        case .sum(let value): try value.validate()
        }
    }
}

internal struct Sum: Codable, Hashable, Sendable, Validatable, JSONReadable {
    /// A union that contains itself by value: generated `indirect`.
    internal var left: Expr
    /// A union that contains itself by value: generated `indirect`.
    internal var right: Expr

    /// Creates a value; optional properties default to `nil`.
    internal init(left: Expr, right: Expr) {
        self.left = left
        self.right = right
    }

    /// Encodes the properties under their JSON names.
    internal func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        try container.encode(self.left, forKey: AnyCodingKey("left"))
        try container.encode(self.right, forKey: AnyCodingKey("right"))
    }

    /// Decodes the properties from their JSON names.
    internal init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: AnyCodingKey.self)
        self.left = try container.decode(Expr.self, forKey: AnyCodingKey("left"))
        self.right = try container.decode(Expr.self, forKey: AnyCodingKey("right"))
    }

    /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
    internal init(reading reader: inout JSONReader) throws {
        var _left: Expr? = nil
        var _right: Expr? = nil
        try reader.readObject { key, reader in
            switch key {
            case "left": _left = try Expr(reading: &reader)
            case "right": _right = try Expr(reading: &reader)
            default: try reader.skipValue()
            }
        }
        guard let _left else { throw reader.missing("left") }
        guard let _right else { throw reader.missing("right") }
        self.init(left: _left, right: _right)
    }

    /// Checks the constraints the spec sets on this value.
    internal func validate() throws(ValidationError) {
        try Check.nested(left, field: "left")
        try Check.nested(right, field: "right")
    }
}

/// Bounds at and past the ends of the integer types (they once crashed the generator).
internal struct Bounds: Encodable, Equatable, Sendable, Validatable, JSONReadable {
    internal var seed: Int?
    internal var big: Int64?
    internal var small: Int32?
    internal var half: Int?
    internal var text: String?

    /// Creates a value; optional properties default to `nil`.
    internal init(seed: Int? = nil, big: Int64? = nil, small: Int32? = nil, half: Int? = nil, text: String? = nil) {
        self.seed = seed
        self.big = big
        self.small = small
        self.half = half
        self.text = text
    }

    /// Encodes the properties under their JSON names.
    internal func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        try container.encodeIfPresent(self.seed, forKey: AnyCodingKey("seed"))
        try container.encodeIfPresent(self.big, forKey: AnyCodingKey("big"))
        try container.encodeIfPresent(self.small, forKey: AnyCodingKey("small"))
        try container.encodeIfPresent(self.half, forKey: AnyCodingKey("half"))
        try container.encodeIfPresent(self.text, forKey: AnyCodingKey("text"))
    }

    /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
    internal init(reading reader: inout JSONReader) throws {
        var _seed: Int? = nil
        var _big: Int64? = nil
        var _small: Int32? = nil
        var _half: Int? = nil
        var _text: String? = nil
        try reader.readObject { key, reader in
            switch key {
            case "seed": _seed = try reader.readOptional { r0 in try r0.readInteger(Int.self) }
            case "big": _big = try reader.readOptional { r0 in try r0.readInteger(Int64.self) }
            case "small": _small = try reader.readOptional { r0 in try r0.readInteger(Int32.self) }
            case "half": _half = try reader.readOptional { r0 in try r0.readInteger(Int.self) }
            case "text": _text = try reader.readOptional { r0 in try r0.readString() }
            default: try reader.skipValue()
            }
        }
        self.init(seed: _seed, big: _big, small: _small, half: _half, text: _text)
    }

    /// Checks the constraints the spec sets on this value.
    internal func validate() throws(ValidationError) {
        if let value = half {
            try Check.range(value, min: 1, max: 10, field: "half")
        }
        if let value = text {
            try Check.length(value, min: nil, max: 9223372036854775807, field: "text")
        }
    }
}
