// Generated from openapi.json by arize-openapi-generator. Do not edit.

@_spi(Generated) import ArizeOpenAPIRuntime
import Foundation

internal struct Numbers: Encodable, Equatable, Sendable, Validatable, JSONReadable {
    internal var small: Int32?
    internal var big: Int64?
    internal var ratio: Float?
    internal var precise: Double?
    internal var positive: Double?

    /// Creates a value; optional properties default to `nil`.
    internal init(small: Int32? = nil, big: Int64? = nil, ratio: Float? = nil, precise: Double? = nil, positive: Double? = nil) {
        self.small = small
        self.big = big
        self.ratio = ratio
        self.precise = precise
        self.positive = positive
    }

    /// Encodes the properties under their JSON names.
    internal func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        try container.encodeIfPresent(self.small, forKey: AnyCodingKey("small"))
        try container.encodeIfPresent(self.big, forKey: AnyCodingKey("big"))
        try container.encodeIfPresent(self.ratio, forKey: AnyCodingKey("ratio"))
        try container.encodeIfPresent(self.precise, forKey: AnyCodingKey("precise"))
        try container.encodeIfPresent(self.positive, forKey: AnyCodingKey("positive"))
    }

    /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
    internal init(reading reader: inout JSONReader) throws {
        var _small: Int32? = nil
        var _big: Int64? = nil
        var _ratio: Float? = nil
        var _precise: Double? = nil
        var _positive: Double? = nil
        try reader.readObject { key, reader in
            switch key {
            case "small": _small = try reader.readOptional { r0 in try r0.readInteger(Int32.self) }
            case "big": _big = try reader.readOptional { r0 in try r0.readInteger(Int64.self) }
            case "ratio": _ratio = try reader.readOptional { r0 in try r0.readNumber(Float.self) }
            case "precise": _precise = try reader.readOptional { r0 in try r0.readNumber(Double.self) }
            case "positive": _positive = try reader.readOptional { r0 in try r0.readNumber(Double.self) }
            default: try reader.skipValue()
            }
        }
        self.init(small: _small, big: _big, ratio: _ratio, precise: _precise, positive: _positive)
    }

    /// Checks the constraints the spec sets on this value.
    internal func validate() throws(ValidationError) {
        if let value = precise {
            try Check.range(value, min: 0.5, max: 99.5, field: "precise")
        }
        if let value = positive {
            try Check.exclusiveRange(Double(value), above: 0.0, below: nil, field: "positive")
        }
    }
}
