// Generated from arize-api-keys.json by arize-openapi-generator. Do not edit.

@_spi(Generated) import ArizeOpenAPIRuntime
import Foundation

/// Whether a role assignment names a predefined role or a custom RBAC role.
internal enum RoleAssignmentType: RawRepresentable, Encodable, Equatable, Sendable, CaseIterable, CustomStringConvertible, JSONReadable {
    /// `PREDEFINED`
    case predefined
    /// `CUSTOM`
    case custom
    /// A value this version of the spec does not know, kept as sent so decoding never fails on it.
    case unknown(String)

    /// The case for a wire value; `unknown` for values the spec does not list.
    /// Spellings that differ only in case or in `-`/`_` (`read-only`, `READ_ONLY`) match too.
    internal init(rawValue: String) {
        switch rawValue {
        case "PREDEFINED": self = .predefined
        case "CUSTOM": self = .custom
        default:
            switch EnumSpelling.normalized(rawValue) {
            case "PREDEFINED": self = .predefined
            case "CUSTOM": self = .custom
            default: self = .unknown(rawValue)
            }
        }
    }

    /// The wire value.
    internal var rawValue: String {
        switch self {
        case .predefined: "PREDEFINED"
        case .custom: "CUSTOM"
        case .unknown(let value): value
        }
    }

    /// The documented cases.
    internal static var allCases: [Self] { [.predefined, .custom] }

    /// The wire value.
    internal var description: String { rawValue }

    /// Encodes the wire value.
    internal func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// Reads any string, known or not, without `JSONDecoder` (known values make no `String`).
    internal init(reading reader: inout JSONReader) throws {
        let text = try reader.readStringBytes()
        switch text {
        case "PREDEFINED": self = .predefined
        case "CUSTOM": self = .custom
        default: self.init(rawValue: text.stringValue)
        }
    }
}

/// A predefined space role.
internal struct PredefinedSpaceRoleAssignment: Encodable, Equatable, Sendable, Validatable, JSONReadable {
    /// Whether a role assignment names a predefined role or a custom RBAC role.
    internal var type: RoleAssignmentType
    /// A predefined role within a space. `ANNOTATOR` cannot be given to a service key (422).
    internal var name: SpaceRoleName

    /// Creates a value; optional properties default to `nil`.
    internal init(type: RoleAssignmentType = RoleAssignmentType(rawValue: "PREDEFINED"), name: SpaceRoleName) {
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
        var _name: SpaceRoleName? = nil
        try reader.readObject { key, reader in
            switch key {
            case "type": _type = try RoleAssignmentType(reading: &reader)
            case "name": _name = try SpaceRoleName(reading: &reader)
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

/// A custom RBAC space role, by id.
internal struct CustomSpaceRoleAssignment: Encodable, Equatable, Sendable, Validatable, JSONReadable {
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

/// A space role: predefined by name, or custom by id (as returned).
internal enum SpaceRoleAssignment: Encodable, Equatable, Sendable, Validatable, JSONReadable {
    /// A `PredefinedSpaceRoleAssignment` (`type`: `PREDEFINED`).
    case predefined(PredefinedSpaceRoleAssignment)
    /// A `CustomSpaceRoleAssignment` (`type`: `CUSTOM`).
    case custom(CustomSpaceRoleAssignment)
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
        case .predefined: self = .predefined(try PredefinedSpaceRoleAssignment(reading: &reader))
        case .custom: self = .custom(try CustomSpaceRoleAssignment(reading: &reader))
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
