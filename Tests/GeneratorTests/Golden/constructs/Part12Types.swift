// Generated from openapi.json by arize-openapi-generator. Do not edit.

@_spi(Generated) import ArizeOpenAPIRuntime
import Foundation

internal struct Event: Encodable, Equatable, Sendable, Validatable, JSONReadable {
    internal var at: Date
    internal var endedAt: Date?
    internal var payload: OpenAPIValue?
    internal var bag: [String: OpenAPIValue]?
    internal var secret: Secret?

    /// Creates a value; optional properties default to `nil`.
    internal init(at: Date, endedAt: Date? = nil, payload: OpenAPIValue? = nil, bag: [String: OpenAPIValue]? = nil, secret: Secret? = nil) {
        self.at = at
        self.endedAt = endedAt
        self.payload = payload
        self.bag = bag
        self.secret = secret
    }

    /// Encodes the properties under their JSON names.
    internal func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        try container.encode(self.at, forKey: AnyCodingKey("at"))
        try container.encodeIfPresent(self.endedAt, forKey: AnyCodingKey("ended_at"))
        try container.encodeIfPresent(self.payload, forKey: AnyCodingKey("payload"))
        try container.encodeIfPresent(self.bag, forKey: AnyCodingKey("bag"))
        try container.encodeIfPresent(self.secret, forKey: AnyCodingKey("secret"))
    }

    /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
    internal init(reading reader: inout JSONReader) throws {
        var _at: Date? = nil
        var _endedAt: Date? = nil
        var _payload: OpenAPIValue? = nil
        var _bag: [String: OpenAPIValue]? = nil
        var _secret: Secret? = nil
        try reader.readObject { key, reader in
            switch key {
            case "at": _at = try reader.readDate()
            case "ended_at": _endedAt = try reader.readOptional { r0 in try r0.readDate() }
            case "payload": _payload = try reader.readOptional { r0 in try OpenAPIValue(reading: &r0) }
            case "bag": _bag = try reader.readOptional { r0 in try r0.readMap { r1 in try OpenAPIValue(reading: &r1) } }
            case "secret": _secret = try reader.readOptional { r0 in Secret(try r0.readString()) }
            default: try reader.skipValue()
            }
        }
        guard let _at else { throw reader.missing("at") }
        self.init(at: _at, endedAt: _endedAt, payload: _payload, bag: _bag, secret: _secret)
    }

    /// Checks the constraints the spec sets on this value.
    internal func validate() throws(ValidationError) {}
}

internal struct Tree: Encodable, Equatable, Sendable, Validatable, JSONReadable {
    internal var value: Int
    internal var children: [Tree]?

    /// Creates a value; optional properties default to `nil`.
    internal init(value: Int, children: [Tree]? = nil) {
        self.value = value
        self.children = children
    }

    /// Encodes the properties under their JSON names.
    internal func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        try container.encode(self.value, forKey: AnyCodingKey("value"))
        try container.encodeIfPresent(self.children, forKey: AnyCodingKey("children"))
    }

    /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
    internal init(reading reader: inout JSONReader) throws {
        var _value: Int? = nil
        var _children: [Tree]? = nil
        try reader.readObject { key, reader in
            switch key {
            case "value": _value = try reader.readInteger(Int.self)
            case "children": _children = try reader.readOptional { r0 in try r0.readArray { r1 in try Tree(reading: &r1) } }
            default: try reader.skipValue()
            }
        }
        guard let _value else { throw reader.missing("value") }
        self.init(value: _value, children: _children)
    }

    /// Checks the constraints the spec sets on this value.
    internal func validate() throws(ValidationError) {
        if let value = children {
            for (index, element) in value.enumerated() {
                try Check.nested(element, field: "children[\(index)]")
            }
        }
    }
}

internal struct TypeSchema: Encodable, Equatable, Sendable, Validatable, JSONReadable {
    internal var name: String?

    /// Creates a value; optional properties default to `nil`.
    internal init(name: String? = nil) {
        self.name = name
    }

    /// Encodes the properties under their JSON names.
    internal func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        try container.encodeIfPresent(self.name, forKey: AnyCodingKey("name"))
    }

    /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
    internal init(reading reader: inout JSONReader) throws {
        var _name: String? = nil
        try reader.readObject { key, reader in
            switch key {
            case "name": _name = try reader.readOptional { r0 in try r0.readString() }
            default: try reader.skipValue()
            }
        }
        self.init(name: _name)
    }

    /// Checks the constraints the spec sets on this value.
    internal func validate() throws(ValidationError) {}
}

internal struct Bot: Encodable, Equatable, Sendable, Validatable, JSONReadable {
    internal var kind: Kind
    internal var role: Role?
    internal var name: String?

    /// Creates a value; optional properties default to `nil`.
    internal init(kind: Kind, role: Role? = nil, name: String? = nil) {
        self.kind = kind
        self.role = role
        self.name = name
    }

    /// Encodes the properties under their JSON names.
    internal func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        try container.encode(self.kind, forKey: AnyCodingKey("kind"))
        try container.encodeIfPresent(self.role, forKey: AnyCodingKey("role"))
        try container.encodeIfPresent(self.name, forKey: AnyCodingKey("name"))
    }

    /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
    internal init(reading reader: inout JSONReader) throws {
        var _kind: Kind? = nil
        var _role: Role? = nil
        var _name: String? = nil
        try reader.readObject { key, reader in
            switch key {
            case "kind": _kind = try Kind(reading: &reader)
            case "role": _role = try reader.readOptional { r0 in try Role(reading: &r0) }
            case "name": _name = try reader.readOptional { r0 in try r0.readString() }
            default: try reader.skipValue()
            }
        }
        guard let _kind else { throw reader.missing("kind") }
        self.init(kind: _kind, role: _role, name: _name)
    }

    /// Checks the constraints the spec sets on this value.
    internal func validate() throws(ValidationError) {}

    internal enum Kind: RawRepresentable, Encodable, Equatable, Sendable, CaseIterable, CustomStringConvertible, JSONReadable {
        /// `bot`
        case bot
        /// A value this version of the spec does not know, kept as sent so decoding never fails on it.
        case unknown(String)

        /// The case for a wire value; `unknown` for values the spec does not list.
        /// Spellings that differ only in case or in `-`/`_` (`read-only`, `READ_ONLY`) match too.
        internal init(rawValue: String) {
            switch rawValue {
            case "bot": self = .bot
            default:
                switch EnumSpelling.normalized(rawValue) {
                case "BOT": self = .bot
                default: self = .unknown(rawValue)
                }
            }
        }

        /// The wire value.
        internal var rawValue: String {
            switch self {
            case .bot: "bot"
            case .unknown(let value): value
            }
        }

        /// The documented cases.
        internal static var allCases: [Self] { [.bot] }

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
            case "bot": self = .bot
            default: self.init(rawValue: text.stringValue)
            }
        }
    }

    internal enum Role: RawRepresentable, Encodable, Equatable, Sendable, CaseIterable, CustomStringConvertible, JSONReadable {
        /// `admin`
        case admin
        /// `member`
        case member
        /// A value this version of the spec does not know, kept as sent so decoding never fails on it.
        case unknown(String)

        /// The case for a wire value; `unknown` for values the spec does not list.
        /// Spellings that differ only in case or in `-`/`_` (`read-only`, `READ_ONLY`) match too.
        internal init(rawValue: String) {
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
        internal var rawValue: String {
            switch self {
            case .admin: "admin"
            case .member: "member"
            case .unknown(let value): value
            }
        }

        /// The documented cases.
        internal static var allCases: [Self] { [.admin, .member] }

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
            case "admin": self = .admin
            case "member": self = .member
            default: self.init(rawValue: text.stringValue)
            }
        }
    }
}
