// Generated from arize-api-keys.json by arize-openapi-generator. Do not edit.

@_spi(Generated) import ArizeOpenAPIRuntime
import Foundation

/// The reusable parts of Arize REST API v2: API keys (`components`).
internal enum Components {
    /// The types of `components/schemas`, under the spec's names.
    internal enum Schemas {}
}

extension Components.Schemas {
    /// What a key authenticates as: a human user (`USER`) or a service account, a bot user bound to organizations and spaces (`SERVICE`).
    internal enum APIKeyType: Swift.RawRepresentable, Swift.Encodable, Swift.Equatable, Swift.Sendable, Swift.CaseIterable, Swift.CustomStringConvertible, ArizeOpenAPIRuntime.JSONReadable {
        /// `USER`
        case user
        /// `SERVICE`
        case service
        /// A value this version of the spec does not know, kept as sent so decoding never fails on it.
        case unknown(Swift.String)

        /// The case for a wire value; `unknown` for values the spec does not list.
        /// Spellings that differ only in case or in `-`/`_` (`read-only`, `READ_ONLY`) match too.
        internal init(rawValue: Swift.String) {
            switch rawValue {
            case "USER": self = .user
            case "SERVICE": self = .service
            default:
                switch ArizeOpenAPIRuntime.EnumSpelling.normalized(rawValue) {
                case "USER": self = .user
                case "SERVICE": self = .service
                default: self = .unknown(rawValue)
                }
            }
        }

        /// The wire value.
        internal var rawValue: Swift.String {
            switch self {
            case .user: "USER"
            case .service: "SERVICE"
            case .unknown(let value): value
            }
        }

        /// The documented cases.
        internal static var allCases: [Self] { [.user, .service] }

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
            case "USER": self = .user
            case "SERVICE": self = .service
            default: self.init(rawValue: text.stringValue)
            }
        }
    }

    /// Whether a key still authenticates.
    internal enum APIKeyStatus: Swift.RawRepresentable, Swift.Encodable, Swift.Equatable, Swift.Sendable, Swift.CaseIterable, Swift.CustomStringConvertible, ArizeOpenAPIRuntime.JSONReadable {
        /// `ACTIVE`
        case active
        /// `REVOKED`
        case revoked
        /// A value this version of the spec does not know, kept as sent so decoding never fails on it.
        case unknown(Swift.String)

        /// The case for a wire value; `unknown` for values the spec does not list.
        /// Spellings that differ only in case or in `-`/`_` (`read-only`, `READ_ONLY`) match too.
        internal init(rawValue: Swift.String) {
            switch rawValue {
            case "ACTIVE": self = .active
            case "REVOKED": self = .revoked
            default:
                switch ArizeOpenAPIRuntime.EnumSpelling.normalized(rawValue) {
                case "ACTIVE": self = .active
                case "REVOKED": self = .revoked
                default: self = .unknown(rawValue)
                }
            }
        }

        /// The wire value.
        internal var rawValue: Swift.String {
            switch self {
            case .active: "ACTIVE"
            case .revoked: "REVOKED"
            case .unknown(let value): value
            }
        }

        /// The documented cases.
        internal static var allCases: [Self] { [.active, .revoked] }

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
            case "ACTIVE": self = .active
            case "REVOKED": self = .revoked
            default: self.init(rawValue: text.stringValue)
            }
        }
    }

    /// A predefined role within a space. `ANNOTATOR` cannot be given to a service key (422).
    internal enum SpaceRoleName: Swift.RawRepresentable, Swift.Encodable, Swift.Equatable, Swift.Sendable, Swift.CaseIterable, Swift.CustomStringConvertible, ArizeOpenAPIRuntime.JSONReadable {
        /// `ADMIN`
        case admin
        /// `MEMBER`
        case member
        /// `READ_ONLY`
        case readOnly
        /// `ANNOTATOR`
        case annotator
        /// A value this version of the spec does not know, kept as sent so decoding never fails on it.
        case unknown(Swift.String)

        /// The case for a wire value; `unknown` for values the spec does not list.
        /// Spellings that differ only in case or in `-`/`_` (`read-only`, `READ_ONLY`) match too.
        internal init(rawValue: Swift.String) {
            switch rawValue {
            case "ADMIN": self = .admin
            case "MEMBER": self = .member
            case "READ_ONLY": self = .readOnly
            case "ANNOTATOR": self = .annotator
            default:
                switch ArizeOpenAPIRuntime.EnumSpelling.normalized(rawValue) {
                case "ADMIN": self = .admin
                case "MEMBER": self = .member
                case "READ_ONLY": self = .readOnly
                case "ANNOTATOR": self = .annotator
                default: self = .unknown(rawValue)
                }
            }
        }

        /// The wire value.
        internal var rawValue: Swift.String {
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
            case "ADMIN": self = .admin
            case "MEMBER": self = .member
            case "READ_ONLY": self = .readOnly
            case "ANNOTATOR": self = .annotator
            default: self.init(rawValue: text.stringValue)
            }
        }
    }

    /// A predefined role within an organization. `ANNOTATOR` cannot be given to a service key (422).
    internal enum OrganizationRoleName: Swift.RawRepresentable, Swift.Encodable, Swift.Equatable, Swift.Sendable, Swift.CaseIterable, Swift.CustomStringConvertible, ArizeOpenAPIRuntime.JSONReadable {
        /// `ADMIN`
        case admin
        /// `MEMBER`
        case member
        /// `READ_ONLY`
        case readOnly
        /// `ANNOTATOR`
        case annotator
        /// A value this version of the spec does not know, kept as sent so decoding never fails on it.
        case unknown(Swift.String)

        /// The case for a wire value; `unknown` for values the spec does not list.
        /// Spellings that differ only in case or in `-`/`_` (`read-only`, `READ_ONLY`) match too.
        internal init(rawValue: Swift.String) {
            switch rawValue {
            case "ADMIN": self = .admin
            case "MEMBER": self = .member
            case "READ_ONLY": self = .readOnly
            case "ANNOTATOR": self = .annotator
            default:
                switch ArizeOpenAPIRuntime.EnumSpelling.normalized(rawValue) {
                case "ADMIN": self = .admin
                case "MEMBER": self = .member
                case "READ_ONLY": self = .readOnly
                case "ANNOTATOR": self = .annotator
                default: self = .unknown(rawValue)
                }
            }
        }

        /// The wire value.
        internal var rawValue: Swift.String {
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
            case "ADMIN": self = .admin
            case "MEMBER": self = .member
            case "READ_ONLY": self = .readOnly
            case "ANNOTATOR": self = .annotator
            default: self.init(rawValue: text.stringValue)
            }
        }
    }

    /// A predefined role within the account. A service key may have `ADMIN` or `MEMBER`; `MEMBER_UI_ONLY` and `ANNOTATOR` are refused for it (400).
    internal enum AccountRoleName: Swift.RawRepresentable, Swift.Encodable, Swift.Equatable, Swift.Sendable, Swift.CaseIterable, Swift.CustomStringConvertible, ArizeOpenAPIRuntime.JSONReadable {
        /// `ADMIN`
        case admin
        /// `MEMBER`
        case member
        /// `MEMBER_UI_ONLY`
        case memberUIOnly
        /// `ANNOTATOR`
        case annotator
        /// A value this version of the spec does not know, kept as sent so decoding never fails on it.
        case unknown(Swift.String)

        /// The case for a wire value; `unknown` for values the spec does not list.
        /// Spellings that differ only in case or in `-`/`_` (`read-only`, `READ_ONLY`) match too.
        internal init(rawValue: Swift.String) {
            switch rawValue {
            case "ADMIN": self = .admin
            case "MEMBER": self = .member
            case "MEMBER_UI_ONLY": self = .memberUIOnly
            case "ANNOTATOR": self = .annotator
            default:
                switch ArizeOpenAPIRuntime.EnumSpelling.normalized(rawValue) {
                case "ADMIN": self = .admin
                case "MEMBER": self = .member
                case "MEMBER_UI_ONLY": self = .memberUIOnly
                case "ANNOTATOR": self = .annotator
                default: self = .unknown(rawValue)
                }
            }
        }

        /// The wire value.
        internal var rawValue: Swift.String {
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
            case "ADMIN": self = .admin
            case "MEMBER": self = .member
            case "MEMBER_UI_ONLY": self = .memberUIOnly
            case "ANNOTATOR": self = .annotator
            default: self.init(rawValue: text.stringValue)
            }
        }
    }

    /// Whether a role assignment names a predefined role or a custom RBAC role.
    internal enum RoleAssignmentType: Swift.RawRepresentable, Swift.Encodable, Swift.Equatable, Swift.Sendable, Swift.CaseIterable, Swift.CustomStringConvertible, ArizeOpenAPIRuntime.JSONReadable {
        /// `PREDEFINED`
        case predefined
        /// `CUSTOM`
        case custom
        /// A value this version of the spec does not know, kept as sent so decoding never fails on it.
        case unknown(Swift.String)

        /// The case for a wire value; `unknown` for values the spec does not list.
        /// Spellings that differ only in case or in `-`/`_` (`read-only`, `READ_ONLY`) match too.
        internal init(rawValue: Swift.String) {
            switch rawValue {
            case "PREDEFINED": self = .predefined
            case "CUSTOM": self = .custom
            default:
                switch ArizeOpenAPIRuntime.EnumSpelling.normalized(rawValue) {
                case "PREDEFINED": self = .predefined
                case "CUSTOM": self = .custom
                default: self = .unknown(rawValue)
                }
            }
        }

        /// The wire value.
        internal var rawValue: Swift.String {
            switch self {
            case .predefined: "PREDEFINED"
            case .custom: "CUSTOM"
            case .unknown(let value): value
            }
        }

        /// The documented cases.
        internal static var allCases: [Self] { [.predefined, .custom] }

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
            case "PREDEFINED": self = .predefined
            case "CUSTOM": self = .custom
            default: self.init(rawValue: text.stringValue)
            }
        }
    }

    /// A predefined space role.
    internal struct PredefinedSpaceRoleAssignment: Swift.Encodable, Swift.Equatable, Swift.Sendable, ArizeOpenAPIRuntime.Validatable, ArizeOpenAPIRuntime.JSONReadable {
        /// Whether a role assignment names a predefined role or a custom RBAC role.
        internal var type: RoleAssignmentType
        /// A predefined role within a space. `ANNOTATOR` cannot be given to a service key (422).
        internal var name: SpaceRoleName

        /// Creates a value; optional properties default to `nil`.
        internal init(type: RoleAssignmentType = RoleAssignmentType(rawValue: "PREDEFINED"), name: SpaceRoleName) {
            self.type = type
            self.name = name
        }

        /// Encodes the properties under their JSON names.
        internal func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: ArizeOpenAPIRuntime.AnyCodingKey.self)
            try container.encode(self.type, forKey: ArizeOpenAPIRuntime.AnyCodingKey("type"))
            try container.encode(self.name, forKey: ArizeOpenAPIRuntime.AnyCodingKey("name"))
        }

        /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
        internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
            var _type: RoleAssignmentType? = nil
            var _name: SpaceRoleName? = nil
            try reader.readObject { key, reader in
                switch key {
                case "type": _type = try RoleAssignmentType(reading: &reader)
                case "name": _name = try SpaceRoleName(reading: &reader)
                default: try reader.skipValue()
                }
            }
            guard let _type else { throw reader.missing("type") }
            guard let _name else { throw reader.missing("name") }
            self.init(type: _type, name: _name)
        }

        /// Checks the constraints the spec sets on this value.
        internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {
            if type != RoleAssignmentType(rawValue: "PREDEFINED") { throw ArizeOpenAPIRuntime.ValidationError(field: "type", reason: "must be the constant of the spec") }
        }
    }

    /// A custom RBAC space role, by id.
    internal struct CustomSpaceRoleAssignment: Swift.Encodable, Swift.Equatable, Swift.Sendable, ArizeOpenAPIRuntime.Validatable, ArizeOpenAPIRuntime.JSONReadable {
        /// Whether a role assignment names a predefined role or a custom RBAC role.
        internal var type: RoleAssignmentType
        /// The custom role's id (a base64 `Role:…` id).
        internal var id: Swift.String
        /// The custom role's display name; returned by the server, never sent.
        internal var name: Swift.String?

        /// Creates a value; optional properties default to `nil`.
        internal init(type: RoleAssignmentType = RoleAssignmentType(rawValue: "CUSTOM"), id: Swift.String, name: Swift.String? = nil) {
            self.type = type
            self.id = id
            self.name = name
        }

        /// Encodes the properties under their JSON names.
        internal func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: ArizeOpenAPIRuntime.AnyCodingKey.self)
            try container.encode(self.type, forKey: ArizeOpenAPIRuntime.AnyCodingKey("type"))
            try container.encode(self.id, forKey: ArizeOpenAPIRuntime.AnyCodingKey("id"))
            try container.encodeIfPresent(self.name, forKey: ArizeOpenAPIRuntime.AnyCodingKey("name"))
        }

        /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
        internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
            var _type: RoleAssignmentType? = nil
            var _id: Swift.String? = nil
            var _name: Swift.String? = nil
            try reader.readObject { key, reader in
                switch key {
                case "type": _type = try RoleAssignmentType(reading: &reader)
                case "id": _id = try reader.readString()
                case "name": _name = try reader.readOptional { r0 in try r0.readString() }
                default: try reader.skipValue()
                }
            }
            guard let _type else { throw reader.missing("type") }
            guard let _id else { throw reader.missing("id") }
            self.init(type: _type, id: _id, name: _name)
        }

        /// Checks the constraints the spec sets on this value.
        internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {
            if type != RoleAssignmentType(rawValue: "CUSTOM") { throw ArizeOpenAPIRuntime.ValidationError(field: "type", reason: "must be the constant of the spec") }
            try ArizeOpenAPIRuntime.Check.length(id, min: 1, max: nil, field: "id")
        }
    }

    /// A space role: predefined by name, or custom by id (as returned).
    internal enum SpaceRoleAssignment: Swift.Encodable, Swift.Equatable, Swift.Sendable, ArizeOpenAPIRuntime.Validatable, ArizeOpenAPIRuntime.JSONReadable {
        /// A `PredefinedSpaceRoleAssignment` (`type`: `PREDEFINED`).
        case predefined(PredefinedSpaceRoleAssignment)
        /// A `CustomSpaceRoleAssignment` (`type`: `CUSTOM`).
        case custom(CustomSpaceRoleAssignment)
        /// A `type` this version of the spec does not know, with the properties every case shares.
        case unknown(Unrecognized)

        /// The case a discriminator value selects.
        private enum Tag {
            case predefined, custom, unknown
        }

        private static func tag(_ value: Swift.String) -> Tag {
            switch value {
            case "PREDEFINED": return .predefined
            case "CUSTOM": return .custom
            default:
                switch ArizeOpenAPIRuntime.EnumSpelling.normalized(value) {
                case "PREDEFINED": return .predefined
                case "CUSTOM": return .custom
                default: return .unknown
                }
            }
        }

        /// Reads the case named by `type` straight from JSON, without `JSONDecoder`.
        internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
            switch Self.tag(try reader.peekString(forKey: "type") ?? "") {
            case .predefined: self = .predefined(try PredefinedSpaceRoleAssignment(reading: &reader))
            case .custom: self = .custom(try CustomSpaceRoleAssignment(reading: &reader))
            case .unknown: self = .unknown(try Unrecognized(reading: &reader))
            }
        }

        /// Encodes the wrapped value as it is.
        internal func encode(to encoder: any Swift.Encoder) throws {
            switch self {
            case .predefined(let value): try value.encode(to: encoder)
            case .custom(let value): try value.encode(to: encoder)
            case .unknown(let value): try value.encode(to: encoder)
            }
        }

        /// Checks the wrapped value against the constraints of its schema.
        internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {
            switch self {
            case .predefined(let value): try value.validate()
            case .custom(let value): try value.validate()
            case .unknown(let value): try value.validate()
            }
        }

        /// Whether a role assignment names a predefined role or a custom RBAC role.
        internal var type: RoleAssignmentType {
            switch self {
            case .predefined(let value): value.type
            case .custom(let value): value.type
            case .unknown(let value): value.type
            }
        }

        /// A value whose `type` this version of the spec does not know: the properties every
        /// known case shares, kept as sent.
        internal struct Unrecognized: Swift.Encodable, Swift.Equatable, Swift.Sendable, ArizeOpenAPIRuntime.Validatable, ArizeOpenAPIRuntime.JSONReadable {
            /// Whether a role assignment names a predefined role or a custom RBAC role.
            internal var type: RoleAssignmentType

            /// Creates a value; optional properties default to `nil`.
            internal init(type: RoleAssignmentType) {
                self.type = type
            }

            /// Encodes the properties under their JSON names.
            internal func encode(to encoder: any Swift.Encoder) throws {
                var container = encoder.container(keyedBy: ArizeOpenAPIRuntime.AnyCodingKey.self)
                try container.encode(self.type, forKey: ArizeOpenAPIRuntime.AnyCodingKey("type"))
            }

            /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
            internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
                var _type: RoleAssignmentType? = nil
                try reader.readObject { key, reader in
                    switch key {
                    case "type": _type = try RoleAssignmentType(reading: &reader)
                    default: try reader.skipValue()
                    }
                }
                guard let _type else { throw reader.missing("type") }
                self.init(type: _type)
            }

            /// Checks the constraints the spec sets on this value.
            internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {}
        }
    }

    /// A predefined space role.
    internal struct PredefinedSpaceRoleAssignmentRequest: Swift.Encodable, Swift.Equatable, Swift.Sendable, ArizeOpenAPIRuntime.Validatable, ArizeOpenAPIRuntime.JSONReadable {
        /// Whether a role assignment names a predefined role or a custom RBAC role.
        internal var type: RoleAssignmentType
        /// A predefined role within a space. `ANNOTATOR` cannot be given to a service key (422).
        internal var name: SpaceRoleName

        /// Creates a value; optional properties default to `nil`.
        internal init(type: RoleAssignmentType = RoleAssignmentType(rawValue: "PREDEFINED"), name: SpaceRoleName) {
            self.type = type
            self.name = name
        }

        /// Encodes the properties under their JSON names.
        internal func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: ArizeOpenAPIRuntime.AnyCodingKey.self)
            try container.encode(self.type, forKey: ArizeOpenAPIRuntime.AnyCodingKey("type"))
            try container.encode(self.name, forKey: ArizeOpenAPIRuntime.AnyCodingKey("name"))
        }

        /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
        internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
            var _type: RoleAssignmentType? = nil
            var _name: SpaceRoleName? = nil
            try reader.readObject { key, reader in
                switch key {
                case "type": _type = try RoleAssignmentType(reading: &reader)
                case "name": _name = try SpaceRoleName(reading: &reader)
                default: try reader.skipValue()
                }
            }
            guard let _type else { throw reader.missing("type") }
            guard let _name else { throw reader.missing("name") }
            self.init(type: _type, name: _name)
        }

        /// Checks the constraints the spec sets on this value.
        internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {
            if type != RoleAssignmentType(rawValue: "PREDEFINED") { throw ArizeOpenAPIRuntime.ValidationError(field: "type", reason: "must be the constant of the spec") }
        }
    }

    /// A custom RBAC space role, by id. Only `type` and `id`: a name here is an unknown property (400).
    internal struct CustomSpaceRoleAssignmentRequest: Swift.Encodable, Swift.Equatable, Swift.Sendable, ArizeOpenAPIRuntime.Validatable, ArizeOpenAPIRuntime.JSONReadable {
        /// Whether a role assignment names a predefined role or a custom RBAC role.
        internal var type: RoleAssignmentType
        /// The custom role's id (a base64 `Role:…` id).
        internal var id: Swift.String

        /// Creates a value; optional properties default to `nil`.
        internal init(type: RoleAssignmentType = RoleAssignmentType(rawValue: "CUSTOM"), id: Swift.String) {
            self.type = type
            self.id = id
        }

        /// Encodes the properties under their JSON names.
        internal func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: ArizeOpenAPIRuntime.AnyCodingKey.self)
            try container.encode(self.type, forKey: ArizeOpenAPIRuntime.AnyCodingKey("type"))
            try container.encode(self.id, forKey: ArizeOpenAPIRuntime.AnyCodingKey("id"))
        }

        /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
        internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
            var _type: RoleAssignmentType? = nil
            var _id: Swift.String? = nil
            try reader.readObject { key, reader in
                switch key {
                case "type": _type = try RoleAssignmentType(reading: &reader)
                case "id": _id = try reader.readString()
                default: try reader.skipValue()
                }
            }
            guard let _type else { throw reader.missing("type") }
            guard let _id else { throw reader.missing("id") }
            self.init(type: _type, id: _id)
        }

        /// Checks the constraints the spec sets on this value.
        internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {
            if type != RoleAssignmentType(rawValue: "CUSTOM") { throw ArizeOpenAPIRuntime.ValidationError(field: "type", reason: "must be the constant of the spec") }
            try ArizeOpenAPIRuntime.Check.length(id, min: 1, max: nil, field: "id")
        }
    }

    /// A space role: predefined by name, or custom by id (the strict request form).
    internal enum SpaceRoleAssignmentRequest: Swift.Encodable, Swift.Equatable, Swift.Sendable, ArizeOpenAPIRuntime.Validatable, ArizeOpenAPIRuntime.JSONReadable {
        /// A `PredefinedSpaceRoleAssignmentRequest` (`type`: `PREDEFINED`).
        case predefined(PredefinedSpaceRoleAssignmentRequest)
        /// A `CustomSpaceRoleAssignmentRequest` (`type`: `CUSTOM`).
        case custom(CustomSpaceRoleAssignmentRequest)
        /// A `type` this version of the spec does not know, with the properties every case shares.
        case unknown(Unrecognized)

        /// The case a discriminator value selects.
        private enum Tag {
            case predefined, custom, unknown
        }

        private static func tag(_ value: Swift.String) -> Tag {
            switch value {
            case "PREDEFINED": return .predefined
            case "CUSTOM": return .custom
            default:
                switch ArizeOpenAPIRuntime.EnumSpelling.normalized(value) {
                case "PREDEFINED": return .predefined
                case "CUSTOM": return .custom
                default: return .unknown
                }
            }
        }

        /// Reads the case named by `type` straight from JSON, without `JSONDecoder`.
        internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
            switch Self.tag(try reader.peekString(forKey: "type") ?? "") {
            case .predefined: self = .predefined(try PredefinedSpaceRoleAssignmentRequest(reading: &reader))
            case .custom: self = .custom(try CustomSpaceRoleAssignmentRequest(reading: &reader))
            case .unknown: self = .unknown(try Unrecognized(reading: &reader))
            }
        }

        /// Encodes the wrapped value as it is.
        internal func encode(to encoder: any Swift.Encoder) throws {
            switch self {
            case .predefined(let value): try value.encode(to: encoder)
            case .custom(let value): try value.encode(to: encoder)
            case .unknown(let value): try value.encode(to: encoder)
            }
        }

        /// Checks the wrapped value against the constraints of its schema.
        internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {
            switch self {
            case .predefined(let value): try value.validate()
            case .custom(let value): try value.validate()
            case .unknown(let value): try value.validate()
            }
        }

        /// Whether a role assignment names a predefined role or a custom RBAC role.
        internal var type: RoleAssignmentType {
            switch self {
            case .predefined(let value): value.type
            case .custom(let value): value.type
            case .unknown(let value): value.type
            }
        }

        /// A value whose `type` this version of the spec does not know: the properties every
        /// known case shares, kept as sent.
        internal struct Unrecognized: Swift.Encodable, Swift.Equatable, Swift.Sendable, ArizeOpenAPIRuntime.Validatable, ArizeOpenAPIRuntime.JSONReadable {
            /// Whether a role assignment names a predefined role or a custom RBAC role.
            internal var type: RoleAssignmentType

            /// Creates a value; optional properties default to `nil`.
            internal init(type: RoleAssignmentType) {
                self.type = type
            }

            /// Encodes the properties under their JSON names.
            internal func encode(to encoder: any Swift.Encoder) throws {
                var container = encoder.container(keyedBy: ArizeOpenAPIRuntime.AnyCodingKey.self)
                try container.encode(self.type, forKey: ArizeOpenAPIRuntime.AnyCodingKey("type"))
            }

            /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
            internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
                var _type: RoleAssignmentType? = nil
                try reader.readObject { key, reader in
                    switch key {
                    case "type": _type = try RoleAssignmentType(reading: &reader)
                    default: try reader.skipValue()
                    }
                }
                guard let _type else { throw reader.missing("type") }
                self.init(type: _type)
            }

            /// Checks the constraints the spec sets on this value.
            internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {}
        }
    }

    /// A predefined organization role.
    internal struct PredefinedOrganizationRoleAssignment: Swift.Encodable, Swift.Equatable, Swift.Sendable, ArizeOpenAPIRuntime.Validatable, ArizeOpenAPIRuntime.JSONReadable {
        /// Whether a role assignment names a predefined role or a custom RBAC role.
        internal var type: RoleAssignmentType
        /// A predefined role within an organization. `ANNOTATOR` cannot be given to a service key (422).
        internal var name: OrganizationRoleName

        /// Creates a value; optional properties default to `nil`.
        internal init(type: RoleAssignmentType = RoleAssignmentType(rawValue: "PREDEFINED"), name: OrganizationRoleName) {
            self.type = type
            self.name = name
        }

        /// Encodes the properties under their JSON names.
        internal func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: ArizeOpenAPIRuntime.AnyCodingKey.self)
            try container.encode(self.type, forKey: ArizeOpenAPIRuntime.AnyCodingKey("type"))
            try container.encode(self.name, forKey: ArizeOpenAPIRuntime.AnyCodingKey("name"))
        }

        /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
        internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
            var _type: RoleAssignmentType? = nil
            var _name: OrganizationRoleName? = nil
            try reader.readObject { key, reader in
                switch key {
                case "type": _type = try RoleAssignmentType(reading: &reader)
                case "name": _name = try OrganizationRoleName(reading: &reader)
                default: try reader.skipValue()
                }
            }
            guard let _type else { throw reader.missing("type") }
            guard let _name else { throw reader.missing("name") }
            self.init(type: _type, name: _name)
        }

        /// Checks the constraints the spec sets on this value.
        internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {
            if type != RoleAssignmentType(rawValue: "PREDEFINED") { throw ArizeOpenAPIRuntime.ValidationError(field: "type", reason: "must be the constant of the spec") }
        }
    }

    /// A custom RBAC organization role, by id.
    internal struct CustomOrganizationRoleAssignment: Swift.Encodable, Swift.Equatable, Swift.Sendable, ArizeOpenAPIRuntime.Validatable, ArizeOpenAPIRuntime.JSONReadable {
        /// Whether a role assignment names a predefined role or a custom RBAC role.
        internal var type: RoleAssignmentType
        /// The custom role's id (a base64 `Role:…` id).
        internal var id: Swift.String
        /// The custom role's display name; returned by the server, never sent.
        internal var name: Swift.String?

        /// Creates a value; optional properties default to `nil`.
        internal init(type: RoleAssignmentType = RoleAssignmentType(rawValue: "CUSTOM"), id: Swift.String, name: Swift.String? = nil) {
            self.type = type
            self.id = id
            self.name = name
        }

        /// Encodes the properties under their JSON names.
        internal func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: ArizeOpenAPIRuntime.AnyCodingKey.self)
            try container.encode(self.type, forKey: ArizeOpenAPIRuntime.AnyCodingKey("type"))
            try container.encode(self.id, forKey: ArizeOpenAPIRuntime.AnyCodingKey("id"))
            try container.encodeIfPresent(self.name, forKey: ArizeOpenAPIRuntime.AnyCodingKey("name"))
        }

        /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
        internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
            var _type: RoleAssignmentType? = nil
            var _id: Swift.String? = nil
            var _name: Swift.String? = nil
            try reader.readObject { key, reader in
                switch key {
                case "type": _type = try RoleAssignmentType(reading: &reader)
                case "id": _id = try reader.readString()
                case "name": _name = try reader.readOptional { r0 in try r0.readString() }
                default: try reader.skipValue()
                }
            }
            guard let _type else { throw reader.missing("type") }
            guard let _id else { throw reader.missing("id") }
            self.init(type: _type, id: _id, name: _name)
        }

        /// Checks the constraints the spec sets on this value.
        internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {
            if type != RoleAssignmentType(rawValue: "CUSTOM") { throw ArizeOpenAPIRuntime.ValidationError(field: "type", reason: "must be the constant of the spec") }
            try ArizeOpenAPIRuntime.Check.length(id, min: 1, max: nil, field: "id")
        }
    }

    /// A organization role: predefined by name, or custom by id (as returned).
    internal enum OrganizationRoleAssignment: Swift.Encodable, Swift.Equatable, Swift.Sendable, ArizeOpenAPIRuntime.Validatable, ArizeOpenAPIRuntime.JSONReadable {
        /// A `PredefinedOrganizationRoleAssignment` (`type`: `PREDEFINED`).
        case predefined(PredefinedOrganizationRoleAssignment)
        /// A `CustomOrganizationRoleAssignment` (`type`: `CUSTOM`).
        case custom(CustomOrganizationRoleAssignment)
        /// A `type` this version of the spec does not know, with the properties every case shares.
        case unknown(Unrecognized)

        /// The case a discriminator value selects.
        private enum Tag {
            case predefined, custom, unknown
        }

        private static func tag(_ value: Swift.String) -> Tag {
            switch value {
            case "PREDEFINED": return .predefined
            case "CUSTOM": return .custom
            default:
                switch ArizeOpenAPIRuntime.EnumSpelling.normalized(value) {
                case "PREDEFINED": return .predefined
                case "CUSTOM": return .custom
                default: return .unknown
                }
            }
        }

        /// Reads the case named by `type` straight from JSON, without `JSONDecoder`.
        internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
            switch Self.tag(try reader.peekString(forKey: "type") ?? "") {
            case .predefined: self = .predefined(try PredefinedOrganizationRoleAssignment(reading: &reader))
            case .custom: self = .custom(try CustomOrganizationRoleAssignment(reading: &reader))
            case .unknown: self = .unknown(try Unrecognized(reading: &reader))
            }
        }

        /// Encodes the wrapped value as it is.
        internal func encode(to encoder: any Swift.Encoder) throws {
            switch self {
            case .predefined(let value): try value.encode(to: encoder)
            case .custom(let value): try value.encode(to: encoder)
            case .unknown(let value): try value.encode(to: encoder)
            }
        }

        /// Checks the wrapped value against the constraints of its schema.
        internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {
            switch self {
            case .predefined(let value): try value.validate()
            case .custom(let value): try value.validate()
            case .unknown(let value): try value.validate()
            }
        }

        /// Whether a role assignment names a predefined role or a custom RBAC role.
        internal var type: RoleAssignmentType {
            switch self {
            case .predefined(let value): value.type
            case .custom(let value): value.type
            case .unknown(let value): value.type
            }
        }

        /// A value whose `type` this version of the spec does not know: the properties every
        /// known case shares, kept as sent.
        internal struct Unrecognized: Swift.Encodable, Swift.Equatable, Swift.Sendable, ArizeOpenAPIRuntime.Validatable, ArizeOpenAPIRuntime.JSONReadable {
            /// Whether a role assignment names a predefined role or a custom RBAC role.
            internal var type: RoleAssignmentType

            /// Creates a value; optional properties default to `nil`.
            internal init(type: RoleAssignmentType) {
                self.type = type
            }

            /// Encodes the properties under their JSON names.
            internal func encode(to encoder: any Swift.Encoder) throws {
                var container = encoder.container(keyedBy: ArizeOpenAPIRuntime.AnyCodingKey.self)
                try container.encode(self.type, forKey: ArizeOpenAPIRuntime.AnyCodingKey("type"))
            }

            /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
            internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
                var _type: RoleAssignmentType? = nil
                try reader.readObject { key, reader in
                    switch key {
                    case "type": _type = try RoleAssignmentType(reading: &reader)
                    default: try reader.skipValue()
                    }
                }
                guard let _type else { throw reader.missing("type") }
                self.init(type: _type)
            }

            /// Checks the constraints the spec sets on this value.
            internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {}
        }
    }

    /// A predefined organization role.
    internal struct PredefinedOrganizationRoleAssignmentRequest: Swift.Encodable, Swift.Equatable, Swift.Sendable, ArizeOpenAPIRuntime.Validatable, ArizeOpenAPIRuntime.JSONReadable {
        /// Whether a role assignment names a predefined role or a custom RBAC role.
        internal var type: RoleAssignmentType
        /// A predefined role within an organization. `ANNOTATOR` cannot be given to a service key (422).
        internal var name: OrganizationRoleName

        /// Creates a value; optional properties default to `nil`.
        internal init(type: RoleAssignmentType = RoleAssignmentType(rawValue: "PREDEFINED"), name: OrganizationRoleName) {
            self.type = type
            self.name = name
        }

        /// Encodes the properties under their JSON names.
        internal func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: ArizeOpenAPIRuntime.AnyCodingKey.self)
            try container.encode(self.type, forKey: ArizeOpenAPIRuntime.AnyCodingKey("type"))
            try container.encode(self.name, forKey: ArizeOpenAPIRuntime.AnyCodingKey("name"))
        }

        /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
        internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
            var _type: RoleAssignmentType? = nil
            var _name: OrganizationRoleName? = nil
            try reader.readObject { key, reader in
                switch key {
                case "type": _type = try RoleAssignmentType(reading: &reader)
                case "name": _name = try OrganizationRoleName(reading: &reader)
                default: try reader.skipValue()
                }
            }
            guard let _type else { throw reader.missing("type") }
            guard let _name else { throw reader.missing("name") }
            self.init(type: _type, name: _name)
        }

        /// Checks the constraints the spec sets on this value.
        internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {
            if type != RoleAssignmentType(rawValue: "PREDEFINED") { throw ArizeOpenAPIRuntime.ValidationError(field: "type", reason: "must be the constant of the spec") }
        }
    }

    /// A custom RBAC organization role, by id. Only `type` and `id`: a name here is an unknown property (400).
    internal struct CustomOrganizationRoleAssignmentRequest: Swift.Encodable, Swift.Equatable, Swift.Sendable, ArizeOpenAPIRuntime.Validatable, ArizeOpenAPIRuntime.JSONReadable {
        /// Whether a role assignment names a predefined role or a custom RBAC role.
        internal var type: RoleAssignmentType
        /// The custom role's id (a base64 `Role:…` id).
        internal var id: Swift.String

        /// Creates a value; optional properties default to `nil`.
        internal init(type: RoleAssignmentType = RoleAssignmentType(rawValue: "CUSTOM"), id: Swift.String) {
            self.type = type
            self.id = id
        }

        /// Encodes the properties under their JSON names.
        internal func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: ArizeOpenAPIRuntime.AnyCodingKey.self)
            try container.encode(self.type, forKey: ArizeOpenAPIRuntime.AnyCodingKey("type"))
            try container.encode(self.id, forKey: ArizeOpenAPIRuntime.AnyCodingKey("id"))
        }

        /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
        internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
            var _type: RoleAssignmentType? = nil
            var _id: Swift.String? = nil
            try reader.readObject { key, reader in
                switch key {
                case "type": _type = try RoleAssignmentType(reading: &reader)
                case "id": _id = try reader.readString()
                default: try reader.skipValue()
                }
            }
            guard let _type else { throw reader.missing("type") }
            guard let _id else { throw reader.missing("id") }
            self.init(type: _type, id: _id)
        }

        /// Checks the constraints the spec sets on this value.
        internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {
            if type != RoleAssignmentType(rawValue: "CUSTOM") { throw ArizeOpenAPIRuntime.ValidationError(field: "type", reason: "must be the constant of the spec") }
            try ArizeOpenAPIRuntime.Check.length(id, min: 1, max: nil, field: "id")
        }
    }

    /// A organization role: predefined by name, or custom by id (the strict request form).
    internal enum OrganizationRoleAssignmentRequest: Swift.Encodable, Swift.Equatable, Swift.Sendable, ArizeOpenAPIRuntime.Validatable, ArizeOpenAPIRuntime.JSONReadable {
        /// A `PredefinedOrganizationRoleAssignmentRequest` (`type`: `PREDEFINED`).
        case predefined(PredefinedOrganizationRoleAssignmentRequest)
        /// A `CustomOrganizationRoleAssignmentRequest` (`type`: `CUSTOM`).
        case custom(CustomOrganizationRoleAssignmentRequest)
        /// A `type` this version of the spec does not know, with the properties every case shares.
        case unknown(Unrecognized)

        /// The case a discriminator value selects.
        private enum Tag {
            case predefined, custom, unknown
        }

        private static func tag(_ value: Swift.String) -> Tag {
            switch value {
            case "PREDEFINED": return .predefined
            case "CUSTOM": return .custom
            default:
                switch ArizeOpenAPIRuntime.EnumSpelling.normalized(value) {
                case "PREDEFINED": return .predefined
                case "CUSTOM": return .custom
                default: return .unknown
                }
            }
        }

        /// Reads the case named by `type` straight from JSON, without `JSONDecoder`.
        internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
            switch Self.tag(try reader.peekString(forKey: "type") ?? "") {
            case .predefined: self = .predefined(try PredefinedOrganizationRoleAssignmentRequest(reading: &reader))
            case .custom: self = .custom(try CustomOrganizationRoleAssignmentRequest(reading: &reader))
            case .unknown: self = .unknown(try Unrecognized(reading: &reader))
            }
        }

        /// Encodes the wrapped value as it is.
        internal func encode(to encoder: any Swift.Encoder) throws {
            switch self {
            case .predefined(let value): try value.encode(to: encoder)
            case .custom(let value): try value.encode(to: encoder)
            case .unknown(let value): try value.encode(to: encoder)
            }
        }

        /// Checks the wrapped value against the constraints of its schema.
        internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {
            switch self {
            case .predefined(let value): try value.validate()
            case .custom(let value): try value.validate()
            case .unknown(let value): try value.validate()
            }
        }

        /// Whether a role assignment names a predefined role or a custom RBAC role.
        internal var type: RoleAssignmentType {
            switch self {
            case .predefined(let value): value.type
            case .custom(let value): value.type
            case .unknown(let value): value.type
            }
        }

        /// A value whose `type` this version of the spec does not know: the properties every
        /// known case shares, kept as sent.
        internal struct Unrecognized: Swift.Encodable, Swift.Equatable, Swift.Sendable, ArizeOpenAPIRuntime.Validatable, ArizeOpenAPIRuntime.JSONReadable {
            /// Whether a role assignment names a predefined role or a custom RBAC role.
            internal var type: RoleAssignmentType

            /// Creates a value; optional properties default to `nil`.
            internal init(type: RoleAssignmentType) {
                self.type = type
            }

            /// Encodes the properties under their JSON names.
            internal func encode(to encoder: any Swift.Encoder) throws {
                var container = encoder.container(keyedBy: ArizeOpenAPIRuntime.AnyCodingKey.self)
                try container.encode(self.type, forKey: ArizeOpenAPIRuntime.AnyCodingKey("type"))
            }

            /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
            internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
                var _type: RoleAssignmentType? = nil
                try reader.readObject { key, reader in
                    switch key {
                    case "type": _type = try RoleAssignmentType(reading: &reader)
                    default: try reader.skipValue()
                    }
                }
                guard let _type else { throw reader.missing("type") }
                self.init(type: _type)
            }

            /// Checks the constraints the spec sets on this value.
            internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {}
        }
    }

    /// A predefined account role.
    internal struct PredefinedAccountRoleAssignment: Swift.Encodable, Swift.Equatable, Swift.Sendable, ArizeOpenAPIRuntime.Validatable, ArizeOpenAPIRuntime.JSONReadable {
        /// Whether a role assignment names a predefined role or a custom RBAC role.
        internal var type: RoleAssignmentType
        /// A predefined role within the account. A service key may have `ADMIN` or `MEMBER`; `MEMBER_UI_ONLY` and `ANNOTATOR` are refused for it (400).
        internal var name: AccountRoleName

        /// Creates a value; optional properties default to `nil`.
        internal init(type: RoleAssignmentType = RoleAssignmentType(rawValue: "PREDEFINED"), name: AccountRoleName) {
            self.type = type
            self.name = name
        }

        /// Encodes the properties under their JSON names.
        internal func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: ArizeOpenAPIRuntime.AnyCodingKey.self)
            try container.encode(self.type, forKey: ArizeOpenAPIRuntime.AnyCodingKey("type"))
            try container.encode(self.name, forKey: ArizeOpenAPIRuntime.AnyCodingKey("name"))
        }

        /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
        internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
            var _type: RoleAssignmentType? = nil
            var _name: AccountRoleName? = nil
            try reader.readObject { key, reader in
                switch key {
                case "type": _type = try RoleAssignmentType(reading: &reader)
                case "name": _name = try AccountRoleName(reading: &reader)
                default: try reader.skipValue()
                }
            }
            guard let _type else { throw reader.missing("type") }
            guard let _name else { throw reader.missing("name") }
            self.init(type: _type, name: _name)
        }

        /// Checks the constraints the spec sets on this value.
        internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {
            if type != RoleAssignmentType(rawValue: "PREDEFINED") { throw ArizeOpenAPIRuntime.ValidationError(field: "type", reason: "must be the constant of the spec") }
        }
    }

    /// A custom RBAC account role, by id.
    internal struct CustomAccountRoleAssignment: Swift.Encodable, Swift.Equatable, Swift.Sendable, ArizeOpenAPIRuntime.Validatable, ArizeOpenAPIRuntime.JSONReadable {
        /// Whether a role assignment names a predefined role or a custom RBAC role.
        internal var type: RoleAssignmentType
        /// The custom role's id (a base64 `Role:…` id).
        internal var id: Swift.String
        /// The custom role's display name; returned by the server, never sent.
        internal var name: Swift.String?

        /// Creates a value; optional properties default to `nil`.
        internal init(type: RoleAssignmentType = RoleAssignmentType(rawValue: "CUSTOM"), id: Swift.String, name: Swift.String? = nil) {
            self.type = type
            self.id = id
            self.name = name
        }

        /// Encodes the properties under their JSON names.
        internal func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: ArizeOpenAPIRuntime.AnyCodingKey.self)
            try container.encode(self.type, forKey: ArizeOpenAPIRuntime.AnyCodingKey("type"))
            try container.encode(self.id, forKey: ArizeOpenAPIRuntime.AnyCodingKey("id"))
            try container.encodeIfPresent(self.name, forKey: ArizeOpenAPIRuntime.AnyCodingKey("name"))
        }

        /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
        internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
            var _type: RoleAssignmentType? = nil
            var _id: Swift.String? = nil
            var _name: Swift.String? = nil
            try reader.readObject { key, reader in
                switch key {
                case "type": _type = try RoleAssignmentType(reading: &reader)
                case "id": _id = try reader.readString()
                case "name": _name = try reader.readOptional { r0 in try r0.readString() }
                default: try reader.skipValue()
                }
            }
            guard let _type else { throw reader.missing("type") }
            guard let _id else { throw reader.missing("id") }
            self.init(type: _type, id: _id, name: _name)
        }

        /// Checks the constraints the spec sets on this value.
        internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {
            if type != RoleAssignmentType(rawValue: "CUSTOM") { throw ArizeOpenAPIRuntime.ValidationError(field: "type", reason: "must be the constant of the spec") }
            try ArizeOpenAPIRuntime.Check.length(id, min: 1, max: nil, field: "id")
        }
    }

    /// A account role: predefined by name, or custom by id (as returned).
    internal enum AccountRoleAssignment: Swift.Encodable, Swift.Equatable, Swift.Sendable, ArizeOpenAPIRuntime.Validatable, ArizeOpenAPIRuntime.JSONReadable {
        /// A `PredefinedAccountRoleAssignment` (`type`: `PREDEFINED`).
        case predefined(PredefinedAccountRoleAssignment)
        /// A `CustomAccountRoleAssignment` (`type`: `CUSTOM`).
        case custom(CustomAccountRoleAssignment)
        /// A `type` this version of the spec does not know, with the properties every case shares.
        case unknown(Unrecognized)

        /// The case a discriminator value selects.
        private enum Tag {
            case predefined, custom, unknown
        }

        private static func tag(_ value: Swift.String) -> Tag {
            switch value {
            case "PREDEFINED": return .predefined
            case "CUSTOM": return .custom
            default:
                switch ArizeOpenAPIRuntime.EnumSpelling.normalized(value) {
                case "PREDEFINED": return .predefined
                case "CUSTOM": return .custom
                default: return .unknown
                }
            }
        }

        /// Reads the case named by `type` straight from JSON, without `JSONDecoder`.
        internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
            switch Self.tag(try reader.peekString(forKey: "type") ?? "") {
            case .predefined: self = .predefined(try PredefinedAccountRoleAssignment(reading: &reader))
            case .custom: self = .custom(try CustomAccountRoleAssignment(reading: &reader))
            case .unknown: self = .unknown(try Unrecognized(reading: &reader))
            }
        }

        /// Encodes the wrapped value as it is.
        internal func encode(to encoder: any Swift.Encoder) throws {
            switch self {
            case .predefined(let value): try value.encode(to: encoder)
            case .custom(let value): try value.encode(to: encoder)
            case .unknown(let value): try value.encode(to: encoder)
            }
        }

        /// Checks the wrapped value against the constraints of its schema.
        internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {
            switch self {
            case .predefined(let value): try value.validate()
            case .custom(let value): try value.validate()
            case .unknown(let value): try value.validate()
            }
        }

        /// Whether a role assignment names a predefined role or a custom RBAC role.
        internal var type: RoleAssignmentType {
            switch self {
            case .predefined(let value): value.type
            case .custom(let value): value.type
            case .unknown(let value): value.type
            }
        }

        /// A value whose `type` this version of the spec does not know: the properties every
        /// known case shares, kept as sent.
        internal struct Unrecognized: Swift.Encodable, Swift.Equatable, Swift.Sendable, ArizeOpenAPIRuntime.Validatable, ArizeOpenAPIRuntime.JSONReadable {
            /// Whether a role assignment names a predefined role or a custom RBAC role.
            internal var type: RoleAssignmentType

            /// Creates a value; optional properties default to `nil`.
            internal init(type: RoleAssignmentType) {
                self.type = type
            }

            /// Encodes the properties under their JSON names.
            internal func encode(to encoder: any Swift.Encoder) throws {
                var container = encoder.container(keyedBy: ArizeOpenAPIRuntime.AnyCodingKey.self)
                try container.encode(self.type, forKey: ArizeOpenAPIRuntime.AnyCodingKey("type"))
            }

            /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
            internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
                var _type: RoleAssignmentType? = nil
                try reader.readObject { key, reader in
                    switch key {
                    case "type": _type = try RoleAssignmentType(reading: &reader)
                    default: try reader.skipValue()
                    }
                }
                guard let _type else { throw reader.missing("type") }
                self.init(type: _type)
            }

            /// Checks the constraints the spec sets on this value.
            internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {}
        }
    }

    /// A predefined account role.
    internal struct PredefinedAccountRoleAssignmentRequest: Swift.Encodable, Swift.Equatable, Swift.Sendable, ArizeOpenAPIRuntime.Validatable, ArizeOpenAPIRuntime.JSONReadable {
        /// Whether a role assignment names a predefined role or a custom RBAC role.
        internal var type: RoleAssignmentType
        /// A predefined role within the account. A service key may have `ADMIN` or `MEMBER`; `MEMBER_UI_ONLY` and `ANNOTATOR` are refused for it (400).
        internal var name: AccountRoleName

        /// Creates a value; optional properties default to `nil`.
        internal init(type: RoleAssignmentType = RoleAssignmentType(rawValue: "PREDEFINED"), name: AccountRoleName) {
            self.type = type
            self.name = name
        }

        /// Encodes the properties under their JSON names.
        internal func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: ArizeOpenAPIRuntime.AnyCodingKey.self)
            try container.encode(self.type, forKey: ArizeOpenAPIRuntime.AnyCodingKey("type"))
            try container.encode(self.name, forKey: ArizeOpenAPIRuntime.AnyCodingKey("name"))
        }

        /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
        internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
            var _type: RoleAssignmentType? = nil
            var _name: AccountRoleName? = nil
            try reader.readObject { key, reader in
                switch key {
                case "type": _type = try RoleAssignmentType(reading: &reader)
                case "name": _name = try AccountRoleName(reading: &reader)
                default: try reader.skipValue()
                }
            }
            guard let _type else { throw reader.missing("type") }
            guard let _name else { throw reader.missing("name") }
            self.init(type: _type, name: _name)
        }

        /// Checks the constraints the spec sets on this value.
        internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {
            if type != RoleAssignmentType(rawValue: "PREDEFINED") { throw ArizeOpenAPIRuntime.ValidationError(field: "type", reason: "must be the constant of the spec") }
        }
    }

    /// A custom RBAC account role, by id. Only `type` and `id`: a name here is an unknown property (400).
    internal struct CustomAccountRoleAssignmentRequest: Swift.Encodable, Swift.Equatable, Swift.Sendable, ArizeOpenAPIRuntime.Validatable, ArizeOpenAPIRuntime.JSONReadable {
        /// Whether a role assignment names a predefined role or a custom RBAC role.
        internal var type: RoleAssignmentType
        /// The custom role's id (a base64 `Role:…` id).
        internal var id: Swift.String

        /// Creates a value; optional properties default to `nil`.
        internal init(type: RoleAssignmentType = RoleAssignmentType(rawValue: "CUSTOM"), id: Swift.String) {
            self.type = type
            self.id = id
        }

        /// Encodes the properties under their JSON names.
        internal func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: ArizeOpenAPIRuntime.AnyCodingKey.self)
            try container.encode(self.type, forKey: ArizeOpenAPIRuntime.AnyCodingKey("type"))
            try container.encode(self.id, forKey: ArizeOpenAPIRuntime.AnyCodingKey("id"))
        }

        /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
        internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
            var _type: RoleAssignmentType? = nil
            var _id: Swift.String? = nil
            try reader.readObject { key, reader in
                switch key {
                case "type": _type = try RoleAssignmentType(reading: &reader)
                case "id": _id = try reader.readString()
                default: try reader.skipValue()
                }
            }
            guard let _type else { throw reader.missing("type") }
            guard let _id else { throw reader.missing("id") }
            self.init(type: _type, id: _id)
        }

        /// Checks the constraints the spec sets on this value.
        internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {
            if type != RoleAssignmentType(rawValue: "CUSTOM") { throw ArizeOpenAPIRuntime.ValidationError(field: "type", reason: "must be the constant of the spec") }
            try ArizeOpenAPIRuntime.Check.length(id, min: 1, max: nil, field: "id")
        }
    }

    /// A account role: predefined by name, or custom by id (the strict request form).
    internal enum AccountRoleAssignmentRequest: Swift.Encodable, Swift.Equatable, Swift.Sendable, ArizeOpenAPIRuntime.Validatable, ArizeOpenAPIRuntime.JSONReadable {
        /// A `PredefinedAccountRoleAssignmentRequest` (`type`: `PREDEFINED`).
        case predefined(PredefinedAccountRoleAssignmentRequest)
        /// A `CustomAccountRoleAssignmentRequest` (`type`: `CUSTOM`).
        case custom(CustomAccountRoleAssignmentRequest)
        /// A `type` this version of the spec does not know, with the properties every case shares.
        case unknown(Unrecognized)

        /// The case a discriminator value selects.
        private enum Tag {
            case predefined, custom, unknown
        }

        private static func tag(_ value: Swift.String) -> Tag {
            switch value {
            case "PREDEFINED": return .predefined
            case "CUSTOM": return .custom
            default:
                switch ArizeOpenAPIRuntime.EnumSpelling.normalized(value) {
                case "PREDEFINED": return .predefined
                case "CUSTOM": return .custom
                default: return .unknown
                }
            }
        }

        /// Reads the case named by `type` straight from JSON, without `JSONDecoder`.
        internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
            switch Self.tag(try reader.peekString(forKey: "type") ?? "") {
            case .predefined: self = .predefined(try PredefinedAccountRoleAssignmentRequest(reading: &reader))
            case .custom: self = .custom(try CustomAccountRoleAssignmentRequest(reading: &reader))
            case .unknown: self = .unknown(try Unrecognized(reading: &reader))
            }
        }

        /// Encodes the wrapped value as it is.
        internal func encode(to encoder: any Swift.Encoder) throws {
            switch self {
            case .predefined(let value): try value.encode(to: encoder)
            case .custom(let value): try value.encode(to: encoder)
            case .unknown(let value): try value.encode(to: encoder)
            }
        }

        /// Checks the wrapped value against the constraints of its schema.
        internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {
            switch self {
            case .predefined(let value): try value.validate()
            case .custom(let value): try value.validate()
            case .unknown(let value): try value.validate()
            }
        }

        /// Whether a role assignment names a predefined role or a custom RBAC role.
        internal var type: RoleAssignmentType {
            switch self {
            case .predefined(let value): value.type
            case .custom(let value): value.type
            case .unknown(let value): value.type
            }
        }

        /// A value whose `type` this version of the spec does not know: the properties every
        /// known case shares, kept as sent.
        internal struct Unrecognized: Swift.Encodable, Swift.Equatable, Swift.Sendable, ArizeOpenAPIRuntime.Validatable, ArizeOpenAPIRuntime.JSONReadable {
            /// Whether a role assignment names a predefined role or a custom RBAC role.
            internal var type: RoleAssignmentType

            /// Creates a value; optional properties default to `nil`.
            internal init(type: RoleAssignmentType) {
                self.type = type
            }

            /// Encodes the properties under their JSON names.
            internal func encode(to encoder: any Swift.Encoder) throws {
                var container = encoder.container(keyedBy: ArizeOpenAPIRuntime.AnyCodingKey.self)
                try container.encode(self.type, forKey: ArizeOpenAPIRuntime.AnyCodingKey("type"))
            }

            /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
            internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
                var _type: RoleAssignmentType? = nil
                try reader.readObject { key, reader in
                    switch key {
                    case "type": _type = try RoleAssignmentType(reading: &reader)
                    default: try reader.skipValue()
                    }
                }
                guard let _type else { throw reader.missing("type") }
                self.init(type: _type)
            }

            /// Checks the constraints the spec sets on this value.
            internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {}
        }
    }

    /// A user key, as listed.
    internal struct UserAPIKey: Swift.Encodable, Swift.Equatable, Swift.Sendable, ArizeOpenAPIRuntime.Validatable, ArizeOpenAPIRuntime.JSONReadable {
        /// The key's opaque id (base64).
        internal var id: Swift.String
        /// The key's name.
        internal var name: Swift.String
        /// What the key is for; absent when unset.
        internal var description: Swift.String?
        /// What a key authenticates as: a human user (`USER`) or a service account, a bot user bound to organizations and spaces (`SERVICE`).
        internal var keyType: APIKeyType
        /// Whether a key still authenticates.
        internal var status: APIKeyStatus
        /// A display form of the secret, e.g. `ak-abc...xyz`.
        internal var redactedKey: Swift.String
        /// When the key was created.
        internal var createdAt: Foundation.Date
        /// When the key expires; absent when it never expires.
        internal var expiresAt: Foundation.Date?
        /// The id of the user who created the key.
        internal var createdByUserID: Swift.String
        /// When the key was last used (approximate).
        internal var lastUsedAt: Foundation.Date?

        /// Creates a value; optional properties default to `nil`.
        internal init(id: Swift.String, name: Swift.String, description: Swift.String? = nil, keyType: APIKeyType = APIKeyType(rawValue: "USER"), status: APIKeyStatus, redactedKey: Swift.String, createdAt: Foundation.Date, expiresAt: Foundation.Date? = nil, createdByUserID: Swift.String, lastUsedAt: Foundation.Date? = nil) {
            self.id = id
            self.name = name
            self.description = description
            self.keyType = keyType
            self.status = status
            self.redactedKey = redactedKey
            self.createdAt = createdAt
            self.expiresAt = expiresAt
            self.createdByUserID = createdByUserID
            self.lastUsedAt = lastUsedAt
        }

        /// Encodes the properties under their JSON names.
        internal func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: ArizeOpenAPIRuntime.AnyCodingKey.self)
            try container.encode(self.id, forKey: ArizeOpenAPIRuntime.AnyCodingKey("id"))
            try container.encode(self.name, forKey: ArizeOpenAPIRuntime.AnyCodingKey("name"))
            try container.encodeIfPresent(self.description, forKey: ArizeOpenAPIRuntime.AnyCodingKey("description"))
            try container.encode(self.keyType, forKey: ArizeOpenAPIRuntime.AnyCodingKey("key_type"))
            try container.encode(self.status, forKey: ArizeOpenAPIRuntime.AnyCodingKey("status"))
            try container.encode(self.redactedKey, forKey: ArizeOpenAPIRuntime.AnyCodingKey("redacted_key"))
            try container.encode(self.createdAt, forKey: ArizeOpenAPIRuntime.AnyCodingKey("created_at"))
            try container.encodeIfPresent(self.expiresAt, forKey: ArizeOpenAPIRuntime.AnyCodingKey("expires_at"))
            try container.encode(self.createdByUserID, forKey: ArizeOpenAPIRuntime.AnyCodingKey("created_by_user_id"))
            try container.encodeIfPresent(self.lastUsedAt, forKey: ArizeOpenAPIRuntime.AnyCodingKey("last_used_at"))
        }

        /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
        internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
            var _id: Swift.String? = nil
            var _name: Swift.String? = nil
            var _description: Swift.String? = nil
            var _keyType: APIKeyType? = nil
            var _status: APIKeyStatus? = nil
            var _redactedKey: Swift.String? = nil
            var _createdAt: Foundation.Date? = nil
            var _expiresAt: Foundation.Date? = nil
            var _createdByUserID: Swift.String? = nil
            var _lastUsedAt: Foundation.Date? = nil
            try reader.readObject { key, reader in
                switch key {
                case "id": _id = try reader.readString()
                case "name": _name = try reader.readString()
                case "description": _description = try reader.readOptional { r0 in try r0.readString() }
                case "key_type": _keyType = try APIKeyType(reading: &reader)
                case "status": _status = try APIKeyStatus(reading: &reader)
                case "redacted_key": _redactedKey = try reader.readString()
                case "created_at": _createdAt = try reader.readDate()
                case "expires_at": _expiresAt = try reader.readOptional { r0 in try r0.readDate() }
                case "created_by_user_id": _createdByUserID = try reader.readString()
                case "last_used_at": _lastUsedAt = try reader.readOptional { r0 in try r0.readDate() }
                default: try reader.skipValue()
                }
            }
            guard let _id else { throw reader.missing("id") }
            guard let _name else { throw reader.missing("name") }
            guard let _keyType else { throw reader.missing("key_type") }
            guard let _status else { throw reader.missing("status") }
            guard let _redactedKey else { throw reader.missing("redacted_key") }
            guard let _createdAt else { throw reader.missing("created_at") }
            guard let _createdByUserID else { throw reader.missing("created_by_user_id") }
            self.init(id: _id, name: _name, description: _description, keyType: _keyType, status: _status, redactedKey: _redactedKey, createdAt: _createdAt, expiresAt: _expiresAt, createdByUserID: _createdByUserID, lastUsedAt: _lastUsedAt)
        }

        /// Checks the constraints the spec sets on this value.
        internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {
            if keyType != APIKeyType(rawValue: "USER") { throw ArizeOpenAPIRuntime.ValidationError(field: "keyType", reason: "must be the constant of the spec") }
        }
    }

    /// A service key, as listed, with its bot user.
    internal struct ServiceAPIKey: Swift.Encodable, Swift.Equatable, Swift.Sendable, ArizeOpenAPIRuntime.Validatable, ArizeOpenAPIRuntime.JSONReadable {
        /// The key's opaque id (base64).
        internal var id: Swift.String
        /// The key's name.
        internal var name: Swift.String
        /// What the key is for; absent when unset.
        internal var description: Swift.String?
        /// What a key authenticates as: a human user (`USER`) or a service account, a bot user bound to organizations and spaces (`SERVICE`).
        internal var keyType: APIKeyType
        /// Whether a key still authenticates.
        internal var status: APIKeyStatus
        /// A display form of the secret, e.g. `ak-abc...xyz`.
        internal var redactedKey: Swift.String
        /// When the key was created.
        internal var createdAt: Foundation.Date
        /// When the key expires; absent when it never expires.
        internal var expiresAt: Foundation.Date?
        /// The id of the user who created the key.
        internal var createdByUserID: Swift.String
        /// When the key was last used (approximate).
        internal var lastUsedAt: Foundation.Date?
        /// The service account (bot user) behind a service key, with its roles resolved (defaults filled in). In a listing by `space_id`, `organizations` is empty; a key just created has at least one organization.
        internal var botUser: ServiceKeyBotUser

        /// Creates a value; optional properties default to `nil`.
        internal init(id: Swift.String, name: Swift.String, description: Swift.String? = nil, keyType: APIKeyType = APIKeyType(rawValue: "SERVICE"), status: APIKeyStatus, redactedKey: Swift.String, createdAt: Foundation.Date, expiresAt: Foundation.Date? = nil, createdByUserID: Swift.String, lastUsedAt: Foundation.Date? = nil, botUser: ServiceKeyBotUser) {
            self.id = id
            self.name = name
            self.description = description
            self.keyType = keyType
            self.status = status
            self.redactedKey = redactedKey
            self.createdAt = createdAt
            self.expiresAt = expiresAt
            self.createdByUserID = createdByUserID
            self.lastUsedAt = lastUsedAt
            self.botUser = botUser
        }

        /// Encodes the properties under their JSON names.
        internal func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: ArizeOpenAPIRuntime.AnyCodingKey.self)
            try container.encode(self.id, forKey: ArizeOpenAPIRuntime.AnyCodingKey("id"))
            try container.encode(self.name, forKey: ArizeOpenAPIRuntime.AnyCodingKey("name"))
            try container.encodeIfPresent(self.description, forKey: ArizeOpenAPIRuntime.AnyCodingKey("description"))
            try container.encode(self.keyType, forKey: ArizeOpenAPIRuntime.AnyCodingKey("key_type"))
            try container.encode(self.status, forKey: ArizeOpenAPIRuntime.AnyCodingKey("status"))
            try container.encode(self.redactedKey, forKey: ArizeOpenAPIRuntime.AnyCodingKey("redacted_key"))
            try container.encode(self.createdAt, forKey: ArizeOpenAPIRuntime.AnyCodingKey("created_at"))
            try container.encodeIfPresent(self.expiresAt, forKey: ArizeOpenAPIRuntime.AnyCodingKey("expires_at"))
            try container.encode(self.createdByUserID, forKey: ArizeOpenAPIRuntime.AnyCodingKey("created_by_user_id"))
            try container.encodeIfPresent(self.lastUsedAt, forKey: ArizeOpenAPIRuntime.AnyCodingKey("last_used_at"))
            try container.encode(self.botUser, forKey: ArizeOpenAPIRuntime.AnyCodingKey("bot_user"))
        }

        /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
        internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
            var _id: Swift.String? = nil
            var _name: Swift.String? = nil
            var _description: Swift.String? = nil
            var _keyType: APIKeyType? = nil
            var _status: APIKeyStatus? = nil
            var _redactedKey: Swift.String? = nil
            var _createdAt: Foundation.Date? = nil
            var _expiresAt: Foundation.Date? = nil
            var _createdByUserID: Swift.String? = nil
            var _lastUsedAt: Foundation.Date? = nil
            var _botUser: ServiceKeyBotUser? = nil
            try reader.readObject { key, reader in
                switch key {
                case "id": _id = try reader.readString()
                case "name": _name = try reader.readString()
                case "description": _description = try reader.readOptional { r0 in try r0.readString() }
                case "key_type": _keyType = try APIKeyType(reading: &reader)
                case "status": _status = try APIKeyStatus(reading: &reader)
                case "redacted_key": _redactedKey = try reader.readString()
                case "created_at": _createdAt = try reader.readDate()
                case "expires_at": _expiresAt = try reader.readOptional { r0 in try r0.readDate() }
                case "created_by_user_id": _createdByUserID = try reader.readString()
                case "last_used_at": _lastUsedAt = try reader.readOptional { r0 in try r0.readDate() }
                case "bot_user": _botUser = try ServiceKeyBotUser(reading: &reader)
                default: try reader.skipValue()
                }
            }
            guard let _id else { throw reader.missing("id") }
            guard let _name else { throw reader.missing("name") }
            guard let _keyType else { throw reader.missing("key_type") }
            guard let _status else { throw reader.missing("status") }
            guard let _redactedKey else { throw reader.missing("redacted_key") }
            guard let _createdAt else { throw reader.missing("created_at") }
            guard let _createdByUserID else { throw reader.missing("created_by_user_id") }
            guard let _botUser else { throw reader.missing("bot_user") }
            self.init(id: _id, name: _name, description: _description, keyType: _keyType, status: _status, redactedKey: _redactedKey, createdAt: _createdAt, expiresAt: _expiresAt, createdByUserID: _createdByUserID, lastUsedAt: _lastUsedAt, botUser: _botUser)
        }

        /// Checks the constraints the spec sets on this value.
        internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {
            if keyType != APIKeyType(rawValue: "SERVICE") { throw ArizeOpenAPIRuntime.ValidationError(field: "keyType", reason: "must be the constant of the spec") }
            try ArizeOpenAPIRuntime.Check.nested(botUser, field: "botUser")
        }
    }

    /// An API key as listed: a user key or a service key, told apart by `key_type`. The secret itself is never listed.
    internal enum APIKey: Swift.Encodable, Swift.Equatable, Swift.Sendable, ArizeOpenAPIRuntime.Validatable, ArizeOpenAPIRuntime.JSONReadable {
        /// A `UserAPIKey` (`key_type`: `USER`).
        case user(UserAPIKey)
        /// A `ServiceAPIKey` (`key_type`: `SERVICE`).
        case service(ServiceAPIKey)
        /// A `key_type` this version of the spec does not know, with the properties every case shares.
        case unknown(Unrecognized)

        /// The case a discriminator value selects.
        private enum Tag {
            case user, service, unknown
        }

        private static func tag(_ value: Swift.String) -> Tag {
            switch value {
            case "USER": return .user
            case "SERVICE": return .service
            default:
                switch ArizeOpenAPIRuntime.EnumSpelling.normalized(value) {
                case "USER": return .user
                case "SERVICE": return .service
                default: return .unknown
                }
            }
        }

        /// Reads the case named by `key_type` straight from JSON, without `JSONDecoder`.
        internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
            switch Self.tag(try reader.peekString(forKey: "key_type") ?? "") {
            case .user: self = .user(try UserAPIKey(reading: &reader))
            case .service: self = .service(try ServiceAPIKey(reading: &reader))
            case .unknown: self = .unknown(try Unrecognized(reading: &reader))
            }
        }

        /// Encodes the wrapped value as it is.
        internal func encode(to encoder: any Swift.Encoder) throws {
            switch self {
            case .user(let value): try value.encode(to: encoder)
            case .service(let value): try value.encode(to: encoder)
            case .unknown(let value): try value.encode(to: encoder)
            }
        }

        /// Checks the wrapped value against the constraints of its schema.
        internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {
            switch self {
            case .user(let value): try value.validate()
            case .service(let value): try value.validate()
            case .unknown(let value): try value.validate()
            }
        }

        /// The key's opaque id (base64).
        internal var id: Swift.String {
            switch self {
            case .user(let value): value.id
            case .service(let value): value.id
            case .unknown(let value): value.id
            }
        }

        /// The key's name.
        internal var name: Swift.String {
            switch self {
            case .user(let value): value.name
            case .service(let value): value.name
            case .unknown(let value): value.name
            }
        }

        /// What the key is for; absent when unset.
        internal var description: Swift.String? {
            switch self {
            case .user(let value): value.description
            case .service(let value): value.description
            case .unknown(let value): value.description
            }
        }

        /// What a key authenticates as: a human user (`USER`) or a service account, a bot user bound to organizations and spaces (`SERVICE`).
        internal var keyType: APIKeyType {
            switch self {
            case .user(let value): value.keyType
            case .service(let value): value.keyType
            case .unknown(let value): value.keyType
            }
        }

        /// Whether a key still authenticates.
        internal var status: APIKeyStatus {
            switch self {
            case .user(let value): value.status
            case .service(let value): value.status
            case .unknown(let value): value.status
            }
        }

        /// A display form of the secret, e.g. `ak-abc...xyz`.
        internal var redactedKey: Swift.String {
            switch self {
            case .user(let value): value.redactedKey
            case .service(let value): value.redactedKey
            case .unknown(let value): value.redactedKey
            }
        }

        /// When the key was created.
        internal var createdAt: Foundation.Date {
            switch self {
            case .user(let value): value.createdAt
            case .service(let value): value.createdAt
            case .unknown(let value): value.createdAt
            }
        }

        /// When the key expires; absent when it never expires.
        internal var expiresAt: Foundation.Date? {
            switch self {
            case .user(let value): value.expiresAt
            case .service(let value): value.expiresAt
            case .unknown(let value): value.expiresAt
            }
        }

        /// The id of the user who created the key.
        internal var createdByUserID: Swift.String {
            switch self {
            case .user(let value): value.createdByUserID
            case .service(let value): value.createdByUserID
            case .unknown(let value): value.createdByUserID
            }
        }

        /// When the key was last used (approximate).
        internal var lastUsedAt: Foundation.Date? {
            switch self {
            case .user(let value): value.lastUsedAt
            case .service(let value): value.lastUsedAt
            case .unknown(let value): value.lastUsedAt
            }
        }

        /// A value whose `key_type` this version of the spec does not know: the properties every
        /// known case shares, kept as sent.
        internal struct Unrecognized: Swift.Encodable, Swift.Equatable, Swift.Sendable, ArizeOpenAPIRuntime.Validatable, ArizeOpenAPIRuntime.JSONReadable {
            /// The key's opaque id (base64).
            internal var id: Swift.String
            /// The key's name.
            internal var name: Swift.String
            /// What the key is for; absent when unset.
            internal var description: Swift.String?
            /// What a key authenticates as: a human user (`USER`) or a service account, a bot user bound to organizations and spaces (`SERVICE`).
            internal var keyType: APIKeyType
            /// Whether a key still authenticates.
            internal var status: APIKeyStatus
            /// A display form of the secret, e.g. `ak-abc...xyz`.
            internal var redactedKey: Swift.String
            /// When the key was created.
            internal var createdAt: Foundation.Date
            /// When the key expires; absent when it never expires.
            internal var expiresAt: Foundation.Date?
            /// The id of the user who created the key.
            internal var createdByUserID: Swift.String
            /// When the key was last used (approximate).
            internal var lastUsedAt: Foundation.Date?

            /// Creates a value; optional properties default to `nil`.
            internal init(id: Swift.String, name: Swift.String, description: Swift.String? = nil, keyType: APIKeyType, status: APIKeyStatus, redactedKey: Swift.String, createdAt: Foundation.Date, expiresAt: Foundation.Date? = nil, createdByUserID: Swift.String, lastUsedAt: Foundation.Date? = nil) {
                self.id = id
                self.name = name
                self.description = description
                self.keyType = keyType
                self.status = status
                self.redactedKey = redactedKey
                self.createdAt = createdAt
                self.expiresAt = expiresAt
                self.createdByUserID = createdByUserID
                self.lastUsedAt = lastUsedAt
            }

            /// Encodes the properties under their JSON names.
            internal func encode(to encoder: any Swift.Encoder) throws {
                var container = encoder.container(keyedBy: ArizeOpenAPIRuntime.AnyCodingKey.self)
                try container.encode(self.id, forKey: ArizeOpenAPIRuntime.AnyCodingKey("id"))
                try container.encode(self.name, forKey: ArizeOpenAPIRuntime.AnyCodingKey("name"))
                try container.encodeIfPresent(self.description, forKey: ArizeOpenAPIRuntime.AnyCodingKey("description"))
                try container.encode(self.keyType, forKey: ArizeOpenAPIRuntime.AnyCodingKey("key_type"))
                try container.encode(self.status, forKey: ArizeOpenAPIRuntime.AnyCodingKey("status"))
                try container.encode(self.redactedKey, forKey: ArizeOpenAPIRuntime.AnyCodingKey("redacted_key"))
                try container.encode(self.createdAt, forKey: ArizeOpenAPIRuntime.AnyCodingKey("created_at"))
                try container.encodeIfPresent(self.expiresAt, forKey: ArizeOpenAPIRuntime.AnyCodingKey("expires_at"))
                try container.encode(self.createdByUserID, forKey: ArizeOpenAPIRuntime.AnyCodingKey("created_by_user_id"))
                try container.encodeIfPresent(self.lastUsedAt, forKey: ArizeOpenAPIRuntime.AnyCodingKey("last_used_at"))
            }

            /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
            internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
                var _id: Swift.String? = nil
                var _name: Swift.String? = nil
                var _description: Swift.String? = nil
                var _keyType: APIKeyType? = nil
                var _status: APIKeyStatus? = nil
                var _redactedKey: Swift.String? = nil
                var _createdAt: Foundation.Date? = nil
                var _expiresAt: Foundation.Date? = nil
                var _createdByUserID: Swift.String? = nil
                var _lastUsedAt: Foundation.Date? = nil
                try reader.readObject { key, reader in
                    switch key {
                    case "id": _id = try reader.readString()
                    case "name": _name = try reader.readString()
                    case "description": _description = try reader.readOptional { r0 in try r0.readString() }
                    case "key_type": _keyType = try APIKeyType(reading: &reader)
                    case "status": _status = try APIKeyStatus(reading: &reader)
                    case "redacted_key": _redactedKey = try reader.readString()
                    case "created_at": _createdAt = try reader.readDate()
                    case "expires_at": _expiresAt = try reader.readOptional { r0 in try r0.readDate() }
                    case "created_by_user_id": _createdByUserID = try reader.readString()
                    case "last_used_at": _lastUsedAt = try reader.readOptional { r0 in try r0.readDate() }
                    default: try reader.skipValue()
                    }
                }
                guard let _id else { throw reader.missing("id") }
                guard let _name else { throw reader.missing("name") }
                guard let _keyType else { throw reader.missing("key_type") }
                guard let _status else { throw reader.missing("status") }
                guard let _redactedKey else { throw reader.missing("redacted_key") }
                guard let _createdAt else { throw reader.missing("created_at") }
                guard let _createdByUserID else { throw reader.missing("created_by_user_id") }
                self.init(id: _id, name: _name, description: _description, keyType: _keyType, status: _status, redactedKey: _redactedKey, createdAt: _createdAt, expiresAt: _expiresAt, createdByUserID: _createdByUserID, lastUsedAt: _lastUsedAt)
            }

            /// Checks the constraints the spec sets on this value.
            internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {}
        }
    }

    /// A user key just created, with its secret.
    internal struct CreatedUserAPIKey: Swift.Encodable, Swift.Equatable, Swift.Sendable, ArizeOpenAPIRuntime.Validatable, ArizeOpenAPIRuntime.JSONReadable {
        /// The key's opaque id (base64).
        internal var id: Swift.String
        /// The key's name.
        internal var name: Swift.String
        /// What the key is for; absent when unset.
        internal var description: Swift.String?
        /// What a key authenticates as: a human user (`USER`) or a service account, a bot user bound to organizations and spaces (`SERVICE`).
        internal var keyType: APIKeyType
        /// Whether a key still authenticates.
        internal var status: APIKeyStatus
        /// A display form of the secret, e.g. `ak-abc...xyz`.
        internal var redactedKey: Swift.String
        /// When the key was created.
        internal var createdAt: Foundation.Date
        /// When the key expires; absent when it never expires.
        internal var expiresAt: Foundation.Date?
        /// The id of the user who created the key.
        internal var createdByUserID: Swift.String
        /// When the key was last used (approximate).
        internal var lastUsedAt: Foundation.Date?
        /// The full secret. Returned only this once: store it securely.
        internal var key: ArizeOpenAPIRuntime.Secret

        /// Creates a value; optional properties default to `nil`.
        internal init(id: Swift.String, name: Swift.String, description: Swift.String? = nil, keyType: APIKeyType = APIKeyType(rawValue: "USER"), status: APIKeyStatus, redactedKey: Swift.String, createdAt: Foundation.Date, expiresAt: Foundation.Date? = nil, createdByUserID: Swift.String, lastUsedAt: Foundation.Date? = nil, key: ArizeOpenAPIRuntime.Secret) {
            self.id = id
            self.name = name
            self.description = description
            self.keyType = keyType
            self.status = status
            self.redactedKey = redactedKey
            self.createdAt = createdAt
            self.expiresAt = expiresAt
            self.createdByUserID = createdByUserID
            self.lastUsedAt = lastUsedAt
            self.key = key
        }

        /// Encodes the properties under their JSON names.
        internal func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: ArizeOpenAPIRuntime.AnyCodingKey.self)
            try container.encode(self.id, forKey: ArizeOpenAPIRuntime.AnyCodingKey("id"))
            try container.encode(self.name, forKey: ArizeOpenAPIRuntime.AnyCodingKey("name"))
            try container.encodeIfPresent(self.description, forKey: ArizeOpenAPIRuntime.AnyCodingKey("description"))
            try container.encode(self.keyType, forKey: ArizeOpenAPIRuntime.AnyCodingKey("key_type"))
            try container.encode(self.status, forKey: ArizeOpenAPIRuntime.AnyCodingKey("status"))
            try container.encode(self.redactedKey, forKey: ArizeOpenAPIRuntime.AnyCodingKey("redacted_key"))
            try container.encode(self.createdAt, forKey: ArizeOpenAPIRuntime.AnyCodingKey("created_at"))
            try container.encodeIfPresent(self.expiresAt, forKey: ArizeOpenAPIRuntime.AnyCodingKey("expires_at"))
            try container.encode(self.createdByUserID, forKey: ArizeOpenAPIRuntime.AnyCodingKey("created_by_user_id"))
            try container.encodeIfPresent(self.lastUsedAt, forKey: ArizeOpenAPIRuntime.AnyCodingKey("last_used_at"))
            try container.encode(self.key, forKey: ArizeOpenAPIRuntime.AnyCodingKey("key"))
        }

        /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
        internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
            var _id: Swift.String? = nil
            var _name: Swift.String? = nil
            var _description: Swift.String? = nil
            var _keyType: APIKeyType? = nil
            var _status: APIKeyStatus? = nil
            var _redactedKey: Swift.String? = nil
            var _createdAt: Foundation.Date? = nil
            var _expiresAt: Foundation.Date? = nil
            var _createdByUserID: Swift.String? = nil
            var _lastUsedAt: Foundation.Date? = nil
            var _key: ArizeOpenAPIRuntime.Secret? = nil
            try reader.readObject { key, reader in
                switch key {
                case "id": _id = try reader.readString()
                case "name": _name = try reader.readString()
                case "description": _description = try reader.readOptional { r0 in try r0.readString() }
                case "key_type": _keyType = try APIKeyType(reading: &reader)
                case "status": _status = try APIKeyStatus(reading: &reader)
                case "redacted_key": _redactedKey = try reader.readString()
                case "created_at": _createdAt = try reader.readDate()
                case "expires_at": _expiresAt = try reader.readOptional { r0 in try r0.readDate() }
                case "created_by_user_id": _createdByUserID = try reader.readString()
                case "last_used_at": _lastUsedAt = try reader.readOptional { r0 in try r0.readDate() }
                case "key": _key = ArizeOpenAPIRuntime.Secret(try reader.readString())
                default: try reader.skipValue()
                }
            }
            guard let _id else { throw reader.missing("id") }
            guard let _name else { throw reader.missing("name") }
            guard let _keyType else { throw reader.missing("key_type") }
            guard let _status else { throw reader.missing("status") }
            guard let _redactedKey else { throw reader.missing("redacted_key") }
            guard let _createdAt else { throw reader.missing("created_at") }
            guard let _createdByUserID else { throw reader.missing("created_by_user_id") }
            guard let _key else { throw reader.missing("key") }
            self.init(id: _id, name: _name, description: _description, keyType: _keyType, status: _status, redactedKey: _redactedKey, createdAt: _createdAt, expiresAt: _expiresAt, createdByUserID: _createdByUserID, lastUsedAt: _lastUsedAt, key: _key)
        }

        /// Checks the constraints the spec sets on this value.
        internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {
            if keyType != APIKeyType(rawValue: "USER") { throw ArizeOpenAPIRuntime.ValidationError(field: "keyType", reason: "must be the constant of the spec") }
        }
    }

    /// A service key just created, with its secret and its new bot user.
    internal struct CreatedServiceAPIKey: Swift.Encodable, Swift.Equatable, Swift.Sendable, ArizeOpenAPIRuntime.Validatable, ArizeOpenAPIRuntime.JSONReadable {
        /// The key's opaque id (base64).
        internal var id: Swift.String
        /// The key's name.
        internal var name: Swift.String
        /// What the key is for; absent when unset.
        internal var description: Swift.String?
        /// What a key authenticates as: a human user (`USER`) or a service account, a bot user bound to organizations and spaces (`SERVICE`).
        internal var keyType: APIKeyType
        /// Whether a key still authenticates.
        internal var status: APIKeyStatus
        /// A display form of the secret, e.g. `ak-abc...xyz`.
        internal var redactedKey: Swift.String
        /// When the key was created.
        internal var createdAt: Foundation.Date
        /// When the key expires; absent when it never expires.
        internal var expiresAt: Foundation.Date?
        /// The id of the user who created the key.
        internal var createdByUserID: Swift.String
        /// When the key was last used (approximate).
        internal var lastUsedAt: Foundation.Date?
        /// The service account (bot user) behind a service key, with its roles resolved (defaults filled in). In a listing by `space_id`, `organizations` is empty; a key just created has at least one organization.
        internal var botUser: ServiceKeyBotUser
        /// The full secret. Returned only this once: store it securely.
        internal var key: ArizeOpenAPIRuntime.Secret

        /// Creates a value; optional properties default to `nil`.
        internal init(id: Swift.String, name: Swift.String, description: Swift.String? = nil, keyType: APIKeyType = APIKeyType(rawValue: "SERVICE"), status: APIKeyStatus, redactedKey: Swift.String, createdAt: Foundation.Date, expiresAt: Foundation.Date? = nil, createdByUserID: Swift.String, lastUsedAt: Foundation.Date? = nil, botUser: ServiceKeyBotUser, key: ArizeOpenAPIRuntime.Secret) {
            self.id = id
            self.name = name
            self.description = description
            self.keyType = keyType
            self.status = status
            self.redactedKey = redactedKey
            self.createdAt = createdAt
            self.expiresAt = expiresAt
            self.createdByUserID = createdByUserID
            self.lastUsedAt = lastUsedAt
            self.botUser = botUser
            self.key = key
        }

        /// Encodes the properties under their JSON names.
        internal func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: ArizeOpenAPIRuntime.AnyCodingKey.self)
            try container.encode(self.id, forKey: ArizeOpenAPIRuntime.AnyCodingKey("id"))
            try container.encode(self.name, forKey: ArizeOpenAPIRuntime.AnyCodingKey("name"))
            try container.encodeIfPresent(self.description, forKey: ArizeOpenAPIRuntime.AnyCodingKey("description"))
            try container.encode(self.keyType, forKey: ArizeOpenAPIRuntime.AnyCodingKey("key_type"))
            try container.encode(self.status, forKey: ArizeOpenAPIRuntime.AnyCodingKey("status"))
            try container.encode(self.redactedKey, forKey: ArizeOpenAPIRuntime.AnyCodingKey("redacted_key"))
            try container.encode(self.createdAt, forKey: ArizeOpenAPIRuntime.AnyCodingKey("created_at"))
            try container.encodeIfPresent(self.expiresAt, forKey: ArizeOpenAPIRuntime.AnyCodingKey("expires_at"))
            try container.encode(self.createdByUserID, forKey: ArizeOpenAPIRuntime.AnyCodingKey("created_by_user_id"))
            try container.encodeIfPresent(self.lastUsedAt, forKey: ArizeOpenAPIRuntime.AnyCodingKey("last_used_at"))
            try container.encode(self.botUser, forKey: ArizeOpenAPIRuntime.AnyCodingKey("bot_user"))
            try container.encode(self.key, forKey: ArizeOpenAPIRuntime.AnyCodingKey("key"))
        }

        /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
        internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
            var _id: Swift.String? = nil
            var _name: Swift.String? = nil
            var _description: Swift.String? = nil
            var _keyType: APIKeyType? = nil
            var _status: APIKeyStatus? = nil
            var _redactedKey: Swift.String? = nil
            var _createdAt: Foundation.Date? = nil
            var _expiresAt: Foundation.Date? = nil
            var _createdByUserID: Swift.String? = nil
            var _lastUsedAt: Foundation.Date? = nil
            var _botUser: ServiceKeyBotUser? = nil
            var _key: ArizeOpenAPIRuntime.Secret? = nil
            try reader.readObject { key, reader in
                switch key {
                case "id": _id = try reader.readString()
                case "name": _name = try reader.readString()
                case "description": _description = try reader.readOptional { r0 in try r0.readString() }
                case "key_type": _keyType = try APIKeyType(reading: &reader)
                case "status": _status = try APIKeyStatus(reading: &reader)
                case "redacted_key": _redactedKey = try reader.readString()
                case "created_at": _createdAt = try reader.readDate()
                case "expires_at": _expiresAt = try reader.readOptional { r0 in try r0.readDate() }
                case "created_by_user_id": _createdByUserID = try reader.readString()
                case "last_used_at": _lastUsedAt = try reader.readOptional { r0 in try r0.readDate() }
                case "bot_user": _botUser = try ServiceKeyBotUser(reading: &reader)
                case "key": _key = ArizeOpenAPIRuntime.Secret(try reader.readString())
                default: try reader.skipValue()
                }
            }
            guard let _id else { throw reader.missing("id") }
            guard let _name else { throw reader.missing("name") }
            guard let _keyType else { throw reader.missing("key_type") }
            guard let _status else { throw reader.missing("status") }
            guard let _redactedKey else { throw reader.missing("redacted_key") }
            guard let _createdAt else { throw reader.missing("created_at") }
            guard let _createdByUserID else { throw reader.missing("created_by_user_id") }
            guard let _botUser else { throw reader.missing("bot_user") }
            guard let _key else { throw reader.missing("key") }
            self.init(id: _id, name: _name, description: _description, keyType: _keyType, status: _status, redactedKey: _redactedKey, createdAt: _createdAt, expiresAt: _expiresAt, createdByUserID: _createdByUserID, lastUsedAt: _lastUsedAt, botUser: _botUser, key: _key)
        }

        /// Checks the constraints the spec sets on this value.
        internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {
            if keyType != APIKeyType(rawValue: "SERVICE") { throw ArizeOpenAPIRuntime.ValidationError(field: "keyType", reason: "must be the constant of the spec") }
            try ArizeOpenAPIRuntime.Check.nested(botUser, field: "botUser")
        }
    }

    /// The key just created, with its secret: the only time it is returned.
    internal enum CreateAPIKeyResponse: Swift.Encodable, Swift.Equatable, Swift.Sendable, ArizeOpenAPIRuntime.Validatable, ArizeOpenAPIRuntime.JSONReadable {
        /// A `CreatedUserAPIKey` (`key_type`: `USER`).
        case user(CreatedUserAPIKey)
        /// A `CreatedServiceAPIKey` (`key_type`: `SERVICE`).
        case service(CreatedServiceAPIKey)
        /// A `key_type` this version of the spec does not know, with the properties every case shares.
        case unknown(Unrecognized)

        /// The case a discriminator value selects.
        private enum Tag {
            case user, service, unknown
        }

        private static func tag(_ value: Swift.String) -> Tag {
            switch value {
            case "USER": return .user
            case "SERVICE": return .service
            default:
                switch ArizeOpenAPIRuntime.EnumSpelling.normalized(value) {
                case "USER": return .user
                case "SERVICE": return .service
                default: return .unknown
                }
            }
        }

        /// Reads the case named by `key_type` straight from JSON, without `JSONDecoder`.
        internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
            switch Self.tag(try reader.peekString(forKey: "key_type") ?? "") {
            case .user: self = .user(try CreatedUserAPIKey(reading: &reader))
            case .service: self = .service(try CreatedServiceAPIKey(reading: &reader))
            case .unknown: self = .unknown(try Unrecognized(reading: &reader))
            }
        }

        /// Encodes the wrapped value as it is.
        internal func encode(to encoder: any Swift.Encoder) throws {
            switch self {
            case .user(let value): try value.encode(to: encoder)
            case .service(let value): try value.encode(to: encoder)
            case .unknown(let value): try value.encode(to: encoder)
            }
        }

        /// Checks the wrapped value against the constraints of its schema.
        internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {
            switch self {
            case .user(let value): try value.validate()
            case .service(let value): try value.validate()
            case .unknown(let value): try value.validate()
            }
        }

        /// The key's opaque id (base64).
        internal var id: Swift.String {
            switch self {
            case .user(let value): value.id
            case .service(let value): value.id
            case .unknown(let value): value.id
            }
        }

        /// The key's name.
        internal var name: Swift.String {
            switch self {
            case .user(let value): value.name
            case .service(let value): value.name
            case .unknown(let value): value.name
            }
        }

        /// What the key is for; absent when unset.
        internal var description: Swift.String? {
            switch self {
            case .user(let value): value.description
            case .service(let value): value.description
            case .unknown(let value): value.description
            }
        }

        /// What a key authenticates as: a human user (`USER`) or a service account, a bot user bound to organizations and spaces (`SERVICE`).
        internal var keyType: APIKeyType {
            switch self {
            case .user(let value): value.keyType
            case .service(let value): value.keyType
            case .unknown(let value): value.keyType
            }
        }

        /// Whether a key still authenticates.
        internal var status: APIKeyStatus {
            switch self {
            case .user(let value): value.status
            case .service(let value): value.status
            case .unknown(let value): value.status
            }
        }

        /// A display form of the secret, e.g. `ak-abc...xyz`.
        internal var redactedKey: Swift.String {
            switch self {
            case .user(let value): value.redactedKey
            case .service(let value): value.redactedKey
            case .unknown(let value): value.redactedKey
            }
        }

        /// When the key was created.
        internal var createdAt: Foundation.Date {
            switch self {
            case .user(let value): value.createdAt
            case .service(let value): value.createdAt
            case .unknown(let value): value.createdAt
            }
        }

        /// When the key expires; absent when it never expires.
        internal var expiresAt: Foundation.Date? {
            switch self {
            case .user(let value): value.expiresAt
            case .service(let value): value.expiresAt
            case .unknown(let value): value.expiresAt
            }
        }

        /// The id of the user who created the key.
        internal var createdByUserID: Swift.String {
            switch self {
            case .user(let value): value.createdByUserID
            case .service(let value): value.createdByUserID
            case .unknown(let value): value.createdByUserID
            }
        }

        /// When the key was last used (approximate).
        internal var lastUsedAt: Foundation.Date? {
            switch self {
            case .user(let value): value.lastUsedAt
            case .service(let value): value.lastUsedAt
            case .unknown(let value): value.lastUsedAt
            }
        }

        /// The full secret. Returned only this once: store it securely.
        internal var key: ArizeOpenAPIRuntime.Secret {
            switch self {
            case .user(let value): value.key
            case .service(let value): value.key
            case .unknown(let value): value.key
            }
        }

        /// A value whose `key_type` this version of the spec does not know: the properties every
        /// known case shares, kept as sent.
        internal struct Unrecognized: Swift.Encodable, Swift.Equatable, Swift.Sendable, ArizeOpenAPIRuntime.Validatable, ArizeOpenAPIRuntime.JSONReadable {
            /// The key's opaque id (base64).
            internal var id: Swift.String
            /// The key's name.
            internal var name: Swift.String
            /// What the key is for; absent when unset.
            internal var description: Swift.String?
            /// What a key authenticates as: a human user (`USER`) or a service account, a bot user bound to organizations and spaces (`SERVICE`).
            internal var keyType: APIKeyType
            /// Whether a key still authenticates.
            internal var status: APIKeyStatus
            /// A display form of the secret, e.g. `ak-abc...xyz`.
            internal var redactedKey: Swift.String
            /// When the key was created.
            internal var createdAt: Foundation.Date
            /// When the key expires; absent when it never expires.
            internal var expiresAt: Foundation.Date?
            /// The id of the user who created the key.
            internal var createdByUserID: Swift.String
            /// When the key was last used (approximate).
            internal var lastUsedAt: Foundation.Date?
            /// The full secret. Returned only this once: store it securely.
            internal var key: ArizeOpenAPIRuntime.Secret

            /// Creates a value; optional properties default to `nil`.
            internal init(id: Swift.String, name: Swift.String, description: Swift.String? = nil, keyType: APIKeyType, status: APIKeyStatus, redactedKey: Swift.String, createdAt: Foundation.Date, expiresAt: Foundation.Date? = nil, createdByUserID: Swift.String, lastUsedAt: Foundation.Date? = nil, key: ArizeOpenAPIRuntime.Secret) {
                self.id = id
                self.name = name
                self.description = description
                self.keyType = keyType
                self.status = status
                self.redactedKey = redactedKey
                self.createdAt = createdAt
                self.expiresAt = expiresAt
                self.createdByUserID = createdByUserID
                self.lastUsedAt = lastUsedAt
                self.key = key
            }

            /// Encodes the properties under their JSON names.
            internal func encode(to encoder: any Swift.Encoder) throws {
                var container = encoder.container(keyedBy: ArizeOpenAPIRuntime.AnyCodingKey.self)
                try container.encode(self.id, forKey: ArizeOpenAPIRuntime.AnyCodingKey("id"))
                try container.encode(self.name, forKey: ArizeOpenAPIRuntime.AnyCodingKey("name"))
                try container.encodeIfPresent(self.description, forKey: ArizeOpenAPIRuntime.AnyCodingKey("description"))
                try container.encode(self.keyType, forKey: ArizeOpenAPIRuntime.AnyCodingKey("key_type"))
                try container.encode(self.status, forKey: ArizeOpenAPIRuntime.AnyCodingKey("status"))
                try container.encode(self.redactedKey, forKey: ArizeOpenAPIRuntime.AnyCodingKey("redacted_key"))
                try container.encode(self.createdAt, forKey: ArizeOpenAPIRuntime.AnyCodingKey("created_at"))
                try container.encodeIfPresent(self.expiresAt, forKey: ArizeOpenAPIRuntime.AnyCodingKey("expires_at"))
                try container.encode(self.createdByUserID, forKey: ArizeOpenAPIRuntime.AnyCodingKey("created_by_user_id"))
                try container.encodeIfPresent(self.lastUsedAt, forKey: ArizeOpenAPIRuntime.AnyCodingKey("last_used_at"))
                try container.encode(self.key, forKey: ArizeOpenAPIRuntime.AnyCodingKey("key"))
            }

            /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
            internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
                var _id: Swift.String? = nil
                var _name: Swift.String? = nil
                var _description: Swift.String? = nil
                var _keyType: APIKeyType? = nil
                var _status: APIKeyStatus? = nil
                var _redactedKey: Swift.String? = nil
                var _createdAt: Foundation.Date? = nil
                var _expiresAt: Foundation.Date? = nil
                var _createdByUserID: Swift.String? = nil
                var _lastUsedAt: Foundation.Date? = nil
                var _key: ArizeOpenAPIRuntime.Secret? = nil
                try reader.readObject { key, reader in
                    switch key {
                    case "id": _id = try reader.readString()
                    case "name": _name = try reader.readString()
                    case "description": _description = try reader.readOptional { r0 in try r0.readString() }
                    case "key_type": _keyType = try APIKeyType(reading: &reader)
                    case "status": _status = try APIKeyStatus(reading: &reader)
                    case "redacted_key": _redactedKey = try reader.readString()
                    case "created_at": _createdAt = try reader.readDate()
                    case "expires_at": _expiresAt = try reader.readOptional { r0 in try r0.readDate() }
                    case "created_by_user_id": _createdByUserID = try reader.readString()
                    case "last_used_at": _lastUsedAt = try reader.readOptional { r0 in try r0.readDate() }
                    case "key": _key = ArizeOpenAPIRuntime.Secret(try reader.readString())
                    default: try reader.skipValue()
                    }
                }
                guard let _id else { throw reader.missing("id") }
                guard let _name else { throw reader.missing("name") }
                guard let _keyType else { throw reader.missing("key_type") }
                guard let _status else { throw reader.missing("status") }
                guard let _redactedKey else { throw reader.missing("redacted_key") }
                guard let _createdAt else { throw reader.missing("created_at") }
                guard let _createdByUserID else { throw reader.missing("created_by_user_id") }
                guard let _key else { throw reader.missing("key") }
                self.init(id: _id, name: _name, description: _description, keyType: _keyType, status: _status, redactedKey: _redactedKey, createdAt: _createdAt, expiresAt: _expiresAt, createdByUserID: _createdByUserID, lastUsedAt: _lastUsedAt, key: _key)
            }

            /// Checks the constraints the spec sets on this value.
            internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {}
        }
    }

    /// The replacement key, with its new id and secret. It keeps the old key's name, description, type and (for service keys) bot user and bindings; the bot user is not returned here.
    internal struct RefreshAPIKeyResponse: Swift.Encodable, Swift.Equatable, Swift.Sendable, ArizeOpenAPIRuntime.Validatable, ArizeOpenAPIRuntime.JSONReadable {
        /// The key's opaque id (base64).
        internal var id: Swift.String
        /// The key's name.
        internal var name: Swift.String
        /// What the key is for; absent when unset.
        internal var description: Swift.String?
        /// What a key authenticates as: a human user (`USER`) or a service account, a bot user bound to organizations and spaces (`SERVICE`).
        internal var keyType: APIKeyType
        /// Whether a key still authenticates.
        internal var status: APIKeyStatus
        /// A display form of the secret, e.g. `ak-abc...xyz`.
        internal var redactedKey: Swift.String
        /// When the key was created.
        internal var createdAt: Foundation.Date
        /// When the key expires; absent when it never expires.
        internal var expiresAt: Foundation.Date?
        /// The id of the user who created the key.
        internal var createdByUserID: Swift.String
        /// When the key was last used (approximate).
        internal var lastUsedAt: Foundation.Date?
        /// The full secret. Returned only this once: store it securely.
        internal var key: ArizeOpenAPIRuntime.Secret

        /// Creates a value; optional properties default to `nil`.
        internal init(id: Swift.String, name: Swift.String, description: Swift.String? = nil, keyType: APIKeyType, status: APIKeyStatus, redactedKey: Swift.String, createdAt: Foundation.Date, expiresAt: Foundation.Date? = nil, createdByUserID: Swift.String, lastUsedAt: Foundation.Date? = nil, key: ArizeOpenAPIRuntime.Secret) {
            self.id = id
            self.name = name
            self.description = description
            self.keyType = keyType
            self.status = status
            self.redactedKey = redactedKey
            self.createdAt = createdAt
            self.expiresAt = expiresAt
            self.createdByUserID = createdByUserID
            self.lastUsedAt = lastUsedAt
            self.key = key
        }

        /// Encodes the properties under their JSON names.
        internal func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: ArizeOpenAPIRuntime.AnyCodingKey.self)
            try container.encode(self.id, forKey: ArizeOpenAPIRuntime.AnyCodingKey("id"))
            try container.encode(self.name, forKey: ArizeOpenAPIRuntime.AnyCodingKey("name"))
            try container.encodeIfPresent(self.description, forKey: ArizeOpenAPIRuntime.AnyCodingKey("description"))
            try container.encode(self.keyType, forKey: ArizeOpenAPIRuntime.AnyCodingKey("key_type"))
            try container.encode(self.status, forKey: ArizeOpenAPIRuntime.AnyCodingKey("status"))
            try container.encode(self.redactedKey, forKey: ArizeOpenAPIRuntime.AnyCodingKey("redacted_key"))
            try container.encode(self.createdAt, forKey: ArizeOpenAPIRuntime.AnyCodingKey("created_at"))
            try container.encodeIfPresent(self.expiresAt, forKey: ArizeOpenAPIRuntime.AnyCodingKey("expires_at"))
            try container.encode(self.createdByUserID, forKey: ArizeOpenAPIRuntime.AnyCodingKey("created_by_user_id"))
            try container.encodeIfPresent(self.lastUsedAt, forKey: ArizeOpenAPIRuntime.AnyCodingKey("last_used_at"))
            try container.encode(self.key, forKey: ArizeOpenAPIRuntime.AnyCodingKey("key"))
        }

        /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
        internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
            var _id: Swift.String? = nil
            var _name: Swift.String? = nil
            var _description: Swift.String? = nil
            var _keyType: APIKeyType? = nil
            var _status: APIKeyStatus? = nil
            var _redactedKey: Swift.String? = nil
            var _createdAt: Foundation.Date? = nil
            var _expiresAt: Foundation.Date? = nil
            var _createdByUserID: Swift.String? = nil
            var _lastUsedAt: Foundation.Date? = nil
            var _key: ArizeOpenAPIRuntime.Secret? = nil
            try reader.readObject { key, reader in
                switch key {
                case "id": _id = try reader.readString()
                case "name": _name = try reader.readString()
                case "description": _description = try reader.readOptional { r0 in try r0.readString() }
                case "key_type": _keyType = try APIKeyType(reading: &reader)
                case "status": _status = try APIKeyStatus(reading: &reader)
                case "redacted_key": _redactedKey = try reader.readString()
                case "created_at": _createdAt = try reader.readDate()
                case "expires_at": _expiresAt = try reader.readOptional { r0 in try r0.readDate() }
                case "created_by_user_id": _createdByUserID = try reader.readString()
                case "last_used_at": _lastUsedAt = try reader.readOptional { r0 in try r0.readDate() }
                case "key": _key = ArizeOpenAPIRuntime.Secret(try reader.readString())
                default: try reader.skipValue()
                }
            }
            guard let _id else { throw reader.missing("id") }
            guard let _name else { throw reader.missing("name") }
            guard let _keyType else { throw reader.missing("key_type") }
            guard let _status else { throw reader.missing("status") }
            guard let _redactedKey else { throw reader.missing("redacted_key") }
            guard let _createdAt else { throw reader.missing("created_at") }
            guard let _createdByUserID else { throw reader.missing("created_by_user_id") }
            guard let _key else { throw reader.missing("key") }
            self.init(id: _id, name: _name, description: _description, keyType: _keyType, status: _status, redactedKey: _redactedKey, createdAt: _createdAt, expiresAt: _expiresAt, createdByUserID: _createdByUserID, lastUsedAt: _lastUsedAt, key: _key)
        }

        /// Checks the constraints the spec sets on this value.
        internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {}
    }

    /// The service account (bot user) behind a service key, with its roles resolved (defaults filled in). In a listing by `space_id`, `organizations` is empty; a key just created has at least one organization.
    internal struct ServiceKeyBotUser: Swift.Encodable, Swift.Equatable, Swift.Sendable, ArizeOpenAPIRuntime.Validatable, ArizeOpenAPIRuntime.JSONReadable {
        /// The bot user's id (a base64 `User:…` id), usable as a user id in role bindings.
        internal var id: Swift.String
        /// The bot user's display name.
        internal var name: Swift.String
        /// A account role: predefined by name, or custom by id (as returned).
        internal var accountRole: AccountRoleAssignment
        /// The organizations the bot user belongs to, with its role and spaces in each.
        internal var organizations: [ServiceKeyBotUserOrgAssignment]

        /// Creates a value; optional properties default to `nil`.
        internal init(id: Swift.String, name: Swift.String, accountRole: AccountRoleAssignment, organizations: [ServiceKeyBotUserOrgAssignment]) {
            self.id = id
            self.name = name
            self.accountRole = accountRole
            self.organizations = organizations
        }

        /// Encodes the properties under their JSON names.
        internal func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: ArizeOpenAPIRuntime.AnyCodingKey.self)
            try container.encode(self.id, forKey: ArizeOpenAPIRuntime.AnyCodingKey("id"))
            try container.encode(self.name, forKey: ArizeOpenAPIRuntime.AnyCodingKey("name"))
            try container.encode(self.accountRole, forKey: ArizeOpenAPIRuntime.AnyCodingKey("account_role"))
            try container.encode(self.organizations, forKey: ArizeOpenAPIRuntime.AnyCodingKey("organizations"))
        }

        /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
        internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
            var _id: Swift.String? = nil
            var _name: Swift.String? = nil
            var _accountRole: AccountRoleAssignment? = nil
            var _organizations: [ServiceKeyBotUserOrgAssignment]? = nil
            try reader.readObject { key, reader in
                switch key {
                case "id": _id = try reader.readString()
                case "name": _name = try reader.readString()
                case "account_role": _accountRole = try AccountRoleAssignment(reading: &reader)
                case "organizations": _organizations = try reader.readArray { r0 in try ServiceKeyBotUserOrgAssignment(reading: &r0) }
                default: try reader.skipValue()
                }
            }
            guard let _id else { throw reader.missing("id") }
            guard let _name else { throw reader.missing("name") }
            guard let _accountRole else { throw reader.missing("account_role") }
            guard let _organizations else { throw reader.missing("organizations") }
            self.init(id: _id, name: _name, accountRole: _accountRole, organizations: _organizations)
        }

        /// Checks the constraints the spec sets on this value.
        internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {
            try ArizeOpenAPIRuntime.Check.nested(accountRole, field: "accountRole")
            for (index, element) in organizations.enumerated() {
                try ArizeOpenAPIRuntime.Check.nested(element, field: "organizations[\(index)]")
            }
        }
    }

    /// An organization of a service key's bot user.
    internal struct ServiceKeyBotUserOrgAssignment: Swift.Encodable, Swift.Equatable, Swift.Sendable, ArizeOpenAPIRuntime.Validatable, ArizeOpenAPIRuntime.JSONReadable {
        /// The organization's id.
        internal var orgID: Swift.String
        /// A organization role: predefined by name, or custom by id (as returned).
        internal var role: OrganizationRoleAssignment
        /// The spaces of this organization the bot user belongs to.
        internal var spaces: [ServiceKeyBotUserSpaceAssignment]

        /// Creates a value; optional properties default to `nil`.
        internal init(orgID: Swift.String, role: OrganizationRoleAssignment, spaces: [ServiceKeyBotUserSpaceAssignment]) {
            self.orgID = orgID
            self.role = role
            self.spaces = spaces
        }

        /// Encodes the properties under their JSON names.
        internal func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: ArizeOpenAPIRuntime.AnyCodingKey.self)
            try container.encode(self.orgID, forKey: ArizeOpenAPIRuntime.AnyCodingKey("org_id"))
            try container.encode(self.role, forKey: ArizeOpenAPIRuntime.AnyCodingKey("role"))
            try container.encode(self.spaces, forKey: ArizeOpenAPIRuntime.AnyCodingKey("spaces"))
        }

        /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
        internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
            var _orgID: Swift.String? = nil
            var _role: OrganizationRoleAssignment? = nil
            var _spaces: [ServiceKeyBotUserSpaceAssignment]? = nil
            try reader.readObject { key, reader in
                switch key {
                case "org_id": _orgID = try reader.readString()
                case "role": _role = try OrganizationRoleAssignment(reading: &reader)
                case "spaces": _spaces = try reader.readArray { r0 in try ServiceKeyBotUserSpaceAssignment(reading: &r0) }
                default: try reader.skipValue()
                }
            }
            guard let _orgID else { throw reader.missing("org_id") }
            guard let _role else { throw reader.missing("role") }
            guard let _spaces else { throw reader.missing("spaces") }
            self.init(orgID: _orgID, role: _role, spaces: _spaces)
        }

        /// Checks the constraints the spec sets on this value.
        internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {
            try ArizeOpenAPIRuntime.Check.nested(role, field: "role")
            for (index, element) in spaces.enumerated() {
                try ArizeOpenAPIRuntime.Check.nested(element, field: "spaces[\(index)]")
            }
        }
    }

    /// A space of a service key's bot user.
    internal struct ServiceKeyBotUserSpaceAssignment: Swift.Encodable, Swift.Equatable, Swift.Sendable, ArizeOpenAPIRuntime.Validatable, ArizeOpenAPIRuntime.JSONReadable {
        /// The space's id.
        internal var spaceID: Swift.String
        /// A space role: predefined by name, or custom by id (as returned).
        internal var role: SpaceRoleAssignment

        /// Creates a value; optional properties default to `nil`.
        internal init(spaceID: Swift.String, role: SpaceRoleAssignment) {
            self.spaceID = spaceID
            self.role = role
        }

        /// Encodes the properties under their JSON names.
        internal func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: ArizeOpenAPIRuntime.AnyCodingKey.self)
            try container.encode(self.spaceID, forKey: ArizeOpenAPIRuntime.AnyCodingKey("space_id"))
            try container.encode(self.role, forKey: ArizeOpenAPIRuntime.AnyCodingKey("role"))
        }

        /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
        internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
            var _spaceID: Swift.String? = nil
            var _role: SpaceRoleAssignment? = nil
            try reader.readObject { key, reader in
                switch key {
                case "space_id": _spaceID = try reader.readString()
                case "role": _role = try SpaceRoleAssignment(reading: &reader)
                default: try reader.skipValue()
                }
            }
            guard let _spaceID else { throw reader.missing("space_id") }
            guard let _role else { throw reader.missing("role") }
            self.init(spaceID: _spaceID, role: _role)
        }

        /// Checks the constraints the spec sets on this value.
        internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {
            try ArizeOpenAPIRuntime.Check.nested(role, field: "role")
        }
    }

    /// Where a page stands in the whole list.
    internal struct PaginationMetadata: Swift.Encodable, Swift.Equatable, Swift.Sendable, ArizeOpenAPIRuntime.Validatable, ArizeOpenAPIRuntime.JSONReadable {
        /// Whether another page follows.
        internal var hasMore: Swift.Bool
        /// The cursor of the next page; present when `has_more` is true.
        internal var nextCursor: Swift.String?

        /// Creates a value; optional properties default to `nil`.
        internal init(hasMore: Swift.Bool, nextCursor: Swift.String? = nil) {
            self.hasMore = hasMore
            self.nextCursor = nextCursor
        }

        /// Encodes the properties under their JSON names.
        internal func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: ArizeOpenAPIRuntime.AnyCodingKey.self)
            try container.encode(self.hasMore, forKey: ArizeOpenAPIRuntime.AnyCodingKey("has_more"))
            try container.encodeIfPresent(self.nextCursor, forKey: ArizeOpenAPIRuntime.AnyCodingKey("next_cursor"))
        }

        /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
        internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
            var _hasMore: Swift.Bool? = nil
            var _nextCursor: Swift.String? = nil
            try reader.readObject { key, reader in
                switch key {
                case "has_more": _hasMore = try reader.readBool()
                case "next_cursor": _nextCursor = try reader.readOptional { r0 in try r0.readString() }
                default: try reader.skipValue()
                }
            }
            guard let _hasMore else { throw reader.missing("has_more") }
            self.init(hasMore: _hasMore, nextCursor: _nextCursor)
        }

        /// Checks the constraints the spec sets on this value.
        internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {}
    }

    /// One page of API keys.
    internal struct ListAPIKeysResponse: Swift.Encodable, Swift.Equatable, Swift.Sendable, ArizeOpenAPIRuntime.Validatable, ArizeOpenAPIRuntime.JSONReadable {
        /// The keys on this page.
        internal var apiKeys: [APIKey]
        /// Where a page stands in the whole list.
        internal var pagination: PaginationMetadata

        /// Creates a value; optional properties default to `nil`.
        internal init(apiKeys: [APIKey], pagination: PaginationMetadata) {
            self.apiKeys = apiKeys
            self.pagination = pagination
        }

        /// Encodes the properties under their JSON names.
        internal func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: ArizeOpenAPIRuntime.AnyCodingKey.self)
            try container.encode(self.apiKeys, forKey: ArizeOpenAPIRuntime.AnyCodingKey("api_keys"))
            try container.encode(self.pagination, forKey: ArizeOpenAPIRuntime.AnyCodingKey("pagination"))
        }

        /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
        internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
            var _apiKeys: [APIKey]? = nil
            var _pagination: PaginationMetadata? = nil
            try reader.readObject { key, reader in
                switch key {
                case "api_keys": _apiKeys = try reader.readArray { r0 in try APIKey(reading: &r0) }
                case "pagination": _pagination = try PaginationMetadata(reading: &reader)
                default: try reader.skipValue()
                }
            }
            guard let _apiKeys else { throw reader.missing("api_keys") }
            guard let _pagination else { throw reader.missing("pagination") }
            self.init(apiKeys: _apiKeys, pagination: _pagination)
        }

        /// Checks the constraints the spec sets on this value.
        internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {
            for (index, element) in apiKeys.enumerated() {
                try ArizeOpenAPIRuntime.Check.nested(element, field: "apiKeys[\(index)]")
            }
            try ArizeOpenAPIRuntime.Check.nested(pagination, field: "pagination")
        }
    }

    /// A space: the unit that holds models, projects and service keys.
    internal struct Space: Swift.Encodable, Swift.Equatable, Swift.Sendable, ArizeOpenAPIRuntime.Validatable, ArizeOpenAPIRuntime.JSONReadable {
        /// The space's opaque id.
        internal var id: Swift.String
        /// The id of the organization the space belongs to (older servers may omit it).
        internal var organizationID: Swift.String?
        /// The space's name; not unique across organizations.
        internal var name: Swift.String
        /// What the space is for.
        internal var description: Swift.String
        /// When the space was created.
        internal var createdAt: Foundation.Date
        /// Whether only invited members see the space.
        internal var isPrivate: Swift.Bool
        /// Whether ML models are enabled in the space.
        internal var mlModelsEnabled: Swift.Bool?
        /// Start color of the space's badge.
        internal var gradientStartColor: Swift.String?
        /// End color of the space's badge.
        internal var gradientEndColor: Swift.String?
        /// The space's default LLM integration.
        internal var defaultLlmIntegration: DefaultLlmIntegration?
        /// The space's default agent runtime.
        internal var defaultAgentRuntime: DefaultAgentRuntime?

        /// Creates a value; optional properties default to `nil`.
        internal init(id: Swift.String, organizationID: Swift.String? = nil, name: Swift.String, description: Swift.String, createdAt: Foundation.Date, isPrivate: Swift.Bool, mlModelsEnabled: Swift.Bool? = nil, gradientStartColor: Swift.String? = nil, gradientEndColor: Swift.String? = nil, defaultLlmIntegration: DefaultLlmIntegration? = nil, defaultAgentRuntime: DefaultAgentRuntime? = nil) {
            self.id = id
            self.organizationID = organizationID
            self.name = name
            self.description = description
            self.createdAt = createdAt
            self.isPrivate = isPrivate
            self.mlModelsEnabled = mlModelsEnabled
            self.gradientStartColor = gradientStartColor
            self.gradientEndColor = gradientEndColor
            self.defaultLlmIntegration = defaultLlmIntegration
            self.defaultAgentRuntime = defaultAgentRuntime
        }

        /// Encodes the properties under their JSON names.
        internal func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: ArizeOpenAPIRuntime.AnyCodingKey.self)
            try container.encode(self.id, forKey: ArizeOpenAPIRuntime.AnyCodingKey("id"))
            try container.encodeIfPresent(self.organizationID, forKey: ArizeOpenAPIRuntime.AnyCodingKey("organization_id"))
            try container.encode(self.name, forKey: ArizeOpenAPIRuntime.AnyCodingKey("name"))
            try container.encode(self.description, forKey: ArizeOpenAPIRuntime.AnyCodingKey("description"))
            try container.encode(self.createdAt, forKey: ArizeOpenAPIRuntime.AnyCodingKey("created_at"))
            try container.encode(self.isPrivate, forKey: ArizeOpenAPIRuntime.AnyCodingKey("is_private"))
            try container.encodeIfPresent(self.mlModelsEnabled, forKey: ArizeOpenAPIRuntime.AnyCodingKey("ml_models_enabled"))
            try container.encodeIfPresent(self.gradientStartColor, forKey: ArizeOpenAPIRuntime.AnyCodingKey("gradient_start_color"))
            try container.encodeIfPresent(self.gradientEndColor, forKey: ArizeOpenAPIRuntime.AnyCodingKey("gradient_end_color"))
            try container.encodeIfPresent(self.defaultLlmIntegration, forKey: ArizeOpenAPIRuntime.AnyCodingKey("default_llm_integration"))
            try container.encodeIfPresent(self.defaultAgentRuntime, forKey: ArizeOpenAPIRuntime.AnyCodingKey("default_agent_runtime"))
        }

        /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
        internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
            var _id: Swift.String? = nil
            var _organizationID: Swift.String? = nil
            var _name: Swift.String? = nil
            var _description: Swift.String? = nil
            var _createdAt: Foundation.Date? = nil
            var _isPrivate: Swift.Bool? = nil
            var _mlModelsEnabled: Swift.Bool? = nil
            var _gradientStartColor: Swift.String? = nil
            var _gradientEndColor: Swift.String? = nil
            var _defaultLlmIntegration: DefaultLlmIntegration? = nil
            var _defaultAgentRuntime: DefaultAgentRuntime? = nil
            try reader.readObject { key, reader in
                switch key {
                case "id": _id = try reader.readString()
                case "organization_id": _organizationID = try reader.readOptional { r0 in try r0.readString() }
                case "name": _name = try reader.readString()
                case "description": _description = try reader.readString()
                case "created_at": _createdAt = try reader.readDate()
                case "is_private": _isPrivate = try reader.readBool()
                case "ml_models_enabled": _mlModelsEnabled = try reader.readOptional { r0 in try r0.readBool() }
                case "gradient_start_color": _gradientStartColor = try reader.readOptional { r0 in try r0.readString() }
                case "gradient_end_color": _gradientEndColor = try reader.readOptional { r0 in try r0.readString() }
                case "default_llm_integration": _defaultLlmIntegration = try reader.readOptional { r0 in try DefaultLlmIntegration(reading: &r0) }
                case "default_agent_runtime": _defaultAgentRuntime = try reader.readOptional { r0 in try DefaultAgentRuntime(reading: &r0) }
                default: try reader.skipValue()
                }
            }
            guard let _id else { throw reader.missing("id") }
            guard let _name else { throw reader.missing("name") }
            guard let _description else { throw reader.missing("description") }
            guard let _createdAt else { throw reader.missing("created_at") }
            guard let _isPrivate else { throw reader.missing("is_private") }
            self.init(id: _id, organizationID: _organizationID, name: _name, description: _description, createdAt: _createdAt, isPrivate: _isPrivate, mlModelsEnabled: _mlModelsEnabled, gradientStartColor: _gradientStartColor, gradientEndColor: _gradientEndColor, defaultLlmIntegration: _defaultLlmIntegration, defaultAgentRuntime: _defaultAgentRuntime)
        }

        /// Checks the constraints the spec sets on this value.
        internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {
            if let value = defaultLlmIntegration {
                try ArizeOpenAPIRuntime.Check.nested(value, field: "defaultLlmIntegration")
            }
            if let value = defaultAgentRuntime {
                try ArizeOpenAPIRuntime.Check.nested(value, field: "defaultAgentRuntime")
            }
        }

        /// The space's default LLM integration.
        internal struct DefaultLlmIntegration: Swift.Encodable, Swift.Equatable, Swift.Sendable, ArizeOpenAPIRuntime.Validatable, ArizeOpenAPIRuntime.JSONReadable {
            /// The integration's id.
            internal var integrationID: Swift.String?
            /// The model it uses.
            internal var modelName: Swift.String?

            /// Creates a value; optional properties default to `nil`.
            internal init(integrationID: Swift.String? = nil, modelName: Swift.String? = nil) {
                self.integrationID = integrationID
                self.modelName = modelName
            }

            /// Encodes the properties under their JSON names.
            internal func encode(to encoder: any Swift.Encoder) throws {
                var container = encoder.container(keyedBy: ArizeOpenAPIRuntime.AnyCodingKey.self)
                try container.encodeIfPresent(self.integrationID, forKey: ArizeOpenAPIRuntime.AnyCodingKey("integration_id"))
                try container.encodeIfPresent(self.modelName, forKey: ArizeOpenAPIRuntime.AnyCodingKey("model_name"))
            }

            /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
            internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
                var _integrationID: Swift.String? = nil
                var _modelName: Swift.String? = nil
                try reader.readObject { key, reader in
                    switch key {
                    case "integration_id": _integrationID = try reader.readOptional { r0 in try r0.readString() }
                    case "model_name": _modelName = try reader.readOptional { r0 in try r0.readString() }
                    default: try reader.skipValue()
                    }
                }
                self.init(integrationID: _integrationID, modelName: _modelName)
            }

            /// Checks the constraints the spec sets on this value.
            internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {}
        }

        /// The space's default agent runtime.
        internal struct DefaultAgentRuntime: Swift.Encodable, Swift.Equatable, Swift.Sendable, ArizeOpenAPIRuntime.Validatable, ArizeOpenAPIRuntime.JSONReadable {
            /// The integration's id.
            internal var integrationID: Swift.String?

            /// Creates a value; optional properties default to `nil`.
            internal init(integrationID: Swift.String? = nil) {
                self.integrationID = integrationID
            }

            /// Encodes the properties under their JSON names.
            internal func encode(to encoder: any Swift.Encoder) throws {
                var container = encoder.container(keyedBy: ArizeOpenAPIRuntime.AnyCodingKey.self)
                try container.encodeIfPresent(self.integrationID, forKey: ArizeOpenAPIRuntime.AnyCodingKey("integration_id"))
            }

            /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
            internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
                var _integrationID: Swift.String? = nil
                try reader.readObject { key, reader in
                    switch key {
                    case "integration_id": _integrationID = try reader.readOptional { r0 in try r0.readString() }
                    default: try reader.skipValue()
                    }
                }
                self.init(integrationID: _integrationID)
            }

            /// Checks the constraints the spec sets on this value.
            internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {}
        }
    }

    /// One page of spaces.
    internal struct ListSpacesResponse: Swift.Encodable, Swift.Equatable, Swift.Sendable, ArizeOpenAPIRuntime.Validatable, ArizeOpenAPIRuntime.JSONReadable {
        /// The spaces on this page.
        internal var spaces: [Space]
        /// Where a page stands in the whole list.
        internal var pagination: PaginationMetadata

        /// Creates a value; optional properties default to `nil`.
        internal init(spaces: [Space], pagination: PaginationMetadata) {
            self.spaces = spaces
            self.pagination = pagination
        }

        /// Encodes the properties under their JSON names.
        internal func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: ArizeOpenAPIRuntime.AnyCodingKey.self)
            try container.encode(self.spaces, forKey: ArizeOpenAPIRuntime.AnyCodingKey("spaces"))
            try container.encode(self.pagination, forKey: ArizeOpenAPIRuntime.AnyCodingKey("pagination"))
        }

        /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
        internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
            var _spaces: [Space]? = nil
            var _pagination: PaginationMetadata? = nil
            try reader.readObject { key, reader in
                switch key {
                case "spaces": _spaces = try reader.readArray { r0 in try Space(reading: &r0) }
                case "pagination": _pagination = try PaginationMetadata(reading: &reader)
                default: try reader.skipValue()
                }
            }
            guard let _spaces else { throw reader.missing("spaces") }
            guard let _pagination else { throw reader.missing("pagination") }
            self.init(spaces: _spaces, pagination: _pagination)
        }

        /// Checks the constraints the spec sets on this value.
        internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {
            for (index, element) in spaces.enumerated() {
                try ArizeOpenAPIRuntime.Check.nested(element, field: "spaces[\(index)]")
            }
            try ArizeOpenAPIRuntime.Check.nested(pagination, field: "pagination")
        }
    }

    /// A user key to create: it authenticates as you, with your permissions.
    internal struct CreateUserAPIKeyRequest: Swift.Encodable, Swift.Equatable, Swift.Sendable, ArizeOpenAPIRuntime.Validatable, ArizeOpenAPIRuntime.JSONReadable {
        /// What a key authenticates as: a human user (`USER`) or a service account, a bot user bound to organizations and spaces (`SERVICE`).
        internal var keyType: APIKeyType
        /// The key's name.
        internal var name: Swift.String
        /// What the key is for.
        internal var description: Swift.String?
        /// When the key expires; in the future, and no later than the account's key-lifetime limit if it has one (422). Absent: never expires, or now plus the account's maximum.
        internal var expiresAt: Foundation.Date?

        /// Creates a value; optional properties default to `nil`.
        internal init(keyType: APIKeyType = APIKeyType(rawValue: "USER"), name: Swift.String, description: Swift.String? = nil, expiresAt: Foundation.Date? = nil) {
            self.keyType = keyType
            self.name = name
            self.description = description
            self.expiresAt = expiresAt
        }

        /// Encodes the properties under their JSON names.
        internal func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: ArizeOpenAPIRuntime.AnyCodingKey.self)
            try container.encode(self.keyType, forKey: ArizeOpenAPIRuntime.AnyCodingKey("key_type"))
            try container.encode(self.name, forKey: ArizeOpenAPIRuntime.AnyCodingKey("name"))
            try container.encodeIfPresent(self.description, forKey: ArizeOpenAPIRuntime.AnyCodingKey("description"))
            try container.encodeIfPresent(self.expiresAt, forKey: ArizeOpenAPIRuntime.AnyCodingKey("expires_at"))
        }

        /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
        internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
            var _keyType: APIKeyType? = nil
            var _name: Swift.String? = nil
            var _description: Swift.String? = nil
            var _expiresAt: Foundation.Date? = nil
            try reader.readObject { key, reader in
                switch key {
                case "key_type": _keyType = try APIKeyType(reading: &reader)
                case "name": _name = try reader.readString()
                case "description": _description = try reader.readOptional { r0 in try r0.readString() }
                case "expires_at": _expiresAt = try reader.readOptional { r0 in try r0.readDate() }
                default: try reader.skipValue()
                }
            }
            guard let _keyType else { throw reader.missing("key_type") }
            guard let _name else { throw reader.missing("name") }
            self.init(keyType: _keyType, name: _name, description: _description, expiresAt: _expiresAt)
        }

        /// Checks the constraints the spec sets on this value.
        internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {
            if keyType != APIKeyType(rawValue: "USER") { throw ArizeOpenAPIRuntime.ValidationError(field: "keyType", reason: "must be the constant of the spec") }
            try ArizeOpenAPIRuntime.Check.length(name, min: nil, max: 256, field: "name")
            if let value = description {
                try ArizeOpenAPIRuntime.Check.length(value, min: nil, max: 1000, field: "description")
            }
        }
    }

    /// A service key to create: a new bot user is provisioned and made a member of every listed space. Roles left out get the server's defaults (space `MEMBER`, organization `READ_ONLY`, account `MEMBER`); every role must be at or below the caller's own (422).
    internal struct CreateServiceAPIKeyRequest: Swift.Encodable, Swift.Equatable, Swift.Sendable, ArizeOpenAPIRuntime.Validatable, ArizeOpenAPIRuntime.JSONReadable {
        /// What a key authenticates as: a human user (`USER`) or a service account, a bot user bound to organizations and spaces (`SERVICE`).
        internal var keyType: APIKeyType
        /// The key's name.
        internal var name: Swift.String
        /// What the key is for.
        internal var description: Swift.String?
        /// When the key expires; in the future, and no later than the account's key-lifetime limit if it has one (422). Absent: never expires, or now plus the account's maximum.
        internal var expiresAt: Foundation.Date?
        /// The bot user's account role; `ADMIN` or `MEMBER` (default). Custom account roles are not yet supported (422).
        internal var accountRole: AccountRoleAssignmentRequest?
        /// The organizations, each with its spaces. Every space must belong to the organization it is listed under, and appear once.
        internal var organizations: [ServiceKeyOrgAssignment]

        /// Creates a value; optional properties default to `nil`.
        internal init(keyType: APIKeyType = APIKeyType(rawValue: "SERVICE"), name: Swift.String, description: Swift.String? = nil, expiresAt: Foundation.Date? = nil, accountRole: AccountRoleAssignmentRequest? = nil, organizations: [ServiceKeyOrgAssignment]) {
            self.keyType = keyType
            self.name = name
            self.description = description
            self.expiresAt = expiresAt
            self.accountRole = accountRole
            self.organizations = organizations
        }

        /// Encodes the properties under their JSON names.
        internal func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: ArizeOpenAPIRuntime.AnyCodingKey.self)
            try container.encode(self.keyType, forKey: ArizeOpenAPIRuntime.AnyCodingKey("key_type"))
            try container.encode(self.name, forKey: ArizeOpenAPIRuntime.AnyCodingKey("name"))
            try container.encodeIfPresent(self.description, forKey: ArizeOpenAPIRuntime.AnyCodingKey("description"))
            try container.encodeIfPresent(self.expiresAt, forKey: ArizeOpenAPIRuntime.AnyCodingKey("expires_at"))
            try container.encodeIfPresent(self.accountRole, forKey: ArizeOpenAPIRuntime.AnyCodingKey("account_role"))
            try container.encode(self.organizations, forKey: ArizeOpenAPIRuntime.AnyCodingKey("organizations"))
        }

        /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
        internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
            var _keyType: APIKeyType? = nil
            var _name: Swift.String? = nil
            var _description: Swift.String? = nil
            var _expiresAt: Foundation.Date? = nil
            var _accountRole: AccountRoleAssignmentRequest? = nil
            var _organizations: [ServiceKeyOrgAssignment]? = nil
            try reader.readObject { key, reader in
                switch key {
                case "key_type": _keyType = try APIKeyType(reading: &reader)
                case "name": _name = try reader.readString()
                case "description": _description = try reader.readOptional { r0 in try r0.readString() }
                case "expires_at": _expiresAt = try reader.readOptional { r0 in try r0.readDate() }
                case "account_role": _accountRole = try reader.readOptional { r0 in try AccountRoleAssignmentRequest(reading: &r0) }
                case "organizations": _organizations = try reader.readArray { r0 in try ServiceKeyOrgAssignment(reading: &r0) }
                default: try reader.skipValue()
                }
            }
            guard let _keyType else { throw reader.missing("key_type") }
            guard let _name else { throw reader.missing("name") }
            guard let _organizations else { throw reader.missing("organizations") }
            self.init(keyType: _keyType, name: _name, description: _description, expiresAt: _expiresAt, accountRole: _accountRole, organizations: _organizations)
        }

        /// Checks the constraints the spec sets on this value.
        internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {
            if keyType != APIKeyType(rawValue: "SERVICE") { throw ArizeOpenAPIRuntime.ValidationError(field: "keyType", reason: "must be the constant of the spec") }
            try ArizeOpenAPIRuntime.Check.length(name, min: nil, max: 256, field: "name")
            if let value = description {
                try ArizeOpenAPIRuntime.Check.length(value, min: nil, max: 1000, field: "description")
            }
            if let value = accountRole {
                try ArizeOpenAPIRuntime.Check.nested(value, field: "accountRole")
            }
            try ArizeOpenAPIRuntime.Check.count(organizations.count, min: 1, max: 100, field: "organizations")
            for (index, element) in organizations.enumerated() {
                try ArizeOpenAPIRuntime.Check.nested(element, field: "organizations[\(index)]")
            }
        }
    }

    /// An organization a new service key's bot user joins.
    internal struct ServiceKeyOrgAssignment: Swift.Encodable, Swift.Equatable, Swift.Sendable, ArizeOpenAPIRuntime.Validatable, ArizeOpenAPIRuntime.JSONReadable {
        /// The organization's id.
        internal var orgID: Swift.String
        /// The bot user's role in the organization; `READ_ONLY` when absent. `ANNOTATOR` and custom roles are refused (422).
        internal var role: OrganizationRoleAssignmentRequest?
        /// The spaces of this organization the bot user joins.
        internal var spaces: [ServiceKeySpaceAssignment]

        /// Creates a value; optional properties default to `nil`.
        internal init(orgID: Swift.String, role: OrganizationRoleAssignmentRequest? = nil, spaces: [ServiceKeySpaceAssignment]) {
            self.orgID = orgID
            self.role = role
            self.spaces = spaces
        }

        /// Encodes the properties under their JSON names.
        internal func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: ArizeOpenAPIRuntime.AnyCodingKey.self)
            try container.encode(self.orgID, forKey: ArizeOpenAPIRuntime.AnyCodingKey("org_id"))
            try container.encodeIfPresent(self.role, forKey: ArizeOpenAPIRuntime.AnyCodingKey("role"))
            try container.encode(self.spaces, forKey: ArizeOpenAPIRuntime.AnyCodingKey("spaces"))
        }

        /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
        internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
            var _orgID: Swift.String? = nil
            var _role: OrganizationRoleAssignmentRequest? = nil
            var _spaces: [ServiceKeySpaceAssignment]? = nil
            try reader.readObject { key, reader in
                switch key {
                case "org_id": _orgID = try reader.readString()
                case "role": _role = try reader.readOptional { r0 in try OrganizationRoleAssignmentRequest(reading: &r0) }
                case "spaces": _spaces = try reader.readArray { r0 in try ServiceKeySpaceAssignment(reading: &r0) }
                default: try reader.skipValue()
                }
            }
            guard let _orgID else { throw reader.missing("org_id") }
            guard let _spaces else { throw reader.missing("spaces") }
            self.init(orgID: _orgID, role: _role, spaces: _spaces)
        }

        /// Checks the constraints the spec sets on this value.
        internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {
            try ArizeOpenAPIRuntime.Check.length(orgID, min: 1, max: nil, field: "orgID")
            if let value = role {
                try ArizeOpenAPIRuntime.Check.nested(value, field: "role")
            }
            try ArizeOpenAPIRuntime.Check.count(spaces.count, min: 1, max: 100, field: "spaces")
            for (index, element) in spaces.enumerated() {
                try ArizeOpenAPIRuntime.Check.nested(element, field: "spaces[\(index)]")
            }
        }
    }

    /// A space a new service key's bot user joins.
    internal struct ServiceKeySpaceAssignment: Swift.Encodable, Swift.Equatable, Swift.Sendable, ArizeOpenAPIRuntime.Validatable, ArizeOpenAPIRuntime.JSONReadable {
        /// The space's id.
        internal var spaceID: Swift.String
        /// The bot user's role in the space; `MEMBER` when absent. `ANNOTATOR` is refused (422); custom roles are allowed.
        internal var role: SpaceRoleAssignmentRequest?

        /// Creates a value; optional properties default to `nil`.
        internal init(spaceID: Swift.String, role: SpaceRoleAssignmentRequest? = nil) {
            self.spaceID = spaceID
            self.role = role
        }

        /// Encodes the properties under their JSON names.
        internal func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: ArizeOpenAPIRuntime.AnyCodingKey.self)
            try container.encode(self.spaceID, forKey: ArizeOpenAPIRuntime.AnyCodingKey("space_id"))
            try container.encodeIfPresent(self.role, forKey: ArizeOpenAPIRuntime.AnyCodingKey("role"))
        }

        /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
        internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
            var _spaceID: Swift.String? = nil
            var _role: SpaceRoleAssignmentRequest? = nil
            try reader.readObject { key, reader in
                switch key {
                case "space_id": _spaceID = try reader.readString()
                case "role": _role = try reader.readOptional { r0 in try SpaceRoleAssignmentRequest(reading: &r0) }
                default: try reader.skipValue()
                }
            }
            guard let _spaceID else { throw reader.missing("space_id") }
            self.init(spaceID: _spaceID, role: _role)
        }

        /// Checks the constraints the spec sets on this value.
        internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {
            try ArizeOpenAPIRuntime.Check.length(spaceID, min: 1, max: nil, field: "spaceID")
            if let value = role {
                try ArizeOpenAPIRuntime.Check.nested(value, field: "role")
            }
        }
    }

    /// A key to create: a user key or a service key, chosen by the required `key_type`.
    internal enum CreateAPIKeyRequest: Swift.Encodable, Swift.Equatable, Swift.Sendable, ArizeOpenAPIRuntime.Validatable, ArizeOpenAPIRuntime.JSONReadable {
        /// A `CreateUserAPIKeyRequest` (`key_type`: `USER`).
        case user(CreateUserAPIKeyRequest)
        /// A `CreateServiceAPIKeyRequest` (`key_type`: `SERVICE`).
        case service(CreateServiceAPIKeyRequest)
        /// A `key_type` this version of the spec does not know, with the properties every case shares.
        case unknown(Unrecognized)

        /// The case a discriminator value selects.
        private enum Tag {
            case user, service, unknown
        }

        private static func tag(_ value: Swift.String) -> Tag {
            switch value {
            case "USER": return .user
            case "SERVICE": return .service
            default:
                switch ArizeOpenAPIRuntime.EnumSpelling.normalized(value) {
                case "USER": return .user
                case "SERVICE": return .service
                default: return .unknown
                }
            }
        }

        /// Reads the case named by `key_type` straight from JSON, without `JSONDecoder`.
        internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
            switch Self.tag(try reader.peekString(forKey: "key_type") ?? "") {
            case .user: self = .user(try CreateUserAPIKeyRequest(reading: &reader))
            case .service: self = .service(try CreateServiceAPIKeyRequest(reading: &reader))
            case .unknown: self = .unknown(try Unrecognized(reading: &reader))
            }
        }

        /// Encodes the wrapped value as it is.
        internal func encode(to encoder: any Swift.Encoder) throws {
            switch self {
            case .user(let value): try value.encode(to: encoder)
            case .service(let value): try value.encode(to: encoder)
            case .unknown(let value): try value.encode(to: encoder)
            }
        }

        /// Checks the wrapped value against the constraints of its schema.
        internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {
            switch self {
            case .user(let value): try value.validate()
            case .service(let value): try value.validate()
            case .unknown(let value): try value.validate()
            }
        }

        /// What a key authenticates as: a human user (`USER`) or a service account, a bot user bound to organizations and spaces (`SERVICE`).
        internal var keyType: APIKeyType {
            switch self {
            case .user(let value): value.keyType
            case .service(let value): value.keyType
            case .unknown(let value): value.keyType
            }
        }

        /// The key's name.
        internal var name: Swift.String {
            switch self {
            case .user(let value): value.name
            case .service(let value): value.name
            case .unknown(let value): value.name
            }
        }

        /// What the key is for.
        internal var description: Swift.String? {
            switch self {
            case .user(let value): value.description
            case .service(let value): value.description
            case .unknown(let value): value.description
            }
        }

        /// When the key expires; in the future, and no later than the account's key-lifetime limit if it has one (422). Absent: never expires, or now plus the account's maximum.
        internal var expiresAt: Foundation.Date? {
            switch self {
            case .user(let value): value.expiresAt
            case .service(let value): value.expiresAt
            case .unknown(let value): value.expiresAt
            }
        }

        /// A value whose `key_type` this version of the spec does not know: the properties every
        /// known case shares, kept as sent.
        internal struct Unrecognized: Swift.Encodable, Swift.Equatable, Swift.Sendable, ArizeOpenAPIRuntime.Validatable, ArizeOpenAPIRuntime.JSONReadable {
            /// What a key authenticates as: a human user (`USER`) or a service account, a bot user bound to organizations and spaces (`SERVICE`).
            internal var keyType: APIKeyType
            /// The key's name.
            internal var name: Swift.String
            /// What the key is for.
            internal var description: Swift.String?
            /// When the key expires; in the future, and no later than the account's key-lifetime limit if it has one (422). Absent: never expires, or now plus the account's maximum.
            internal var expiresAt: Foundation.Date?

            /// Creates a value; optional properties default to `nil`.
            internal init(keyType: APIKeyType, name: Swift.String, description: Swift.String? = nil, expiresAt: Foundation.Date? = nil) {
                self.keyType = keyType
                self.name = name
                self.description = description
                self.expiresAt = expiresAt
            }

            /// Encodes the properties under their JSON names.
            internal func encode(to encoder: any Swift.Encoder) throws {
                var container = encoder.container(keyedBy: ArizeOpenAPIRuntime.AnyCodingKey.self)
                try container.encode(self.keyType, forKey: ArizeOpenAPIRuntime.AnyCodingKey("key_type"))
                try container.encode(self.name, forKey: ArizeOpenAPIRuntime.AnyCodingKey("name"))
                try container.encodeIfPresent(self.description, forKey: ArizeOpenAPIRuntime.AnyCodingKey("description"))
                try container.encodeIfPresent(self.expiresAt, forKey: ArizeOpenAPIRuntime.AnyCodingKey("expires_at"))
            }

            /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
            internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
                var _keyType: APIKeyType? = nil
                var _name: Swift.String? = nil
                var _description: Swift.String? = nil
                var _expiresAt: Foundation.Date? = nil
                try reader.readObject { key, reader in
                    switch key {
                    case "key_type": _keyType = try APIKeyType(reading: &reader)
                    case "name": _name = try reader.readString()
                    case "description": _description = try reader.readOptional { r0 in try r0.readString() }
                    case "expires_at": _expiresAt = try reader.readOptional { r0 in try r0.readDate() }
                    default: try reader.skipValue()
                    }
                }
                guard let _keyType else { throw reader.missing("key_type") }
                guard let _name else { throw reader.missing("name") }
                self.init(keyType: _keyType, name: _name, description: _description, expiresAt: _expiresAt)
            }

            /// Checks the constraints the spec sets on this value.
            internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {}
        }
    }

    /// How to rotate a key. Refreshing cannot extend a lifetime: when the old key expires, `expires_at` is required and no later than the old expiry (422 otherwise).
    internal struct RefreshAPIKeyRequest: Swift.Encodable, Swift.Equatable, Swift.Sendable, ArizeOpenAPIRuntime.Validatable, ArizeOpenAPIRuntime.JSONReadable {
        /// When the replacement expires. Required when the old key expires, and then no later than its expiry.
        internal var expiresAt: Foundation.Date?
        /// How long the old key stays valid (never past its own expiry). Absent or 0: revoked at once.
        internal var gracePeriodSeconds: Swift.Int32?

        /// Creates a value; optional properties default to `nil`.
        internal init(expiresAt: Foundation.Date? = nil, gracePeriodSeconds: Swift.Int32? = nil) {
            self.expiresAt = expiresAt
            self.gracePeriodSeconds = gracePeriodSeconds
        }

        /// Encodes the properties under their JSON names.
        internal func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: ArizeOpenAPIRuntime.AnyCodingKey.self)
            try container.encodeIfPresent(self.expiresAt, forKey: ArizeOpenAPIRuntime.AnyCodingKey("expires_at"))
            try container.encodeIfPresent(self.gracePeriodSeconds, forKey: ArizeOpenAPIRuntime.AnyCodingKey("grace_period_seconds"))
        }

        /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
        internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
            var _expiresAt: Foundation.Date? = nil
            var _gracePeriodSeconds: Swift.Int32? = nil
            try reader.readObject { key, reader in
                switch key {
                case "expires_at": _expiresAt = try reader.readOptional { r0 in try r0.readDate() }
                case "grace_period_seconds": _gracePeriodSeconds = try reader.readOptional { r0 in try r0.readInteger(Swift.Int32.self) }
                default: try reader.skipValue()
                }
            }
            self.init(expiresAt: _expiresAt, gracePeriodSeconds: _gracePeriodSeconds)
        }

        /// Checks the constraints the spec sets on this value.
        internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {
            if let value = gracePeriodSeconds {
                try ArizeOpenAPIRuntime.Check.range(value, min: 0, max: 86400, field: "gracePeriodSeconds")
            }
        }
    }

    /// An RFC 9457 problem detail, the body of every error response.
    internal struct Problem: Swift.Encodable, Swift.Equatable, Swift.Sendable, ArizeOpenAPIRuntime.Validatable, ArizeOpenAPIRuntime.JSONReadable {
        /// A URI that identifies the problem type.
        internal var type: Swift.String?
        /// A short summary of the problem type.
        internal var title: Swift.String
        /// The HTTP status code.
        internal var status: Swift.Int
        /// What went wrong in this occurrence.
        internal var detail: Swift.String?
        /// A URI that identifies this occurrence.
        internal var instance: Swift.String?

        /// Creates a value; optional properties default to `nil`.
        internal init(type: Swift.String? = nil, title: Swift.String, status: Swift.Int, detail: Swift.String? = nil, instance: Swift.String? = nil) {
            self.type = type
            self.title = title
            self.status = status
            self.detail = detail
            self.instance = instance
        }

        /// Encodes the properties under their JSON names.
        internal func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: ArizeOpenAPIRuntime.AnyCodingKey.self)
            try container.encodeIfPresent(self.type, forKey: ArizeOpenAPIRuntime.AnyCodingKey("type"))
            try container.encode(self.title, forKey: ArizeOpenAPIRuntime.AnyCodingKey("title"))
            try container.encode(self.status, forKey: ArizeOpenAPIRuntime.AnyCodingKey("status"))
            try container.encodeIfPresent(self.detail, forKey: ArizeOpenAPIRuntime.AnyCodingKey("detail"))
            try container.encodeIfPresent(self.instance, forKey: ArizeOpenAPIRuntime.AnyCodingKey("instance"))
        }

        /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
        internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
            var _type: Swift.String? = nil
            var _title: Swift.String? = nil
            var _status: Swift.Int? = nil
            var _detail: Swift.String? = nil
            var _instance: Swift.String? = nil
            try reader.readObject { key, reader in
                switch key {
                case "type": _type = try reader.readOptional { r0 in try r0.readString() }
                case "title": _title = try reader.readString()
                case "status": _status = try reader.readInteger(Swift.Int.self)
                case "detail": _detail = try reader.readOptional { r0 in try r0.readString() }
                case "instance": _instance = try reader.readOptional { r0 in try r0.readString() }
                default: try reader.skipValue()
                }
            }
            guard let _title else { throw reader.missing("title") }
            guard let _status else { throw reader.missing("status") }
            self.init(type: _type, title: _title, status: _status, detail: _detail, instance: _instance)
        }

        /// Checks the constraints the spec sets on this value.
        internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {}
    }
}
