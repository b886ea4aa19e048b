// Generated from arize-api-keys.json by arize-openapi-generator. Do not edit.

@_spi(Generated) import ArizeOpenAPIRuntime
import Foundation

/// A custom RBAC organization role, by id. Only `type` and `id`: a name here is an unknown property (400).
internal struct CustomOrganizationRoleAssignmentRequest: Encodable, Equatable, Sendable, Validatable, JSONReadable {
    /// Whether a role assignment names a predefined role or a custom RBAC role.
    internal var type: RoleAssignmentType
    /// The custom role's id (a base64 `Role:…` id).
    internal var id: String

    /// Creates a value; optional properties default to `nil`.
    internal init(type: RoleAssignmentType = RoleAssignmentType(rawValue: "CUSTOM"), id: String) {
        self.type = type
        self.id = id
    }

    /// Encodes the properties under their JSON names.
    internal func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        try container.encode(self.type, forKey: AnyCodingKey("type"))
        try container.encode(self.id, forKey: AnyCodingKey("id"))
    }

    /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
    internal init(reading reader: inout JSONReader) throws {
        var _type: RoleAssignmentType? = nil
        var _id: String? = nil
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
    internal func validate() throws(ValidationError) {
        if type != RoleAssignmentType(rawValue: "CUSTOM") { throw ValidationError(field: "type", reason: "must be the constant of the spec") }
        try Check.length(id, min: 1, max: nil, field: "id")
    }
}

/// A organization role: predefined by name, or custom by id (the strict request form).
internal enum OrganizationRoleAssignmentRequest: Encodable, Equatable, Sendable, Validatable, JSONReadable {
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

    private static func tag(_ value: String) -> Tag {
        switch value {
        case "PREDEFINED": return .predefined
        case "CUSTOM": return .custom
        default:
            switch EnumSpelling.normalized(value) {
            case "PREDEFINED": return .predefined
            case "CUSTOM": return .custom
            default: return .unknown
            }
        }
    }

    /// Reads the case named by `type` straight from JSON, without `JSONDecoder`.
    internal init(reading reader: inout JSONReader) throws {
        switch Self.tag(try reader.peekString(forKey: "type") ?? "") {
        case .predefined: self = .predefined(try PredefinedOrganizationRoleAssignmentRequest(reading: &reader))
        case .custom: self = .custom(try CustomOrganizationRoleAssignmentRequest(reading: &reader))
        case .unknown: self = .unknown(try Unrecognized(reading: &reader))
        }
    }

    /// Encodes the wrapped value as it is.
    internal func encode(to encoder: any Encoder) throws {
        switch self {
        case .predefined(let value): try value.encode(to: encoder)
        case .custom(let value): try value.encode(to: encoder)
        case .unknown(let value): try value.encode(to: encoder)
        }
    }

    /// Checks the wrapped value against the constraints of its schema.
    internal func validate() throws(ValidationError) {
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
    internal struct Unrecognized: Encodable, Equatable, Sendable, Validatable, JSONReadable {
        /// Whether a role assignment names a predefined role or a custom RBAC role.
        internal var type: RoleAssignmentType

        /// Creates a value; optional properties default to `nil`.
        internal init(type: RoleAssignmentType) {
            self.type = type
        }

        /// Encodes the properties under their JSON names.
        internal func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: AnyCodingKey.self)
            try container.encode(self.type, forKey: AnyCodingKey("type"))
        }

        /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
        internal init(reading reader: inout JSONReader) throws {
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
        internal func validate() throws(ValidationError) {}
    }
}

/// A predefined account role.
internal struct PredefinedAccountRoleAssignment: Encodable, Equatable, Sendable, Validatable, JSONReadable {
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
    internal func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        try container.encode(self.type, forKey: AnyCodingKey("type"))
        try container.encode(self.name, forKey: AnyCodingKey("name"))
    }

    /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
    internal init(reading reader: inout JSONReader) throws {
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
    internal func validate() throws(ValidationError) {
        if type != RoleAssignmentType(rawValue: "PREDEFINED") { throw ValidationError(field: "type", reason: "must be the constant of the spec") }
    }
}

/// A custom RBAC account role, by id.
internal struct CustomAccountRoleAssignment: Encodable, Equatable, Sendable, Validatable, JSONReadable {
    /// Whether a role assignment names a predefined role or a custom RBAC role.
    internal var type: RoleAssignmentType
    /// The custom role's id (a base64 `Role:…` id).
    internal var id: String
    /// The custom role's display name; returned by the server, never sent.
    internal var name: String?

    /// Creates a value; optional properties default to `nil`.
    internal init(type: RoleAssignmentType = RoleAssignmentType(rawValue: "CUSTOM"), id: String, name: String? = nil) {
        self.type = type
        self.id = id
        self.name = name
    }

    /// Encodes the properties under their JSON names.
    internal func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        try container.encode(self.type, forKey: AnyCodingKey("type"))
        try container.encode(self.id, forKey: AnyCodingKey("id"))
        try container.encodeIfPresent(self.name, forKey: AnyCodingKey("name"))
    }

    /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
    internal init(reading reader: inout JSONReader) throws {
        var _type: RoleAssignmentType? = nil
        var _id: String? = nil
        var _name: String? = nil
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
    internal func validate() throws(ValidationError) {
        if type != RoleAssignmentType(rawValue: "CUSTOM") { throw ValidationError(field: "type", reason: "must be the constant of the spec") }
        try Check.length(id, min: 1, max: nil, field: "id")
    }
}
