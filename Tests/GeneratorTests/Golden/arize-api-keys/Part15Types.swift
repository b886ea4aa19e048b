// Generated from arize-api-keys.json by arize-openapi-generator. Do not edit.

@_spi(Generated) import ArizeOpenAPIRuntime
import Foundation

/// An organization a new service key's bot user joins.
internal struct ServiceKeyOrgAssignment: Encodable, Equatable, Sendable, Validatable, JSONReadable {
    /// The organization's id.
    internal var orgID: String
    /// The bot user's role in the organization; `READ_ONLY` when absent. `ANNOTATOR` and custom roles are refused (422).
    internal var role: OrganizationRoleAssignmentRequest?
    /// The spaces of this organization the bot user joins.
    internal var spaces: [ServiceKeySpaceAssignment]

    /// Creates a value; optional properties default to `nil`.
    internal init(orgID: String, role: OrganizationRoleAssignmentRequest? = nil, spaces: [ServiceKeySpaceAssignment]) {
        self.orgID = orgID
        self.role = role
        self.spaces = spaces
    }

    /// Encodes the properties under their JSON names.
    internal func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        try container.encode(self.orgID, forKey: AnyCodingKey("org_id"))
        try container.encodeIfPresent(self.role, forKey: AnyCodingKey("role"))
        try container.encode(self.spaces, forKey: AnyCodingKey("spaces"))
    }

    /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
    internal init(reading reader: inout JSONReader) throws {
        var _orgID: String? = nil
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
    internal func validate() throws(ValidationError) {
        try Check.length(orgID, min: 1, max: nil, field: "orgID")
        if let value = role {
            try Check.nested(value, field: "role")
        }
        try Check.count(spaces.count, min: 1, max: 100, field: "spaces")
        for (index, element) in spaces.enumerated() {
            try Check.nested(element, field: "spaces[\(index)]")
        }
    }
}

/// A space a new service key's bot user joins.
internal struct ServiceKeySpaceAssignment: Encodable, Equatable, Sendable, Validatable, JSONReadable {
    /// The space's id.
    internal var spaceID: String
    /// The bot user's role in the space; `MEMBER` when absent. `ANNOTATOR` is refused (422); custom roles are allowed.
    internal var role: SpaceRoleAssignmentRequest?

    /// Creates a value; optional properties default to `nil`.
    internal init(spaceID: String, role: SpaceRoleAssignmentRequest? = nil) {
        self.spaceID = spaceID
        self.role = role
    }

    /// Encodes the properties under their JSON names.
    internal func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        try container.encode(self.spaceID, forKey: AnyCodingKey("space_id"))
        try container.encodeIfPresent(self.role, forKey: AnyCodingKey("role"))
    }

    /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
    internal init(reading reader: inout JSONReader) throws {
        var _spaceID: String? = nil
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
    internal func validate() throws(ValidationError) {
        try Check.length(spaceID, min: 1, max: nil, field: "spaceID")
        if let value = role {
            try Check.nested(value, field: "role")
        }
    }
}

/// A key to create: a user key or a service key, chosen by the required `key_type`.
internal enum CreateAPIKeyRequest: Encodable, Equatable, Sendable, Validatable, JSONReadable {
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

    private static func tag(_ value: String) -> Tag {
        switch value {
        case "USER": return .user
        case "SERVICE": return .service
        default:
            switch EnumSpelling.normalized(value) {
            case "USER": return .user
            case "SERVICE": return .service
            default: return .unknown
            }
        }
    }

    /// Reads the case named by `key_type` straight from JSON, without `JSONDecoder`.
    internal init(reading reader: inout JSONReader) throws {
        switch Self.tag(try reader.peekString(forKey: "key_type") ?? "") {
        case .user: self = .user(try CreateUserAPIKeyRequest(reading: &reader))
        case .service: self = .service(try CreateServiceAPIKeyRequest(reading: &reader))
        case .unknown: self = .unknown(try Unrecognized(reading: &reader))
        }
    }

    /// Encodes the wrapped value as it is.
    internal func encode(to encoder: any Encoder) throws {
        switch self {
        case .user(let value): try value.encode(to: encoder)
        case .service(let value): try value.encode(to: encoder)
        case .unknown(let value): try value.encode(to: encoder)
        }
    }

    /// Checks the wrapped value against the constraints of its schema.
    internal func validate() throws(ValidationError) {
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
    internal var name: String {
        switch self {
        case .user(let value): value.name
        case .service(let value): value.name
        case .unknown(let value): value.name
        }
    }

    /// What the key is for.
    internal var description: String? {
        switch self {
        case .user(let value): value.description
        case .service(let value): value.description
        case .unknown(let value): value.description
        }
    }

    /// When the key expires; in the future, and no later than the account's key-lifetime limit if it has one (422). Absent: never expires, or now plus the account's maximum.
    internal var expiresAt: Date? {
        switch self {
        case .user(let value): value.expiresAt
        case .service(let value): value.expiresAt
        case .unknown(let value): value.expiresAt
        }
    }

    /// A value whose `key_type` this version of the spec does not know: the properties every
    /// known case shares, kept as sent.
    internal struct Unrecognized: Encodable, Equatable, Sendable, Validatable, JSONReadable {
        /// What a key authenticates as: a human user (`USER`) or a service account, a bot user bound to organizations and spaces (`SERVICE`).
        internal var keyType: APIKeyType
        /// The key's name.
        internal var name: String
        /// What the key is for.
        internal var description: String?
        /// When the key expires; in the future, and no later than the account's key-lifetime limit if it has one (422). Absent: never expires, or now plus the account's maximum.
        internal var expiresAt: Date?

        /// Creates a value; optional properties default to `nil`.
        internal init(keyType: APIKeyType, name: String, description: String? = nil, expiresAt: Date? = nil) {
            self.keyType = keyType
            self.name = name
            self.description = description
            self.expiresAt = expiresAt
        }

        /// Encodes the properties under their JSON names.
        internal func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: AnyCodingKey.self)
            try container.encode(self.keyType, forKey: AnyCodingKey("key_type"))
            try container.encode(self.name, forKey: AnyCodingKey("name"))
            try container.encodeIfPresent(self.description, forKey: AnyCodingKey("description"))
            try container.encodeIfPresent(self.expiresAt, forKey: AnyCodingKey("expires_at"))
        }

        /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
        internal init(reading reader: inout JSONReader) throws {
            var _keyType: APIKeyType? = nil
            var _name: String? = nil
            var _description: String? = nil
            var _expiresAt: Date? = nil
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
        internal func validate() throws(ValidationError) {}
    }
}
