// Generated from openapi-3.0.json by arize-openapi-generator. Do not edit.

@_spi(Generated) import ArizeOpenAPIRuntime
import Foundation

/// The reusable parts of OpenAPI 3.0 fixture (`components`).
internal enum Components {
    /// The types of `components/schemas`, under the spec's names.
    internal enum Schemas {}
}

extension Components.Schemas {
    internal struct Item: Swift.Encodable, Swift.Equatable, Swift.Sendable, ArizeOpenAPIRuntime.Validatable, ArizeOpenAPIRuntime.JSONReadable {
        internal var id: Swift.String
        internal var price: Swift.Double
        internal var note: Swift.String?
        /// Who owns it.
        internal var owner: Owner?
        internal var state: State?

        /// Creates a value; optional properties default to `nil`.
        internal init(id: Swift.String, price: Swift.Double, note: Swift.String? = nil, owner: Owner? = nil, state: State? = nil) {
            self.id = id
            self.price = price
            self.note = note
            self.owner = owner
            self.state = state
        }

        /// Encodes the properties under their JSON names.
        internal func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: ArizeOpenAPIRuntime.AnyCodingKey.self)
            try container.encode(self.id, forKey: ArizeOpenAPIRuntime.AnyCodingKey("id"))
            try container.encode(self.price, forKey: ArizeOpenAPIRuntime.AnyCodingKey("price"))
            try container.encodeIfPresent(self.note, forKey: ArizeOpenAPIRuntime.AnyCodingKey("note"))
            try container.encodeIfPresent(self.owner, forKey: ArizeOpenAPIRuntime.AnyCodingKey("owner"))
            try container.encodeIfPresent(self.state, forKey: ArizeOpenAPIRuntime.AnyCodingKey("state"))
        }

        /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
        internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
            var _id: Swift.String? = nil
            var _price: Swift.Double? = nil
            var _note: Swift.String? = nil
            var _owner: Owner? = nil
            var _state: State? = nil
            try reader.readObject { key, reader in
                switch key {
                case "id": _id = try reader.readString()
                case "price": _price = try reader.readNumber(Swift.Double.self)
                case "note": _note = try reader.readOptional { r0 in try r0.readString() }
                case "owner": _owner = try reader.readOptional { r0 in try Owner(reading: &r0) }
                case "state": _state = try reader.readOptional { r0 in try State(reading: &r0) }
                default: try reader.skipValue()
                }
            }
            guard let _id else { throw reader.missing("id") }
            guard let _price else { throw reader.missing("price") }
            self.init(id: _id, price: _price, note: _note, owner: _owner, state: _state)
        }

        /// Checks the constraints the spec sets on this value.
        internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {
            try ArizeOpenAPIRuntime.Check.exclusiveRange(Swift.Double(price), above: 0.0, below: nil, field: "price")
            if let value = owner {
                try ArizeOpenAPIRuntime.Check.nested(value, field: "owner")
            }
        }

        internal enum State: Swift.RawRepresentable, Swift.Encodable, Swift.Equatable, Swift.Sendable, Swift.CaseIterable, Swift.CustomStringConvertible, ArizeOpenAPIRuntime.JSONReadable {
            /// `new`
            case new
            /// `used`
            case used
            /// A value this version of the spec does not know, kept as sent so decoding never fails on it.
            case unknown(Swift.String)

            /// The case for a wire value; `unknown` for values the spec does not list.
            /// Spellings that differ only in case or in `-`/`_` (`read-only`, `READ_ONLY`) match too.
            internal init(rawValue: Swift.String) {
                switch rawValue {
                case "new": self = .new
                case "used": self = .used
                default:
                    switch ArizeOpenAPIRuntime.EnumSpelling.normalized(rawValue) {
                    case "NEW": self = .new
                    case "USED": self = .used
                    default: self = .unknown(rawValue)
                    }
                }
            }

            /// The wire value.
            internal var rawValue: Swift.String {
                switch self {
                case .new: "new"
                case .used: "used"
                case .unknown(let value): value
                }
            }

            /// The documented cases.
            internal static var allCases: [Self] { [.new, .used] }

            /// The wire value.
            internal var description: Swift.String { rawValue }

            /// Encodes the wire value.
            internal func encode(to encoder: any Swift.Encoder) throws {
                var container = encoder.singleValueContainer()
                try container.encode(rawValue)
            }

            /// Reads any string, known or not, without `JSONDecoder` (known values make no `String`).
            internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
                let text = try reader.readStringBytes()
                switch text {
                case "new": self = .new
                case "used": self = .used
                default: self.init(rawValue: text.stringValue)
                }
            }
        }
    }

    internal struct Owner: Swift.Encodable, Swift.Equatable, Swift.Sendable, ArizeOpenAPIRuntime.Validatable, ArizeOpenAPIRuntime.JSONReadable {
        internal var name: Swift.String?

        /// Creates a value; optional properties default to `nil`.
        internal init(name: Swift.String? = nil) {
            self.name = name
        }

        /// Encodes the properties under their JSON names.
        internal func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: ArizeOpenAPIRuntime.AnyCodingKey.self)
            try container.encodeIfPresent(self.name, forKey: ArizeOpenAPIRuntime.AnyCodingKey("name"))
        }

        /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
        internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
            var _name: Swift.String? = nil
            try reader.readObject { key, reader in
                switch key {
                case "name": _name = try reader.readOptional { r0 in try r0.readString() }
                default: try reader.skipValue()
                }
            }
            self.init(name: _name)
        }

        /// Checks the constraints the spec sets on this value.
        internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {}
    }
}
