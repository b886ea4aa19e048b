import ArizeAPIKeys
import ArizeOpenAPIRuntime
import ArizeOpenAPIDocument
import ArizeAPIKeysTesting
import Foundation
import Testing

/// Every example in the spec decodes into the generated types and re-encodes to equivalent JSON.
@Suite struct ExampleRoundTripTests {
    /// The generated type for each component schema the spec's examples use.
    static let schemaNames: Set<String> = ["ListApiKeysResponse", "CreateApiKeyResponse", "CreateApiKeyRequest", "RefreshApiKeyRequest",
                                           "RefreshApiKeyResponse", "ListSpacesResponse", "Problem"]

    /// Decodes through the fast path and re-encodes; the public models users can also decode with
    /// `JSONDecoder` (the keys of a listing) must come out the same both ways.
    static func roundTrip(_ schemaName: String, _ data: Data) throws -> Data? {
        func through<T: Encodable & JSONReadable & Equatable>(_ type: T.Type) throws -> Data {
            let fast = try JSONCoding.decode(T.self, from: data)
            return try JSONCoding.encode(fast)
        }
        switch schemaName {
        case "ListApiKeysResponse":
            let page = try JSONCoding.decode(Components.Schemas.ListAPIKeysResponse.self, from: data)
            for key in page.apiKeys {
                let decoded = try ArizeClient.makeJSONDecoder().decode(APIKey.self, from: try JSONCoding.encode(key))
                #expect(decoded == key, "the two decoding paths disagree")
            }
            return try through(Components.Schemas.ListAPIKeysResponse.self)
        case "CreateApiKeyResponse": return try through(Components.Schemas.CreateAPIKeyResponse.self)
        case "CreateApiKeyRequest": return try through(Components.Schemas.CreateAPIKeyRequest.self)
        case "RefreshApiKeyRequest": return try through(Components.Schemas.RefreshAPIKeyRequest.self)
        case "RefreshApiKeyResponse": return try through(Components.Schemas.RefreshAPIKeyResponse.self)
        case "ListSpacesResponse": return try through(Components.Schemas.ListSpacesResponse.self)
        case "Problem": return try through(Components.Schemas.Problem.self)
        default: return nil
        }
    }

    /// JSON compared for meaning: dates in one form (`Z` and `+00:00` are the same instant) and
    /// `null` properties the same as absent ones.
    static func normalized(_ value: JSON) -> JSON {
        switch value {
        case .string(let text):
            if let date = RFC3339.date(from: text) { return .string(RFC3339.string(from: date)) }
            return value
        case .array(let items): return .array(items.map(normalized))
        case .object(let object):
            let json = "{" + object.entries.filter { $0.value != .null }
                .map { render(.string($0.key)) + ":" + render(normalized($0.value)) }.joined(separator: ",") + "}"
            return (try? JSONParser.parse(Array(json.utf8))) ?? value
        default: return value
        }
    }

    struct Sample: CustomTestStringConvertible, Sendable {
        var pointer: String
        var schemaName: String
        var json: String
        var testDescription: String { pointer }
    }

    static func samples() throws -> [Sample] {
        let document = try SpecValidator().document
        var samples: [Sample] = []
        var media: [MediaType] = []
        for operation in document.operations {
            media += operation.requestBody?.content ?? []
            for response in operation.responses { media += response.content }
        }
        for entry in media {
            let name = entry.schema?.ref.map { String($0.split(separator: "/").last!) } ?? "(inline)"
            for example in entry.examples {
                samples.append(Sample(pointer: example.pointer, schemaName: name, json: render(example.value)))
            }
        }
        return samples
    }

    static func render(_ value: JSON) -> String {
        switch value {
        case .null: "null"
        case .bool(let b): b ? "true" : "false"
        case .integer(let i): String(i)
        case .number(let d): String(d)
        case .string(let s): String(decoding: try! JSONEncoder().encode(s), as: UTF8.self)
        case .array(let items): "[" + items.map(render).joined(separator: ",") + "]"
        case .object(let object): "{" + object.entries.map { render(.string($0.key)) + ":" + render($0.value) }.joined(separator: ",") + "}"
        }
    }

    @Test func theSpecHasExamplesForEveryBody() throws {
        let samples = try Self.samples()
        #expect(samples.count >= 11)
        #expect(Set(samples.map(\.schemaName)) == Self.schemaNames)
    }

    @Test(arguments: try samples())
    func exampleRoundTrips(sample: Sample) throws {
        let encoded = try #require(try Self.roundTrip(sample.schemaName, Data(sample.json.utf8)), "no generated type mapped for \(sample.schemaName)")
        #expect(Self.normalized(try JSONParser.parse(Array(encoded))) == Self.normalized(try JSONParser.parse(Array(sample.json.utf8))),
                "\(sample.pointer) changed in a round trip: \(String(decoding: encoded, as: UTF8.self))")
        // And the example itself is valid against the spec's own schema.
        let validator = try SpecValidator()
        let schema = try #require(validator.document.schemas.first { $0.name == sample.schemaName }?.schema)
        #expect(validator.validate(try JSONParser.parse(Array(sample.json.utf8)), against: schema, at: sample.pointer) == [])
    }
}
