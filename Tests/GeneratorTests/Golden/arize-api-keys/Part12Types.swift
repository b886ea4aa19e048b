// Generated from arize-api-keys.json by arize-openapi-generator. Do not edit.

@_spi(Generated) import ArizeOpenAPIRuntime
import Foundation

/// The service account (bot user) behind a service key, with its roles resolved (defaults filled in). In a listing by `space_id`, `organizations` is empty; a key just created has at least one organization.
internal struct ServiceKeyBotUser: Encodable, Equatable, Sendable, Validatable, JSONReadable {
    /// The bot user's id (a base64 `User:…` id), usable as a user id in role bindings.
    internal var id: String
    /// The bot user's display name.
    internal var name: String
    /// A account role: predefined by name, or custom by id (as returned).
    internal var accountRole: AccountRoleAssignment
    /// The organizations the bot user belongs to, with its role and spaces in each.
    internal var organizations: [ServiceKeyBotUserOrgAssignment]

    /// Creates a value; optional properties default to `nil`.
    internal init(id: String, name: String, accountRole: AccountRoleAssignment, organizations: [ServiceKeyBotUserOrgAssignment]) {
        self.id = id
        self.name = name
        self.accountRole = accountRole
        self.organizations = organizations
    }

    /// Encodes the properties under their JSON names.
    internal func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        try container.encode(self.id, forKey: AnyCodingKey("id"))
        try container.encode(self.name, forKey: AnyCodingKey("name"))
        try container.encode(self.accountRole, forKey: AnyCodingKey("account_role"))
        try container.encode(self.organizations, forKey: AnyCodingKey("organizations"))
    }

    /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
    internal init(reading reader: inout JSONReader) throws {
        var _id: String? = nil
        var _name: String? = nil
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
    internal func validate() throws(ValidationError) {
        try Check.nested(accountRole, field: "accountRole")
        for (index, element) in organizations.enumerated() {
            try Check.nested(element, field: "organizations[\(index)]")
        }
    }
}

/// An organization of a service key's bot user.
internal struct ServiceKeyBotUserOrgAssignment: Encodable, Equatable, Sendable, Validatable, JSONReadable {
    /// The organization's id.
    internal var orgID: String
    /// A organization role: predefined by name, or custom by id (as returned).
    internal var role: OrganizationRoleAssignment
    /// The spaces of this organization the bot user belongs to.
    internal var spaces: [ServiceKeyBotUserSpaceAssignment]

    /// Creates a value; optional properties default to `nil`.
    internal init(orgID: String, role: OrganizationRoleAssignment, spaces: [ServiceKeyBotUserSpaceAssignment]) {
        self.orgID = orgID
        self.role = role
        self.spaces = spaces
    }

    /// Encodes the properties under their JSON names.
    internal func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        try container.encode(self.orgID, forKey: AnyCodingKey("org_id"))
        try container.encode(self.role, forKey: AnyCodingKey("role"))
        try container.encode(self.spaces, forKey: AnyCodingKey("spaces"))
    }

    /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
    internal init(reading reader: inout JSONReader) throws {
        var _orgID: String? = nil
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
    internal func validate() throws(ValidationError) {
        try Check.nested(role, field: "role")
        for (index, element) in spaces.enumerated() {
            try Check.nested(element, field: "spaces[\(index)]")
        }
    }
}

/// A space of a service key's bot user.
internal struct ServiceKeyBotUserSpaceAssignment: Encodable, Equatable, Sendable, Validatable, JSONReadable {
    /// The space's id.
    internal var spaceID: String
    /// A space role: predefined by name, or custom by id (as returned).
    internal var role: SpaceRoleAssignment

    /// Creates a value; optional properties default to `nil`.
    internal init(spaceID: String, role: SpaceRoleAssignment) {
        self.spaceID = spaceID
        self.role = role
    }

    /// Encodes the properties under their JSON names.
    internal func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        try container.encode(self.spaceID, forKey: AnyCodingKey("space_id"))
        try container.encode(self.role, forKey: AnyCodingKey("role"))
    }

    /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
    internal init(reading reader: inout JSONReader) throws {
        var _spaceID: String? = nil
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
    internal func validate() throws(ValidationError) {
        try Check.nested(role, field: "role")
    }
}
