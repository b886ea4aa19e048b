// Generated from arize-api-keys.json by arize-openapi-generator. Do not edit.

import ArizeOpenAPIRuntime
import Foundation

/// What a key authenticates as: a human user, or a space-scoped bot user.
public enum APIKeyType: RawRepresentable, Codable, Hashable, Sendable, CaseIterable, CustomStringConvertible {
    /// `user`
    case user
    /// `service`
    case service
    /// A value this version of the spec does not know, kept as sent so decoding never fails on it.
    case unknown(String)

    /// The case for a wire value; `unknown` for values the spec does not list.
    public init(rawValue: String) {
        switch rawValue {
        case "user": self = .user
        case "service": self = .service
        default: self = .unknown(rawValue)
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
}

/// Whether a key still authenticates.
public enum APIKeyStatus: RawRepresentable, Codable, Hashable, Sendable, CaseIterable, CustomStringConvertible {
    /// `active`
    case active
    /// `revoked`
    case revoked
    /// A value this version of the spec does not know, kept as sent so decoding never fails on it.
    case unknown(String)

    /// The case for a wire value; `unknown` for values the spec does not list.
    public init(rawValue: String) {
        switch rawValue {
        case "active": self = .active
        case "revoked": self = .revoked
        default: self = .unknown(rawValue)
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
}

/// A service key's role within its space.
public enum APIKeySpaceRole: RawRepresentable, Codable, Hashable, Sendable, CaseIterable, CustomStringConvertible {
    /// `admin`
    case admin
    /// `member`
    case member
    /// `read-only`
    case readOnly
    /// A value this version of the spec does not know, kept as sent so decoding never fails on it.
    case unknown(String)

    /// The case for a wire value; `unknown` for values the spec does not list.
    public init(rawValue: String) {
        switch rawValue {
        case "admin": self = .admin
        case "member": self = .member
        case "read-only": self = .readOnly
        default: self = .unknown(rawValue)
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
}

/// A service key's role within its organization.
public enum APIKeyOrganizationRole: RawRepresentable, Codable, Hashable, Sendable, CaseIterable, CustomStringConvertible {
    /// `admin`
    case admin
    /// `member`
    case member
    /// `read-only`
    case readOnly
    /// A value this version of the spec does not know, kept as sent so decoding never fails on it.
    case unknown(String)

    /// The case for a wire value; `unknown` for values the spec does not list.
    public init(rawValue: String) {
        switch rawValue {
        case "admin": self = .admin
        case "member": self = .member
        case "read-only": self = .readOnly
        default: self = .unknown(rawValue)
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
}

/// A service key's role within the account.
public enum APIKeyAccountRole: RawRepresentable, Codable, Hashable, Sendable, CaseIterable, CustomStringConvertible {
    /// `admin`
    case admin
    /// `member`
    case member
    /// A value this version of the spec does not know, kept as sent so decoding never fails on it.
    case unknown(String)

    /// The case for a wire value; `unknown` for values the spec does not list.
    public init(rawValue: String) {
        switch rawValue {
        case "admin": self = .admin
        case "member": self = .member
        default: self = .unknown(rawValue)
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
}

/// An API key, as listed. The secret itself is never listed.
public struct APIKey: Codable, Hashable, Sendable, Validatable {
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

    /// Checks the constraints the spec sets on this value.
    public func validate() throws(ValidationError) {}
}

/// A key just created or refreshed, with its secret: the only time the secret is returned.
public struct APIKeyCreated: Codable, Hashable, Sendable, Validatable {
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

    /// Checks the constraints the spec sets on this value.
    public func validate() throws(ValidationError) {}
}

/// The roles of a service key's bot user. A role above the caller's own is rejected with 400.
public struct APIKeyRoles: Codable, Hashable, Sendable, Validatable {
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

    /// Checks the constraints the spec sets on this value.
    public func validate() throws(ValidationError) {}
}

/// A key to create.
public struct APIKeyCreate: Codable, Hashable, Sendable, Validatable {
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
public struct APIKeyRefresh: Codable, Hashable, Sendable, Validatable {
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

    /// Checks the constraints the spec sets on this value.
    public func validate() throws(ValidationError) {
        if let value = gracePeriodSeconds {
            try Check.range(value, min: 0, max: 86400, field: "gracePeriodSeconds")
        }
    }
}

/// Where a page stands in the whole list.
public struct PaginationMetadata: Codable, Hashable, Sendable, Validatable {
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

    /// Checks the constraints the spec sets on this value.
    public func validate() throws(ValidationError) {}
}

/// One page of API keys.
public struct APIKeyListResponse: Codable, Hashable, Sendable, Validatable {
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

    /// Checks the constraints the spec sets on this value.
    public func validate() throws(ValidationError) {
        for (index, element) in apiKeys.enumerated() {
            try Check.nested(element, field: "apiKeys[\(index)]")
        }
        try Check.nested(pagination, field: "pagination")
    }
}

/// A space: the unit that holds models, projects and service keys.
public struct Space: Codable, Hashable, Sendable, Validatable {
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

    /// Checks the constraints the spec sets on this value.
    public func validate() throws(ValidationError) {}
}

/// One page of spaces.
public struct SpaceListResponse: Codable, Hashable, Sendable, Validatable {
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

    /// Checks the constraints the spec sets on this value.
    public func validate() throws(ValidationError) {
        for (index, element) in spaces.enumerated() {
            try Check.nested(element, field: "spaces[\(index)]")
        }
        try Check.nested(pagination, field: "pagination")
    }
}

/// An RFC 9457 problem detail, the body of every error response.
public struct Problem: Codable, Hashable, Sendable, Validatable {
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

    /// Checks the constraints the spec sets on this value.
    public func validate() throws(ValidationError) {}
}
