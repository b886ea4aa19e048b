// Generated from arize-api-keys.json by arize-openapi-generator. Do not edit.

import ArizeOpenAPIRuntime
import Foundation

/// What a key authenticates as: a human user, or a space-scoped bot user.
public enum APIKeyType: RawRepresentable, Codable, Hashable, Sendable, CaseIterable, CustomStringConvertible, JSONReadable {
    /// `user`
    case user
    /// `service`
    case service
    /// A value this version of the spec does not know, kept as sent so decoding never fails on it.
    case unknown(String)

    /// The case for a wire value; `unknown` for values the spec does not list.
    /// Spellings that differ only in case or in `-`/`_` (`read-only`, `READ_ONLY`) match too.
    public init(rawValue: String) {
        switch rawValue {
        case "user": self = .user
        case "service": self = .service
        default:
            switch EnumSpelling.normalized(rawValue) {
            case "USER": self = .user
            case "SERVICE": self = .service
            default: self = .unknown(rawValue)
            }
        }
    }

    /// The wire value.
    public var rawValue: String {
        switch self {
        case .user: "user"
        case .service: "service"
        case .unknown(let value): value
        }
    }

    /// The documented cases.
    public static var allCases: [Self] { [.user, .service] }

    /// The wire value.
    public var description: String { rawValue }

    /// Decodes any string, known or not.
    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }

    /// Encodes the wire value.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// Reads any string, known or not, without `JSONDecoder` (known values make no `String`).
    public init(reading reader: inout JSONReader) throws {
        let text = try reader.readStringBytes()
        switch text {
        case "user": self = .user
        case "service": self = .service
        default: self.init(rawValue: text.stringValue)
        }
    }
}

/// Whether a key still authenticates.
public enum APIKeyStatus: RawRepresentable, Codable, Hashable, Sendable, CaseIterable, CustomStringConvertible, JSONReadable {
    /// `active`
    case active
    /// `revoked`
    case revoked
    /// A value this version of the spec does not know, kept as sent so decoding never fails on it.
    case unknown(String)

    /// The case for a wire value; `unknown` for values the spec does not list.
    /// Spellings that differ only in case or in `-`/`_` (`read-only`, `READ_ONLY`) match too.
    public init(rawValue: String) {
        switch rawValue {
        case "active": self = .active
        case "revoked": self = .revoked
        default:
            switch EnumSpelling.normalized(rawValue) {
            case "ACTIVE": self = .active
            case "REVOKED": self = .revoked
            default: self = .unknown(rawValue)
            }
        }
    }

    /// The wire value.
    public var rawValue: String {
        switch self {
        case .active: "active"
        case .revoked: "revoked"
        case .unknown(let value): value
        }
    }

    /// The documented cases.
    public static var allCases: [Self] { [.active, .revoked] }

    /// The wire value.
    public var description: String { rawValue }

    /// Decodes any string, known or not.
    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }

    /// Encodes the wire value.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// Reads any string, known or not, without `JSONDecoder` (known values make no `String`).
    public init(reading reader: inout JSONReader) throws {
        let text = try reader.readStringBytes()
        switch text {
        case "active": self = .active
        case "revoked": self = .revoked
        default: self.init(rawValue: text.stringValue)
        }
    }
}

/// A service key's role within its space.
public enum APIKeySpaceRole: RawRepresentable, Codable, Hashable, Sendable, CaseIterable, CustomStringConvertible, JSONReadable {
    /// `admin`
    case admin
    /// `member`
    case member
    /// `read-only`
    case readOnly
    /// A value this version of the spec does not know, kept as sent so decoding never fails on it.
    case unknown(String)

    /// The case for a wire value; `unknown` for values the spec does not list.
    /// Spellings that differ only in case or in `-`/`_` (`read-only`, `READ_ONLY`) match too.
    public init(rawValue: String) {
        switch rawValue {
        case "admin": self = .admin
        case "member": self = .member
        case "read-only": self = .readOnly
        default:
            switch EnumSpelling.normalized(rawValue) {
            case "ADMIN": self = .admin
            case "MEMBER": self = .member
            case "READ_ONLY": self = .readOnly
            default: self = .unknown(rawValue)
            }
        }
    }

    /// The wire value.
    public var rawValue: String {
        switch self {
        case .admin: "admin"
        case .member: "member"
        case .readOnly: "read-only"
        case .unknown(let value): value
        }
    }

    /// The documented cases.
    public static var allCases: [Self] { [.admin, .member, .readOnly] }

    /// The wire value.
    public var description: String { rawValue }

    /// Decodes any string, known or not.
    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }

    /// Encodes the wire value.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// Reads any string, known or not, without `JSONDecoder` (known values make no `String`).
    public init(reading reader: inout JSONReader) throws {
        let text = try reader.readStringBytes()
        switch text {
        case "admin": self = .admin
        case "member": self = .member
        case "read-only": self = .readOnly
        default: self.init(rawValue: text.stringValue)
        }
    }
}

/// A service key's role within its organization.
public enum APIKeyOrganizationRole: RawRepresentable, Codable, Hashable, Sendable, CaseIterable, CustomStringConvertible, JSONReadable {
    /// `admin`
    case admin
    /// `member`
    case member
    /// `read-only`
    case readOnly
    /// A value this version of the spec does not know, kept as sent so decoding never fails on it.
    case unknown(String)

    /// The case for a wire value; `unknown` for values the spec does not list.
    /// Spellings that differ only in case or in `-`/`_` (`read-only`, `READ_ONLY`) match too.
    public init(rawValue: String) {
        switch rawValue {
        case "admin": self = .admin
        case "member": self = .member
        case "read-only": self = .readOnly
        default:
            switch EnumSpelling.normalized(rawValue) {
            case "ADMIN": self = .admin
            case "MEMBER": self = .member
            case "READ_ONLY": self = .readOnly
            default: self = .unknown(rawValue)
            }
        }
    }

    /// The wire value.
    public var rawValue: String {
        switch self {
        case .admin: "admin"
        case .member: "member"
        case .readOnly: "read-only"
        case .unknown(let value): value
        }
    }

    /// The documented cases.
    public static var allCases: [Self] { [.admin, .member, .readOnly] }

    /// The wire value.
    public var description: String { rawValue }

    /// Decodes any string, known or not.
    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }

    /// Encodes the wire value.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// Reads any string, known or not, without `JSONDecoder` (known values make no `String`).
    public init(reading reader: inout JSONReader) throws {
        let text = try reader.readStringBytes()
        switch text {
        case "admin": self = .admin
        case "member": self = .member
        case "read-only": self = .readOnly
        default: self.init(rawValue: text.stringValue)
        }
    }
}

/// A service key's role within the account.
public enum APIKeyAccountRole: RawRepresentable, Codable, Hashable, Sendable, CaseIterable, CustomStringConvertible, JSONReadable {
    /// `admin`
    case admin
    /// `member`
    case member
    /// A value this version of the spec does not know, kept as sent so decoding never fails on it.
    case unknown(String)

    /// The case for a wire value; `unknown` for values the spec does not list.
    /// Spellings that differ only in case or in `-`/`_` (`read-only`, `READ_ONLY`) match too.
    public init(rawValue: String) {
        switch rawValue {
        case "admin": self = .admin
        case "member": self = .member
        default:
            switch EnumSpelling.normalized(rawValue) {
            case "ADMIN": self = .admin
            case "MEMBER": self = .member
            default: self = .unknown(rawValue)
            }
        }
    }

    /// The wire value.
    public var rawValue: String {
        switch self {
        case .admin: "admin"
        case .member: "member"
        case .unknown(let value): value
        }
    }

    /// The documented cases.
    public static var allCases: [Self] { [.admin, .member] }

    /// The wire value.
    public var description: String { rawValue }

    /// Decodes any string, known or not.
    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }

    /// Encodes the wire value.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// Reads any string, known or not, without `JSONDecoder` (known values make no `String`).
    public init(reading reader: inout JSONReader) throws {
        let text = try reader.readStringBytes()
        switch text {
        case "admin": self = .admin
        case "member": self = .member
        default: self.init(rawValue: text.stringValue)
        }
    }
}

/// An API key, as listed. The secret itself is never listed.
public struct APIKey: Codable, Hashable, Sendable, Validatable, JSONReadable {
    /// The key's opaque id.
    public var id: String
    /// The key's name.
    public var name: String
    /// What the key is for.
    public var description: String?
    /// What a key authenticates as: a human user, or a space-scoped bot user.
    public var keyType: APIKeyType
    /// Whether a key still authenticates.
    public var status: APIKeyStatus
    /// A display form of the secret, e.g. `ak-abc...xyz`.
    public var redactedKey: String
    /// When the key was created.
    public var createdAt: Date
    /// When the key expires; absent when it never expires.
    public var expiresAt: Date?
    /// The id of the user who created the key.
    public var createdByUserID: String
    /// When the key was last used (approximate).
    public var lastUsedAt: Date?

    /// Creates a value; optional properties default to `nil`.
    public init(id: String, name: String, description: String? = nil, keyType: APIKeyType, status: APIKeyStatus, redactedKey: String, createdAt: Date, expiresAt: Date? = nil, createdByUserID: String, lastUsedAt: Date? = nil) {
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

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id
        case name
        case description
        case keyType = "key_type"
        case status
        case redactedKey = "redacted_key"
        case createdAt = "created_at"
        case expiresAt = "expires_at"
        case createdByUserID = "created_by_user_id"
        case lastUsedAt = "last_used_at"
    }

    /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
    public init(reading reader: inout JSONReader) throws {
        var _id: String? = nil
        var _name: String? = nil
        var _description: String? = nil
        var _keyType: APIKeyType? = nil
        var _status: APIKeyStatus? = nil
        var _redactedKey: String? = nil
        var _createdAt: Date? = nil
        var _expiresAt: Date? = nil
        var _createdByUserID: String? = nil
        var _lastUsedAt: Date? = nil
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
    public func validate() throws(ValidationError) {}
}

/// A key just created or refreshed, with its secret: the only time the secret is returned.
public struct APIKeyCreated: Codable, Hashable, Sendable, Validatable, JSONReadable {
    /// The key's opaque id.
    public var id: String
    /// The key's name.
    public var name: String
    /// What the key is for.
    public var description: String?
    /// What a key authenticates as: a human user, or a space-scoped bot user.
    public var keyType: APIKeyType
    /// Whether a key still authenticates.
    public var status: APIKeyStatus
    /// A display form of the secret, e.g. `ak-abc...xyz`.
    public var redactedKey: String
    /// When the key was created.
    public var createdAt: Date
    /// When the key expires; absent when it never expires.
    public var expiresAt: Date?
    /// The id of the user who created the key.
    public var createdByUserID: String
    /// When the key was last used (approximate).
    public var lastUsedAt: Date?
    /// The full secret. Returned only once: store it securely.
    public var key: Secret

    /// Creates a value; optional properties default to `nil`.
    public init(id: String, name: String, description: String? = nil, keyType: APIKeyType, status: APIKeyStatus, redactedKey: String, createdAt: Date, expiresAt: Date? = nil, createdByUserID: String, lastUsedAt: Date? = nil, key: Secret) {
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

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id
        case name
        case description
        case keyType = "key_type"
        case status
        case redactedKey = "redacted_key"
        case createdAt = "created_at"
        case expiresAt = "expires_at"
        case createdByUserID = "created_by_user_id"
        case lastUsedAt = "last_used_at"
        case key
    }

    /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
    public init(reading reader: inout JSONReader) throws {
        var _id: String? = nil
        var _name: String? = nil
        var _description: String? = nil
        var _keyType: APIKeyType? = nil
        var _status: APIKeyStatus? = nil
        var _redactedKey: String? = nil
        var _createdAt: Date? = nil
        var _expiresAt: Date? = nil
        var _createdByUserID: String? = nil
        var _lastUsedAt: Date? = nil
        var _key: Secret? = nil
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
            case "key": _key = Secret(try reader.readString())
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
    public func validate() throws(ValidationError) {}
}

/// The roles of a service key's bot user. A role above the caller's own is rejected with 400.
public struct APIKeyRoles: Codable, Hashable, Sendable, Validatable, JSONReadable {
    /// A service key's role within its space.
    ///
    /// When absent, the server uses `member`.
    public var spaceRole: APIKeySpaceRole?
    /// A service key's role within its organization.
    ///
    /// When absent, the server uses `read-only`.
    public var orgRole: APIKeyOrganizationRole?
    /// A service key's role within the account.
    ///
    /// When absent, the server uses `member`.
    public var accountRole: APIKeyAccountRole?

    /// Creates a value; optional properties default to `nil`.
    public init(spaceRole: APIKeySpaceRole? = nil, orgRole: APIKeyOrganizationRole? = nil, accountRole: APIKeyAccountRole? = nil) {
        self.spaceRole = spaceRole
        self.orgRole = orgRole
        self.accountRole = accountRole
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case spaceRole = "space_role"
        case orgRole = "org_role"
        case accountRole = "account_role"
    }

    /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
    public init(reading reader: inout JSONReader) throws {
        var _spaceRole: APIKeySpaceRole? = nil
        var _orgRole: APIKeyOrganizationRole? = nil
        var _accountRole: APIKeyAccountRole? = nil
        try reader.readObject { key, reader in
            switch key {
            case "space_role": _spaceRole = try reader.readOptional { r0 in try APIKeySpaceRole(reading: &r0) }
            case "org_role": _orgRole = try reader.readOptional { r0 in try APIKeyOrganizationRole(reading: &r0) }
            case "account_role": _accountRole = try reader.readOptional { r0 in try APIKeyAccountRole(reading: &r0) }
            default: try reader.skipValue()
            }
        }
        self.init(spaceRole: _spaceRole, orgRole: _orgRole, accountRole: _accountRole)
    }

    /// Checks the constraints the spec sets on this value.
    public func validate() throws(ValidationError) {}
}

/// A key to create.
public struct APIKeyCreate: Codable, Hashable, Sendable, Validatable, JSONReadable {
    /// The key's name.
    public var name: String
    /// What the key is for.
    public var description: String?
    /// What a key authenticates as: a human user, or a space-scoped bot user.
    ///
    /// When absent, the server uses `user`.
    public var keyType: APIKeyType?
    /// When the key expires; must be in the future. Absent: never expires.
    public var expiresAt: Date?
    /// The space of a service key: required for `service`, must be absent for `user`.
    public var spaceID: String?
    /// The roles of a service key's bot user. A role above the caller's own is rejected with 400.
    public var roles: APIKeyRoles?

    /// Creates a value; optional properties default to `nil`.
    public init(name: String, description: String? = nil, keyType: APIKeyType? = nil, expiresAt: Date? = nil, spaceID: String? = nil, roles: APIKeyRoles? = nil) {
        self.name = name
        self.description = description
        self.keyType = keyType
        self.expiresAt = expiresAt
        self.spaceID = spaceID
        self.roles = roles
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case name
        case description
        case keyType = "key_type"
        case expiresAt = "expires_at"
        case spaceID = "space_id"
        case roles
    }

    /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
    public init(reading reader: inout JSONReader) throws {
        var _name: String? = nil
        var _description: String? = nil
        var _keyType: APIKeyType? = nil
        var _expiresAt: Date? = nil
        var _spaceID: String? = nil
        var _roles: APIKeyRoles? = nil
        try reader.readObject { key, reader in
            switch key {
            case "name": _name = try reader.readString()
            case "description": _description = try reader.readOptional { r0 in try r0.readString() }
            case "key_type": _keyType = try reader.readOptional { r0 in try APIKeyType(reading: &r0) }
            case "expires_at": _expiresAt = try reader.readOptional { r0 in try r0.readDate() }
            case "space_id": _spaceID = try reader.readOptional { r0 in try r0.readString() }
            case "roles": _roles = try reader.readOptional { r0 in try APIKeyRoles(reading: &r0) }
            default: try reader.skipValue()
            }
        }
        guard let _name else { throw reader.missing("name") }
        self.init(name: _name, description: _description, keyType: _keyType, expiresAt: _expiresAt, spaceID: _spaceID, roles: _roles)
    }

    /// Checks the constraints the spec sets on this value.
    public func validate() throws(ValidationError) {
        try Check.length(name, min: nil, max: 256, field: "name")
        if let value = description {
            try Check.length(value, min: nil, max: 1000, field: "description")
        }
        if let value = spaceID {
            try Check.length(value, min: 1, max: nil, field: "spaceID")
        }
        if let value = roles {
            try Check.nested(value, field: "roles")
        }
    }
}

/// How to rotate a key.
public struct APIKeyRefresh: Codable, Hashable, Sendable, Validatable, JSONReadable {
    /// When the replacement expires. Absent: it never expires.
    public var expiresAt: Date?
    /// How long the old key stays valid (never past its own expiry). Absent or 0: revoked at once.
    public var gracePeriodSeconds: Int32?

    /// Creates a value; optional properties default to `nil`.
    public init(expiresAt: Date? = nil, gracePeriodSeconds: Int32? = nil) {
        self.expiresAt = expiresAt
        self.gracePeriodSeconds = gracePeriodSeconds
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case expiresAt = "expires_at"
        case gracePeriodSeconds = "grace_period_seconds"
    }

    /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
    public init(reading reader: inout JSONReader) throws {
        var _expiresAt: Date? = nil
        var _gracePeriodSeconds: Int32? = nil
        try reader.readObject { key, reader in
            switch key {
            case "expires_at": _expiresAt = try reader.readOptional { r0 in try r0.readDate() }
            case "grace_period_seconds": _gracePeriodSeconds = try reader.readOptional { r0 in try r0.readInteger(Int32.self) }
            default: try reader.skipValue()
            }
        }
        self.init(expiresAt: _expiresAt, gracePeriodSeconds: _gracePeriodSeconds)
    }

    /// Checks the constraints the spec sets on this value.
    public func validate() throws(ValidationError) {
        if let value = gracePeriodSeconds {
            try Check.range(value, min: 0, max: 86400, field: "gracePeriodSeconds")
        }
    }
}

/// Where a page stands in the whole list.
public struct PaginationMetadata: Codable, Hashable, Sendable, Validatable, JSONReadable {
    /// Whether another page follows.
    public var hasMore: Bool
    /// The cursor of the next page; present when `has_more` is true.
    public var nextCursor: String?

    /// Creates a value; optional properties default to `nil`.
    public init(hasMore: Bool, nextCursor: String? = nil) {
        self.hasMore = hasMore
        self.nextCursor = nextCursor
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case hasMore = "has_more"
        case nextCursor = "next_cursor"
    }

    /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
    public init(reading reader: inout JSONReader) throws {
        var _hasMore: Bool? = nil
        var _nextCursor: String? = nil
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
    public func validate() throws(ValidationError) {}
}

/// One page of API keys.
public struct APIKeyListResponse: Codable, Hashable, Sendable, Validatable, JSONReadable {
    /// The keys on this page.
    public var apiKeys: [APIKey]
    /// Where a page stands in the whole list.
    public var pagination: PaginationMetadata

    /// Creates a value; optional properties default to `nil`.
    public init(apiKeys: [APIKey], pagination: PaginationMetadata) {
        self.apiKeys = apiKeys
        self.pagination = pagination
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case apiKeys = "api_keys"
        case pagination
    }

    /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
    public init(reading reader: inout JSONReader) throws {
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
    public func validate() throws(ValidationError) {
        for (index, element) in apiKeys.enumerated() {
            try Check.nested(element, field: "apiKeys[\(index)]")
        }
        try Check.nested(pagination, field: "pagination")
    }
}

/// A space: the unit that holds models, projects and service keys.
public struct Space: Codable, Hashable, Sendable, Validatable, JSONReadable {
    /// The space's opaque id.
    public var id: String
    /// The space's name; not unique across organizations.
    public var name: String
    /// What the space is for.
    public var description: String
    /// When the space was created.
    public var createdAt: Date

    /// Creates a value; optional properties default to `nil`.
    public init(id: String, name: String, description: String, createdAt: Date) {
        self.id = id
        self.name = name
        self.description = description
        self.createdAt = createdAt
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id
        case name
        case description
        case createdAt = "created_at"
    }

    /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
    public init(reading reader: inout JSONReader) throws {
        var _id: String? = nil
        var _name: String? = nil
        var _description: String? = nil
        var _createdAt: Date? = nil
        try reader.readObject { key, reader in
            switch key {
            case "id": _id = try reader.readString()
            case "name": _name = try reader.readString()
            case "description": _description = try reader.readString()
            case "created_at": _createdAt = try reader.readDate()
            default: try reader.skipValue()
            }
        }
        guard let _id else { throw reader.missing("id") }
        guard let _name else { throw reader.missing("name") }
        guard let _description else { throw reader.missing("description") }
        guard let _createdAt else { throw reader.missing("created_at") }
        self.init(id: _id, name: _name, description: _description, createdAt: _createdAt)
    }

    /// Checks the constraints the spec sets on this value.
    public func validate() throws(ValidationError) {}
}

/// One page of spaces.
public struct SpaceListResponse: Codable, Hashable, Sendable, Validatable, JSONReadable {
    /// The spaces on this page.
    public var spaces: [Space]
    /// Where a page stands in the whole list.
    public var pagination: PaginationMetadata

    /// Creates a value; optional properties default to `nil`.
    public init(spaces: [Space], pagination: PaginationMetadata) {
        self.spaces = spaces
        self.pagination = pagination
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case spaces
        case pagination
    }

    /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
    public init(reading reader: inout JSONReader) throws {
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
    public func validate() throws(ValidationError) {
        for (index, element) in spaces.enumerated() {
            try Check.nested(element, field: "spaces[\(index)]")
        }
        try Check.nested(pagination, field: "pagination")
    }
}

/// An RFC 9457 problem detail, the body of every error response.
public struct Problem: Codable, Hashable, Sendable, Validatable, JSONReadable {
    /// A URI that identifies the problem type.
    public var type: String?
    /// A short summary of the problem type.
    public var title: String
    /// The HTTP status code.
    public var status: Int
    /// What went wrong in this occurrence.
    public var detail: String?
    /// A URI that identifies this occurrence.
    public var instance: String?

    /// Creates a value; optional properties default to `nil`.
    public init(type: String? = nil, title: String, status: Int, detail: String? = nil, instance: String? = nil) {
        self.type = type
        self.title = title
        self.status = status
        self.detail = detail
        self.instance = instance
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case type
        case title
        case status
        case detail
        case instance
    }

    /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
    public init(reading reader: inout JSONReader) throws {
        var _type: String? = nil
        var _title: String? = nil
        var _status: Int? = nil
        var _detail: String? = nil
        var _instance: String? = nil
        try reader.readObject { key, reader in
            switch key {
            case "type": _type = try reader.readOptional { r0 in try r0.readString() }
            case "title": _title = try reader.readString()
            case "status": _status = try reader.readInteger(Int.self)
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
    public func validate() throws(ValidationError) {}
}
