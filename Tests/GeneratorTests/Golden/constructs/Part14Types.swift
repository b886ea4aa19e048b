// Generated from openapi.json by arize-openapi-generator. Do not edit.

@_spi(Generated) import ArizeOpenAPIRuntime
import Foundation

/// Branches that each declare the tag and a role as inline enums (as Arize's own document does): only `name` is shared.
internal enum Actor: Encodable, Equatable, Sendable, Validatable, JSONReadable {
    /// A `Bot` (`kind`: `bot`).
    case bot(Bot)
    /// A `Human` (`kind`: `human`).
    case human(Human)
    /// A `kind` this version of the spec does not know, with the properties every case shares.
    case unknown(Unrecognized)

    /// The case a discriminator value selects.
    private enum Tag {
        case bot, human, unknown
    }

    private static func tag(_ value: String) -> Tag {
        switch value {
        case "bot": return .bot
        case "human": return .human
        default:
            switch EnumSpelling.normalized(value) {
            case "BOT": return .bot
            case "HUMAN": return .human
            default: return .unknown
            }
        }
    }

    /// Reads the case named by `kind` straight from JSON, without `JSONDecoder`.
    internal init(reading reader: inout JSONReader) throws {
        switch Self.tag(try reader.peekString(forKey: "kind") ?? "") {
        case .bot: self = .bot(try Bot(reading: &reader))
        case .human: self = .human(try Human(reading: &reader))
        case .unknown: self = .unknown(try Unrecognized(reading: &reader))
        }
    }

    /// Encodes the wrapped value as it is.
    internal func encode(to encoder: any Encoder) throws {
        switch self {
        case .bot(let value): try value.encode(to: encoder)
        case .human(let value): try value.encode(to: encoder)
        case .unknown(let value): try value.encode(to: encoder)
        }
    }

    /// Checks the wrapped value against the constraints of its schema.
    internal func validate() throws(ValidationError) {
        switch self {
        case .bot(let value): try value.validate()
        case .human(let value): try value.validate()
        case .unknown(let value): try value.validate()
        }
    }

    internal var name: String? {
        switch self {
        case .bot(let value): value.name
        case .human(let value): value.name
        case .unknown(let value): value.name
        }
    }

    /// A value whose `kind` this version of the spec does not know: the properties every
    /// known case shares, kept as sent.
    internal struct Unrecognized: Encodable, Equatable, Sendable, Validatable, JSONReadable {
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
}
