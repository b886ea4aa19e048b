// Generated from openapi.json by arize-openapi-generator. Do not edit.

@_spi(Generated) import ArizeOpenAPIRuntime
import Foundation

internal enum IDOrName: Codable, Hashable, Sendable, Validatable, JSONReadable {
    /// A `Int`.
    case number(Int)
    /// A `String`.
    case string(String)

    /// Decodes the first case whose type matches, in the spec's order.
    internal init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let value = try? container.decode(Int.self) { self = .number(value); return }
        if let value = try? container.decode(String.self) { self = .string(value); return }
        throw DecodingError.dataCorruptedError(in: container, debugDescription: "the value matches no case of IDOrName")
    }

    /// Reads the value through its `Decodable` conformance.
    internal init(reading reader: inout JSONReader) throws {
        self = try reader.readDecodable(Self.self)
    }

    /// Encodes the wrapped value as it is.
    internal func encode(to encoder: any Encoder) throws {
        switch self {
        case .number(let value): try value.encode(to: encoder)
        case .string(let value): try value.encode(to: encoder)
        }
    }

    /// Checks the wrapped value against the constraints of its schema.
    internal func validate() throws(ValidationError) {
        switch self {
        case .number: break
        case .string: break
        }
    }
}

internal enum Shape: Codable, Hashable, Sendable, Validatable, JSONReadable {
    /// A `Option1`.
    case option1(Option1)
    /// A `Option2`.
    case option2(Option2)

    /// Decodes the first case whose type matches, in the spec's order.
    internal init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let value = try? container.decode(Option1.self) { self = .option1(value); return }
        if let value = try? container.decode(Option2.self) { self = .option2(value); return }
        throw DecodingError.dataCorruptedError(in: container, debugDescription: "the value matches no case of Shape")
    }

    /// Reads the value through its `Decodable` conformance.
    internal init(reading reader: inout JSONReader) throws {
        self = try reader.readDecodable(Self.self)
    }

    /// Encodes the wrapped value as it is.
    internal func encode(to encoder: any Encoder) throws {
        switch self {
        case .option1(let value): try value.encode(to: encoder)
        case .option2(let value): try value.encode(to: encoder)
        }
    }

    /// Checks the wrapped value against the constraints of its schema.
    internal func validate() throws(ValidationError) {
        switch self {
        case .option1(let value): try value.validate()
        case .option2(let value): try value.validate()
        }
    }

    internal struct Option1: Codable, Hashable, Sendable, Validatable, JSONReadable {
        internal var radius: Double

        /// Creates a value; optional properties default to `nil`.
        internal init(radius: Double) {
            self.radius = radius
        }

        /// Encodes the properties under their JSON names.
        internal func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: AnyCodingKey.self)
            try container.encode(self.radius, forKey: AnyCodingKey("radius"))
        }

        /// Decodes the properties from their JSON names.
        internal init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: AnyCodingKey.self)
            self.radius = try container.decode(Double.self, forKey: AnyCodingKey("radius"))
        }

        /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
        internal init(reading reader: inout JSONReader) throws {
            var _radius: Double? = nil
            try reader.readObject { key, reader in
                switch key {
                case "radius": _radius = try reader.readNumber(Double.self)
                default: try reader.skipValue()
                }
            }
            guard let _radius else { throw reader.missing("radius") }
            self.init(radius: _radius)
        }

        /// Checks the constraints the spec sets on this value.
        internal func validate() throws(ValidationError) {}
    }

    internal struct Option2: Codable, Hashable, Sendable, Validatable, JSONReadable {
        internal var side: Double

        /// Creates a value; optional properties default to `nil`.
        internal init(side: Double) {
            self.side = side
        }

        /// Encodes the properties under their JSON names.
        internal func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: AnyCodingKey.self)
            try container.encode(self.side, forKey: AnyCodingKey("side"))
        }

        /// Decodes the properties from their JSON names.
        internal init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: AnyCodingKey.self)
            self.side = try container.decode(Double.self, forKey: AnyCodingKey("side"))
        }

        /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
        internal init(reading reader: inout JSONReader) throws {
            var _side: Double? = nil
            try reader.readObject { key, reader in
                switch key {
                case "side": _side = try reader.readNumber(Double.self)
                default: try reader.skipValue()
                }
            }
            guard let _side else { throw reader.missing("side") }
            self.init(side: _side)
        }

        /// Checks the constraints the spec sets on this value.
        internal func validate() throws(ValidationError) {}
    }
}
