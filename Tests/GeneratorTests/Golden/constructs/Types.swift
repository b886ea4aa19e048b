// Generated from openapi.json by arize-openapi-generator. Do not edit.

@_spi(Generated) import ArizeOpenAPIRuntime
import Foundation

/// The reusable parts of Constructs fixture (`components`).
internal enum Components {
    /// The types of `components/schemas`, under the spec's names.
    internal enum Schemas {}
}

extension Components.Schemas {
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
    internal struct Hostile: Swift.Encodable, Swift.Equatable, Swift.Sendable, ArizeOpenAPIRuntime.Validatable, ArizeOpenAPIRuntime.JSONReadable {
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
        internal var noteLetInjectedN1: Swift.String?
        /// Q CRLF
        /// public let injectedQ1 = "pwned"
        /// public let injectedQ2 = 1
        /// public let injectedQ3 = 1
        /// public let injectedQ4 = 1
        /// public let injectedQ5 = 1
        /// public let injectedQ6 = 1
        /// public let injectedQ7 = 1
        /// */ /* """ \ \( #" "# `x` public let injectedQ8 = 1
        internal var publicLetInjectedQ1: Swift.Int?

        /// Creates a value; optional properties default to `nil`.
        internal init(mode: Mode, noteLetInjectedN1: Swift.String? = nil, publicLetInjectedQ1: Swift.Int? = nil) {
            self.mode = mode
            self.noteLetInjectedN1 = noteLetInjectedN1
            self.publicLetInjectedQ1 = publicLetInjectedQ1
        }

        /// Encodes the properties under their JSON names.
        internal func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: ArizeOpenAPIRuntime.AnyCodingKey.self)
            try container.encode(self.mode, forKey: ArizeOpenAPIRuntime.AnyCodingKey("mode"))
            try container.encodeIfPresent(self.noteLetInjectedN1, forKey: ArizeOpenAPIRuntime.AnyCodingKey("note\r\nlet injectedN = 1"))
            try container.encodeIfPresent(self.publicLetInjectedQ1, forKey: ArizeOpenAPIRuntime.AnyCodingKey("*/\u{2028}public let injectedQ = 1"))
        }

        /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
        internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
            var _mode: Mode? = nil
            var _noteLetInjectedN1: Swift.String? = nil
            var _publicLetInjectedQ1: Swift.Int? = nil
            try reader.readObject { key, reader in
                switch key {
                case "mode": _mode = try Mode(reading: &reader)
                case "note\r\nlet injectedN = 1": _noteLetInjectedN1 = try reader.readOptional { r0 in try r0.readString() }
                case "*/\u{2028}public let injectedQ = 1": _publicLetInjectedQ1 = try reader.readOptional { r0 in try r0.readInteger(Swift.Int.self) }
                default: try reader.skipValue()
                }
            }
            guard let _mode else { throw reader.missing("mode") }
            self.init(mode: _mode, noteLetInjectedN1: _noteLetInjectedN1, publicLetInjectedQ1: _publicLetInjectedQ1)
        }

        /// Checks the constraints the spec sets on this value.
        internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {}

        /// M CRLF
        /// public let injectedM1 = "pwned"
        /// public let injectedM2 = 1
        /// public let injectedM3 = 1
        /// public let injectedM4 = 1
        /// public let injectedM5 = 1
        /// public let injectedM6 = 1
        /// public let injectedM7 = 1
        /// */ /* """ \ \( #" "# `x` public let injectedM8 = 1
        internal enum Mode: Swift.RawRepresentable, Swift.Encodable, Swift.Equatable, Swift.Sendable, Swift.CaseIterable, Swift.CustomStringConvertible, ArizeOpenAPIRuntime.JSONReadable {
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
            case unknown(Swift.String)

            /// The case for a wire value; `unknown` for values the spec does not list.
            /// Spellings that differ only in case or in `-`/`_` (`read-only`, `READ_ONLY`) match too.
            internal init(rawValue: Swift.String) {
                switch rawValue {
                case "plain": self = .plain
                case "E CRLF\r\npublic let injectedE1 = \"pwned\"\rpublic let injectedE2 = 1\u{85}public let injectedE3 = 1\u{2028}public let injectedE4 = 1\u{2029}public let injectedE5 = 1\npublic let injectedE6 = 1\u{b}public let injectedE7 = 1\u{c}*/ /* \"\"\" \\ \\( #\" \"# `x` public let injectedE8 = 1": self = .eCrlfPublicLetInjectedE1PwnedPublicLetInjectedE21PublicLetInjectedE31PublicLetInjectedE41PublicLetInjectedE51PublicLetInjectedE61PublicLetInjectedE71XPublicLetInjectedE81
                case "\"quoted\"": self = .quoted
                case "back\\slash": self = .backSlash
                case "x\r\ny": self = .xY
                default:
                    switch ArizeOpenAPIRuntime.EnumSpelling.normalized(rawValue) {
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
            internal var rawValue: Swift.String {
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
            internal var description: Swift.String { rawValue }

            /// Encodes the wire value.
            internal func encode(to encoder: any Swift.Encoder) throws {
                var container = encoder.singleValueContainer()
                try container.encode(rawValue)
            }

            /// Reads any string, known or not, without `JSONDecoder` (known values make no `String`).
            internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
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

    internal struct Problem: Swift.Encodable, Swift.Equatable, Swift.Sendable, ArizeOpenAPIRuntime.Validatable, ArizeOpenAPIRuntime.JSONReadable {
        internal var title: Swift.String
        internal var status: Swift.Int
        internal var detail: Swift.String?

        /// Creates a value; optional properties default to `nil`.
        internal init(title: Swift.String, status: Swift.Int, detail: Swift.String? = nil) {
            self.title = title
            self.status = status
            self.detail = detail
        }

        /// Encodes the properties under their JSON names.
        internal func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: ArizeOpenAPIRuntime.AnyCodingKey.self)
            try container.encode(self.title, forKey: ArizeOpenAPIRuntime.AnyCodingKey("title"))
            try container.encode(self.status, forKey: ArizeOpenAPIRuntime.AnyCodingKey("status"))
            try container.encodeIfPresent(self.detail, forKey: ArizeOpenAPIRuntime.AnyCodingKey("detail"))
        }

        /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
        internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
            var _title: Swift.String? = nil
            var _status: Swift.Int? = nil
            var _detail: Swift.String? = nil
            try reader.readObject { key, reader in
                switch key {
                case "title": _title = try reader.readString()
                case "status": _status = try reader.readInteger(Swift.Int.self)
                case "detail": _detail = try reader.readOptional { r0 in try r0.readString() }
                default: try reader.skipValue()
                }
            }
            guard let _title else { throw reader.missing("title") }
            guard let _status else { throw reader.missing("status") }
            self.init(title: _title, status: _status, detail: _detail)
        }

        /// Checks the constraints the spec sets on this value.
        internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {}
    }

    /// A union that contains itself by value: generated `indirect`.
    internal indirect enum Expr: Swift.Codable, Swift.Hashable, Swift.Sendable, ArizeOpenAPIRuntime.Validatable, ArizeOpenAPIRuntime.JSONReadable {
        /// A `Double`.
        case number(Swift.Double)
        /// A `Sum`.
        case sum(Sum)

        /// Decodes the first case whose type matches, in the spec's order.
        internal init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let value = try? container.decode(Swift.Double.self) { self = .number(value); return }
            if let value = try? container.decode(Sum.self) { self = .sum(value); return }
            throw Swift.DecodingError.dataCorruptedError(in: container, debugDescription: "the value matches no case of Expr")
        }

        /// Reads the value through its `Decodable` conformance.
        internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
            self = try reader.readDecodable(Self.self)
        }

        /// Encodes the wrapped value as it is.
        internal func encode(to encoder: any Swift.Encoder) throws {
            switch self {
            case .number(let value): try value.encode(to: encoder)
            case .sum(let value): try value.encode(to: encoder)
            }
        }

        /// Checks the wrapped value against the constraints of its schema.
        internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {
            switch self {
            case .number: break
            case .sum(let value): try value.validate()
            }
        }
    }

    internal struct Sum: Swift.Codable, Swift.Hashable, Swift.Sendable, ArizeOpenAPIRuntime.Validatable, ArizeOpenAPIRuntime.JSONReadable {
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
        internal func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: ArizeOpenAPIRuntime.AnyCodingKey.self)
            try container.encode(self.left, forKey: ArizeOpenAPIRuntime.AnyCodingKey("left"))
            try container.encode(self.right, forKey: ArizeOpenAPIRuntime.AnyCodingKey("right"))
        }

        /// Decodes the properties from their JSON names.
        internal init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: ArizeOpenAPIRuntime.AnyCodingKey.self)
            self.left = try container.decode(Expr.self, forKey: ArizeOpenAPIRuntime.AnyCodingKey("left"))
            self.right = try container.decode(Expr.self, forKey: ArizeOpenAPIRuntime.AnyCodingKey("right"))
        }

        /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
        internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
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
        internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {
            try ArizeOpenAPIRuntime.Check.nested(left, field: "left")
            try ArizeOpenAPIRuntime.Check.nested(right, field: "right")
        }
    }

    /// Bounds at and past the ends of the integer types (they once crashed the generator).
    internal struct Bounds: Swift.Encodable, Swift.Equatable, Swift.Sendable, ArizeOpenAPIRuntime.Validatable, ArizeOpenAPIRuntime.JSONReadable {
        internal var seed: Swift.Int?
        internal var big: Swift.Int64?
        internal var small: Swift.Int32?
        internal var half: Swift.Int?
        internal var text: Swift.String?

        /// Creates a value; optional properties default to `nil`.
        internal init(seed: Swift.Int? = nil, big: Swift.Int64? = nil, small: Swift.Int32? = nil, half: Swift.Int? = nil, text: Swift.String? = nil) {
            self.seed = seed
            self.big = big
            self.small = small
            self.half = half
            self.text = text
        }

        /// Encodes the properties under their JSON names.
        internal func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: ArizeOpenAPIRuntime.AnyCodingKey.self)
            try container.encodeIfPresent(self.seed, forKey: ArizeOpenAPIRuntime.AnyCodingKey("seed"))
            try container.encodeIfPresent(self.big, forKey: ArizeOpenAPIRuntime.AnyCodingKey("big"))
            try container.encodeIfPresent(self.small, forKey: ArizeOpenAPIRuntime.AnyCodingKey("small"))
            try container.encodeIfPresent(self.half, forKey: ArizeOpenAPIRuntime.AnyCodingKey("half"))
            try container.encodeIfPresent(self.text, forKey: ArizeOpenAPIRuntime.AnyCodingKey("text"))
        }

        /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
        internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
            var _seed: Swift.Int? = nil
            var _big: Swift.Int64? = nil
            var _small: Swift.Int32? = nil
            var _half: Swift.Int? = nil
            var _text: Swift.String? = nil
            try reader.readObject { key, reader in
                switch key {
                case "seed": _seed = try reader.readOptional { r0 in try r0.readInteger(Swift.Int.self) }
                case "big": _big = try reader.readOptional { r0 in try r0.readInteger(Swift.Int64.self) }
                case "small": _small = try reader.readOptional { r0 in try r0.readInteger(Swift.Int32.self) }
                case "half": _half = try reader.readOptional { r0 in try r0.readInteger(Swift.Int.self) }
                case "text": _text = try reader.readOptional { r0 in try r0.readString() }
                default: try reader.skipValue()
                }
            }
            self.init(seed: _seed, big: _big, small: _small, half: _half, text: _text)
        }

        /// Checks the constraints the spec sets on this value.
        internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {
            if let value = half {
                try ArizeOpenAPIRuntime.Check.range(value, min: 1, max: 10, field: "half")
            }
            if let value = text {
                try ArizeOpenAPIRuntime.Check.length(value, min: nil, max: 9223372036854775807, field: "text")
            }
        }
    }

    /// Every integer and number format.
    internal struct Formats: Swift.Encodable, Swift.Equatable, Swift.Sendable, ArizeOpenAPIRuntime.Validatable, ArizeOpenAPIRuntime.JSONReadable {
        internal var i8: Swift.Int8?
        internal var i16: Swift.Int16?
        internal var u8: Swift.UInt8?
        internal var u16: Swift.UInt16?
        internal var u32: Swift.UInt32?
        internal var u64: Swift.UInt64?
        internal var other: Swift.Int?
        internal var f: Swift.Float?
        internal var odd: Swift.Double?

        /// Creates a value; optional properties default to `nil`.
        internal init(i8: Swift.Int8? = nil, i16: Swift.Int16? = nil, u8: Swift.UInt8? = nil, u16: Swift.UInt16? = nil, u32: Swift.UInt32? = nil, u64: Swift.UInt64? = nil, other: Swift.Int? = nil, f: Swift.Float? = nil, odd: Swift.Double? = nil) {
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
        internal func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: ArizeOpenAPIRuntime.AnyCodingKey.self)
            try container.encodeIfPresent(self.i8, forKey: ArizeOpenAPIRuntime.AnyCodingKey("i8"))
            try container.encodeIfPresent(self.i16, forKey: ArizeOpenAPIRuntime.AnyCodingKey("i16"))
            try container.encodeIfPresent(self.u8, forKey: ArizeOpenAPIRuntime.AnyCodingKey("u8"))
            try container.encodeIfPresent(self.u16, forKey: ArizeOpenAPIRuntime.AnyCodingKey("u16"))
            try container.encodeIfPresent(self.u32, forKey: ArizeOpenAPIRuntime.AnyCodingKey("u32"))
            try container.encodeIfPresent(self.u64, forKey: ArizeOpenAPIRuntime.AnyCodingKey("u64"))
            try container.encodeIfPresent(self.other, forKey: ArizeOpenAPIRuntime.AnyCodingKey("other"))
            try container.encodeIfPresent(self.f, forKey: ArizeOpenAPIRuntime.AnyCodingKey("f"))
            try container.encodeIfPresent(self.odd, forKey: ArizeOpenAPIRuntime.AnyCodingKey("odd"))
        }

        /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
        internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
            var _i8: Swift.Int8? = nil
            var _i16: Swift.Int16? = nil
            var _u8: Swift.UInt8? = nil
            var _u16: Swift.UInt16? = nil
            var _u32: Swift.UInt32? = nil
            var _u64: Swift.UInt64? = nil
            var _other: Swift.Int? = nil
            var _f: Swift.Float? = nil
            var _odd: Swift.Double? = nil
            try reader.readObject { key, reader in
                switch key {
                case "i8": _i8 = try reader.readOptional { r0 in try r0.readInteger(Swift.Int8.self) }
                case "i16": _i16 = try reader.readOptional { r0 in try r0.readInteger(Swift.Int16.self) }
                case "u8": _u8 = try reader.readOptional { r0 in try r0.readInteger(Swift.UInt8.self) }
                case "u16": _u16 = try reader.readOptional { r0 in try r0.readInteger(Swift.UInt16.self) }
                case "u32": _u32 = try reader.readOptional { r0 in try r0.readInteger(Swift.UInt32.self) }
                case "u64": _u64 = try reader.readOptional { r0 in try r0.readInteger(Swift.UInt64.self) }
                case "other": _other = try reader.readOptional { r0 in try r0.readInteger(Swift.Int.self) }
                case "f": _f = try reader.readOptional { r0 in try r0.readNumber(Swift.Float.self) }
                case "odd": _odd = try reader.readOptional { r0 in try r0.readNumber(Swift.Double.self) }
                default: try reader.skipValue()
                }
            }
            self.init(i8: _i8, i16: _i16, u8: _u8, u16: _u16, u32: _u32, u64: _u64, other: _other, f: _f, odd: _odd)
        }

        /// Checks the constraints the spec sets on this value.
        internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {
            if let value = u8 {
                try ArizeOpenAPIRuntime.Check.range(value, min: nil, max: 200, field: "u8")
            }
        }
    }

    /// An enum written as a oneOf of consts.
    internal enum Speed: Swift.RawRepresentable, Swift.Encodable, Swift.Equatable, Swift.Sendable, Swift.CaseIterable, Swift.CustomStringConvertible, ArizeOpenAPIRuntime.JSONReadable {
        /// `fast`
        case fast
        /// `slow`
        case slow
        /// `stopped`
        case stopped
        /// A value this version of the spec does not know, kept as sent so decoding never fails on it.
        case unknown(Swift.String)

        /// The case for a wire value; `unknown` for values the spec does not list.
        /// Spellings that differ only in case or in `-`/`_` (`read-only`, `READ_ONLY`) match too.
        internal init(rawValue: Swift.String) {
            switch rawValue {
            case "fast": self = .fast
            case "slow": self = .slow
            case "stopped": self = .stopped
            default:
                switch ArizeOpenAPIRuntime.EnumSpelling.normalized(rawValue) {
                case "FAST": self = .fast
                case "SLOW": self = .slow
                case "STOPPED": self = .stopped
                default: self = .unknown(rawValue)
                }
            }
        }

        /// The wire value.
        internal var rawValue: Swift.String {
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
        internal var description: Swift.String { rawValue }

        /// Encodes the wire value.
        internal func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(rawValue)
        }

        /// Reads any string, known or not, without `JSONDecoder` (known values make no `String`).
        internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
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

    internal struct RowsValueItem: Swift.Encodable, Swift.Equatable, Swift.Sendable, ArizeOpenAPIRuntime.Validatable, ArizeOpenAPIRuntime.JSONReadable {
        internal var a: Swift.String?

        /// Creates a value; optional properties default to `nil`.
        internal init(a: Swift.String? = nil) {
            self.a = a
        }

        /// Encodes the properties under their JSON names.
        internal func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: ArizeOpenAPIRuntime.AnyCodingKey.self)
            try container.encodeIfPresent(self.a, forKey: ArizeOpenAPIRuntime.AnyCodingKey("a"))
        }

        /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
        internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
            var _a: Swift.String? = nil
            try reader.readObject { key, reader in
                switch key {
                case "a": _a = try reader.readOptional { r0 in try r0.readString() }
                default: try reader.skipValue()
                }
            }
            self.init(a: _a)
        }

        /// Checks the constraints the spec sets on this value.
        internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {}
    }

    internal typealias Cells = [Swift.String: CellsValueValue]

    internal struct CellsValueValue: Swift.Encodable, Swift.Equatable, Swift.Sendable, ArizeOpenAPIRuntime.Validatable, ArizeOpenAPIRuntime.JSONReadable {
        internal var b: Swift.Int?

        /// Creates a value; optional properties default to `nil`.
        internal init(b: Swift.Int? = nil) {
            self.b = b
        }

        /// Encodes the properties under their JSON names.
        internal func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: ArizeOpenAPIRuntime.AnyCodingKey.self)
            try container.encodeIfPresent(self.b, forKey: ArizeOpenAPIRuntime.AnyCodingKey("b"))
        }

        /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
        internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
            var _b: Swift.Int? = nil
            try reader.readObject { key, reader in
                switch key {
                case "b": _b = try reader.readOptional { r0 in try r0.readInteger(Swift.Int.self) }
                default: try reader.skipValue()
                }
            }
            self.init(b: _b)
        }

        /// Checks the constraints the spec sets on this value.
        internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {}
    }

    internal struct Sheet: Swift.Encodable, Swift.Equatable, Swift.Sendable, ArizeOpenAPIRuntime.Validatable, ArizeOpenAPIRuntime.JSONReadable {
        /// An alias of an inline type: its reader must name the declared type.
        internal var rows: Rows?
        internal var cells: Cells?

        /// Creates a value; optional properties default to `nil`.
        internal init(rows: Rows? = nil, cells: Cells? = nil) {
            self.rows = rows
            self.cells = cells
        }

        /// Encodes the properties under their JSON names.
        internal func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: ArizeOpenAPIRuntime.AnyCodingKey.self)
            try container.encodeIfPresent(self.rows, forKey: ArizeOpenAPIRuntime.AnyCodingKey("rows"))
            try container.encodeIfPresent(self.cells, forKey: ArizeOpenAPIRuntime.AnyCodingKey("cells"))
        }

        /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
        internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
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
        internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {
            if let value = rows {
                for (index, element) in value.enumerated() {
                    try ArizeOpenAPIRuntime.Check.nested(element, field: "rows[\(index)]")
                }
            }
            if let value = cells {
                for (key, element) in value {
                    try ArizeOpenAPIRuntime.Check.nested(element, field: "cells[\(key)]")
                }
            }
        }
    }

    /// Property names that are also the coders' local names.
    internal struct Clashing: Swift.Encodable, Swift.Equatable, Swift.Sendable, ArizeOpenAPIRuntime.Validatable, ArizeOpenAPIRuntime.JSONReadable {
        internal var container: Swift.String?
        internal var others: Swift.String?
        internal var key: Swift.String?
        internal var value: Swift.String?
        /// Properties the spec does not name, by name.
        internal var additionalProperties: [Swift.String: Swift.String]

        /// Creates a value; optional properties default to `nil`.
        internal init(container: Swift.String? = nil, others: Swift.String? = nil, key: Swift.String? = nil, value: Swift.String? = nil, additionalProperties: [Swift.String: Swift.String] = [:]) {
            self.container = container
            self.others = others
            self.key = key
            self.value = value
            self.additionalProperties = additionalProperties
        }

        /// Encodes the properties under their JSON names.
        internal func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: ArizeOpenAPIRuntime.AnyCodingKey.self)
            for (key, value) in additionalProperties {
                try container.encode(value, forKey: ArizeOpenAPIRuntime.AnyCodingKey(key))
            }
            try container.encodeIfPresent(self.container, forKey: ArizeOpenAPIRuntime.AnyCodingKey("container"))
            try container.encodeIfPresent(self.others, forKey: ArizeOpenAPIRuntime.AnyCodingKey("others"))
            try container.encodeIfPresent(self.key, forKey: ArizeOpenAPIRuntime.AnyCodingKey("key"))
            try container.encodeIfPresent(self.value, forKey: ArizeOpenAPIRuntime.AnyCodingKey("value"))
        }

        /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
        internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
            var _container: Swift.String? = nil
            var _others: Swift.String? = nil
            var _key: Swift.String? = nil
            var _value: Swift.String? = nil
            var _additionalProperties: [Swift.String: Swift.String] = [:]
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
        internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {}
    }

    /// Contains itself by value: the parent is boxed.
    internal struct Node: Swift.Encodable, Swift.Equatable, Swift.Sendable, ArizeOpenAPIRuntime.Validatable, ArizeOpenAPIRuntime.JSONReadable {
        internal var name: Swift.String
        /// Contains itself by value: the parent is boxed.
        internal var parent: ArizeOpenAPIRuntime.Indirect<Node>?

        /// Creates a value; optional properties default to `nil`.
        internal init(name: Swift.String, parent: ArizeOpenAPIRuntime.Indirect<Node>? = nil) {
            self.name = name
            self.parent = parent
        }

        /// Encodes the properties under their JSON names.
        internal func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: ArizeOpenAPIRuntime.AnyCodingKey.self)
            try container.encode(self.name, forKey: ArizeOpenAPIRuntime.AnyCodingKey("name"))
            try container.encodeIfPresent(self.parent, forKey: ArizeOpenAPIRuntime.AnyCodingKey("parent"))
        }

        /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
        internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
            var _name: Swift.String? = nil
            var _parent: ArizeOpenAPIRuntime.Indirect<Node>? = nil
            try reader.readObject { key, reader in
                switch key {
                case "name": _name = try reader.readString()
                case "parent": _parent = try reader.readOptional { r0 in ArizeOpenAPIRuntime.Indirect(try Node(reading: &r0)) }
                default: try reader.skipValue()
                }
            }
            guard let _name else { throw reader.missing("name") }
            self.init(name: _name, parent: _parent)
        }

        /// Checks the constraints the spec sets on this value.
        internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {
            if let value = parent {
                try ArizeOpenAPIRuntime.Check.nested(value.value, field: "parent")
            }
        }
    }

    internal struct Left: Swift.Encodable, Swift.Equatable, Swift.Sendable, ArizeOpenAPIRuntime.Validatable, ArizeOpenAPIRuntime.JSONReadable {
        internal var right: Right?

        /// Creates a value; optional properties default to `nil`.
        internal init(right: Right? = nil) {
            self.right = right
        }

        /// Encodes the properties under their JSON names.
        internal func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: ArizeOpenAPIRuntime.AnyCodingKey.self)
            try container.encodeIfPresent(self.right, forKey: ArizeOpenAPIRuntime.AnyCodingKey("right"))
        }

        /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
        internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
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
        internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {
            if let value = right {
                try ArizeOpenAPIRuntime.Check.nested(value, field: "right")
            }
        }
    }

    internal struct Right: Swift.Encodable, Swift.Equatable, Swift.Sendable, ArizeOpenAPIRuntime.Validatable, ArizeOpenAPIRuntime.JSONReadable {
        internal var left: ArizeOpenAPIRuntime.Indirect<Left>?

        /// Creates a value; optional properties default to `nil`.
        internal init(left: ArizeOpenAPIRuntime.Indirect<Left>? = nil) {
            self.left = left
        }

        /// Encodes the properties under their JSON names.
        internal func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: ArizeOpenAPIRuntime.AnyCodingKey.self)
            try container.encodeIfPresent(self.left, forKey: ArizeOpenAPIRuntime.AnyCodingKey("left"))
        }

        /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
        internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
            var _left: ArizeOpenAPIRuntime.Indirect<Left>? = nil
            try reader.readObject { key, reader in
                switch key {
                case "left": _left = try reader.readOptional { r0 in ArizeOpenAPIRuntime.Indirect(try Left(reading: &r0)) }
                default: try reader.skipValue()
                }
            }
            self.init(left: _left)
        }

        /// Checks the constraints the spec sets on this value.
        internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {
            if let value = left {
                try ArizeOpenAPIRuntime.Check.nested(value.value, field: "left")
            }
        }
    }

    internal struct Versioned: Swift.Encodable, Swift.Equatable, Swift.Sendable, ArizeOpenAPIRuntime.Validatable, ArizeOpenAPIRuntime.JSONReadable {
        internal var kind: Swift.String
        internal var mode: PetKind
        internal var note: Swift.String?

        /// Creates a value; optional properties default to `nil`.
        internal init(kind: Swift.String = "v1", mode: PetKind = PetKind(rawValue: "dog"), note: Swift.String? = nil) {
            self.kind = kind
            self.mode = mode
            self.note = note
        }

        /// Encodes the properties under their JSON names.
        internal func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: ArizeOpenAPIRuntime.AnyCodingKey.self)
            try container.encode(self.kind, forKey: ArizeOpenAPIRuntime.AnyCodingKey("kind"))
            try container.encode(self.mode, forKey: ArizeOpenAPIRuntime.AnyCodingKey("mode"))
            try container.encodeIfPresent(self.note, forKey: ArizeOpenAPIRuntime.AnyCodingKey("note"))
        }

        /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
        internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
            var _kind: Swift.String? = nil
            var _mode: PetKind? = nil
            var _note: Swift.String? = nil
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
        internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {
            if kind != "v1" { throw ArizeOpenAPIRuntime.ValidationError(field: "kind", reason: "must be the constant of the spec") }
            if mode != PetKind(rawValue: "dog") { throw ArizeOpenAPIRuntime.ValidationError(field: "mode", reason: "must be the constant of the spec") }
        }
    }

    internal enum PetKind: Swift.RawRepresentable, Swift.Encodable, Swift.Equatable, Swift.Sendable, Swift.CaseIterable, Swift.CustomStringConvertible, ArizeOpenAPIRuntime.JSONReadable {
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
        case unknown(Swift.String)

        /// The case for a wire value; `unknown` for values the spec does not list.
        /// Spellings that differ only in case or in `-`/`_` (`read-only`, `READ_ONLY`) match too.
        internal init(rawValue: Swift.String) {
            switch rawValue {
            case "cat": self = .cat
            case "dog": self = .dog
            case "read-only": self = .readOnly
            case "default": self = .`default`
            case "self": self = .selfValue
            case "unknown": self = .unknown2
            case "": self = .empty
            default:
                switch ArizeOpenAPIRuntime.EnumSpelling.normalized(rawValue) {
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
        internal var rawValue: Swift.String {
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
        internal var description: Swift.String { rawValue }

        /// Encodes the wire value.
        internal func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(rawValue)
        }

        /// Reads any string, known or not, without `JSONDecoder` (known values make no `String`).
        internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
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

    internal struct Cat: Swift.Encodable, Swift.Equatable, Swift.Sendable, ArizeOpenAPIRuntime.Validatable, ArizeOpenAPIRuntime.JSONReadable {
        internal var petType: Swift.String
        internal var name: Swift.String
        internal var indoor: Swift.Bool?

        /// Creates a value; optional properties default to `nil`.
        internal init(petType: Swift.String, name: Swift.String, indoor: Swift.Bool? = nil) {
            self.petType = petType
            self.name = name
            self.indoor = indoor
        }

        /// Encodes the properties under their JSON names.
        internal func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: ArizeOpenAPIRuntime.AnyCodingKey.self)
            try container.encode(self.petType, forKey: ArizeOpenAPIRuntime.AnyCodingKey("pet_type"))
            try container.encode(self.name, forKey: ArizeOpenAPIRuntime.AnyCodingKey("name"))
            try container.encodeIfPresent(self.indoor, forKey: ArizeOpenAPIRuntime.AnyCodingKey("indoor"))
        }

        /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
        internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
            var _petType: Swift.String? = nil
            var _name: Swift.String? = nil
            var _indoor: Swift.Bool? = nil
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
        internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {}
    }

    internal struct Dog: Swift.Encodable, Swift.Equatable, Swift.Sendable, ArizeOpenAPIRuntime.Validatable, ArizeOpenAPIRuntime.JSONReadable {
        internal var petType: Swift.String
        internal var name: Swift.String
        internal var barkVolume: Swift.Int64?

        /// Creates a value; optional properties default to `nil`.
        internal init(petType: Swift.String, name: Swift.String, barkVolume: Swift.Int64? = nil) {
            self.petType = petType
            self.name = name
            self.barkVolume = barkVolume
        }

        /// Encodes the properties under their JSON names.
        internal func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: ArizeOpenAPIRuntime.AnyCodingKey.self)
            try container.encode(self.petType, forKey: ArizeOpenAPIRuntime.AnyCodingKey("pet_type"))
            try container.encode(self.name, forKey: ArizeOpenAPIRuntime.AnyCodingKey("name"))
            try container.encodeIfPresent(self.barkVolume, forKey: ArizeOpenAPIRuntime.AnyCodingKey("bark_volume"))
        }

        /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
        internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
            var _petType: Swift.String? = nil
            var _name: Swift.String? = nil
            var _barkVolume: Swift.Int64? = nil
            try reader.readObject { key, reader in
                switch key {
                case "pet_type": _petType = try reader.readString()
                case "name": _name = try reader.readString()
                case "bark_volume": _barkVolume = try reader.readOptional { r0 in try r0.readInteger(Swift.Int64.self) }
                default: try reader.skipValue()
                }
            }
            guard let _petType else { throw reader.missing("pet_type") }
            guard let _name else { throw reader.missing("name") }
            self.init(petType: _petType, name: _name, barkVolume: _barkVolume)
        }

        /// Checks the constraints the spec sets on this value.
        internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {}
    }

    /// A cat or a dog, told apart by `pet_type`.
    internal enum Pet: Swift.Encodable, Swift.Equatable, Swift.Sendable, ArizeOpenAPIRuntime.Validatable, ArizeOpenAPIRuntime.JSONReadable {
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

        private static func tag(_ value: Swift.String) -> Tag {
            switch value {
            case "cat", "kitten": return .cat
            case "dog": return .dog
            default:
                switch ArizeOpenAPIRuntime.EnumSpelling.normalized(value) {
                case "CAT", "KITTEN": return .cat
                case "DOG": return .dog
                default: return .unknown
                }
            }
        }

        /// Reads the case named by `pet_type` straight from JSON, without `JSONDecoder`.
        internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
            switch Self.tag(try reader.peekString(forKey: "pet_type") ?? "") {
            case .cat: self = .cat(try Cat(reading: &reader))
            case .dog: self = .dog(try Dog(reading: &reader))
            case .unknown: self = .unknown(try Unrecognized(reading: &reader))
            }
        }

        /// Encodes the wrapped value as it is.
        internal func encode(to encoder: any Swift.Encoder) throws {
            switch self {
            case .cat(let value): try value.encode(to: encoder)
            case .dog(let value): try value.encode(to: encoder)
            case .unknown(let value): try value.encode(to: encoder)
            }
        }

        /// Checks the wrapped value against the constraints of its schema.
        internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {
            switch self {
            case .cat(let value): try value.validate()
            case .dog(let value): try value.validate()
            case .unknown(let value): try value.validate()
            }
        }

        internal var petType: Swift.String {
            switch self {
            case .cat(let value): value.petType
            case .dog(let value): value.petType
            case .unknown(let value): value.petType
            }
        }

        internal var name: Swift.String {
            switch self {
            case .cat(let value): value.name
            case .dog(let value): value.name
            case .unknown(let value): value.name
            }
        }

        /// A value whose `pet_type` this version of the spec does not know: the properties every
        /// known case shares, kept as sent.
        internal struct Unrecognized: Swift.Encodable, Swift.Equatable, Swift.Sendable, ArizeOpenAPIRuntime.Validatable, ArizeOpenAPIRuntime.JSONReadable {
            internal var petType: Swift.String
            internal var name: Swift.String

            /// Creates a value; optional properties default to `nil`.
            internal init(petType: Swift.String, name: Swift.String) {
                self.petType = petType
                self.name = name
            }

            /// Encodes the properties under their JSON names.
            internal func encode(to encoder: any Swift.Encoder) throws {
                var container = encoder.container(keyedBy: ArizeOpenAPIRuntime.AnyCodingKey.self)
                try container.encode(self.petType, forKey: ArizeOpenAPIRuntime.AnyCodingKey("pet_type"))
                try container.encode(self.name, forKey: ArizeOpenAPIRuntime.AnyCodingKey("name"))
            }

            /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
            internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
                var _petType: Swift.String? = nil
                var _name: Swift.String? = nil
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
            internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {}
        }
    }

    internal enum IDOrName: Swift.Codable, Swift.Hashable, Swift.Sendable, ArizeOpenAPIRuntime.Validatable, ArizeOpenAPIRuntime.JSONReadable {
        /// A `Int`.
        case number(Swift.Int)
        /// A `String`.
        case string(Swift.String)

        /// Decodes the first case whose type matches, in the spec's order.
        internal init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let value = try? container.decode(Swift.Int.self) { self = .number(value); return }
            if let value = try? container.decode(Swift.String.self) { self = .string(value); return }
            throw Swift.DecodingError.dataCorruptedError(in: container, debugDescription: "the value matches no case of IDOrName")
        }

        /// Reads the value through its `Decodable` conformance.
        internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
            self = try reader.readDecodable(Self.self)
        }

        /// Encodes the wrapped value as it is.
        internal func encode(to encoder: any Swift.Encoder) throws {
            switch self {
            case .number(let value): try value.encode(to: encoder)
            case .string(let value): try value.encode(to: encoder)
            }
        }

        /// Checks the wrapped value against the constraints of its schema.
        internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {
            switch self {
            case .number: break
            case .string: break
            }
        }
    }

    internal enum Shape: Swift.Codable, Swift.Hashable, Swift.Sendable, ArizeOpenAPIRuntime.Validatable, ArizeOpenAPIRuntime.JSONReadable {
        /// A `Option1`.
        case option1(Option1)
        /// A `Option2`.
        case option2(Option2)

        /// Decodes the first case whose type matches, in the spec's order.
        internal init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let value = try? container.decode(Option1.self) { self = .option1(value); return }
            if let value = try? container.decode(Option2.self) { self = .option2(value); return }
            throw Swift.DecodingError.dataCorruptedError(in: container, debugDescription: "the value matches no case of Shape")
        }

        /// Reads the value through its `Decodable` conformance.
        internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
            self = try reader.readDecodable(Self.self)
        }

        /// Encodes the wrapped value as it is.
        internal func encode(to encoder: any Swift.Encoder) throws {
            switch self {
            case .option1(let value): try value.encode(to: encoder)
            case .option2(let value): try value.encode(to: encoder)
            }
        }

        /// Checks the wrapped value against the constraints of its schema.
        internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {
            switch self {
            case .option1(let value): try value.validate()
            case .option2(let value): try value.validate()
            }
        }

        internal struct Option1: Swift.Codable, Swift.Hashable, Swift.Sendable, ArizeOpenAPIRuntime.Validatable, ArizeOpenAPIRuntime.JSONReadable {
            internal var radius: Swift.Double

            /// Creates a value; optional properties default to `nil`.
            internal init(radius: Swift.Double) {
                self.radius = radius
            }

            /// Encodes the properties under their JSON names.
            internal func encode(to encoder: any Swift.Encoder) throws {
                var container = encoder.container(keyedBy: ArizeOpenAPIRuntime.AnyCodingKey.self)
                try container.encode(self.radius, forKey: ArizeOpenAPIRuntime.AnyCodingKey("radius"))
            }

            /// Decodes the properties from their JSON names.
            internal init(from decoder: any Swift.Decoder) throws {
                let container = try decoder.container(keyedBy: ArizeOpenAPIRuntime.AnyCodingKey.self)
                self.radius = try container.decode(Swift.Double.self, forKey: ArizeOpenAPIRuntime.AnyCodingKey("radius"))
            }

            /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
            internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
                var _radius: Swift.Double? = nil
                try reader.readObject { key, reader in
                    switch key {
                    case "radius": _radius = try reader.readNumber(Swift.Double.self)
                    default: try reader.skipValue()
                    }
                }
                guard let _radius else { throw reader.missing("radius") }
                self.init(radius: _radius)
            }

            /// Checks the constraints the spec sets on this value.
            internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {}
        }

        internal struct Option2: Swift.Codable, Swift.Hashable, Swift.Sendable, ArizeOpenAPIRuntime.Validatable, ArizeOpenAPIRuntime.JSONReadable {
            internal var side: Swift.Double

            /// Creates a value; optional properties default to `nil`.
            internal init(side: Swift.Double) {
                self.side = side
            }

            /// Encodes the properties under their JSON names.
            internal func encode(to encoder: any Swift.Encoder) throws {
                var container = encoder.container(keyedBy: ArizeOpenAPIRuntime.AnyCodingKey.self)
                try container.encode(self.side, forKey: ArizeOpenAPIRuntime.AnyCodingKey("side"))
            }

            /// Decodes the properties from their JSON names.
            internal init(from decoder: any Swift.Decoder) throws {
                let container = try decoder.container(keyedBy: ArizeOpenAPIRuntime.AnyCodingKey.self)
                self.side = try container.decode(Swift.Double.self, forKey: ArizeOpenAPIRuntime.AnyCodingKey("side"))
            }

            /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
            internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
                var _side: Swift.Double? = nil
                try reader.readObject { key, reader in
                    switch key {
                    case "side": _side = try reader.readNumber(Swift.Double.self)
                    default: try reader.skipValue()
                    }
                }
                guard let _side else { throw reader.missing("side") }
                self.init(side: _side)
            }

            /// Checks the constraints the spec sets on this value.
            internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {}
        }
    }

    internal typealias MaybePet = Pet

    internal struct Base: Swift.Encodable, Swift.Equatable, Swift.Sendable, ArizeOpenAPIRuntime.Validatable, ArizeOpenAPIRuntime.JSONReadable {
        internal var id: Swift.String
        internal var createdAt: Foundation.Date?

        /// Creates a value; optional properties default to `nil`.
        internal init(id: Swift.String, createdAt: Foundation.Date? = nil) {
            self.id = id
            self.createdAt = createdAt
        }

        /// Encodes the properties under their JSON names.
        internal func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: ArizeOpenAPIRuntime.AnyCodingKey.self)
            try container.encode(self.id, forKey: ArizeOpenAPIRuntime.AnyCodingKey("id"))
            try container.encodeIfPresent(self.createdAt, forKey: ArizeOpenAPIRuntime.AnyCodingKey("created_at"))
        }

        /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
        internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
            var _id: Swift.String? = nil
            var _createdAt: Foundation.Date? = nil
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
        internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {}
    }

    /// Merged from Base and its own properties.
    internal struct Owner: Swift.Encodable, Swift.Equatable, Swift.Sendable, ArizeOpenAPIRuntime.Validatable, ArizeOpenAPIRuntime.JSONReadable {
        internal var id: Swift.String
        internal var createdAt: Foundation.Date?
        internal var email: Swift.String
        internal var pets: [Pet]?

        /// Creates a value; optional properties default to `nil`.
        internal init(id: Swift.String, createdAt: Foundation.Date? = nil, email: Swift.String, pets: [Pet]? = nil) {
            self.id = id
            self.createdAt = createdAt
            self.email = email
            self.pets = pets
        }

        /// Encodes the properties under their JSON names.
        internal func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: ArizeOpenAPIRuntime.AnyCodingKey.self)
            try container.encode(self.id, forKey: ArizeOpenAPIRuntime.AnyCodingKey("id"))
            try container.encodeIfPresent(self.createdAt, forKey: ArizeOpenAPIRuntime.AnyCodingKey("created_at"))
            try container.encode(self.email, forKey: ArizeOpenAPIRuntime.AnyCodingKey("email"))
            try container.encodeIfPresent(self.pets, forKey: ArizeOpenAPIRuntime.AnyCodingKey("pets"))
        }

        /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
        internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
            var _id: Swift.String? = nil
            var _createdAt: Foundation.Date? = nil
            var _email: Swift.String? = nil
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
        internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {
            if let value = pets {
                for (index, element) in value.enumerated() {
                    try ArizeOpenAPIRuntime.Check.nested(element, field: "pets[\(index)]")
                }
            }
        }
    }

    internal typealias OwnerAlias = Owner

    internal typealias Labels = [Swift.String: Swift.String]

    internal struct Metadata: Swift.Encodable, Swift.Equatable, Swift.Sendable, ArizeOpenAPIRuntime.Validatable, ArizeOpenAPIRuntime.JSONReadable {
        internal var name: Swift.String
        /// Properties the spec does not name, by name.
        internal var additionalProperties: [Swift.String: Swift.Int]

        /// Creates a value; optional properties default to `nil`.
        internal init(name: Swift.String, additionalProperties: [Swift.String: Swift.Int] = [:]) {
            self.name = name
            self.additionalProperties = additionalProperties
        }

        /// Encodes the properties under their JSON names.
        internal func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: ArizeOpenAPIRuntime.AnyCodingKey.self)
            for (key, value) in additionalProperties {
                try container.encode(value, forKey: ArizeOpenAPIRuntime.AnyCodingKey(key))
            }
            try container.encode(self.name, forKey: ArizeOpenAPIRuntime.AnyCodingKey("name"))
        }

        /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
        internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
            var _name: Swift.String? = nil
            var _additionalProperties: [Swift.String: Swift.Int] = [:]
            try reader.readObject { key, reader in
                switch key {
                case "name": _name = try reader.readString()
                default: _additionalProperties[key.stringValue] = try reader.readInteger(Swift.Int.self)
                }
            }
            guard let _name else { throw reader.missing("name") }
            self.init(name: _name, additionalProperties: _additionalProperties)
        }

        /// Checks the constraints the spec sets on this value.
        internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {}
    }

    internal struct Nullables: Swift.Encodable, Swift.Equatable, Swift.Sendable, ArizeOpenAPIRuntime.Validatable, ArizeOpenAPIRuntime.JSONReadable {
        internal var nickname: Swift.String?
        internal var age: Swift.Int?
        internal var note: Swift.String?
        internal var scores: [Swift.Double?]?

        /// Creates a value; optional properties default to `nil`.
        internal init(nickname: Swift.String? = nil, age: Swift.Int? = nil, note: Swift.String? = nil, scores: [Swift.Double?]? = nil) {
            self.nickname = nickname
            self.age = age
            self.note = note
            self.scores = scores
        }

        /// Encodes the properties under their JSON names.
        internal func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: ArizeOpenAPIRuntime.AnyCodingKey.self)
            try container.encode(self.nickname, forKey: ArizeOpenAPIRuntime.AnyCodingKey("nickname"))
            try container.encode(self.age, forKey: ArizeOpenAPIRuntime.AnyCodingKey("age"))
            try container.encodeIfPresent(self.note, forKey: ArizeOpenAPIRuntime.AnyCodingKey("note"))
            try container.encodeIfPresent(self.scores, forKey: ArizeOpenAPIRuntime.AnyCodingKey("scores"))
        }

        /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
        internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
            var _nickname: Swift.String? = nil
            var _age: Swift.Int? = nil
            var _note: Swift.String? = nil
            var _scores: [Swift.Double?]? = nil
            try reader.readObject { key, reader in
                switch key {
                case "nickname": _nickname = try reader.readOptional { r0 in try r0.readString() }
                case "age": _age = try reader.readOptional { r0 in try r0.readInteger(Swift.Int.self) }
                case "note": _note = try reader.readOptional { r0 in try r0.readString() }
                case "scores": _scores = try reader.readOptional { r0 in try r0.readArray { r1 in try r1.readOptional { r2 in try r2.readNumber(Swift.Double.self) } } }
                default: try reader.skipValue()
                }
            }
            self.init(nickname: _nickname, age: _age, note: _note, scores: _scores)
        }

        /// Checks the constraints the spec sets on this value.
        internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {
            if let value = age {
                try ArizeOpenAPIRuntime.Check.range(value, min: 0, max: nil, field: "age")
            }
        }
    }

    internal struct Keywords: Swift.Encodable, Swift.Equatable, Swift.Sendable, ArizeOpenAPIRuntime.Validatable, ArizeOpenAPIRuntime.JSONReadable {
        internal var `default`: Swift.String?
        internal var type: TypeValue?
        internal var selfValue: Swift.Bool?
        internal var `protocol`: Swift.String?
        internal var userID: Swift.String?
        internal var userID2: Swift.String?
        internal var validate2: Swift.String?
        internal var apiURL: Swift.String?

        /// Creates a value; optional properties default to `nil`.
        internal init(`default`: Swift.String? = nil, type: TypeValue? = nil, selfValue: Swift.Bool? = nil, `protocol`: Swift.String? = nil, userID: Swift.String? = nil, userID2: Swift.String? = nil, validate2: Swift.String? = nil, apiURL: Swift.String? = nil) {
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
        internal func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: ArizeOpenAPIRuntime.AnyCodingKey.self)
            try container.encodeIfPresent(self.`default`, forKey: ArizeOpenAPIRuntime.AnyCodingKey("default"))
            try container.encodeIfPresent(self.type, forKey: ArizeOpenAPIRuntime.AnyCodingKey("type"))
            try container.encodeIfPresent(self.selfValue, forKey: ArizeOpenAPIRuntime.AnyCodingKey("self"))
            try container.encodeIfPresent(self.`protocol`, forKey: ArizeOpenAPIRuntime.AnyCodingKey("Protocol"))
            try container.encodeIfPresent(self.userID, forKey: ArizeOpenAPIRuntime.AnyCodingKey("user_id"))
            try container.encodeIfPresent(self.userID2, forKey: ArizeOpenAPIRuntime.AnyCodingKey("userId"))
            try container.encodeIfPresent(self.validate2, forKey: ArizeOpenAPIRuntime.AnyCodingKey("validate"))
            try container.encodeIfPresent(self.apiURL, forKey: ArizeOpenAPIRuntime.AnyCodingKey("api-url"))
        }

        /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
        internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
            var _default: Swift.String? = nil
            var _type: TypeValue? = nil
            var _selfValue: Swift.Bool? = nil
            var _protocol: Swift.String? = nil
            var _userID: Swift.String? = nil
            var _userID2: Swift.String? = nil
            var _validate2: Swift.String? = nil
            var _apiURL: Swift.String? = nil
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
        internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {}

        internal enum TypeValue: Swift.RawRepresentable, Swift.Encodable, Swift.Equatable, Swift.Sendable, Swift.CaseIterable, Swift.CustomStringConvertible, ArizeOpenAPIRuntime.JSONReadable {
            /// `a`
            case a
            /// `b`
            case b
            /// A value this version of the spec does not know, kept as sent so decoding never fails on it.
            case unknown(Swift.String)

            /// The case for a wire value; `unknown` for values the spec does not list.
            /// Spellings that differ only in case or in `-`/`_` (`read-only`, `READ_ONLY`) match too.
            internal init(rawValue: Swift.String) {
                switch rawValue {
                case "a": self = .a
                case "b": self = .b
                default:
                    switch ArizeOpenAPIRuntime.EnumSpelling.normalized(rawValue) {
                    case "A": self = .a
                    case "B": self = .b
                    default: self = .unknown(rawValue)
                    }
                }
            }

            /// The wire value.
            internal var rawValue: Swift.String {
                switch self {
                case .a: "a"
                case .b: "b"
                case .unknown(let value): value
                }
            }

            /// The documented cases.
            internal static var allCases: [Self] { [.a, .b] }

            /// The wire value.
            internal var description: Swift.String { rawValue }

            /// Encodes the wire value.
            internal func encode(to encoder: any Swift.Encoder) throws {
                var container = encoder.singleValueContainer()
                try container.encode(rawValue)
            }

            /// Reads any string, known or not, without `JSONDecoder` (known values make no `String`).
            internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
                let text = try reader.readStringBytes()
                switch text {
                case "a": self = .a
                case "b": self = .b
                default: self.init(rawValue: text.stringValue)
                }
            }
        }
    }

    internal struct Numbers: Swift.Encodable, Swift.Equatable, Swift.Sendable, ArizeOpenAPIRuntime.Validatable, ArizeOpenAPIRuntime.JSONReadable {
        internal var small: Swift.Int32?
        internal var big: Swift.Int64?
        internal var ratio: Swift.Float?
        internal var precise: Swift.Double?
        internal var positive: Swift.Double?

        /// Creates a value; optional properties default to `nil`.
        internal init(small: Swift.Int32? = nil, big: Swift.Int64? = nil, ratio: Swift.Float? = nil, precise: Swift.Double? = nil, positive: Swift.Double? = nil) {
            self.small = small
            self.big = big
            self.ratio = ratio
            self.precise = precise
            self.positive = positive
        }

        /// Encodes the properties under their JSON names.
        internal func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: ArizeOpenAPIRuntime.AnyCodingKey.self)
            try container.encodeIfPresent(self.small, forKey: ArizeOpenAPIRuntime.AnyCodingKey("small"))
            try container.encodeIfPresent(self.big, forKey: ArizeOpenAPIRuntime.AnyCodingKey("big"))
            try container.encodeIfPresent(self.ratio, forKey: ArizeOpenAPIRuntime.AnyCodingKey("ratio"))
            try container.encodeIfPresent(self.precise, forKey: ArizeOpenAPIRuntime.AnyCodingKey("precise"))
            try container.encodeIfPresent(self.positive, forKey: ArizeOpenAPIRuntime.AnyCodingKey("positive"))
        }

        /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
        internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
            var _small: Swift.Int32? = nil
            var _big: Swift.Int64? = nil
            var _ratio: Swift.Float? = nil
            var _precise: Swift.Double? = nil
            var _positive: Swift.Double? = nil
            try reader.readObject { key, reader in
                switch key {
                case "small": _small = try reader.readOptional { r0 in try r0.readInteger(Swift.Int32.self) }
                case "big": _big = try reader.readOptional { r0 in try r0.readInteger(Swift.Int64.self) }
                case "ratio": _ratio = try reader.readOptional { r0 in try r0.readNumber(Swift.Float.self) }
                case "precise": _precise = try reader.readOptional { r0 in try r0.readNumber(Swift.Double.self) }
                case "positive": _positive = try reader.readOptional { r0 in try r0.readNumber(Swift.Double.self) }
                default: try reader.skipValue()
                }
            }
            self.init(small: _small, big: _big, ratio: _ratio, precise: _precise, positive: _positive)
        }

        /// Checks the constraints the spec sets on this value.
        internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {
            if let value = precise {
                try ArizeOpenAPIRuntime.Check.range(value, min: 0.5, max: 99.5, field: "precise")
            }
            if let value = positive {
                try ArizeOpenAPIRuntime.Check.exclusiveRange(Swift.Double(value), above: 0.0, below: nil, field: "positive")
            }
        }
    }

    internal struct Event: Swift.Encodable, Swift.Equatable, Swift.Sendable, ArizeOpenAPIRuntime.Validatable, ArizeOpenAPIRuntime.JSONReadable {
        internal var at: Foundation.Date
        internal var endedAt: Foundation.Date?
        internal var payload: ArizeOpenAPIRuntime.OpenAPIValue?
        internal var bag: [Swift.String: ArizeOpenAPIRuntime.OpenAPIValue]?
        internal var secret: ArizeOpenAPIRuntime.Secret?

        /// Creates a value; optional properties default to `nil`.
        internal init(at: Foundation.Date, endedAt: Foundation.Date? = nil, payload: ArizeOpenAPIRuntime.OpenAPIValue? = nil, bag: [Swift.String: ArizeOpenAPIRuntime.OpenAPIValue]? = nil, secret: ArizeOpenAPIRuntime.Secret? = nil) {
            self.at = at
            self.endedAt = endedAt
            self.payload = payload
            self.bag = bag
            self.secret = secret
        }

        /// Encodes the properties under their JSON names.
        internal func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: ArizeOpenAPIRuntime.AnyCodingKey.self)
            try container.encode(self.at, forKey: ArizeOpenAPIRuntime.AnyCodingKey("at"))
            try container.encodeIfPresent(self.endedAt, forKey: ArizeOpenAPIRuntime.AnyCodingKey("ended_at"))
            try container.encodeIfPresent(self.payload, forKey: ArizeOpenAPIRuntime.AnyCodingKey("payload"))
            try container.encodeIfPresent(self.bag, forKey: ArizeOpenAPIRuntime.AnyCodingKey("bag"))
            try container.encodeIfPresent(self.secret, forKey: ArizeOpenAPIRuntime.AnyCodingKey("secret"))
        }

        /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
        internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
            var _at: Foundation.Date? = nil
            var _endedAt: Foundation.Date? = nil
            var _payload: ArizeOpenAPIRuntime.OpenAPIValue? = nil
            var _bag: [Swift.String: ArizeOpenAPIRuntime.OpenAPIValue]? = nil
            var _secret: ArizeOpenAPIRuntime.Secret? = nil
            try reader.readObject { key, reader in
                switch key {
                case "at": _at = try reader.readDate()
                case "ended_at": _endedAt = try reader.readOptional { r0 in try r0.readDate() }
                case "payload": _payload = try reader.readOptional { r0 in try ArizeOpenAPIRuntime.OpenAPIValue(reading: &r0) }
                case "bag": _bag = try reader.readOptional { r0 in try r0.readMap { r1 in try ArizeOpenAPIRuntime.OpenAPIValue(reading: &r1) } }
                case "secret": _secret = try reader.readOptional { r0 in ArizeOpenAPIRuntime.Secret(try r0.readString()) }
                default: try reader.skipValue()
                }
            }
            guard let _at else { throw reader.missing("at") }
            self.init(at: _at, endedAt: _endedAt, payload: _payload, bag: _bag, secret: _secret)
        }

        /// Checks the constraints the spec sets on this value.
        internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {}
    }

    internal struct Tree: Swift.Encodable, Swift.Equatable, Swift.Sendable, ArizeOpenAPIRuntime.Validatable, ArizeOpenAPIRuntime.JSONReadable {
        internal var value: Swift.Int
        internal var children: [Tree]?

        /// Creates a value; optional properties default to `nil`.
        internal init(value: Swift.Int, children: [Tree]? = nil) {
            self.value = value
            self.children = children
        }

        /// Encodes the properties under their JSON names.
        internal func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: ArizeOpenAPIRuntime.AnyCodingKey.self)
            try container.encode(self.value, forKey: ArizeOpenAPIRuntime.AnyCodingKey("value"))
            try container.encodeIfPresent(self.children, forKey: ArizeOpenAPIRuntime.AnyCodingKey("children"))
        }

        /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
        internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
            var _value: Swift.Int? = nil
            var _children: [Tree]? = nil
            try reader.readObject { key, reader in
                switch key {
                case "value": _value = try reader.readInteger(Swift.Int.self)
                case "children": _children = try reader.readOptional { r0 in try r0.readArray { r1 in try Tree(reading: &r1) } }
                default: try reader.skipValue()
                }
            }
            guard let _value else { throw reader.missing("value") }
            self.init(value: _value, children: _children)
        }

        /// Checks the constraints the spec sets on this value.
        internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {
            if let value = children {
                for (index, element) in value.enumerated() {
                    try ArizeOpenAPIRuntime.Check.nested(element, field: "children[\(index)]")
                }
            }
        }
    }

    internal struct TypeSchema: Swift.Encodable, Swift.Equatable, Swift.Sendable, ArizeOpenAPIRuntime.Validatable, ArizeOpenAPIRuntime.JSONReadable {
        internal var name: Swift.String?

        /// Creates a value; optional properties default to `nil`.
        internal init(name: Swift.String? = nil) {
            self.name = name
        }

        /// Encodes the properties under their JSON names.
        internal func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: ArizeOpenAPIRuntime.AnyCodingKey.self)
            try container.encodeIfPresent(self.name, forKey: ArizeOpenAPIRuntime.AnyCodingKey("name"))
        }

        /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
        internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
            var _name: Swift.String? = nil
            try reader.readObject { key, reader in
                switch key {
                case "name": _name = try reader.readOptional { r0 in try r0.readString() }
                default: try reader.skipValue()
                }
            }
            self.init(name: _name)
        }

        /// Checks the constraints the spec sets on this value.
        internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {}
    }

    internal struct Bot: Swift.Encodable, Swift.Equatable, Swift.Sendable, ArizeOpenAPIRuntime.Validatable, ArizeOpenAPIRuntime.JSONReadable {
        internal var kind: Kind
        internal var role: Role?
        internal var name: Swift.String?

        /// Creates a value; optional properties default to `nil`.
        internal init(kind: Kind, role: Role? = nil, name: Swift.String? = nil) {
            self.kind = kind
            self.role = role
            self.name = name
        }

        /// Encodes the properties under their JSON names.
        internal func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: ArizeOpenAPIRuntime.AnyCodingKey.self)
            try container.encode(self.kind, forKey: ArizeOpenAPIRuntime.AnyCodingKey("kind"))
            try container.encodeIfPresent(self.role, forKey: ArizeOpenAPIRuntime.AnyCodingKey("role"))
            try container.encodeIfPresent(self.name, forKey: ArizeOpenAPIRuntime.AnyCodingKey("name"))
        }

        /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
        internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
            var _kind: Kind? = nil
            var _role: Role? = nil
            var _name: Swift.String? = nil
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
        internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {}

        internal enum Kind: Swift.RawRepresentable, Swift.Encodable, Swift.Equatable, Swift.Sendable, Swift.CaseIterable, Swift.CustomStringConvertible, ArizeOpenAPIRuntime.JSONReadable {
            /// `bot`
            case bot
            /// A value this version of the spec does not know, kept as sent so decoding never fails on it.
            case unknown(Swift.String)

            /// The case for a wire value; `unknown` for values the spec does not list.
            /// Spellings that differ only in case or in `-`/`_` (`read-only`, `READ_ONLY`) match too.
            internal init(rawValue: Swift.String) {
                switch rawValue {
                case "bot": self = .bot
                default:
                    switch ArizeOpenAPIRuntime.EnumSpelling.normalized(rawValue) {
                    case "BOT": self = .bot
                    default: self = .unknown(rawValue)
                    }
                }
            }

            /// The wire value.
            internal var rawValue: Swift.String {
                switch self {
                case .bot: "bot"
                case .unknown(let value): value
                }
            }

            /// The documented cases.
            internal static var allCases: [Self] { [.bot] }

            /// The wire value.
            internal var description: Swift.String { rawValue }

            /// Encodes the wire value.
            internal func encode(to encoder: any Swift.Encoder) throws {
                var container = encoder.singleValueContainer()
                try container.encode(rawValue)
            }

            /// Reads any string, known or not, without `JSONDecoder` (known values make no `String`).
            internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
                let text = try reader.readStringBytes()
                switch text {
                case "bot": self = .bot
                default: self.init(rawValue: text.stringValue)
                }
            }
        }

        internal enum Role: Swift.RawRepresentable, Swift.Encodable, Swift.Equatable, Swift.Sendable, Swift.CaseIterable, Swift.CustomStringConvertible, ArizeOpenAPIRuntime.JSONReadable {
            /// `admin`
            case admin
            /// `member`
            case member
            /// A value this version of the spec does not know, kept as sent so decoding never fails on it.
            case unknown(Swift.String)

            /// The case for a wire value; `unknown` for values the spec does not list.
            /// Spellings that differ only in case or in `-`/`_` (`read-only`, `READ_ONLY`) match too.
            internal init(rawValue: Swift.String) {
                switch rawValue {
                case "admin": self = .admin
                case "member": self = .member
                default:
                    switch ArizeOpenAPIRuntime.EnumSpelling.normalized(rawValue) {
                    case "ADMIN": self = .admin
                    case "MEMBER": self = .member
                    default: self = .unknown(rawValue)
                    }
                }
            }

            /// The wire value.
            internal var rawValue: Swift.String {
                switch self {
                case .admin: "admin"
                case .member: "member"
                case .unknown(let value): value
                }
            }

            /// The documented cases.
            internal static var allCases: [Self] { [.admin, .member] }

            /// The wire value.
            internal var description: Swift.String { rawValue }

            /// Encodes the wire value.
            internal func encode(to encoder: any Swift.Encoder) throws {
                var container = encoder.singleValueContainer()
                try container.encode(rawValue)
            }

            /// Reads any string, known or not, without `JSONDecoder` (known values make no `String`).
            internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
                let text = try reader.readStringBytes()
                switch text {
                case "admin": self = .admin
                case "member": self = .member
                default: self.init(rawValue: text.stringValue)
                }
            }
        }
    }

    internal struct Human: Swift.Encodable, Swift.Equatable, Swift.Sendable, ArizeOpenAPIRuntime.Validatable, ArizeOpenAPIRuntime.JSONReadable {
        internal var kind: Kind
        internal var role: Role?
        internal var name: Swift.String?

        /// Creates a value; optional properties default to `nil`.
        internal init(kind: Kind, role: Role? = nil, name: Swift.String? = nil) {
            self.kind = kind
            self.role = role
            self.name = name
        }

        /// Encodes the properties under their JSON names.
        internal func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: ArizeOpenAPIRuntime.AnyCodingKey.self)
            try container.encode(self.kind, forKey: ArizeOpenAPIRuntime.AnyCodingKey("kind"))
            try container.encodeIfPresent(self.role, forKey: ArizeOpenAPIRuntime.AnyCodingKey("role"))
            try container.encodeIfPresent(self.name, forKey: ArizeOpenAPIRuntime.AnyCodingKey("name"))
        }

        /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
        internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
            var _kind: Kind? = nil
            var _role: Role? = nil
            var _name: Swift.String? = nil
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
        internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {}

        internal enum Kind: Swift.RawRepresentable, Swift.Encodable, Swift.Equatable, Swift.Sendable, Swift.CaseIterable, Swift.CustomStringConvertible, ArizeOpenAPIRuntime.JSONReadable {
            /// `human`
            case human
            /// A value this version of the spec does not know, kept as sent so decoding never fails on it.
            case unknown(Swift.String)

            /// The case for a wire value; `unknown` for values the spec does not list.
            /// Spellings that differ only in case or in `-`/`_` (`read-only`, `READ_ONLY`) match too.
            internal init(rawValue: Swift.String) {
                switch rawValue {
                case "human": self = .human
                default:
                    switch ArizeOpenAPIRuntime.EnumSpelling.normalized(rawValue) {
                    case "HUMAN": self = .human
                    default: self = .unknown(rawValue)
                    }
                }
            }

            /// The wire value.
            internal var rawValue: Swift.String {
                switch self {
                case .human: "human"
                case .unknown(let value): value
                }
            }

            /// The documented cases.
            internal static var allCases: [Self] { [.human] }

            /// The wire value.
            internal var description: Swift.String { rawValue }

            /// Encodes the wire value.
            internal func encode(to encoder: any Swift.Encoder) throws {
                var container = encoder.singleValueContainer()
                try container.encode(rawValue)
            }

            /// Reads any string, known or not, without `JSONDecoder` (known values make no `String`).
            internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
                let text = try reader.readStringBytes()
                switch text {
                case "human": self = .human
                default: self.init(rawValue: text.stringValue)
                }
            }
        }

        internal enum Role: Swift.RawRepresentable, Swift.Encodable, Swift.Equatable, Swift.Sendable, Swift.CaseIterable, Swift.CustomStringConvertible, ArizeOpenAPIRuntime.JSONReadable {
            /// `admin`
            case admin
            /// `member`
            case member
            /// `guest`
            case guest
            /// A value this version of the spec does not know, kept as sent so decoding never fails on it.
            case unknown(Swift.String)

            /// The case for a wire value; `unknown` for values the spec does not list.
            /// Spellings that differ only in case or in `-`/`_` (`read-only`, `READ_ONLY`) match too.
            internal init(rawValue: Swift.String) {
                switch rawValue {
                case "admin": self = .admin
                case "member": self = .member
                case "guest": self = .guest
                default:
                    switch ArizeOpenAPIRuntime.EnumSpelling.normalized(rawValue) {
                    case "ADMIN": self = .admin
                    case "MEMBER": self = .member
                    case "GUEST": self = .guest
                    default: self = .unknown(rawValue)
                    }
                }
            }

            /// The wire value.
            internal var rawValue: Swift.String {
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
            internal var description: Swift.String { rawValue }

            /// Encodes the wire value.
            internal func encode(to encoder: any Swift.Encoder) throws {
                var container = encoder.singleValueContainer()
                try container.encode(rawValue)
            }

            /// Reads any string, known or not, without `JSONDecoder` (known values make no `String`).
            internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
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
    internal enum Actor: Swift.Encodable, Swift.Equatable, Swift.Sendable, ArizeOpenAPIRuntime.Validatable, ArizeOpenAPIRuntime.JSONReadable {
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

        private static func tag(_ value: Swift.String) -> Tag {
            switch value {
            case "bot": return .bot
            case "human": return .human
            default:
                switch ArizeOpenAPIRuntime.EnumSpelling.normalized(value) {
                case "BOT": return .bot
                case "HUMAN": return .human
                default: return .unknown
                }
            }
        }

        /// Reads the case named by `kind` straight from JSON, without `JSONDecoder`.
        internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
            switch Self.tag(try reader.peekString(forKey: "kind") ?? "") {
            case .bot: self = .bot(try Bot(reading: &reader))
            case .human: self = .human(try Human(reading: &reader))
            case .unknown: self = .unknown(try Unrecognized(reading: &reader))
            }
        }

        /// Encodes the wrapped value as it is.
        internal func encode(to encoder: any Swift.Encoder) throws {
            switch self {
            case .bot(let value): try value.encode(to: encoder)
            case .human(let value): try value.encode(to: encoder)
            case .unknown(let value): try value.encode(to: encoder)
            }
        }

        /// Checks the wrapped value against the constraints of its schema.
        internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {
            switch self {
            case .bot(let value): try value.validate()
            case .human(let value): try value.validate()
            case .unknown(let value): try value.validate()
            }
        }

        internal var name: Swift.String? {
            switch self {
            case .bot(let value): value.name
            case .human(let value): value.name
            case .unknown(let value): value.name
            }
        }

        /// A value whose `kind` this version of the spec does not know: the properties every
        /// known case shares, kept as sent.
        internal struct Unrecognized: Swift.Encodable, Swift.Equatable, Swift.Sendable, ArizeOpenAPIRuntime.Validatable, ArizeOpenAPIRuntime.JSONReadable {
            internal var name: Swift.String?

            /// Creates a value; optional properties default to `nil`.
            internal init(name: Swift.String? = nil) {
                self.name = name
            }

            /// Encodes the properties under their JSON names.
            internal func encode(to encoder: any Swift.Encoder) throws {
                var container = encoder.container(keyedBy: ArizeOpenAPIRuntime.AnyCodingKey.self)
                try container.encodeIfPresent(self.name, forKey: ArizeOpenAPIRuntime.AnyCodingKey("name"))
            }

            /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
            internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
                var _name: Swift.String? = nil
                try reader.readObject { key, reader in
                    switch key {
                    case "name": _name = try reader.readOptional { r0 in try r0.readString() }
                    default: try reader.skipValue()
                    }
                }
                self.init(name: _name)
            }

            /// Checks the constraints the spec sets on this value.
            internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {}
        }
    }

    /// A value listed twice: one case each, the repeat dropped with a warning.
    internal enum Repeated: Swift.RawRepresentable, Swift.Encodable, Swift.Equatable, Swift.Sendable, Swift.CaseIterable, Swift.CustomStringConvertible, ArizeOpenAPIRuntime.JSONReadable {
        /// `one`
        case one
        /// `two`
        case two
        /// `three`
        case three
        /// `four`
        case four
        /// A value this version of the spec does not know, kept as sent so decoding never fails on it.
        case unknown(Swift.String)

        /// The case for a wire value; `unknown` for values the spec does not list.
        /// Spellings that differ only in case or in `-`/`_` (`read-only`, `READ_ONLY`) match too.
        internal init(rawValue: Swift.String) {
            switch rawValue {
            case "one": self = .one
            case "two": self = .two
            case "three": self = .three
            case "four": self = .four
            default:
                switch ArizeOpenAPIRuntime.EnumSpelling.normalized(rawValue) {
                case "ONE": self = .one
                case "TWO": self = .two
                case "THREE": self = .three
                case "FOUR": self = .four
                default: self = .unknown(rawValue)
                }
            }
        }

        /// The wire value.
        internal var rawValue: Swift.String {
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
        internal var description: Swift.String { rawValue }

        /// Encodes the wire value.
        internal func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(rawValue)
        }

        /// Reads any string, known or not, without `JSONDecoder` (known values make no `String`).
        internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
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

    internal struct Inline: Swift.Encodable, Swift.Equatable, Swift.Sendable, ArizeOpenAPIRuntime.Validatable, ArizeOpenAPIRuntime.JSONReadable {
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
        internal func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: ArizeOpenAPIRuntime.AnyCodingKey.self)
            try container.encodeIfPresent(self.owner, forKey: ArizeOpenAPIRuntime.AnyCodingKey("owner"))
            try container.encodeIfPresent(self.status, forKey: ArizeOpenAPIRuntime.AnyCodingKey("status"))
            try container.encodeIfPresent(self.items, forKey: ArizeOpenAPIRuntime.AnyCodingKey("items"))
            try container.encodeIfPresent(self.type, forKey: ArizeOpenAPIRuntime.AnyCodingKey("type"))
        }

        /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
        internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
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
        internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {
            if let value = owner {
                try ArizeOpenAPIRuntime.Check.nested(value, field: "owner")
            }
            if let value = items {
                for (index, element) in value.enumerated() {
                    try ArizeOpenAPIRuntime.Check.nested(element, field: "items[\(index)]")
                }
            }
            if let value = type {
                try ArizeOpenAPIRuntime.Check.nested(value, field: "type")
            }
        }

        internal struct Owner2: Swift.Encodable, Swift.Equatable, Swift.Sendable, ArizeOpenAPIRuntime.Validatable, ArizeOpenAPIRuntime.JSONReadable {
            internal var name: Swift.String?

            /// Creates a value; optional properties default to `nil`.
            internal init(name: Swift.String? = nil) {
                self.name = name
            }

            /// Encodes the properties under their JSON names.
            internal func encode(to encoder: any Swift.Encoder) throws {
                var container = encoder.container(keyedBy: ArizeOpenAPIRuntime.AnyCodingKey.self)
                try container.encodeIfPresent(self.name, forKey: ArizeOpenAPIRuntime.AnyCodingKey("name"))
            }

            /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
            internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
                var _name: Swift.String? = nil
                try reader.readObject { key, reader in
                    switch key {
                    case "name": _name = try reader.readOptional { r0 in try r0.readString() }
                    default: try reader.skipValue()
                    }
                }
                self.init(name: _name)
            }

            /// Checks the constraints the spec sets on this value.
            internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {
                if let value = name {
                    try ArizeOpenAPIRuntime.Check.length(value, min: nil, max: 4, field: "name")
                }
            }
        }

        internal enum Status: Swift.RawRepresentable, Swift.Encodable, Swift.Equatable, Swift.Sendable, Swift.CaseIterable, Swift.CustomStringConvertible, ArizeOpenAPIRuntime.JSONReadable {
            /// `on`
            case on
            /// `off`
            case off
            /// A value this version of the spec does not know, kept as sent so decoding never fails on it.
            case unknown(Swift.String)

            /// The case for a wire value; `unknown` for values the spec does not list.
            /// Spellings that differ only in case or in `-`/`_` (`read-only`, `READ_ONLY`) match too.
            internal init(rawValue: Swift.String) {
                switch rawValue {
                case "on": self = .on
                case "off": self = .off
                default:
                    switch ArizeOpenAPIRuntime.EnumSpelling.normalized(rawValue) {
                    case "ON": self = .on
                    case "OFF": self = .off
                    default: self = .unknown(rawValue)
                    }
                }
            }

            /// The wire value.
            internal var rawValue: Swift.String {
                switch self {
                case .on: "on"
                case .off: "off"
                case .unknown(let value): value
                }
            }

            /// The documented cases.
            internal static var allCases: [Self] { [.on, .off] }

            /// The wire value.
            internal var description: Swift.String { rawValue }

            /// Encodes the wire value.
            internal func encode(to encoder: any Swift.Encoder) throws {
                var container = encoder.singleValueContainer()
                try container.encode(rawValue)
            }

            /// Reads any string, known or not, without `JSONDecoder` (known values make no `String`).
            internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
                let text = try reader.readStringBytes()
                switch text {
                case "on": self = .on
                case "off": self = .off
                default: self.init(rawValue: text.stringValue)
                }
            }
        }

        internal struct ItemsItem: Swift.Encodable, Swift.Equatable, Swift.Sendable, ArizeOpenAPIRuntime.Validatable, ArizeOpenAPIRuntime.JSONReadable {
            internal var n: Swift.Int?

            /// Creates a value; optional properties default to `nil`.
            internal init(n: Swift.Int? = nil) {
                self.n = n
            }

            /// Encodes the properties under their JSON names.
            internal func encode(to encoder: any Swift.Encoder) throws {
                var container = encoder.container(keyedBy: ArizeOpenAPIRuntime.AnyCodingKey.self)
                try container.encodeIfPresent(self.n, forKey: ArizeOpenAPIRuntime.AnyCodingKey("n"))
            }

            /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
            internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
                var _n: Swift.Int? = nil
                try reader.readObject { key, reader in
                    switch key {
                    case "n": _n = try reader.readOptional { r0 in try r0.readInteger(Swift.Int.self) }
                    default: try reader.skipValue()
                    }
                }
                self.init(n: _n)
            }

            /// Checks the constraints the spec sets on this value.
            internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {}
        }

        internal struct TypeValue: Swift.Encodable, Swift.Equatable, Swift.Sendable, ArizeOpenAPIRuntime.Validatable, ArizeOpenAPIRuntime.JSONReadable {
            internal var x: Swift.Int?

            /// Creates a value; optional properties default to `nil`.
            internal init(x: Swift.Int? = nil) {
                self.x = x
            }

            /// Encodes the properties under their JSON names.
            internal func encode(to encoder: any Swift.Encoder) throws {
                var container = encoder.container(keyedBy: ArizeOpenAPIRuntime.AnyCodingKey.self)
                try container.encodeIfPresent(self.x, forKey: ArizeOpenAPIRuntime.AnyCodingKey("x"))
            }

            /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
            internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
                var _x: Swift.Int? = nil
                try reader.readObject { key, reader in
                    switch key {
                    case "x": _x = try reader.readOptional { r0 in try r0.readInteger(Swift.Int.self) }
                    default: try reader.skipValue()
                    }
                }
                self.init(x: _x)
            }

            /// Checks the constraints the spec sets on this value.
            internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {}
        }
    }
}
