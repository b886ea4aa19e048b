// Generated from openapi.json by arize-openapi-generator. Do not edit.

@_spi(Generated) import ArizeOpenAPIRuntime
import Foundation

/// T CRLF
/// public let injectedT1 = "pwned"
/// public let injectedT2 = 1
/// public let injectedT3 = 1
/// public let injectedT4 = 1
/// public let injectedT5 = 1
/// public let injectedT6 = 1
/// public let injectedT7 = 1
/// */ /* """ \ \( #" "# `x` public let injectedT8 = 1
///
/// D CRLF
/// public let injectedD1 = "pwned"
/// public let injectedD2 = 1
/// public let injectedD3 = 1
/// public let injectedD4 = 1
/// public let injectedD5 = 1
/// public let injectedD6 = 1
/// public let injectedD7 = 1
/// */ /* """ \ \( #" "# `x` public let injectedD8 = 1
internal struct Hostile: Encodable, Equatable, Sendable, Validatable, JSONReadable {
    /// M CRLF
    /// public let injectedM1 = "pwned"
    /// public let injectedM2 = 1
    /// public let injectedM3 = 1
    /// public let injectedM4 = 1
    /// public let injectedM5 = 1
    /// public let injectedM6 = 1
    /// public let injectedM7 = 1
    /// */ /* """ \ \( #" "# `x` public let injectedM8 = 1
    ///
    /// When absent, the server uses `E CRLF
    /// public let injectedE1 = "pwned"
    /// public let injectedE2 = 1
    /// public let injectedE3 = 1
    /// public let injectedE4 = 1
    /// public let injectedE5 = 1
    /// public let injectedE6 = 1
    /// public let injectedE7 = 1
    /// */ /* """ \ \( #" "# `x` public let injectedE8 = 1`.
    internal var mode: Mode
    /// N CRLF
    /// public let injectedN1 = "pwned"
    /// public let injectedN2 = 1
    /// public let injectedN3 = 1
    /// public let injectedN4 = 1
    /// public let injectedN5 = 1
    /// public let injectedN6 = 1
    /// public let injectedN7 = 1
    /// */ /* """ \ \( #" "# `x` public let injectedN8 = 1
    ///
    /// When absent, the server uses `G CRLF
    /// public let injectedG1 = "pwned"
    /// public let injectedG2 = 1
    /// public let injectedG3 = 1
    /// public let injectedG4 = 1
    /// public let injectedG5 = 1
    /// public let injectedG6 = 1
    /// public let injectedG7 = 1
    /// */ /* """ \ \( #" "# `x` public let injectedG8 = 1`.
    internal var noteLetInjectedN1: String?
    /// Q CRLF
    /// public let injectedQ1 = "pwned"
    /// public let injectedQ2 = 1
    /// public let injectedQ3 = 1
    /// public let injectedQ4 = 1
    /// public let injectedQ5 = 1
    /// public let injectedQ6 = 1
    /// public let injectedQ7 = 1
    /// */ /* """ \ \( #" "# `x` public let injectedQ8 = 1
    internal var publicLetInjectedQ1: Int?

    /// Creates a value; optional properties default to `nil`.
    internal init(mode: Mode, noteLetInjectedN1: String? = nil, publicLetInjectedQ1: Int? = nil) {
        self.mode = mode
        self.noteLetInjectedN1 = noteLetInjectedN1
        self.publicLetInjectedQ1 = publicLetInjectedQ1
    }

    /// Encodes the properties under their JSON names.
    internal func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        try container.encode(self.mode, forKey: AnyCodingKey("mode"))
        try container.encodeIfPresent(self.noteLetInjectedN1, forKey: AnyCodingKey("note\r\nlet injectedN = 1"))
        try container.encodeIfPresent(self.publicLetInjectedQ1, forKey: AnyCodingKey("*/\u{2028}public let injectedQ = 1"))
    }

    /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
    internal init(reading reader: inout JSONReader) throws {
        var _mode: Mode? = nil
        var _noteLetInjectedN1: String? = nil
        var _publicLetInjectedQ1: Int? = nil
        try reader.readObject { key, reader in
            switch key {
            case "mode": _mode = try Mode(reading: &reader)
            case "note\r\nlet injectedN = 1": _noteLetInjectedN1 = try reader.readOptional { r0 in try r0.readString() }
            case "*/\u{2028}public let injectedQ = 1": _publicLetInjectedQ1 = try reader.readOptional { r0 in try r0.readInteger(Int.self) }
            default: try reader.skipValue()
            }
        }
        guard let _mode else { throw reader.missing("mode") }
        self.init(mode: _mode, noteLetInjectedN1: _noteLetInjectedN1, publicLetInjectedQ1: _publicLetInjectedQ1)
    }

    /// Checks the constraints the spec sets on this value.
    internal func validate() throws(ValidationError) {}

    /// M CRLF
    /// public let injectedM1 = "pwned"
    /// public let injectedM2 = 1
    /// public let injectedM3 = 1
    /// public let injectedM4 = 1
    /// public let injectedM5 = 1
    /// public let injectedM6 = 1
    /// public let injectedM7 = 1
    /// */ /* """ \ \( #" "# `x` public let injectedM8 = 1
    internal enum Mode: RawRepresentable, Encodable, Equatable, Sendable, CaseIterable, CustomStringConvertible, JSONReadable {
        /// `plain`
        case plain
        /// `E CRLF
        /// public let injectedE1 = "pwned"
        /// public let injectedE2 = 1
        /// public let injectedE3 = 1
        /// public let injectedE4 = 1
        /// public let injectedE5 = 1
        /// public let injectedE6 = 1
        /// public let injectedE7 = 1
        /// */ /* """ \ \( #" "# `x` public let injectedE8 = 1`
        case eCrlfPublicLetInjectedE1PwnedPublicLetInjectedE21PublicLetInjectedE31PublicLetInjectedE41PublicLetInjectedE51PublicLetInjectedE61PublicLetInjectedE71XPublicLetInjectedE81
        /// `"quoted"`
        case quoted
        /// `back\slash`
        case backSlash
        /// `x
        /// y`
        case xY
        /// A value this version of the spec does not know, kept as sent so decoding never fails on it.
        case unknown(String)

        /// The case for a wire value; `unknown` for values the spec does not list.
        /// Spellings that differ only in case or in `-`/`_` (`read-only`, `READ_ONLY`) match too.
        internal init(rawValue: String) {
            switch rawValue {
            case "plain": self = .plain
            case "E CRLF\r\npublic let injectedE1 = \"pwned\"\rpublic let injectedE2 = 1\u{85}public let injectedE3 = 1\u{2028}public let injectedE4 = 1\u{2029}public let injectedE5 = 1\npublic let injectedE6 = 1\u{b}public let injectedE7 = 1\u{c}*/ /* \"\"\" \\ \\( #\" \"# `x` public let injectedE8 = 1": self = .eCrlfPublicLetInjectedE1PwnedPublicLetInjectedE21PublicLetInjectedE31PublicLetInjectedE41PublicLetInjectedE51PublicLetInjectedE61PublicLetInjectedE71XPublicLetInjectedE81
            case "\"quoted\"": self = .quoted
            case "back\\slash": self = .backSlash
            case "x\r\ny": self = .xY
            default:
                switch EnumSpelling.normalized(rawValue) {
                case "PLAIN": self = .plain
                case "E_CRLF\r\nPUBLIC_LET_INJECTEDE1_=_\"PWNED\"\rPUBLIC_LET_INJECTEDE2_=_1\u{85}PUBLIC_LET_INJECTEDE3_=_1\u{2028}PUBLIC_LET_INJECTEDE4_=_1\u{2029}PUBLIC_LET_INJECTEDE5_=_1\nPUBLIC_LET_INJECTEDE6_=_1\u{b}PUBLIC_LET_INJECTEDE7_=_1\u{c}*/_/*_\"\"\"_\\_\\(_#\"_\"#_`X`_PUBLIC_LET_INJECTEDE8_=_1": self = .eCrlfPublicLetInjectedE1PwnedPublicLetInjectedE21PublicLetInjectedE31PublicLetInjectedE41PublicLetInjectedE51PublicLetInjectedE61PublicLetInjectedE71XPublicLetInjectedE81
                case "\"QUOTED\"": self = .quoted
                case "BACK\\SLASH": self = .backSlash
                case "X\r\nY": self = .xY
                default: self = .unknown(rawValue)
                }
            }
        }

        /// The wire value.
        internal var rawValue: String {
            switch self {
            case .plain: "plain"
            case .eCrlfPublicLetInjectedE1PwnedPublicLetInjectedE21PublicLetInjectedE31PublicLetInjectedE41PublicLetInjectedE51PublicLetInjectedE61PublicLetInjectedE71XPublicLetInjectedE81: "E CRLF\r\npublic let injectedE1 = \"pwned\"\rpublic let injectedE2 = 1\u{85}public let injectedE3 = 1\u{2028}public let injectedE4 = 1\u{2029}public let injectedE5 = 1\npublic let injectedE6 = 1\u{b}public let injectedE7 = 1\u{c}*/ /* \"\"\" \\ \\( #\" \"# `x` public let injectedE8 = 1"
            case .quoted: "\"quoted\""
            case .backSlash: "back\\slash"
            case .xY: "x\r\ny"
            case .unknown(let value): value
            }
        }

        /// The documented cases.
        internal static var allCases: [Self] { [.plain, .eCrlfPublicLetInjectedE1PwnedPublicLetInjectedE21PublicLetInjectedE31PublicLetInjectedE41PublicLetInjectedE51PublicLetInjectedE61PublicLetInjectedE71XPublicLetInjectedE81, .quoted, .backSlash, .xY] }

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
            case "plain": self = .plain
            case "E CRLF\r\npublic let injectedE1 = \"pwned\"\rpublic let injectedE2 = 1\u{85}public let injectedE3 = 1\u{2028}public let injectedE4 = 1\u{2029}public let injectedE5 = 1\npublic let injectedE6 = 1\u{b}public let injectedE7 = 1\u{c}*/ /* \"\"\" \\ \\( #\" \"# `x` public let injectedE8 = 1": self = .eCrlfPublicLetInjectedE1PwnedPublicLetInjectedE21PublicLetInjectedE31PublicLetInjectedE41PublicLetInjectedE51PublicLetInjectedE61PublicLetInjectedE71XPublicLetInjectedE81
            case "\"quoted\"": self = .quoted
            case "back\\slash": self = .backSlash
            case "x\r\ny": self = .xY
            default: self.init(rawValue: text.stringValue)
            }
        }
    }
}

internal struct Problem: Encodable, Equatable, Sendable, Validatable, JSONReadable {
    internal var title: String
    internal var status: Int
    internal var detail: String?

    /// Creates a value; optional properties default to `nil`.
    internal init(title: String, status: Int, detail: String? = nil) {
        self.title = title
        self.status = status
        self.detail = detail
    }

    /// Encodes the properties under their JSON names.
    internal func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        try container.encode(self.title, forKey: AnyCodingKey("title"))
        try container.encode(self.status, forKey: AnyCodingKey("status"))
        try container.encodeIfPresent(self.detail, forKey: AnyCodingKey("detail"))
    }

    /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
    internal init(reading reader: inout JSONReader) throws {
        var _title: String? = nil
        var _status: Int? = nil
        var _detail: String? = nil
        try reader.readObject { key, reader in
            switch key {
            case "title": _title = try reader.readString()
            case "status": _status = try reader.readInteger(Int.self)
            case "detail": _detail = try reader.readOptional { r0 in try r0.readString() }
            default: try reader.skipValue()
            }
        }
        guard let _title else { throw reader.missing("title") }
        guard let _status else { throw reader.missing("status") }
        self.init(title: _title, status: _status, detail: _detail)
    }

    /// Checks the constraints the spec sets on this value.
    internal func validate() throws(ValidationError) {}
}

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

internal struct Sheet: Encodable, Equatable, Sendable, Validatable, JSONReadable {
    /// An alias of an inline type: its reader must name the declared type.
    internal var rows: Rows?
    internal var cells: Cells?

    /// Creates a value; optional properties default to `nil`.
    internal init(rows: Rows? = nil, cells: Cells? = nil) {
        self.rows = rows
        self.cells = cells
    }

    /// Encodes the properties under their JSON names.
    internal func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        try container.encodeIfPresent(self.rows, forKey: AnyCodingKey("rows"))
        try container.encodeIfPresent(self.cells, forKey: AnyCodingKey("cells"))
    }

    /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
    internal init(reading reader: inout JSONReader) throws {
        var _rows: Rows? = nil
        var _cells: Cells? = nil
        try reader.readObject { key, reader in
            switch key {
            case "rows": _rows = try reader.readOptional { r0 in try r0.readArray { r1 in try RowsValueItem(reading: &r1) } }
            case "cells": _cells = try reader.readOptional { r0 in try r0.readMap { r1 in try CellsValueValue(reading: &r1) } }
            default: try reader.skipValue()
            }
        }
        self.init(rows: _rows, cells: _cells)
    }

    /// Checks the constraints the spec sets on this value.
    internal func validate() throws(ValidationError) {
        if let value = rows {
            for (index, element) in value.enumerated() {
                try Check.nested(element, field: "rows[\(index)]")
            }
        }
        if let value = cells {
            for (key, element) in value {
                try Check.nested(element, field: "cells[\(key)]")
            }
        }
    }
}

/// Property names that are also the coders' local names.
internal struct Clashing: Encodable, Equatable, Sendable, Validatable, JSONReadable {
    internal var container: String?
    internal var others: String?
    internal var key: String?
    internal var value: String?
    /// Properties the spec does not name, by name.
    internal var additionalProperties: [String: String]

    /// Creates a value; optional properties default to `nil`.
    internal init(container: String? = nil, others: String? = nil, key: String? = nil, value: String? = nil, additionalProperties: [String: String] = [:]) {
        self.container = container
        self.others = others
        self.key = key
        self.value = value
        self.additionalProperties = additionalProperties
    }

    /// Encodes the properties under their JSON names.
    internal func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in additionalProperties {
            try container.encode(value, forKey: AnyCodingKey(key))
        }
        try container.encodeIfPresent(self.container, forKey: AnyCodingKey("container"))
        try container.encodeIfPresent(self.others, forKey: AnyCodingKey("others"))
        try container.encodeIfPresent(self.key, forKey: AnyCodingKey("key"))
        try container.encodeIfPresent(self.value, forKey: AnyCodingKey("value"))
    }

    /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
    internal init(reading reader: inout JSONReader) throws {
        var _container: String? = nil
        var _others: String? = nil
        var _key: String? = nil
        var _value: String? = nil
        var _additionalProperties: [String: String] = [:]
        try reader.readObject { key, reader in
            switch key {
            case "container": _container = try reader.readOptional { r0 in try r0.readString() }
            case "others": _others = try reader.readOptional { r0 in try r0.readString() }
            case "key": _key = try reader.readOptional { r0 in try r0.readString() }
            case "value": _value = try reader.readOptional { r0 in try r0.readString() }
            default: _additionalProperties[key.stringValue] = try reader.readString()
            }
        }
        self.init(container: _container, others: _others, key: _key, value: _value, additionalProperties: _additionalProperties)
    }

    /// Checks the constraints the spec sets on this value.
    internal func validate() throws(ValidationError) {}
}

/// Contains itself by value: the parent is boxed.
internal struct Node: Encodable, Equatable, Sendable, Validatable, JSONReadable {
    internal var name: String
    /// Contains itself by value: the parent is boxed.
    internal var parent: Indirect<Node>?

    /// Creates a value; optional properties default to `nil`.
    internal init(name: String, parent: Indirect<Node>? = nil) {
        self.name = name
        self.parent = parent
    }

    /// Encodes the properties under their JSON names.
    internal func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        try container.encode(self.name, forKey: AnyCodingKey("name"))
        try container.encodeIfPresent(self.parent, forKey: AnyCodingKey("parent"))
    }

    /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
    internal init(reading reader: inout JSONReader) throws {
        var _name: String? = nil
        var _parent: Indirect<Node>? = nil
        try reader.readObject { key, reader in
            switch key {
            case "name": _name = try reader.readString()
            case "parent": _parent = try reader.readOptional { r0 in Indirect(try Node(reading: &r0)) }
            default: try reader.skipValue()
            }
        }
        guard let _name else { throw reader.missing("name") }
        self.init(name: _name, parent: _parent)
    }

    /// Checks the constraints the spec sets on this value.
    internal func validate() throws(ValidationError) {
        if let value = parent {
            try Check.nested(value.value, field: "parent")
        }
    }
}

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

internal struct Numbers: Encodable, Equatable, Sendable, Validatable, JSONReadable {
    internal var small: Int32?
    internal var big: Int64?
    internal var ratio: Float?
    internal var precise: Double?
    internal var positive: Double?

    /// Creates a value; optional properties default to `nil`.
    internal init(small: Int32? = nil, big: Int64? = nil, ratio: Float? = nil, precise: Double? = nil, positive: Double? = nil) {
        self.small = small
        self.big = big
        self.ratio = ratio
        self.precise = precise
        self.positive = positive
    }

    /// Encodes the properties under their JSON names.
    internal func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        try container.encodeIfPresent(self.small, forKey: AnyCodingKey("small"))
        try container.encodeIfPresent(self.big, forKey: AnyCodingKey("big"))
        try container.encodeIfPresent(self.ratio, forKey: AnyCodingKey("ratio"))
        try container.encodeIfPresent(self.precise, forKey: AnyCodingKey("precise"))
        try container.encodeIfPresent(self.positive, forKey: AnyCodingKey("positive"))
    }

    /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
    internal init(reading reader: inout JSONReader) throws {
        var _small: Int32? = nil
        var _big: Int64? = nil
        var _ratio: Float? = nil
        var _precise: Double? = nil
        var _positive: Double? = nil
        try reader.readObject { key, reader in
            switch key {
            case "small": _small = try reader.readOptional { r0 in try r0.readInteger(Int32.self) }
            case "big": _big = try reader.readOptional { r0 in try r0.readInteger(Int64.self) }
            case "ratio": _ratio = try reader.readOptional { r0 in try r0.readNumber(Float.self) }
            case "precise": _precise = try reader.readOptional { r0 in try r0.readNumber(Double.self) }
            case "positive": _positive = try reader.readOptional { r0 in try r0.readNumber(Double.self) }
            default: try reader.skipValue()
            }
        }
        self.init(small: _small, big: _big, ratio: _ratio, precise: _precise, positive: _positive)
    }

    /// Checks the constraints the spec sets on this value.
    internal func validate() throws(ValidationError) {
        if let value = precise {
            try Check.range(value, min: 0.5, max: 99.5, field: "precise")
        }
        if let value = positive {
            try Check.exclusiveRange(Double(value), above: 0.0, below: nil, field: "positive")
        }
    }
}

internal struct Event: Encodable, Equatable, Sendable, Validatable, JSONReadable {
    internal var at: Date
    internal var endedAt: Date?
    internal var payload: OpenAPIValue?
    internal var bag: [String: OpenAPIValue]?
    internal var secret: Secret?

    /// Creates a value; optional properties default to `nil`.
    internal init(at: Date, endedAt: Date? = nil, payload: OpenAPIValue? = nil, bag: [String: OpenAPIValue]? = nil, secret: Secret? = nil) {
        self.at = at
        self.endedAt = endedAt
        self.payload = payload
        self.bag = bag
        self.secret = secret
    }

    /// Encodes the properties under their JSON names.
    internal func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        try container.encode(self.at, forKey: AnyCodingKey("at"))
        try container.encodeIfPresent(self.endedAt, forKey: AnyCodingKey("ended_at"))
        try container.encodeIfPresent(self.payload, forKey: AnyCodingKey("payload"))
        try container.encodeIfPresent(self.bag, forKey: AnyCodingKey("bag"))
        try container.encodeIfPresent(self.secret, forKey: AnyCodingKey("secret"))
    }

    /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
    internal init(reading reader: inout JSONReader) throws {
        var _at: Date? = nil
        var _endedAt: Date? = nil
        var _payload: OpenAPIValue? = nil
        var _bag: [String: OpenAPIValue]? = nil
        var _secret: Secret? = nil
        try reader.readObject { key, reader in
            switch key {
            case "at": _at = try reader.readDate()
            case "ended_at": _endedAt = try reader.readOptional { r0 in try r0.readDate() }
            case "payload": _payload = try reader.readOptional { r0 in try OpenAPIValue(reading: &r0) }
            case "bag": _bag = try reader.readOptional { r0 in try r0.readMap { r1 in try OpenAPIValue(reading: &r1) } }
            case "secret": _secret = try reader.readOptional { r0 in Secret(try r0.readString()) }
            default: try reader.skipValue()
            }
        }
        guard let _at else { throw reader.missing("at") }
        self.init(at: _at, endedAt: _endedAt, payload: _payload, bag: _bag, secret: _secret)
    }

    /// Checks the constraints the spec sets on this value.
    internal func validate() throws(ValidationError) {}
}

internal struct Tree: Encodable, Equatable, Sendable, Validatable, JSONReadable {
    internal var value: Int
    internal var children: [Tree]?

    /// Creates a value; optional properties default to `nil`.
    internal init(value: Int, children: [Tree]? = nil) {
        self.value = value
        self.children = children
    }

    /// Encodes the properties under their JSON names.
    internal func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        try container.encode(self.value, forKey: AnyCodingKey("value"))
        try container.encodeIfPresent(self.children, forKey: AnyCodingKey("children"))
    }

    /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
    internal init(reading reader: inout JSONReader) throws {
        var _value: Int? = nil
        var _children: [Tree]? = nil
        try reader.readObject { key, reader in
            switch key {
            case "value": _value = try reader.readInteger(Int.self)
            case "children": _children = try reader.readOptional { r0 in try r0.readArray { r1 in try Tree(reading: &r1) } }
            default: try reader.skipValue()
            }
        }
        guard let _value else { throw reader.missing("value") }
        self.init(value: _value, children: _children)
    }

    /// Checks the constraints the spec sets on this value.
    internal func validate() throws(ValidationError) {
        if let value = children {
            for (index, element) in value.enumerated() {
                try Check.nested(element, field: "children[\(index)]")
            }
        }
    }
}

internal struct TypeSchema: Encodable, Equatable, Sendable, Validatable, JSONReadable {
    internal var name: String?

    /// Creates a value; optional properties default to `nil`.
    internal init(name: String? = nil) {
        self.name = name
    }

    /// Encodes the properties under their JSON names.
    internal func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        try container.encodeIfPresent(self.name, forKey: AnyCodingKey("name"))
    }

    /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
    internal init(reading reader: inout JSONReader) throws {
        var _name: String? = nil
        try reader.readObject { key, reader in
            switch key {
            case "name": _name = try reader.readOptional { r0 in try r0.readString() }
            default: try reader.skipValue()
            }
        }
        self.init(name: _name)
    }

    /// Checks the constraints the spec sets on this value.
    internal func validate() throws(ValidationError) {}
}

internal struct Bot: Encodable, Equatable, Sendable, Validatable, JSONReadable {
    internal var kind: Kind
    internal var role: Role?
    internal var name: String?

    /// Creates a value; optional properties default to `nil`.
    internal init(kind: Kind, role: Role? = nil, name: String? = nil) {
        self.kind = kind
        self.role = role
        self.name = name
    }

    /// Encodes the properties under their JSON names.
    internal func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        try container.encode(self.kind, forKey: AnyCodingKey("kind"))
        try container.encodeIfPresent(self.role, forKey: AnyCodingKey("role"))
        try container.encodeIfPresent(self.name, forKey: AnyCodingKey("name"))
    }

    /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
    internal init(reading reader: inout JSONReader) throws {
        var _kind: Kind? = nil
        var _role: Role? = nil
        var _name: String? = nil
        try reader.readObject { key, reader in
            switch key {
            case "kind": _kind = try Kind(reading: &reader)
            case "role": _role = try reader.readOptional { r0 in try Role(reading: &r0) }
            case "name": _name = try reader.readOptional { r0 in try r0.readString() }
            default: try reader.skipValue()
            }
        }
        guard let _kind else { throw reader.missing("kind") }
        self.init(kind: _kind, role: _role, name: _name)
    }

    /// Checks the constraints the spec sets on this value.
    internal func validate() throws(ValidationError) {}

    internal enum Kind: RawRepresentable, Encodable, Equatable, Sendable, CaseIterable, CustomStringConvertible, JSONReadable {
        /// `bot`
        case bot
        /// A value this version of the spec does not know, kept as sent so decoding never fails on it.
        case unknown(String)

        /// The case for a wire value; `unknown` for values the spec does not list.
        /// Spellings that differ only in case or in `-`/`_` (`read-only`, `READ_ONLY`) match too.
        internal init(rawValue: String) {
            switch rawValue {
            case "bot": self = .bot
            default:
                switch EnumSpelling.normalized(rawValue) {
                case "BOT": self = .bot
                default: self = .unknown(rawValue)
                }
            }
        }

        /// The wire value.
        internal var rawValue: String {
            switch self {
            case .bot: "bot"
            case .unknown(let value): value
            }
        }

        /// The documented cases.
        internal static var allCases: [Self] { [.bot] }

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
            case "bot": self = .bot
            default: self.init(rawValue: text.stringValue)
            }
        }
    }

    internal enum Role: RawRepresentable, Encodable, Equatable, Sendable, CaseIterable, CustomStringConvertible, JSONReadable {
        /// `admin`
        case admin
        /// `member`
        case member
        /// A value this version of the spec does not know, kept as sent so decoding never fails on it.
        case unknown(String)

        /// The case for a wire value; `unknown` for values the spec does not list.
        /// Spellings that differ only in case or in `-`/`_` (`read-only`, `READ_ONLY`) match too.
        internal init(rawValue: String) {
            switch rawValue {
            case "admin": self = .admin
            case "member": self = .member
            default:
                switch EnumSpelling.normalized(rawValue) {
                case "ADMIN": self = .admin
                case "MEMBER": self = .member
                default: self = .unknown(rawValue)
                }
            }
        }

        /// The wire value.
        internal var rawValue: String {
            switch self {
            case .admin: "admin"
            case .member: "member"
            case .unknown(let value): value
            }
        }

        /// The documented cases.
        internal static var allCases: [Self] { [.admin, .member] }

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
            case "admin": self = .admin
            case "member": self = .member
            default: self.init(rawValue: text.stringValue)
            }
        }
    }
}

internal struct Human: Encodable, Equatable, Sendable, Validatable, JSONReadable {
    internal var kind: Kind
    internal var role: Role?
    internal var name: String?

    /// Creates a value; optional properties default to `nil`.
    internal init(kind: Kind, role: Role? = nil, name: String? = nil) {
        self.kind = kind
        self.role = role
        self.name = name
    }

    /// Encodes the properties under their JSON names.
    internal func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        try container.encode(self.kind, forKey: AnyCodingKey("kind"))
        try container.encodeIfPresent(self.role, forKey: AnyCodingKey("role"))
        try container.encodeIfPresent(self.name, forKey: AnyCodingKey("name"))
    }

    /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
    internal init(reading reader: inout JSONReader) throws {
        var _kind: Kind? = nil
        var _role: Role? = nil
        var _name: String? = nil
        try reader.readObject { key, reader in
            switch key {
            case "kind": _kind = try Kind(reading: &reader)
            case "role": _role = try reader.readOptional { r0 in try Role(reading: &r0) }
            case "name": _name = try reader.readOptional { r0 in try r0.readString() }
            default: try reader.skipValue()
            }
        }
        guard let _kind else { throw reader.missing("kind") }
        self.init(kind: _kind, role: _role, name: _name)
    }

    /// Checks the constraints the spec sets on this value.
    internal func validate() throws(ValidationError) {}

    internal enum Kind: RawRepresentable, Encodable, Equatable, Sendable, CaseIterable, CustomStringConvertible, JSONReadable {
        /// `human`
        case human
        /// A value this version of the spec does not know, kept as sent so decoding never fails on it.
        case unknown(String)

        /// The case for a wire value; `unknown` for values the spec does not list.
        /// Spellings that differ only in case or in `-`/`_` (`read-only`, `READ_ONLY`) match too.
        internal init(rawValue: String) {
            switch rawValue {
            case "human": self = .human
            default:
                switch EnumSpelling.normalized(rawValue) {
                case "HUMAN": self = .human
                default: self = .unknown(rawValue)
                }
            }
        }

        /// The wire value.
        internal var rawValue: String {
            switch self {
            case .human: "human"
            case .unknown(let value): value
            }
        }

        /// The documented cases.
        internal static var allCases: [Self] { [.human] }

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
            case "human": self = .human
            default: self.init(rawValue: text.stringValue)
            }
        }
    }

    internal enum Role: RawRepresentable, Encodable, Equatable, Sendable, CaseIterable, CustomStringConvertible, JSONReadable {
        /// `admin`
        case admin
        /// `member`
        case member
        /// `guest`
        case guest
        /// A value this version of the spec does not know, kept as sent so decoding never fails on it.
        case unknown(String)

        /// The case for a wire value; `unknown` for values the spec does not list.
        /// Spellings that differ only in case or in `-`/`_` (`read-only`, `READ_ONLY`) match too.
        internal init(rawValue: String) {
            switch rawValue {
            case "admin": self = .admin
            case "member": self = .member
            case "guest": self = .guest
            default:
                switch EnumSpelling.normalized(rawValue) {
                case "ADMIN": self = .admin
                case "MEMBER": self = .member
                case "GUEST": self = .guest
                default: self = .unknown(rawValue)
                }
            }
        }

        /// The wire value.
        internal var rawValue: String {
            switch self {
            case .admin: "admin"
            case .member: "member"
            case .guest: "guest"
            case .unknown(let value): value
            }
        }

        /// The documented cases.
        internal static var allCases: [Self] { [.admin, .member, .guest] }

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
            case "admin": self = .admin
            case "member": self = .member
            case "guest": self = .guest
            default: self.init(rawValue: text.stringValue)
            }
        }
    }
}

/// Branches that each declare the tag and a role as inline enums (as Arize's own document does): only `name` is shared.
internal enum Actor: Encodable, Equatable, Sendable, Validatable, JSONReadable {
    /// A `Bot` (`kind`: `bot`).
    case bot(Bot)
    /// A `Human` (`kind`: `human`).
    case human(Human)
    /// A `kind` this version of the spec does not know, with the properties every case shares.
    case unknown(Unrecognized)

    /// The case a discriminator value selects.
    private enum Tag {
        case bot, human, unknown
    }

    private static func tag(_ value: String) -> Tag {
        switch value {
        case "bot": return .bot
        case "human": return .human
        default:
            switch EnumSpelling.normalized(value) {
            case "BOT": return .bot
            case "HUMAN": return .human
            default: return .unknown
            }
        }
    }

    /// Reads the case named by `kind` straight from JSON, without `JSONDecoder`.
    internal init(reading reader: inout JSONReader) throws {
        switch Self.tag(try reader.peekString(forKey: "kind") ?? "") {
        case .bot: self = .bot(try Bot(reading: &reader))
        case .human: self = .human(try Human(reading: &reader))
        case .unknown: self = .unknown(try Unrecognized(reading: &reader))
        }
    }

    /// Encodes the wrapped value as it is.
    internal func encode(to encoder: any Encoder) throws {
        switch self {
        case .bot(let value): try value.encode(to: encoder)
        case .human(let value): try value.encode(to: encoder)
        case .unknown(let value): try value.encode(to: encoder)
        }
    }

    /// Checks the wrapped value against the constraints of its schema.
    internal func validate() throws(ValidationError) {
        switch self {
        case .bot(let value): try value.validate()
        case .human(let value): try value.validate()
        case .unknown(let value): try value.validate()
        }
    }

    internal var name: String? {
        switch self {
        case .bot(let value): value.name
        case .human(let value): value.name
        case .unknown(let value): value.name
        }
    }

    /// A value whose `kind` this version of the spec does not know: the properties every
    /// known case shares, kept as sent.
    internal struct Unrecognized: Encodable, Equatable, Sendable, Validatable, JSONReadable {
        internal var name: String?

        /// Creates a value; optional properties default to `nil`.
        internal init(name: String? = nil) {
            self.name = name
        }

        /// Encodes the properties under their JSON names.
        internal func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: AnyCodingKey.self)
            try container.encodeIfPresent(self.name, forKey: AnyCodingKey("name"))
        }

        /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
        internal init(reading reader: inout JSONReader) throws {
            var _name: String? = nil
            try reader.readObject { key, reader in
                switch key {
                case "name": _name = try reader.readOptional { r0 in try r0.readString() }
                default: try reader.skipValue()
                }
            }
            self.init(name: _name)
        }

        /// Checks the constraints the spec sets on this value.
        internal func validate() throws(ValidationError) {}
    }
}

/// A value listed twice: one case each, the repeat dropped with a warning.
internal enum Repeated: RawRepresentable, Encodable, Equatable, Sendable, CaseIterable, CustomStringConvertible, JSONReadable {
    /// `one`
    case one
    /// `two`
    case two
    /// `three`
    case three
    /// `four`
    case four
    /// A value this version of the spec does not know, kept as sent so decoding never fails on it.
    case unknown(String)

    /// The case for a wire value; `unknown` for values the spec does not list.
    /// Spellings that differ only in case or in `-`/`_` (`read-only`, `READ_ONLY`) match too.
    internal init(rawValue: String) {
        switch rawValue {
        case "one": self = .one
        case "two": self = .two
        case "three": self = .three
        case "four": self = .four
        default:
            switch EnumSpelling.normalized(rawValue) {
            case "ONE": self = .one
            case "TWO": self = .two
            case "THREE": self = .three
            case "FOUR": self = .four
            default: self = .unknown(rawValue)
            }
        }
    }

    /// The wire value.
    internal var rawValue: String {
        switch self {
        case .one: "one"
        case .two: "two"
        case .three: "three"
        case .four: "four"
        case .unknown(let value): value
        }
    }

    /// The documented cases.
    internal static var allCases: [Self] { [.one, .two, .three, .four] }

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
        case "one": self = .one
        case "two": self = .two
        case "three": self = .three
        case "four": self = .four
        default: self.init(rawValue: text.stringValue)
        }
    }
}

internal struct Inline: Encodable, Equatable, Sendable, Validatable, JSONReadable {
    internal var owner: Owner2?
    internal var status: Status?
    internal var items: [ItemsItem]?
    internal var type: TypeValue?

    /// Creates a value; optional properties default to `nil`.
    internal init(owner: Owner2? = nil, status: Status? = nil, items: [ItemsItem]? = nil, type: TypeValue? = nil) {
        self.owner = owner
        self.status = status
        self.items = items
        self.type = type
    }

    /// Encodes the properties under their JSON names.
    internal func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        try container.encodeIfPresent(self.owner, forKey: AnyCodingKey("owner"))
        try container.encodeIfPresent(self.status, forKey: AnyCodingKey("status"))
        try container.encodeIfPresent(self.items, forKey: AnyCodingKey("items"))
        try container.encodeIfPresent(self.type, forKey: AnyCodingKey("type"))
    }

    /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
    internal init(reading reader: inout JSONReader) throws {
        var _owner: Owner2? = nil
        var _status: Status? = nil
        var _items: [ItemsItem]? = nil
        var _type: TypeValue? = nil
        try reader.readObject { key, reader in
            switch key {
            case "owner": _owner = try reader.readOptional { r0 in try Owner2(reading: &r0) }
            case "status": _status = try reader.readOptional { r0 in try Status(reading: &r0) }
            case "items": _items = try reader.readOptional { r0 in try r0.readArray { r1 in try ItemsItem(reading: &r1) } }
            case "type": _type = try reader.readOptional { r0 in try TypeValue(reading: &r0) }
            default: try reader.skipValue()
            }
        }
        self.init(owner: _owner, status: _status, items: _items, type: _type)
    }

    /// Checks the constraints the spec sets on this value.
    internal func validate() throws(ValidationError) {
        if let value = owner {
            try Check.nested(value, field: "owner")
        }
        if let value = items {
            for (index, element) in value.enumerated() {
                try Check.nested(element, field: "items[\(index)]")
            }
        }
        if let value = type {
            try Check.nested(value, field: "type")
        }
    }

    internal struct Owner2: Encodable, Equatable, Sendable, Validatable, JSONReadable {
        internal var name: String?

        /// Creates a value; optional properties default to `nil`.
        internal init(name: String? = nil) {
            self.name = name
        }

        /// Encodes the properties under their JSON names.
        internal func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: AnyCodingKey.self)
            try container.encodeIfPresent(self.name, forKey: AnyCodingKey("name"))
        }

        /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
        internal init(reading reader: inout JSONReader) throws {
            var _name: String? = nil
            try reader.readObject { key, reader in
                switch key {
                case "name": _name = try reader.readOptional { r0 in try r0.readString() }
                default: try reader.skipValue()
                }
            }
            self.init(name: _name)
        }

        /// Checks the constraints the spec sets on this value.
        internal func validate() throws(ValidationError) {
            if let value = name {
                try Check.length(value, min: nil, max: 4, field: "name")
            }
        }
    }

    internal enum Status: RawRepresentable, Encodable, Equatable, Sendable, CaseIterable, CustomStringConvertible, JSONReadable {
        /// `on`
        case on
        /// `off`
        case off
        /// A value this version of the spec does not know, kept as sent so decoding never fails on it.
        case unknown(String)

        /// The case for a wire value; `unknown` for values the spec does not list.
        /// Spellings that differ only in case or in `-`/`_` (`read-only`, `READ_ONLY`) match too.
        internal init(rawValue: String) {
            switch rawValue {
            case "on": self = .on
            case "off": self = .off
            default:
                switch EnumSpelling.normalized(rawValue) {
                case "ON": self = .on
                case "OFF": self = .off
                default: self = .unknown(rawValue)
                }
            }
        }

        /// The wire value.
        internal var rawValue: String {
            switch self {
            case .on: "on"
            case .off: "off"
            case .unknown(let value): value
            }
        }

        /// The documented cases.
        internal static var allCases: [Self] { [.on, .off] }

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
            case "on": self = .on
            case "off": self = .off
            default: self.init(rawValue: text.stringValue)
            }
        }
    }

    internal struct ItemsItem: Encodable, Equatable, Sendable, Validatable, JSONReadable {
        internal var n: Int?

        /// Creates a value; optional properties default to `nil`.
        internal init(n: Int? = nil) {
            self.n = n
        }

        /// Encodes the properties under their JSON names.
        internal func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: AnyCodingKey.self)
            try container.encodeIfPresent(self.n, forKey: AnyCodingKey("n"))
        }

        /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
        internal init(reading reader: inout JSONReader) throws {
            var _n: Int? = nil
            try reader.readObject { key, reader in
                switch key {
                case "n": _n = try reader.readOptional { r0 in try r0.readInteger(Int.self) }
                default: try reader.skipValue()
                }
            }
            self.init(n: _n)
        }

        /// Checks the constraints the spec sets on this value.
        internal func validate() throws(ValidationError) {}
    }

    internal struct TypeValue: Encodable, Equatable, Sendable, Validatable, JSONReadable {
        internal var x: Int?

        /// Creates a value; optional properties default to `nil`.
        internal init(x: Int? = nil) {
            self.x = x
        }

        /// Encodes the properties under their JSON names.
        internal func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: AnyCodingKey.self)
            try container.encodeIfPresent(self.x, forKey: AnyCodingKey("x"))
        }

        /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
        internal init(reading reader: inout JSONReader) throws {
            var _x: Int? = nil
            try reader.readObject { key, reader in
                switch key {
                case "x": _x = try reader.readOptional { r0 in try r0.readInteger(Int.self) }
                default: try reader.skipValue()
                }
            }
            self.init(x: _x)
        }

        /// Checks the constraints the spec sets on this value.
        internal func validate() throws(ValidationError) {}
    }
}
