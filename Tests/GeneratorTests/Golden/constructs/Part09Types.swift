// Generated from openapi.json by arize-openapi-generator. Do not edit.

@_spi(Generated) import ArizeOpenAPIRuntime
import Foundation

internal typealias MaybePet = Pet

internal struct Base: Encodable, Equatable, Sendable, Validatable, JSONReadable {
    internal var id: String
    internal var createdAt: Date?

    /// Creates a value; optional properties default to `nil`.
    internal init(id: String, createdAt: Date? = nil) {
        self.id = id
        self.createdAt = createdAt
    }

    /// Encodes the properties under their JSON names.
    internal func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        try container.encode(self.id, forKey: AnyCodingKey("id"))
        try container.encodeIfPresent(self.createdAt, forKey: AnyCodingKey("created_at"))
    }

    /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
    internal init(reading reader: inout JSONReader) throws {
        var _id: String? = nil
        var _createdAt: Date? = nil
        try reader.readObject { key, reader in
            switch key {
            case "id": _id = try reader.readString()
            case "created_at": _createdAt = try reader.readOptional { r0 in try r0.readDate() }
            default: try reader.skipValue()
            }
        }
        guard let _id else { throw reader.missing("id") }
        self.init(id: _id, createdAt: _createdAt)
    }

    /// Checks the constraints the spec sets on this value.
    internal func validate() throws(ValidationError) {}
}

/// Merged from Base and its own properties.
internal struct Owner: Encodable, Equatable, Sendable, Validatable, JSONReadable {
    internal var id: String
    internal var createdAt: Date?
    internal var email: String
    internal var pets: [Pet]?

    /// Creates a value; optional properties default to `nil`.
    internal init(id: String, createdAt: Date? = nil, email: String, pets: [Pet]? = nil) {
        self.id = id
        self.createdAt = createdAt
        self.email = email
        self.pets = pets
    }

    /// Encodes the properties under their JSON names.
    internal func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        try container.encode(self.id, forKey: AnyCodingKey("id"))
        try container.encodeIfPresent(self.createdAt, forKey: AnyCodingKey("created_at"))
        try container.encode(self.email, forKey: AnyCodingKey("email"))
        try container.encodeIfPresent(self.pets, forKey: AnyCodingKey("pets"))
    }

    /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
    internal init(reading reader: inout JSONReader) throws {
        var _id: String? = nil
        var _createdAt: Date? = nil
        var _email: String? = nil
        var _pets: [Pet]? = nil
        try reader.readObject { key, reader in
            switch key {
            case "id": _id = try reader.readString()
            case "created_at": _createdAt = try reader.readOptional { r0 in try r0.readDate() }
            case "email": _email = try reader.readString()
            case "pets": _pets = try reader.readOptional { r0 in try r0.readArray { r1 in try Pet(reading: &r1) } }
            default: try reader.skipValue()
            }
        }
        guard let _id else { throw reader.missing("id") }
        guard let _email else { throw reader.missing("email") }
        self.init(id: _id, createdAt: _createdAt, email: _email, pets: _pets)
    }

    /// Checks the constraints the spec sets on this value.
    internal func validate() throws(ValidationError) {
        if let value = pets {
            for (index, element) in value.enumerated() {
                try Check.nested(element, field: "pets[\(index)]")
            }
        }
    }
}
