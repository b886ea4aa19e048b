/// A spec problem the generator cannot get past, located by JSON pointer.
public struct GeneratorError: Error, Sendable, CustomStringConvertible, Equatable {
    /// Where the problem is, e.g. `#/paths/~1v2~1api-keys/get/responses/200`.
    public var pointer: String
    /// What is wrong there.
    public var message: String
    public init(_ pointer: String, _ message: String) { self.pointer = pointer; self.message = message }
    public var description: String { pointer.isEmpty ? message : "\(pointer): \(message)" }
}

/// A construct the generator accepts but cannot express fully; printed loudly, never dropped silently.
public struct GeneratorWarning: Sendable, CustomStringConvertible, Equatable {
    public var pointer: String
    public var message: String
    public var description: String { "warning: \(pointer): \(message)" }
}

/// JSON pointer helpers (RFC 6901), without Foundation's string searching (hot in big specs).
enum Pointer {
    static func child(_ base: String, _ token: String) -> String {
        guard token.utf8.contains(where: { $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: "/") }) else { return base + "/" + token }
        var escaped = ""
        for character in token.unicodeScalars {
            switch character {
            case "~": escaped += "~0"
            case "/": escaped += "~1"
            default: escaped.unicodeScalars.append(character)
            }
        }
        return base + "/" + escaped
    }

    static func tokens(of pointer: String) -> [String]? {
        guard pointer.hasPrefix("#") else { return nil }
        let body = pointer.dropFirst()
        if body.isEmpty { return [] }
        guard body.hasPrefix("/") else { return nil }
        return body.dropFirst().split(separator: "/", omittingEmptySubsequences: false).map { unescape(percentDecoded($0)) }
    }

    private static func unescape(_ token: String) -> String {
        guard token.contains("~") else { return token }
        var result = ""
        var tilde = false
        for character in token {
            if tilde {
                result.append(character == "1" ? "/" : character == "0" ? "~" : character)
                tilde = false
            } else if character == "~" {
                tilde = true
            } else {
                result.append(character)
            }
        }
        return result
    }

    private static func percentDecoded(_ token: Substring) -> String {
        guard token.contains("%") else { return String(token) }
        var bytes: [UInt8] = []
        var iterator = Array(token.utf8).makeIterator()
        while let byte = iterator.next() {
            if byte == UInt8(ascii: "%"), let h = iterator.next(), let l = iterator.next(),
               let value = UInt8(String(decoding: [h, l], as: UTF8.self), radix: 16) {
                bytes.append(value)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// A schema as written, with its location. References to component schemas stay references.
public final class Schema {
    public let pointer: String
    public var ref: String?
    public var types: [String] = []
    public var nullable = false
    public var format: String?
    public var title: String?
    public var description: String?
    public var enumValues: [JSON]?
    public var properties: [(name: String, schema: Schema)] = []
    public var required: [String] = []
    public var items: Schema?
    public var additionalProperties: Schema?
    public var additionalPropertiesForbidden = false
    public var allOf: [Schema] = []
    public var oneOf: [Schema] = []
    public var anyOf: [Schema] = []
    public var discriminator: (propertyName: String, mapping: [(value: String, ref: String)])?
    public var minLength: Int?
    public var maxLength: Int?
    public var minItems: Int?
    public var maxItems: Int?
    public var minimum: Double?
    public var maximum: Double?
    public var exclusiveMinimum: Double?
    public var exclusiveMaximum: Double?
    public var defaultValue: JSON?
    public var constValue: JSON?
    public var examples: [JSON] = []

    init(pointer: String) { self.pointer = pointer }

    /// `{}` or `true`: any value at all.
    var isUnconstrained: Bool {
        ref == nil && types.isEmpty && enumValues == nil && properties.isEmpty && items == nil
            && additionalProperties == nil && allOf.isEmpty && oneOf.isEmpty && anyOf.isEmpty && constValue == nil
    }
}

/// An example body: its name (or `example`) and value.
public struct Example: Sendable {
    public var name: String
    public var value: JSON
    public var pointer: String
}

/// A media type entry of a body.
public struct MediaType {
    public var contentType: String
    public var schema: Schema?
    public var examples: [Example]
    public var pointer: String

    /// `application/json` and any `…+json`.
    public var isJSON: Bool {
        let base = contentType.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
        return base == "application/json" || base.hasSuffix("+json")
    }
}

/// A parameter, with any `$ref` already followed.
public struct Parameter {
    public enum Location: String { case path, query, header, cookie }
    public var name: String
    public var location: Location
    public var required: Bool
    public var description: String?
    public var schema: Schema
    public var explode: Bool
    public var pointer: String
}

/// A request body, with any `$ref` already followed.
public struct RequestBody {
    public var required: Bool
    public var description: String?
    public var content: [MediaType]
    public var pointer: String
}

/// A response header, with any `$ref` already followed.
public struct Header {
    public var name: String
    public var description: String?
    public var schema: Schema?
    public var pointer: String
}

/// A response, with any `$ref` already followed.
public struct Response {
    public var statusKey: String
    public var description: String?
    public var headers: [Header]
    public var content: [MediaType]
    public var pointer: String
    /// The component name when the response came from `#/components/responses/…`.
    public var componentName: String?
}

/// One operation (a method on a path).
public struct Operation {
    public var method: String
    public var path: String
    public var operationID: String?
    public var summary: String?
    public var description: String?
    public var deprecated: Bool
    public var parameters: [Parameter]
    public var requestBody: RequestBody?
    public var responses: [Response]
    public var pointer: String
}

/// The parts of an OpenAPI document the generator uses.
public struct Document {
    public var openapiVersion: String
    public var title: String
    public var version: String
    public var servers: [String]
    public var operations: [Operation]
    public var schemas: [(name: String, schema: Schema)]
    /// Everything as parsed, for pointer lookups (examples, validators).
    public var root: JSON
}
