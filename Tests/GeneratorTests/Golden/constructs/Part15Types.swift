// Generated from openapi.json by arize-openapi-generator. Do not edit.

@_spi(Generated) import ArizeOpenAPIRuntime
import Foundation

/// A value listed twice: one case each, the repeat dropped with a warning.
internal enum Repeated: RawRepresentable, Encodable, Equatable, Sendable, CaseIterable, CustomStringConvertible, JSONReadable {
    /// `one`
    case one
    /// `two`
    case two
    /// `three`
    case three
    /// `four`
    case four
    /// A value this version of the spec does not know, kept as sent so decoding never fails on it.
    case unknown(String)

    /// The case for a wire value; `unknown` for values the spec does not list.
    /// Spellings that differ only in case or in `-`/`_` (`read-only`, `READ_ONLY`) match too.
    internal init(rawValue: String) {
        switch rawValue {
        case "one": self = .one
        case "two": self = .two
        case "three": self = .three
        case "four": self = .four
        default:
            switch EnumSpelling.normalized(rawValue) {
            case "ONE": self = .one
            case "TWO": self = .two
            case "THREE": self = .three
            case "FOUR": self = .four
            default: self = .unknown(rawValue)
            }
        }
    }

    /// The wire value.
    internal var rawValue: String {
        switch self {
        case .one: "one"
        case .two: "two"
        case .three: "three"
        case .four: "four"
        case .unknown(let value): value
        }
    }

    /// The documented cases.
    internal static var allCases: [Self] { [.one, .two, .three, .four] }

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
        case "one": self = .one
        case "two": self = .two
        case "three": self = .three
        case "four": self = .four
        default: self.init(rawValue: text.stringValue)
        }
    }
}

internal struct Inline: Encodable, Equatable, Sendable, Validatable, JSONReadable {
    internal var owner: Owner2?
    internal var status: Status?
    internal var items: [ItemsItem]?
    internal var type: TypeValue?

    /// Creates a value; optional properties default to `nil`.
    internal init(owner: Owner2? = nil, status: Status? = nil, items: [ItemsItem]? = nil, type: TypeValue? = nil) {
        self.owner = owner
        self.status = status
        self.items = items
        self.type = type
    }

    /// Encodes the properties under their JSON names.
    internal func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        try container.encodeIfPresent(self.owner, forKey: AnyCodingKey("owner"))
        try container.encodeIfPresent(self.status, forKey: AnyCodingKey("status"))
        try container.encodeIfPresent(self.items, forKey: AnyCodingKey("items"))
        try container.encodeIfPresent(self.type, forKey: AnyCodingKey("type"))
    }

    /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
    internal init(reading reader: inout JSONReader) throws {
        var _owner: Owner2? = nil
        var _status: Status? = nil
        var _items: [ItemsItem]? = nil
        var _type: TypeValue? = nil
        try reader.readObject { key, reader in
            switch key {
            case "owner": _owner = try reader.readOptional { r0 in try Owner2(reading: &r0) }
            case "status": _status = try reader.readOptional { r0 in try Status(reading: &r0) }
            case "items": _items = try reader.readOptional { r0 in try r0.readArray { r1 in try ItemsItem(reading: &r1) } }
            case "type": _type = try reader.readOptional { r0 in try TypeValue(reading: &r0) }
            default: try reader.skipValue()
            }
        }
        self.init(owner: _owner, status: _status, items: _items, type: _type)
    }

    /// Checks the constraints the spec sets on this value.
    internal func validate() throws(ValidationError) {
        if let value = owner {
            try Check.nested(value, field: "owner")
        }
        if let value = items {
            for (index, element) in value.enumerated() {
                try Check.nested(element, field: "items[\(index)]")
            }
        }
        if let value = type {
            try Check.nested(value, field: "type")
        }
    }

    internal struct Owner2: Encodable, Equatable, Sendable, Validatable, JSONReadable {
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
        internal func validate() throws(ValidationError) {
            if let value = name {
                try Check.length(value, min: nil, max: 4, field: "name")
            }
        }
    }

    internal enum Status: RawRepresentable, Encodable, Equatable, Sendable, CaseIterable, CustomStringConvertible, JSONReadable {
        /// `on`
        case on
        /// `off`
        case off
        /// A value this version of the spec does not know, kept as sent so decoding never fails on it.
        case unknown(String)

        /// The case for a wire value; `unknown` for values the spec does not list.
        /// Spellings that differ only in case or in `-`/`_` (`read-only`, `READ_ONLY`) match too.
        internal init(rawValue: String) {
            switch rawValue {
            case "on": self = .on
            case "off": self = .off
            default:
                switch EnumSpelling.normalized(rawValue) {
                case "ON": self = .on
                case "OFF": self = .off
                default: self = .unknown(rawValue)
                }
            }
        }

        /// The wire value.
        internal var rawValue: String {
            switch self {
            case .on: "on"
            case .off: "off"
            case .unknown(let value): value
            }
        }

        /// The documented cases.
        internal static var allCases: [Self] { [.on, .off] }

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
            case "on": self = .on
            case "off": self = .off
            default: self.init(rawValue: text.stringValue)
            }
        }
    }

    internal struct ItemsItem: Encodable, Equatable, Sendable, Validatable, JSONReadable {
        internal var n: Int?

        /// Creates a value; optional properties default to `nil`.
        internal init(n: Int? = nil) {
            self.n = n
        }

        /// Encodes the properties under their JSON names.
        internal func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: AnyCodingKey.self)
            try container.encodeIfPresent(self.n, forKey: AnyCodingKey("n"))
        }

        /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
        internal init(reading reader: inout JSONReader) throws {
            var _n: Int? = nil
            try reader.readObject { key, reader in
                switch key {
                case "n": _n = try reader.readOptional { r0 in try r0.readInteger(Int.self) }
                default: try reader.skipValue()
                }
            }
            self.init(n: _n)
        }

        /// Checks the constraints the spec sets on this value.
        internal func validate() throws(ValidationError) {}
    }

    internal struct TypeValue: Encodable, Equatable, Sendable, Validatable, JSONReadable {
        internal var x: Int?

        /// Creates a value; optional properties default to `nil`.
        internal init(x: Int? = nil) {
            self.x = x
        }

        /// Encodes the properties under their JSON names.
        internal func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: AnyCodingKey.self)
            try container.encodeIfPresent(self.x, forKey: AnyCodingKey("x"))
        }

        /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
        internal init(reading reader: inout JSONReader) throws {
            var _x: Int? = nil
            try reader.readObject { key, reader in
                switch key {
                case "x": _x = try reader.readOptional { r0 in try r0.readInteger(Int.self) }
                default: try reader.skipValue()
                }
            }
            self.init(x: _x)
        }

        /// Checks the constraints the spec sets on this value.
        internal func validate() throws(ValidationError) {}
    }
}
