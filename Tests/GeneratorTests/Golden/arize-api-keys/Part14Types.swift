// Generated from arize-api-keys.json by arize-openapi-generator. Do not edit.

@_spi(Generated) import ArizeOpenAPIRuntime
import Foundation

/// One page of spaces.
internal struct ListSpacesResponse: Encodable, Equatable, Sendable, Validatable, JSONReadable {
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
    internal func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        try container.encode(self.spaces, forKey: AnyCodingKey("spaces"))
        try container.encode(self.pagination, forKey: AnyCodingKey("pagination"))
    }

    /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
    internal init(reading reader: inout JSONReader) throws {
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
    internal func validate() throws(ValidationError) {
        for (index, element) in spaces.enumerated() {
            try Check.nested(element, field: "spaces[\(index)]")
        }
        try Check.nested(pagination, field: "pagination")
    }
}

/// A user key to create: it authenticates as you, with your permissions.
internal struct CreateUserAPIKeyRequest: Encodable, Equatable, Sendable, Validatable, JSONReadable {
    /// What a key authenticates as: a human user (`USER`) or a service account, a bot user bound to organizations and spaces (`SERVICE`).
    internal var keyType: APIKeyType
    /// The key's name.
    internal var name: String
    /// What the key is for.
    internal var description: String?
    /// When the key expires; in the future, and no later than the account's key-lifetime limit if it has one (422). Absent: never expires, or now plus the account's maximum.
    internal var expiresAt: Date?

    /// Creates a value; optional properties default to `nil`.
    internal init(keyType: APIKeyType = APIKeyType(rawValue: "USER"), name: String, description: String? = nil, expiresAt: Date? = nil) {
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
    internal func validate() throws(ValidationError) {
        if keyType != APIKeyType(rawValue: "USER") { throw ValidationError(field: "keyType", reason: "must be the constant of the spec") }
        try Check.length(name, min: nil, max: 256, field: "name")
        if let value = description {
            try Check.length(value, min: nil, max: 1000, field: "description")
        }
    }
}

/// A service key to create: a new bot user is provisioned and made a member of every listed space. Roles left out get the server's defaults (space `MEMBER`, organization `READ_ONLY`, account `MEMBER`); every role must be at or below the caller's own (422).
internal struct CreateServiceAPIKeyRequest: Encodable, Equatable, Sendable, Validatable, JSONReadable {
    /// What a key authenticates as: a human user (`USER`) or a service account, a bot user bound to organizations and spaces (`SERVICE`).
    internal var keyType: APIKeyType
    /// The key's name.
    internal var name: String
    /// What the key is for.
    internal var description: String?
    /// When the key expires; in the future, and no later than the account's key-lifetime limit if it has one (422). Absent: never expires, or now plus the account's maximum.
    internal var expiresAt: Date?
    /// The bot user's account role; `ADMIN` or `MEMBER` (default). Custom account roles are not yet supported (422).
    internal var accountRole: AccountRoleAssignmentRequest?
    /// The organizations, each with its spaces. Every space must belong to the organization it is listed under, and appear once.
    internal var organizations: [ServiceKeyOrgAssignment]

    /// Creates a value; optional properties default to `nil`.
    internal init(keyType: APIKeyType = APIKeyType(rawValue: "SERVICE"), name: String, description: String? = nil, expiresAt: Date? = nil, accountRole: AccountRoleAssignmentRequest? = nil, organizations: [ServiceKeyOrgAssignment]) {
        self.keyType = keyType
        self.name = name
        self.description = description
        self.expiresAt = expiresAt
        self.accountRole = accountRole
        self.organizations = organizations
    }

    /// Encodes the properties under their JSON names.
    internal func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        try container.encode(self.keyType, forKey: AnyCodingKey("key_type"))
        try container.encode(self.name, forKey: AnyCodingKey("name"))
        try container.encodeIfPresent(self.description, forKey: AnyCodingKey("description"))
        try container.encodeIfPresent(self.expiresAt, forKey: AnyCodingKey("expires_at"))
        try container.encodeIfPresent(self.accountRole, forKey: AnyCodingKey("account_role"))
        try container.encode(self.organizations, forKey: AnyCodingKey("organizations"))
    }

    /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
    internal init(reading reader: inout JSONReader) throws {
        var _keyType: APIKeyType? = nil
        var _name: String? = nil
        var _description: String? = nil
        var _expiresAt: Date? = nil
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
    internal func validate() throws(ValidationError) {
        if keyType != APIKeyType(rawValue: "SERVICE") { throw ValidationError(field: "keyType", reason: "must be the constant of the spec") }
        try Check.length(name, min: nil, max: 256, field: "name")
        if let value = description {
            try Check.length(value, min: nil, max: 1000, field: "description")
        }
        if let value = accountRole {
            try Check.nested(value, field: "accountRole")
        }
        try Check.count(organizations.count, min: 1, max: 100, field: "organizations")
        for (index, element) in organizations.enumerated() {
            try Check.nested(element, field: "organizations[\(index)]")
        }
    }
}
