// Generated from arize-api-keys.json by arize-openapi-generator. Do not edit.

@_spi(Generated) import ArizeOpenAPIRuntime
import Foundation

/// A custom RBAC organization role, by id.
internal struct CustomOrganizationRoleAssignment: Encodable, Equatable, Sendable, Validatable, JSONReadable {
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

/// A organization role: predefined by name, or custom by id (as returned).
internal enum OrganizationRoleAssignment: Encodable, Equatable, Sendable, Validatable, JSONReadable {
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
        case .predefined: self = .predefined(try PredefinedOrganizationRoleAssignment(reading: &reader))
        case .custom: self = .custom(try CustomOrganizationRoleAssignment(reading: &reader))
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

/// A predefined organization role.
internal struct PredefinedOrganizationRoleAssignmentRequest: Encodable, Equatable, Sendable, Validatable, JSONReadable {
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
    internal func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        try container.encode(self.type, forKey: AnyCodingKey("type"))
        try container.encode(self.name, forKey: AnyCodingKey("name"))
    }

    /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
    internal init(reading reader: inout JSONReader) throws {
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
    internal func validate() throws(ValidationError) {
        if type != RoleAssignmentType(rawValue: "PREDEFINED") { throw ValidationError(field: "type", reason: "must be the constant of the spec") }
    }
}
