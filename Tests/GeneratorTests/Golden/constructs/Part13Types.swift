// Generated from openapi.json by arize-openapi-generator. Do not edit.

@_spi(Generated) import ArizeOpenAPIRuntime
import Foundation

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
