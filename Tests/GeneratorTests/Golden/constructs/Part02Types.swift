// Generated from openapi.json by arize-openapi-generator. Do not edit.

@_spi(Generated) import ArizeOpenAPIRuntime
import Foundation

internal struct Problem: Encodable, Equatable, Sendable, Validatable, JSONReadable {
    internal var title: String
    internal var status: Int
    internal var detail: String?

    /// Creates a value; optional properties default to `nil`.
    internal init(title: String, status: Int, detail: String? = nil) {
        self.title = title
        self.status = status
        self.detail = detail
    }

    /// Encodes the properties under their JSON names.
    internal func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        try container.encode(self.title, forKey: AnyCodingKey("title"))
        try container.encode(self.status, forKey: AnyCodingKey("status"))
        try container.encodeIfPresent(self.detail, forKey: AnyCodingKey("detail"))
    }

    /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
    internal init(reading reader: inout JSONReader) throws {
        var _title: String? = nil
        var _status: Int? = nil
        var _detail: String? = nil
        try reader.readObject { key, reader in
            switch key {
            case "title": _title = try reader.readString()
            case "status": _status = try reader.readInteger(Int.self)
            case "detail": _detail = try reader.readOptional { r0 in try r0.readString() }
            default: try reader.skipValue()
            }
        }
        guard let _title else { throw reader.missing("title") }
        guard let _status else { throw reader.missing("status") }
        self.init(title: _title, status: _status, detail: _detail)
    }

    /// Checks the constraints the spec sets on this value.
    internal func validate() throws(ValidationError) {}
}

/// A union that contains itself by value: generated `indirect`.
internal indirect enum Expr: Codable, Hashable, Sendable, Validatable, JSONReadable {
    /// A `Double`.
    case number(Double)
    /// A `Sum`.
    case sum(Sum)

    /// Decodes the first case whose type matches, in the spec's order.
    internal init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let value = try? container.decode(Double.self) { self = .number(value); return }
        if let value = try? container.decode(Sum.self) { self = .sum(value); return }
        throw DecodingError.dataCorruptedError(in: container, debugDescription: "the value matches no case of Expr")
    }

    /// Reads the value through its `Decodable` conformance.
    internal init(reading reader: inout JSONReader) throws {
        self = try reader.readDecodable(Self.self)
    }

    /// Encodes the wrapped value as it is.
    internal func encode(to encoder: any Encoder) throws {
        switch self {
        case .number(let value): try value.encode(to: encoder)
        case .sum(let value): try value.encode(to: encoder)
        }
    }

    /// Checks the wrapped value against the constraints of its schema.
    internal func validate() throws(ValidationError) {
        switch self {
        case .number: break
        case .sum(let value): try value.validate()
        }
    }
}
