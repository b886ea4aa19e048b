// Generated from arize-api-keys.json by arize-openapi-generator. Do not edit.

@_spi(Generated) import ArizeOpenAPIRuntime
import Foundation

/// What a key authenticates as: a human user (`USER`) or a service account, a bot user bound to organizations and spaces (`SERVICE`).
internal enum APIKeyType: RawRepresentable, Encodable, Equatable, Sendable, CaseIterable, CustomStringConvertible, JSONReadable {
    /// `USER`
    case user
    /// `SERVICE`
    case service
    /// A value this version of the spec does not know, kept as sent so decoding never fails on it.
    case unknown(String)

    /// The case for a wire value; `unknown` for values the spec does not list.
    /// Spellings that differ only in case or in `-`/`_` (`read-only`, `READ_ONLY`) match too.
    internal init(rawValue: String) {
        switch rawValue {
        case "USER": self = .user
        case "SERVICE": self = .service
        default:
            switch EnumSpelling.normalized(rawValue) {
            case "USER": self = .user
            case "SERVICE": self = .service
            default: self = .unknown(rawValue)
            }
        }
    }

    /// The wire value.
    internal var rawValue: String {
        switch self {
        case .user: "USER"
        case .service: "SERVICE"
        case .unknown(let value): value
        }
    }

    /// The documented cases.
    internal static var allCases: [Self] { [.user, .service] }

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
        case "USER": self = .user
        case "SERVICE": self = .service
        default: self.init(rawValue: text.stringValue)
        }
    }
}

/// Whether a key still authenticates.
internal enum APIKeyStatus: RawRepresentable, Encodable, Equatable, Sendable, CaseIterable, CustomStringConvertible, JSONReadable {
    /// `ACTIVE`
    case active
    /// `REVOKED`
    case revoked
    /// A value this version of the spec does not know, kept as sent so decoding never fails on it.
    case unknown(String)

    /// The case for a wire value; `unknown` for values the spec does not list.
    /// Spellings that differ only in case or in `-`/`_` (`read-only`, `READ_ONLY`) match too.
    internal init(rawValue: String) {
        switch rawValue {
        case "ACTIVE": self = .active
        case "REVOKED": self = .revoked
        default:
            switch EnumSpelling.normalized(rawValue) {
            case "ACTIVE": self = .active
            case "REVOKED": self = .revoked
            default: self = .unknown(rawValue)
            }
        }
    }

    /// The wire value.
    internal var rawValue: String {
        switch self {
        case .active: "ACTIVE"
        case .revoked: "REVOKED"
        case .unknown(let value): value
        }
    }

    /// The documented cases.
    internal static var allCases: [Self] { [.active, .revoked] }

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
        case "ACTIVE": self = .active
        case "REVOKED": self = .revoked
        default: self.init(rawValue: text.stringValue)
        }
    }
}

/// A predefined role within a space. `ANNOTATOR` cannot be given to a service key (422).
internal enum SpaceRoleName: RawRepresentable, Encodable, Equatable, Sendable, CaseIterable, CustomStringConvertible, JSONReadable {
    /// `ADMIN`
    case admin
    /// `MEMBER`
    case member
    /// `READ_ONLY`
    case readOnly
    /// `ANNOTATOR`
    case annotator
    /// A value this version of the spec does not know, kept as sent so decoding never fails on it.
    case unknown(String)

    /// The case for a wire value; `unknown` for values the spec does not list.
    /// Spellings that differ only in case or in `-`/`_` (`read-only`, `READ_ONLY`) match too.
    internal init(rawValue: String) {
        switch rawValue {
        case "ADMIN": self = .admin
        case "MEMBER": self = .member
        case "READ_ONLY": self = .readOnly
        case "ANNOTATOR": self = .annotator
        default:
            switch EnumSpelling.normalized(rawValue) {
            case "ADMIN": self = .admin
            case "MEMBER": self = .member
            case "READ_ONLY": self = .readOnly
            case "ANNOTATOR": self = .annotator
            default: self = .unknown(rawValue)
            }
        }
    }

    /// The wire value.
    internal var rawValue: String {
        switch self {
        case .admin: "ADMIN"
        case .member: "MEMBER"
        case .readOnly: "READ_ONLY"
        case .annotator: "ANNOTATOR"
        case .unknown(let value): value
        }
    }

    /// The documented cases.
    internal static var allCases: [Self] { [.admin, .member, .readOnly, .annotator] }

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
        case "ADMIN": self = .admin
        case "MEMBER": self = .member
        case "READ_ONLY": self = .readOnly
        case "ANNOTATOR": self = .annotator
        default: self.init(rawValue: text.stringValue)
        }
    }
}

/// A predefined role within an organization. `ANNOTATOR` cannot be given to a service key (422).
internal enum OrganizationRoleName: RawRepresentable, Encodable, Equatable, Sendable, CaseIterable, CustomStringConvertible, JSONReadable {
    /// `ADMIN`
    case admin
    /// `MEMBER`
    case member
    /// `READ_ONLY`
    case readOnly
    /// `ANNOTATOR`
    case annotator
    /// A value this version of the spec does not know, kept as sent so decoding never fails on it.
    case unknown(String)

    /// The case for a wire value; `unknown` for values the spec does not list.
    /// Spellings that differ only in case or in `-`/`_` (`read-only`, `READ_ONLY`) match too.
    internal init(rawValue: String) {
        switch rawValue {
        case "ADMIN": self = .admin
        case "MEMBER": self = .member
        case "READ_ONLY": self = .readOnly
        case "ANNOTATOR": self = .annotator
        default:
            switch EnumSpelling.normalized(rawValue) {
            case "ADMIN": self = .admin
            case "MEMBER": self = .member
            case "READ_ONLY": self = .readOnly
            case "ANNOTATOR": self = .annotator
            default: self = .unknown(rawValue)
            }
        }
    }

    /// The wire value.
    internal var rawValue: String {
        switch self {
        case .admin: "ADMIN"
        case .member: "MEMBER"
        case .readOnly: "READ_ONLY"
        case .annotator: "ANNOTATOR"
        case .unknown(let value): value
        }
    }

    /// The documented cases.
    internal static var allCases: [Self] { [.admin, .member, .readOnly, .annotator] }

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
        case "ADMIN": self = .admin
        case "MEMBER": self = .member
        case "READ_ONLY": self = .readOnly
        case "ANNOTATOR": self = .annotator
        default: self.init(rawValue: text.stringValue)
        }
    }
}

/// A predefined role within the account. A service key may have `ADMIN` or `MEMBER`; `MEMBER_UI_ONLY` and `ANNOTATOR` are refused for it (400).
internal enum AccountRoleName: RawRepresentable, Encodable, Equatable, Sendable, CaseIterable, CustomStringConvertible, JSONReadable {
    /// `ADMIN`
    case admin
    /// `MEMBER`
    case member
    /// `MEMBER_UI_ONLY`
    case memberUIOnly
    /// `ANNOTATOR`
    case annotator
    /// A value this version of the spec does not know, kept as sent so decoding never fails on it.
    case unknown(String)

    /// The case for a wire value; `unknown` for values the spec does not list.
    /// Spellings that differ only in case or in `-`/`_` (`read-only`, `READ_ONLY`) match too.
    internal init(rawValue: String) {
        switch rawValue {
        case "ADMIN": self = .admin
        case "MEMBER": self = .member
        case "MEMBER_UI_ONLY": self = .memberUIOnly
        case "ANNOTATOR": self = .annotator
        default:
            switch EnumSpelling.normalized(rawValue) {
            case "ADMIN": self = .admin
            case "MEMBER": self = .member
            case "MEMBER_UI_ONLY": self = .memberUIOnly
            case "ANNOTATOR": self = .annotator
            default: self = .unknown(rawValue)
            }
        }
    }

    /// The wire value.
    internal var rawValue: String {
        switch self {
        case .admin: "ADMIN"
        case .member: "MEMBER"
        case .memberUIOnly: "MEMBER_UI_ONLY"
        case .annotator: "ANNOTATOR"
        case .unknown(let value): value
        }
    }

    /// The documented cases.
    internal static var allCases: [Self] { [.admin, .member, .memberUIOnly, .annotator] }

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
        case "ADMIN": self = .admin
        case "MEMBER": self = .member
        case "MEMBER_UI_ONLY": self = .memberUIOnly
        case "ANNOTATOR": self = .annotator
        default: self.init(rawValue: text.stringValue)
        }
    }
}
