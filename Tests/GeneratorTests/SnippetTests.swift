import ArizeOpenAPIGeneratorCore
import Foundation
import Testing

/// A small document in, the Swift for one construct out: what the generator writes for each
/// construct, readable where the whole-output goldens would bury it.
@Suite struct SnippetTests {
    /// The generated Swift (types and operations) for `document`.
    static func generated(_ document: String) throws -> String {
        try Generator.generate(spec: Array(document.utf8), sourceName: "s.json", options: GeneratorOptions(onePartPerKind: true))
            .files.filter { $0.name != "Client.swift" }.map(\.contents).joined(separator: "\n")
    }

    /// The declaration that starts with the line `start` (at any indentation), up to its closing
    /// brace, with that indentation removed.
    static func declaration(_ start: String, in text: String) -> String? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == start }) else { return nil }
        let indent = lines[first].prefix { $0 == " " }.count
        guard let last = lines[first...].firstIndex(where: { $0 == String(repeating: " ", count: indent) + "}" }) else { return nil }
        return lines[first...last].map { String($0.dropFirst(min(indent, $0.prefix { $0 == " " }.count))) }.joined(separator: "\n")
    }

    /// A property that may be null, required: optional in Swift, always encoded (as null when nil).
    @Test func nullable() throws {
        let swift = try Self.generated(##"{"openapi":"3.1.0","info":{"title":"t","version":"1"},"paths":{},"components":{"schemas":{"Item":{"type":"object","required":["note"],"properties":{"note":{"type":["string","null"]}}}}}}"##)
        #expect(Self.declaration("internal struct Item: Swift.Encodable, Swift.Equatable, Swift.Sendable, ArizeOpenAPIRuntime.Validatable, ArizeOpenAPIRuntime.JSONReadable {", in: swift) == #"""
internal struct Item: Swift.Encodable, Swift.Equatable, Swift.Sendable, ArizeOpenAPIRuntime.Validatable, ArizeOpenAPIRuntime.JSONReadable {
    internal var note: Swift.String?

    /// Creates a value; optional properties default to `nil`.
    internal init(note: Swift.String? = nil) {
        self.note = note
    }

    /// Encodes the properties under their JSON names.
    internal func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: ArizeOpenAPIRuntime.AnyCodingKey.self)
        try container.encode(self.note, forKey: ArizeOpenAPIRuntime.AnyCodingKey("note"))
    }

    /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
    internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
        var _note: Swift.String? = nil
        try reader.readObject { key, reader in
            switch key {
            case "note": _note = try reader.readOptional { r0 in try r0.readString() }
            default: try reader.skipValue()
            }
        }
        self.init(note: _note)
    }

    /// Checks the constraints the spec sets on this value.
    internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {}
}
"""#)
    }

    /// allOf of a $ref and an inline object: one struct with both's properties, required and constraints kept.
    @Test func allOfMerge() throws {
        let swift = try Self.generated(##"{"openapi":"3.1.0","info":{"title":"t","version":"1"},"paths":{},"components":{"schemas":{"Base":{"type":"object","required":["id"],"properties":{"id":{"type":"string"}}},"Pet":{"allOf":[{"$ref":"#/components/schemas/Base"},{"type":"object","properties":{"name":{"type":"string","maxLength":10}}}]}}}}"##)
        #expect(Self.declaration("internal struct Pet: Swift.Encodable, Swift.Equatable, Swift.Sendable, ArizeOpenAPIRuntime.Validatable, ArizeOpenAPIRuntime.JSONReadable {", in: swift) == #"""
internal struct Pet: Swift.Encodable, Swift.Equatable, Swift.Sendable, ArizeOpenAPIRuntime.Validatable, ArizeOpenAPIRuntime.JSONReadable {
    internal var id: Swift.String
    internal var name: Swift.String?

    /// Creates a value; optional properties default to `nil`.
    internal init(id: Swift.String, name: Swift.String? = nil) {
        self.id = id
        self.name = name
    }

    /// Encodes the properties under their JSON names.
    internal func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: ArizeOpenAPIRuntime.AnyCodingKey.self)
        try container.encode(self.id, forKey: ArizeOpenAPIRuntime.AnyCodingKey("id"))
        try container.encodeIfPresent(self.name, forKey: ArizeOpenAPIRuntime.AnyCodingKey("name"))
    }

    /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
    internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
        var _id: Swift.String? = nil
        var _name: Swift.String? = nil
        try reader.readObject { key, reader in
            switch key {
            case "id": _id = try reader.readString()
            case "name": _name = try reader.readOptional { r0 in try r0.readString() }
            default: try reader.skipValue()
            }
        }
        guard let _id else { throw reader.missing("id") }
        self.init(id: _id, name: _name)
    }

    /// Checks the constraints the spec sets on this value.
    internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {
        if let value = name {
            try ArizeOpenAPIRuntime.Check.length(value, min: nil, max: 10, field: "name")
        }
    }
}
"""#)
    }

    /// A oneOf of string consts is an enum (not a union), with a catch-all for values the spec does not list.
    @Test func constEnum() throws {
        let swift = try Self.generated(##"{"openapi":"3.1.0","info":{"title":"t","version":"1"},"paths":{},"components":{"schemas":{"Speed":{"oneOf":[{"const":"fast","description":"Quick."},{"const":"slow"}]}}}}"##)
        #expect(Self.declaration("internal enum Speed: Swift.RawRepresentable, Swift.Encodable, Swift.Equatable, Swift.Sendable, Swift.CaseIterable, Swift.CustomStringConvertible, ArizeOpenAPIRuntime.JSONReadable {", in: swift) == #"""
internal enum Speed: Swift.RawRepresentable, Swift.Encodable, Swift.Equatable, Swift.Sendable, Swift.CaseIterable, Swift.CustomStringConvertible, ArizeOpenAPIRuntime.JSONReadable {
    /// `fast`
    case fast
    /// `slow`
    case slow
    /// A value this version of the spec does not know, kept as sent so decoding never fails on it.
    case unknown(Swift.String)

    /// The case for a wire value; `unknown` for values the spec does not list.
    /// Spellings that differ only in case or in `-`/`_` (`read-only`, `READ_ONLY`) match too.
    internal init(rawValue: Swift.String) {
        switch rawValue {
        case "fast": self = .fast
        case "slow": self = .slow
        default:
            switch ArizeOpenAPIRuntime.EnumSpelling.normalized(rawValue) {
            case "FAST": self = .fast
            case "SLOW": self = .slow
            default: self = .unknown(rawValue)
            }
        }
    }

    /// The wire value.
    internal var rawValue: Swift.String {
        switch self {
        case .fast: "fast"
        case .slow: "slow"
        case .unknown(let value): value
        }
    }

    /// The documented cases.
    internal static var allCases: [Self] { [.fast, .slow] }

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
        case "fast": self = .fast
        case "slow": self = .slow
        default: self.init(rawValue: text.stringValue)
        }
    }
}
"""#)
    }

    /// A struct that contains itself holds it through Indirect.
    @Test func indirect() throws {
        let swift = try Self.generated(##"{"openapi":"3.1.0","info":{"title":"t","version":"1"},"paths":{},"components":{"schemas":{"Node":{"type":"object","properties":{"next":{"$ref":"#/components/schemas/Node"}}}}}}"##)
        #expect(Self.declaration("internal struct Node: Swift.Encodable, Swift.Equatable, Swift.Sendable, ArizeOpenAPIRuntime.Validatable, ArizeOpenAPIRuntime.JSONReadable {", in: swift) == #"""
internal struct Node: Swift.Encodable, Swift.Equatable, Swift.Sendable, ArizeOpenAPIRuntime.Validatable, ArizeOpenAPIRuntime.JSONReadable {
    internal var next: ArizeOpenAPIRuntime.Indirect<Node>?

    /// Creates a value; optional properties default to `nil`.
    internal init(next: ArizeOpenAPIRuntime.Indirect<Node>? = nil) {
        self.next = next
    }

    /// Encodes the properties under their JSON names.
    internal func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: ArizeOpenAPIRuntime.AnyCodingKey.self)
        try container.encodeIfPresent(self.next, forKey: ArizeOpenAPIRuntime.AnyCodingKey("next"))
    }

    /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
    internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
        var _next: ArizeOpenAPIRuntime.Indirect<Node>? = nil
        try reader.readObject { key, reader in
            switch key {
            case "next": _next = try reader.readOptional { r0 in ArizeOpenAPIRuntime.Indirect(try Node(reading: &r0)) }
            default: try reader.skipValue()
            }
        }
        self.init(next: _next)
    }

    /// Checks the constraints the spec sets on this value.
    internal func validate() throws(ArizeOpenAPIRuntime.ValidationError) {
        if let value = next {
            try ArizeOpenAPIRuntime.Check.nested(value.value, field: "next")
        }
    }
}
"""#)
    }

    /// A discriminated union reads its tag first and decodes the case it names; unknown tags keep
    /// the shared properties.
    @Test func discriminatedUnion() throws {
        let swift = try Self.generated(##"{"openapi":"3.1.0","info":{"title":"t","version":"1"},"paths":{},"components":{"schemas":{"Cat":{"type":"object","required":["kind"],"properties":{"kind":{"type":"string"},"name":{"type":"string"}}},"Dog":{"type":"object","required":["kind"],"properties":{"kind":{"type":"string"},"name":{"type":"string"}}},"Pet":{"oneOf":[{"$ref":"#/components/schemas/Cat"},{"$ref":"#/components/schemas/Dog"}],"discriminator":{"propertyName":"kind","mapping":{"cat":"#/components/schemas/Cat","dog":"#/components/schemas/Dog"}}}}}}"##)
        #expect(swift.contains("internal enum Pet: Swift.Encodable, Swift.Equatable, Swift.Sendable, ArizeOpenAPIRuntime.Validatable, ArizeOpenAPIRuntime.JSONReadable {"))
        let pet = String(swift[try #require(swift.range(of: "internal enum Pet")).lowerBound...])
        #expect(Self.declaration("internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {", in: pet) == #"""
internal init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws {
    switch Self.tag(try reader.peekString(forKey: "kind") ?? "") {
    case .cat: self = .cat(try Cat(reading: &reader))
    case .dog: self = .dog(try Dog(reading: &reader))
    case .unknown: self = .unknown(try Unrecognized(reading: &reader))
    }
}
"""#)
    }

    /// Styled parameters: a form array not exploded is one comma-joined value; a deepObject goes
    /// through the runtime's `DeepObject`.
    @Test func styledParameters() throws {
        let swift = try Self.generated(##"{"openapi":"3.1.0","info":{"title":"t","version":"1"},"paths":{"/items":{"get":{"operationId":"find","parameters":[{"name":"ids","in":"query","style":"form","explode":false,"schema":{"type":"array","items":{"type":"integer"}}},{"name":"filter","in":"query","style":"deepObject","explode":true,"schema":{"type":"object","properties":{"color":{"type":"string"}}}}],"responses":{"204":{"description":"x"}}}}}}"##)
        #expect(Self.declaration("internal static func makeRequest(_ input: Input) throws -> ArizeOpenAPIRuntime.TransportRequest {", in: swift) == #"""
internal static func makeRequest(_ input: Input) throws -> ArizeOpenAPIRuntime.TransportRequest {
    try input.validate()
    var request = ArizeOpenAPIRuntime.TransportRequest(operationID: operationID, method: method, path: "/items")
    if let value = input.ids {
        request.query.append((name: "ids", value: value.map { Swift.String($0) }.joined(separator: ",")))
    }
    if let value = input.filter {
        for item in try ArizeOpenAPIRuntime.DeepObject.queryItems(name: "filter", value: value) { request.query.append(item) }
    }
    return request
}
"""#)
    }
}
