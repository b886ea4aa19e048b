// Generated from openapi.json by arize-openapi-generator. Do not edit.

@_spi(Generated) import ArizeOpenAPIRuntime
import Foundation

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

/// Every integer and number format.
internal struct Formats: Encodable, Equatable, Sendable, Validatable, JSONReadable {
    internal var i8: Int8?
    internal var i16: Int16?
    internal var u8: UInt8?
    internal var u16: UInt16?
    internal var u32: UInt32?
    internal var u64: UInt64?
    internal var other: Int?
    internal var f: Float?
    internal var odd: Double?

    /// Creates a value; optional properties default to `nil`.
    internal init(i8: Int8? = nil, i16: Int16? = nil, u8: UInt8? = nil, u16: UInt16? = nil, u32: UInt32? = nil, u64: UInt64? = nil, other: Int? = nil, f: Float? = nil, odd: Double? = nil) {
        self.i8 = i8
        self.i16 = i16
        self.u8 = u8
        self.u16 = u16
        self.u32 = u32
        self.u64 = u64
        self.other = other
        self.f = f
        self.odd = odd
    }

    /// Encodes the properties under their JSON names.
    internal func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        try container.encodeIfPresent(self.i8, forKey: AnyCodingKey("i8"))
        try container.encodeIfPresent(self.i16, forKey: AnyCodingKey("i16"))
        try container.encodeIfPresent(self.u8, forKey: AnyCodingKey("u8"))
        try container.encodeIfPresent(self.u16, forKey: AnyCodingKey("u16"))
        try container.encodeIfPresent(self.u32, forKey: AnyCodingKey("u32"))
        try container.encodeIfPresent(self.u64, forKey: AnyCodingKey("u64"))
        try container.encodeIfPresent(self.other, forKey: AnyCodingKey("other"))
        try container.encodeIfPresent(self.f, forKey: AnyCodingKey("f"))
        try container.encodeIfPresent(self.odd, forKey: AnyCodingKey("odd"))
    }

    /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
    internal init(reading reader: inout JSONReader) throws {
        var _i8: Int8? = nil
        var _i16: Int16? = nil
        var _u8: UInt8? = nil
        var _u16: UInt16? = nil
        var _u32: UInt32? = nil
        var _u64: UInt64? = nil
        var _other: Int? = nil
        var _f: Float? = nil
        var _odd: Double? = nil
        try reader.readObject { key, reader in
            switch key {
            case "i8": _i8 = try reader.readOptional { r0 in try r0.readInteger(Int8.self) }
            case "i16": _i16 = try reader.readOptional { r0 in try r0.readInteger(Int16.self) }
            case "u8": _u8 = try reader.readOptional { r0 in try r0.readInteger(UInt8.self) }
            case "u16": _u16 = try reader.readOptional { r0 in try r0.readInteger(UInt16.self) }
            case "u32": _u32 = try reader.readOptional { r0 in try r0.readInteger(UInt32.self) }
            case "u64": _u64 = try reader.readOptional { r0 in try r0.readInteger(UInt64.self) }
            case "other": _other = try reader.readOptional { r0 in try r0.readInteger(Int.self) }
            case "f": _f = try reader.readOptional { r0 in try r0.readNumber(Float.self) }
            case "odd": _odd = try reader.readOptional { r0 in try r0.readNumber(Double.self) }
            default: try reader.skipValue()
            }
        }
        self.init(i8: _i8, i16: _i16, u8: _u8, u16: _u16, u32: _u32, u64: _u64, other: _other, f: _f, odd: _odd)
    }

    /// Checks the constraints the spec sets on this value.
    internal func validate() throws(ValidationError) {
        if let value = u8 {
            try Check.range(value, min: nil, max: 200, field: "u8")
        }
    }
}
