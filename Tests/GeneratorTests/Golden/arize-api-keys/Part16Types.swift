// Generated from arize-api-keys.json by arize-openapi-generator. Do not edit.

@_spi(Generated) import ArizeOpenAPIRuntime
import Foundation

/// How to rotate a key. Refreshing cannot extend a lifetime: when the old key expires, `expires_at` is required and no later than the old expiry (422 otherwise).
internal struct RefreshAPIKeyRequest: Encodable, Equatable, Sendable, Validatable, JSONReadable {
    /// When the replacement expires. Required when the old key expires, and then no later than its expiry.
    internal var expiresAt: Date?
    /// How long the old key stays valid (never past its own expiry). Absent or 0: revoked at once.
    internal var gracePeriodSeconds: Int32?

    /// Creates a value; optional properties default to `nil`.
    internal init(expiresAt: Date? = nil, gracePeriodSeconds: Int32? = nil) {
        self.expiresAt = expiresAt
        self.gracePeriodSeconds = gracePeriodSeconds
    }

    /// Encodes the properties under their JSON names.
    internal func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        try container.encodeIfPresent(self.expiresAt, forKey: AnyCodingKey("expires_at"))
        try container.encodeIfPresent(self.gracePeriodSeconds, forKey: AnyCodingKey("grace_period_seconds"))
    }

    /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
    internal init(reading reader: inout JSONReader) throws {
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
    internal func validate() throws(ValidationError) {
        if let value = gracePeriodSeconds {
            try Check.range(value, min: 0, max: 86400, field: "gracePeriodSeconds")
        }
    }
}

/// An RFC 9457 problem detail, the body of every error response.
internal struct Problem: Encodable, Equatable, Sendable, Validatable, JSONReadable {
    /// A URI that identifies the problem type.
    internal var type: String?
    /// A short summary of the problem type.
    internal var title: String
    /// The HTTP status code.
    internal var status: Int
    /// What went wrong in this occurrence.
    internal var detail: String?
    /// A URI that identifies this occurrence.
    internal var instance: String?

    /// Creates a value; optional properties default to `nil`.
    internal init(type: String? = nil, title: String, status: Int, detail: String? = nil, instance: String? = nil) {
        self.type = type
        self.title = title
        self.status = status
        self.detail = detail
        self.instance = instance
    }

    /// Encodes the properties under their JSON names.
    internal func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        try container.encodeIfPresent(self.type, forKey: AnyCodingKey("type"))
        try container.encode(self.title, forKey: AnyCodingKey("title"))
        try container.encode(self.status, forKey: AnyCodingKey("status"))
        try container.encodeIfPresent(self.detail, forKey: AnyCodingKey("detail"))
        try container.encodeIfPresent(self.instance, forKey: AnyCodingKey("instance"))
    }

    /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
    internal init(reading reader: inout JSONReader) throws {
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
    internal func validate() throws(ValidationError) {}
}
