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
