import Foundation
/// A spec problem the generator cannot get past, located by JSON pointer.
public struct GeneratorError: Error, Sendable, CustomStringConvertible, Equatable {
    /// Equal when they point at the same place with the same message.
    public static func == (lhs: GeneratorError, rhs: GeneratorError) -> Bool { lhs.pointer == rhs.pointer && lhs.message == rhs.message }

    /// Where the problem is, e.g. `#/paths/~1v2~1api-keys/get/responses/200`.
    public var pointer: String
    /// What is wrong there.
    public var message: String
    /// Warnings found before the error, so a failed run still shows them.
    public var warnings: [GeneratorWarning] = []
    /// More problems of the same run (every dangling `$ref`, every schema or operation that fails, not just the first).
    public var others: [GeneratorError] = []
    /// Creates an error at a JSON pointer.
    public init(_ pointer: String, _ message: String) { self.pointer = pointer; self.message = message }

    /// The first of `problems` carrying the rest (each once, nested ones flattened) and `warnings`.
    public static func combining(_ problems: [GeneratorError], warnings: [GeneratorWarning]) -> GeneratorError {
        var unique: [GeneratorError] = []
        var seen = Set<String>()
        var stack = Array(problems.reversed())
        while var next = stack.popLast() {
            stack += next.others.reversed()
            next.others = []
            if seen.insert(next.pointer + "\u{0}" + next.message).inserted { unique.append(next) }
        }
        guard var first = unique.first else { return GeneratorError("", "internal error: no problem to report") }
        first.others = Array(unique.dropFirst())
        first.warnings = warnings + problems.flatMap(\.warnings)
        return first
    }
    /// `pointer: message`, or the message alone for whole-file problems.
    public var description: String { pointer.isEmpty ? message : "\(pointer): \(message)" }
}

/// A construct the generator accepts but cannot express fully; printed loudly, never dropped silently.
public struct GeneratorWarning: Sendable, CustomStringConvertible, Equatable {
    /// Where it is, as a JSON pointer.
    public var pointer: String
    /// What is wrong or missing there.
    public var message: String
    /// `warning: pointer: message`.
    public var description: String { "warning: \(pointer): \(message)" }
    /// Creates a warning at a JSON pointer.
    public init(pointer: String, message: String) { self.pointer = pointer; self.message = message }
}

/// JSON pointer helpers (RFC 6901), without Foundation's string searching (hot in big specs).
package enum Pointer {
    package static func child(_ base: String, _ token: String) -> String {
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

    package static func tokens(of pointer: String) -> [String]? {
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
    /// Where the schema is in the document.
    public let pointer: String
    /// The `$ref` target, kept as a reference (component schemas become named types).
    public var ref: String?
    /// The non-null `type`s (at most one is supported).
    public var types: [String] = []
    /// Whether `null` is allowed (3.1 `type: [T, "null"]`, 3.0 `nullable`, or `null` in `enum`).
    public var nullable = false
    /// The schema `false`: no value at all is allowed.
    public var allowsNothing = false
    /// `format`, e.g. `date-time`, `int64`, `password`.
    public var format: String?
    /// `info.title`.
    public var title: String?
    /// `description`.
    public var description: String?
    /// `enum` values, `null` removed.
    public var enumValues: [JSON]?
    /// `properties` in document order.
    public var properties: [(name: String, schema: Schema)] = []
    /// `required` property names.
    public var required: [String] = []
    /// `items` of an array.
    public var items: Schema?
    /// `additionalProperties` when it is a schema.
    public var additionalProperties: Schema?
    /// `additionalProperties: false`.
    public var additionalPropertiesForbidden = false
    /// `allOf` branches.
    public var allOf: [Schema] = []
    /// `oneOf` branches.
    public var oneOf: [Schema] = []
    /// `anyOf` branches.
    public var anyOf: [Schema] = []
    /// `discriminator` property name and explicit mapping (values to `$ref`s).
    public var discriminator: (propertyName: String, mapping: [(value: String, ref: String)])?
    /// `minLength`.
    public var minLength: Int?
    /// `maxLength`.
    public var maxLength: Int?
    /// `minItems`.
    public var minItems: Int?
    /// `maxItems`.
    public var maxItems: Int?
    /// `minimum`.
    public var minimum: Double?
    /// `maximum`.
    public var maximum: Double?
    /// `exclusiveMinimum` (3.0 booleans are converted to numbers).
    public var exclusiveMinimum: Double?
    /// `exclusiveMaximum` (3.0 booleans are converted to numbers).
    public var exclusiveMaximum: Double?
    /// `default`.
    public var defaultValue: JSON?
    /// `const`.
    public var constValue: JSON?
    /// `example` and `examples`.
    public var examples: [JSON] = []

    package init(pointer: String) { self.pointer = pointer }

    /// `{}` or `true`: any value at all.
    package var isUnconstrained: Bool {
        ref == nil && types.isEmpty && enumValues == nil && properties.isEmpty && items == nil
            && additionalProperties == nil && allOf.isEmpty && oneOf.isEmpty && anyOf.isEmpty && constValue == nil && !allowsNothing
    }
}

/// An example body: its name (or `example`) and value.
public struct Example: Sendable {
    /// The name.
    public var name: String
    /// The example value.
    public var value: JSON
    /// Where it is, as a JSON pointer.
    public var pointer: String
}

/// A media type entry of a body.
public struct MediaType {
    /// The media type, e.g. `application/json`.
    public var contentType: String
    /// The schema, if any.
    public var schema: Schema?
    /// The examples, by name.
    public var examples: [Example]
    /// Where it is, as a JSON pointer.
    public var pointer: String

    /// `application/json` and any `…+json`.
    public var isJSON: Bool { Self.isJSON(contentType) }

    /// Whether a content type is `application/json` or any `…+json`.
    public static func isJSON(_ contentType: String) -> Bool {
        let base = contentType.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
        return base == "application/json" || base.hasSuffix("+json")
    }
}

/// A parameter, with any `$ref` already followed.
public struct Parameter {
    /// Where a parameter goes.
    public enum Location: String { case path, query, header, cookie }
    /// The name.
    public var name: String
    /// `in`.
    public var location: Location
    /// Whether it must be present.
    public var required: Bool
    /// `description`.
    public var description: String?
    /// The parameter's schema.
    public var schema: Schema
    /// `explode` (arrays: repeated items when true, comma-joined when false).
    public var explode: Bool
    /// Where it is, as a JSON pointer.
    public var pointer: String
    /// `style`, when given (`form`, `simple`, `deepObject`, …).
    public var style: String? = nil
    /// The media type when the parameter is described with `content` rather than `schema`.
    public var contentType: String? = nil
}

/// A request body, with any `$ref` already followed.
public struct RequestBody {
    /// Whether it must be present.
    public var required: Bool
    /// `description`.
    public var description: String?
    /// The media types, in document order.
    public var content: [MediaType]
    /// Where it is, as a JSON pointer.
    public var pointer: String
}

/// A response header, with any `$ref` already followed.
public struct Header {
    /// The name.
    public var name: String
    /// `description`.
    public var description: String?
    /// The schema, if any.
    public var schema: Schema?
    /// Where it is, as a JSON pointer.
    public var pointer: String
}

/// A response, with any `$ref` already followed.
public struct Response {
    /// The status key as written: `200`, `4XX` or `default`.
    public var statusKey: String
    /// `description`.
    public var description: String?
    /// The documented response headers.
    public var headers: [Header]
    /// The media types, in document order.
    public var content: [MediaType]
    /// Where it is, as a JSON pointer.
    public var pointer: String
    /// The component name when the response came from `#/components/responses/…`.
    public var componentName: String?
}

/// One operation (a method on a path).
public struct Operation {
    /// The HTTP method, lowercase as in the document.
    public var method: String
    /// The path template, e.g. `/v2/api-keys/{api_key_id}`.
    public var path: String
    /// `operationId`.
    public var operationID: String?
    /// `summary`.
    public var summary: String?
    /// `description`.
    public var description: String?
    /// `deprecated`.
    public var deprecated: Bool
    /// Path-item and operation parameters, the latter overriding.
    public var parameters: [Parameter]
    /// The request body, if any.
    public var requestBody: RequestBody?
    /// The responses in document order.
    public var responses: [Response]
    /// Where it is, as a JSON pointer.
    public var pointer: String
}

/// The parts of an OpenAPI document the generator uses.
public struct Document {
    /// `openapi`, e.g. `3.1.0`.
    public var openapiVersion: String
    /// `info.title`.
    public var title: String
    /// `info.version`.
    public var version: String
    /// `servers` URLs in order.
    public var servers: [String]
    /// Every operation, in document order.
    public var operations: [Operation]
    /// `components/schemas` in document order.
    public var schemas: [(name: String, schema: Schema)]
    /// Everything as parsed, for pointer lookups (examples, validators).
    public var root: JSON
}
