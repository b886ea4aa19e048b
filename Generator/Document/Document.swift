import Foundation
/// A spec problem the generator cannot get past, located by JSON pointer.
package struct GeneratorError: Error, Sendable, CustomStringConvertible, Equatable {
    /// Equal when they point at the same place with the same message.
    package static func == (lhs: GeneratorError, rhs: GeneratorError) -> Bool { lhs.pointer == rhs.pointer && lhs.message == rhs.message }

    /// Where the problem is, e.g. `#/paths/~1v2~1api-keys/get/responses/200`.
    package var pointer: String
    /// What is wrong there.
    package var message: String
    /// Warnings found before the error, so a failed run still shows them.
    package var warnings: [GeneratorWarning] = []
    /// More problems of the same run (every dangling `$ref`, every schema or operation that fails, not just the first).
    package var others: [GeneratorError] = []
    /// Creates an error at a JSON pointer.
    package init(_ pointer: String, _ message: String) { self.pointer = pointer; self.message = message }

    /// The first of `problems` carrying the rest (each once, nested ones flattened) and `warnings`.
    package static func combining(_ problems: [GeneratorError], warnings: [GeneratorWarning]) -> GeneratorError {
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
    package var description: String { pointer.isEmpty ? message : "\(pointer): \(message)" }
}

/// What a stage of a run found: problems, which stop the run, and warnings, which do not, each at
/// a JSON pointer. It flows from reading to translating; a failed run throws ``failure``.
package struct Diagnostics: Sendable {
    /// Problems: the run produces no output while there is one.
    package var errors: [GeneratorError] = []
    /// Constructs generated partially; printed, never dropped silently.
    package var warnings: [GeneratorWarning] = []

    /// Creates empty diagnostics.
    package init() {}

    /// Whether a problem stops the run.
    package var hasErrors: Bool { !errors.isEmpty }

    /// Adds a warning at `pointer`.
    package mutating func warn(_ pointer: String, _ message: String) {
        warnings.append(GeneratorWarning(pointer: pointer, message: message))
    }

    /// Adds what a later stage found.
    package mutating func append(_ other: Diagnostics) {
        errors += other.errors
        warnings += other.warnings
    }

    /// The run's failure, to throw: the first problem carrying every other one and every warning.
    package var failure: GeneratorError { .combining(errors, warnings: warnings) }
}

/// A construct the generator accepts but cannot express fully; printed loudly, never dropped silently.
package struct GeneratorWarning: Sendable, CustomStringConvertible, Equatable {
    /// Where it is, as a JSON pointer.
    package var pointer: String
    /// What is wrong or missing there.
    package var message: String
    /// `warning: pointer: message`.
    package var description: String { "warning: \(pointer): \(message)" }
    /// Creates a warning at a JSON pointer.
    package init(pointer: String, message: String) { self.pointer = pointer; self.message = message }
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
package final class Schema {
    /// Where the schema is in the document.
    package let pointer: String
    /// The `$ref` target, kept as a reference (component schemas become named types).
    package var ref: String?
    /// The non-null `type`s (at most one is supported).
    package var types: [String] = []
    /// Whether `null` is allowed (3.1 `type: [T, "null"]`, 3.0 `nullable`, or `null` in `enum`).
    package var nullable = false
    /// The schema `false`: no value at all is allowed.
    package var allowsNothing = false
    /// `format`, e.g. `date-time`, `int64`, `password`.
    package var format: String?
    /// `info.title`.
    package var title: String?
    /// `description`.
    package var description: String?
    /// `enum` values, `null` removed.
    package var enumValues: [JSON]?
    /// `properties` in document order.
    package var properties: [(name: String, schema: Schema)] = []
    /// `required` property names.
    package var required: [String] = []
    /// `items` of an array.
    package var items: Schema?
    /// `additionalProperties` when it is a schema.
    package var additionalProperties: Schema?
    /// `additionalProperties: false`.
    package var additionalPropertiesForbidden = false
    /// `allOf` branches.
    package var allOf: [Schema] = []
    /// `oneOf` branches.
    package var oneOf: [Schema] = []
    /// `anyOf` branches.
    package var anyOf: [Schema] = []
    /// `discriminator` property name and explicit mapping (values to `$ref`s).
    package var discriminator: (propertyName: String, mapping: [(value: String, ref: String)])?
    /// `minLength`.
    package var minLength: Int?
    /// `maxLength`.
    package var maxLength: Int?
    /// `minItems`.
    package var minItems: Int?
    /// `maxItems`.
    package var maxItems: Int?
    /// `minimum`.
    package var minimum: Double?
    /// `maximum`.
    package var maximum: Double?
    /// `exclusiveMinimum` (3.0 booleans are converted to numbers).
    package var exclusiveMinimum: Double?
    /// `exclusiveMaximum` (3.0 booleans are converted to numbers).
    package var exclusiveMaximum: Double?
    /// `default`.
    package var defaultValue: JSON?
    /// `const`.
    package var constValue: JSON?
    /// `example` and `examples`.
    package var examples: [JSON] = []

    package init(pointer: String) { self.pointer = pointer }

    /// `{}` or `true`: any value at all.
    package var isUnconstrained: Bool {
        ref == nil && types.isEmpty && enumValues == nil && properties.isEmpty && items == nil
            && additionalProperties == nil && allOf.isEmpty && oneOf.isEmpty && anyOf.isEmpty && constValue == nil && !allowsNothing
    }
}

/// An example body: its name (or `example`) and value.
package struct Example: Sendable {
    /// The name.
    package var name: String
    /// The example value.
    package var value: JSON
    /// Where it is, as a JSON pointer.
    package var pointer: String
}

/// A media type entry of a body.
package struct MediaType {
    /// The media type, e.g. `application/json`.
    package var contentType: String
    /// The schema, if any.
    package var schema: Schema?
    /// The examples, by name.
    package var examples: [Example]
    /// Where it is, as a JSON pointer.
    package var pointer: String

    /// `application/json` and any `…+json`.
    package var isJSON: Bool { Self.isJSON(contentType) }

    /// Whether a content type is `application/json` or any `…+json`.
    package static func isJSON(_ contentType: String) -> Bool {
        let base = contentType.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
        return base == "application/json" || base.hasSuffix("+json")
    }
}

/// A parameter, with any `$ref` already followed.
package struct Parameter {
    /// Where a parameter goes.
    package enum Location: String { case path, query, header, cookie }
    /// The name.
    package var name: String
    /// `in`.
    package var location: Location
    /// Whether it must be present.
    package var required: Bool
    /// `description`.
    package var description: String?
    /// The parameter's schema.
    package var schema: Schema
    /// `explode` (arrays: repeated items when true, comma-joined when false).
    package var explode: Bool
    /// Where it is, as a JSON pointer.
    package var pointer: String
    /// `style`, when given (`form`, `simple`, `deepObject`, …).
    package var style: String? = nil
    /// The media type when the parameter is described with `content` rather than `schema`.
    package var contentType: String? = nil
}

/// A request body, with any `$ref` already followed.
package struct RequestBody {
    /// Whether it must be present.
    package var required: Bool
    /// `description`.
    package var description: String?
    /// The media types, in document order.
    package var content: [MediaType]
    /// Where it is, as a JSON pointer.
    package var pointer: String
}

/// A response header, with any `$ref` already followed.
package struct Header {
    /// The name.
    package var name: String
    /// `description`.
    package var description: String?
    /// The schema, if any.
    package var schema: Schema?
    /// Where it is, as a JSON pointer.
    package var pointer: String
}

/// A response, with any `$ref` already followed.
package struct Response {
    /// The status key as written: `200`, `4XX` or `default`.
    package var statusKey: String
    /// `description`.
    package var description: String?
    /// The documented response headers.
    package var headers: [Header]
    /// The media types, in document order.
    package var content: [MediaType]
    /// Where it is, as a JSON pointer.
    package var pointer: String
    /// The component name when the response came from `#/components/responses/…`.
    package var componentName: String?
}

/// One operation (a method on a path).
package struct Operation {
    /// The HTTP method, lowercase as in the document.
    package var method: String
    /// The path template, e.g. `/v2/api-keys/{api_key_id}`.
    package var path: String
    /// `operationId`.
    package var operationID: String?
    /// `summary`.
    package var summary: String?
    /// `description`.
    package var description: String?
    /// `deprecated`.
    package var deprecated: Bool
    /// Path-item and operation parameters, the latter overriding.
    package var parameters: [Parameter]
    /// The request body, if any.
    package var requestBody: RequestBody?
    /// The responses in document order.
    package var responses: [Response]
    /// Where it is, as a JSON pointer.
    package var pointer: String
}

/// The parts of an OpenAPI document the generator uses.
package struct Document {
    /// `openapi`, e.g. `3.1.0`.
    package var openapiVersion: String
    /// `info.title`.
    package var title: String
    /// `info.version`.
    package var version: String
    /// `servers` URLs in order.
    package var servers: [String]
    /// Every operation, in document order.
    package var operations: [Operation]
    /// `components/schemas` in document order.
    package var schemas: [(name: String, schema: Schema)]
    /// Everything as parsed, for pointer lookups (examples, validators).
    package var root: JSON
}
