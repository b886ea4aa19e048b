// Generated from arize-api-keys.json by arize-openapi-generator. Do not edit.

@_spi(Generated) import ArizeOpenAPIRuntime
import Foundation

/// An API key as listed: a user key or a service key, told apart by `key_type`. The secret itself is never listed.
internal enum APIKey: Encodable, Equatable, Sendable, Validatable, JSONReadable {
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
        case .user: self = .user(try UserAPIKey(reading: &reader))
        case .service: self = .service(try ServiceAPIKey(reading: &reader))
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

    /// The key's opaque id (base64).
    internal var id: String {
        switch self {
        case .user(let value): value.id
        case .service(let value): value.id
        case .unknown(let value): value.id
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

    /// What the key is for; absent when unset.
    internal var description: String? {
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
    internal var redactedKey: String {
        switch self {
        case .user(let value): value.redactedKey
        case .service(let value): value.redactedKey
        case .unknown(let value): value.redactedKey
        }
    }

    /// When the key was created.
    internal var createdAt: Date {
        switch self {
        case .user(let value): value.createdAt
        case .service(let value): value.createdAt
        case .unknown(let value): value.createdAt
        }
    }

    /// When the key expires; absent when it never expires.
    internal var expiresAt: Date? {
        switch self {
        case .user(let value): value.expiresAt
        case .service(let value): value.expiresAt
        case .unknown(let value): value.expiresAt
        }
    }

    /// The id of the user who created the key.
    internal var createdByUserID: String {
        switch self {
        case .user(let value): value.createdByUserID
        case .service(let value): value.createdByUserID
        case .unknown(let value): value.createdByUserID
        }
    }

    /// When the key was last used (approximate).
    internal var lastUsedAt: Date? {
        switch self {
        case .user(let value): value.lastUsedAt
        case .service(let value): value.lastUsedAt
        case .unknown(let value): value.lastUsedAt
        }
    }

    /// A value whose `key_type` this version of the spec does not know: the properties every
    /// known case shares, kept as sent.
    internal struct Unrecognized: Encodable, Equatable, Sendable, Validatable, JSONReadable {
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
        internal init(id: String, name: String, description: String? = nil, keyType: APIKeyType, status: APIKeyStatus, redactedKey: String, createdAt: Date, expiresAt: Date? = nil, createdByUserID: String, lastUsedAt: Date? = nil) {
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
        internal func validate() throws(ValidationError) {}
    }
}
