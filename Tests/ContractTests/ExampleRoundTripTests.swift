import ArizeAPIKeys
import ArizeAPIKeysTesting
import Foundation
import Testing

/// Every example in the spec decodes into the generated types and re-encodes to equivalent JSON.
@Suite struct ExampleRoundTripTests {
    /// The generated type for each component schema the spec's examples use.
    static let schemaNames: Set<String> = ["ApiKeyListResponse", "ApiKeyCreated", "ApiKeyCreate", "ApiKeyRefresh", "SpaceListResponse", "Problem"]

    static func roundTrip(_ schemaName: String, _ data: Data) throws -> Data? {
        func through<T: Codable>(_ type: T.Type) throws -> Data { try JSONCoding.encode(try JSONCoding.decode(T.self, from: data)) }
        switch schemaName {
        case "ApiKeyListResponse": return try through(APIKeyListResponse.self)
        case "ApiKeyCreated": return try through(APIKeyCreated.self)
        case "ApiKeyCreate": return try through(APIKeyCreate.self)
        case "ApiKeyRefresh": return try through(APIKeyRefresh.self)
        case "SpaceListResponse": return try through(SpaceListResponse.self)
        case "Problem": return try through(Problem.self)
        default: return nil
        }
    }

    struct Sample: CustomTestStringConvertible, Sendable {
        var pointer: String
        var schemaName: String
        var json: String
        var testDescription: String { pointer }
    }

    static func samples() throws -> [Sample] {
        let document = try SpecValidator(specPath: specPath).document
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
        #expect(samples.count >= 14)
        #expect(Set(samples.map(\.schemaName)) == Self.schemaNames)
    }

    @Test(arguments: try samples())
    func exampleRoundTrips(sample: Sample) throws {
        let encoded = try #require(try Self.roundTrip(sample.schemaName, Data(sample.json.utf8)), "no generated type mapped for \(sample.schemaName)")
        #expect(try JSONParser.parse(Array(encoded)) == (try JSONParser.parse(Array(sample.json.utf8))),
                "\(sample.pointer) changed in a round trip: \(String(decoding: encoded, as: UTF8.self))")
        // And the example itself is valid against the spec's own schema.
        let validator = try SpecValidator(specPath: specPath)
        let schema = try #require(validator.document.schemas.first { $0.name == sample.schemaName }?.schema)
        #expect(validator.validate(try JSONParser.parse(Array(sample.json.utf8)), against: schema, at: sample.pointer) == [])
    }
}
