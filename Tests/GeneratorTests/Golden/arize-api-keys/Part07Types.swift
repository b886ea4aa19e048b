// Generated from arize-api-keys.json by arize-openapi-generator. Do not edit.

@_spi(Generated) import ArizeOpenAPIRuntime
import Foundation

/// A user key, as listed.
internal struct UserAPIKey: Encodable, Equatable, Sendable, Validatable, JSONReadable {
    /// The key's opaque id (base64).
    internal var id: String
    /// The key's name.
    internal var name: String
    /// What the key is for; absent when unset.
    internal var description: String?
    /// What a key authenticates as: a human user (`USER`) or a service account, a bot user bound to organizations and spaces (`SERVICE`).
    internal var keyType: APIKeyType
    /// Whether a key still authenticates.
    internal var status: APIKeyStatus
    /// A display form of the secret, e.g. `ak-abc...xyz`.
    internal var redactedKey: String
    /// When the key was created.
    internal var createdAt: Date
    /// When the key expires; absent when it never expires.
    internal var expiresAt: Date?
    /// The id of the user who created the key.
    internal var createdByUserID: String
    /// When the key was last used (approximate).
    internal var lastUsedAt: Date?

    /// Creates a value; optional properties default to `nil`.
    internal init(id: String, name: String, description: String? = nil, keyType: APIKeyType = APIKeyType(rawValue: "USER"), status: APIKeyStatus, redactedKey: String, createdAt: Date, expiresAt: Date? = nil, createdByUserID: String, lastUsedAt: Date? = nil) {
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
    internal func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        try container.encode(self.id, forKey: AnyCodingKey("id"))
        try container.encode(self.name, forKey: AnyCodingKey("name"))
        try container.encodeIfPresent(self.description, forKey: AnyCodingKey("description"))
        try container.encode(self.keyType, forKey: AnyCodingKey("key_type"))
        try container.encode(self.status, forKey: AnyCodingKey("status"))
        try container.encode(self.redactedKey, forKey: AnyCodingKey("redacted_key"))
        try container.encode(self.createdAt, forKey: AnyCodingKey("created_at"))
        try container.encodeIfPresent(self.expiresAt, forKey: AnyCodingKey("expires_at"))
        try container.encode(self.createdByUserID, forKey: AnyCodingKey("created_by_user_id"))
        try container.encodeIfPresent(self.lastUsedAt, forKey: AnyCodingKey("last_used_at"))
    }

    /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
    internal init(reading reader: inout JSONReader) throws {
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
    internal func validate() throws(ValidationError) {
        if keyType != APIKeyType(rawValue: "USER") { throw ValidationError(field: "keyType", reason: "must be the constant of the spec") }
    }
}

/// A service key, as listed, with its bot user.
internal struct ServiceAPIKey: Encodable, Equatable, Sendable, Validatable, JSONReadable {
    /// The key's opaque id (base64).
    internal var id: String
    /// The key's name.
    internal var name: String
    /// What the key is for; absent when unset.
    internal var description: String?
    /// What a key authenticates as: a human user (`USER`) or a service account, a bot user bound to organizations and spaces (`SERVICE`).
    internal var keyType: APIKeyType
    /// Whether a key still authenticates.
    internal var status: APIKeyStatus
    /// A display form of the secret, e.g. `ak-abc...xyz`.
    internal var redactedKey: String
    /// When the key was created.
    internal var createdAt: Date
    /// When the key expires; absent when it never expires.
    internal var expiresAt: Date?
    /// The id of the user who created the key.
    internal var createdByUserID: String
    /// When the key was last used (approximate).
    internal var lastUsedAt: Date?
    /// The service account (bot user) behind a service key, with its roles resolved (defaults filled in). In a listing by `space_id`, `organizations` is empty; a key just created has at least one organization.
    internal var botUser: ServiceKeyBotUser

    /// Creates a value; optional properties default to `nil`.
    internal init(id: String, name: String, description: String? = nil, keyType: APIKeyType = APIKeyType(rawValue: "SERVICE"), status: APIKeyStatus, redactedKey: String, createdAt: Date, expiresAt: Date? = nil, createdByUserID: String, lastUsedAt: Date? = nil, botUser: ServiceKeyBotUser) {
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
    internal func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        try container.encode(self.id, forKey: AnyCodingKey("id"))
        try container.encode(self.name, forKey: AnyCodingKey("name"))
        try container.encodeIfPresent(self.description, forKey: AnyCodingKey("description"))
        try container.encode(self.keyType, forKey: AnyCodingKey("key_type"))
        try container.encode(self.status, forKey: AnyCodingKey("status"))
        try container.encode(self.redactedKey, forKey: AnyCodingKey("redacted_key"))
        try container.encode(self.createdAt, forKey: AnyCodingKey("created_at"))
        try container.encodeIfPresent(self.expiresAt, forKey: AnyCodingKey("expires_at"))
        try container.encode(self.createdByUserID, forKey: AnyCodingKey("created_by_user_id"))
        try container.encodeIfPresent(self.lastUsedAt, forKey: AnyCodingKey("last_used_at"))
        try container.encode(self.botUser, forKey: AnyCodingKey("bot_user"))
    }

    /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
    internal init(reading reader: inout JSONReader) throws {
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
    internal func validate() throws(ValidationError) {
        if keyType != APIKeyType(rawValue: "SERVICE") { throw ValidationError(field: "keyType", reason: "must be the constant of the spec") }
        try Check.nested(botUser, field: "botUser")
    }
}
