import Foundation

/// Any JSON value: what free-form schemas (`{}` or an object with no declared properties) decode into.
public enum OpenAPIValue: Sendable, Hashable, Codable {
    /// `null`
    case null
    /// `true` or `false`
    case bool(Bool)
    /// A number.
    case number(Double)
    /// A string.
    case string(String)
    /// An array.
    case array([OpenAPIValue])
    /// An object.
    case object([String: OpenAPIValue])

    /// Decodes any JSON value.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null }
        else if let value = try? container.decode(Bool.self) { self = .bool(value) }
        else if let value = try? container.decode(Double.self) { self = .number(value) }
        else if let value = try? container.decode(String.self) { self = .string(value) }
        else if let value = try? container.decode([OpenAPIValue].self) { self = .array(value) }
        else { self = .object(try container.decode([String: OpenAPIValue].self)) }
    }

    /// Encodes the value as it is.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let value): try container.encode(value)
        case .number(let value): try container.encode(value)
        case .string(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        }
    }
}

/// The type of a value the spec allows none of (the schema `false`): nothing decodes to it and
/// nothing can make one, so a property of this type can only be absent.
public struct NoValue: Sendable, Hashable, Codable {
    private init() {}

    /// Always fails: no value is allowed here.
    public init(from decoder: any Decoder) throws {
        throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "no value is allowed here (the schema is `false`)"))
    }

    /// Never called: there is no value to encode.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encodeNil()
    }
}
