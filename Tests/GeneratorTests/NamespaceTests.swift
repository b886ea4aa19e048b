import ArizeOpenAPIGeneratorCore
import Foundation
import Testing

/// A document's names cannot collide with anything by construction: its types are declared in
/// `Components.Schemas` and `Operations`, and generated code writes every type it uses from the
/// standard library, Foundation or the runtime with its module. `.ci/name-collision-check.sh`
/// compiles a document named after everything; these tests say what the output looks like.
@Suite struct NamespaceTests {
    /// The names generated code uses from outside the document; never written bare.
    static let outsideNames = [
        "String", "Int", "Int32", "Int64", "Double", "Float", "Bool", "Sendable", "Equatable", "Hashable", "Codable",
        "Encodable", "Decodable", "CaseIterable", "CustomStringConvertible", "RawRepresentable", "Decoder", "Encoder",
        "DecodingError", "Date", "Data", "URL", "JSONReader", "JSONReadable", "Validatable", "ValidationError",
        "EnumSpelling", "AnyCodingKey", "Secret", "OpenAPIValue", "NoValue", "Indirect", "TransportRequest",
        "TransportResponse", "HTTPTransport", "APIOperation", "OperationOutput", "UndocumentedResponse",
        "PercentEncoding", "RFC3339", "DeepObject", "StyledParameter", "FormEncoding", "MultipartEncoding", "Check",
        "encodeJSONBody",
    ]

    /// Each line's code with comments and string literals removed (good enough for generated code,
    /// whose literals never hold an escaped quote followed by code).
    static func codeOnly(_ text: String) -> [String] {
        text.split(separator: "\n").map { line in
            var code = ""
            var inString = false
            var previous: Character = " "
            for character in line {
                if !inString, character == "/", previous == "/" { code.removeLast(); break }
                if character == "\"", previous != "\\" { inString.toggle(); previous = character; continue }
                if !inString { code.append(character) }
                previous = character
            }
            return code
        }
    }

    /// Occurrences of an outside name not preceded by a module (`Swift.`, `Foundation.`,
    /// `ArizeOpenAPIRuntime.`) or by another dot (a member, a nested type).
    static func bareUses(in text: String) -> [String] {
        let pattern = try! NSRegularExpression(pattern: "(?<![\\w.`])(" + outsideNames.joined(separator: "|") + ")(?![\\w`])")
        var found: [String] = []
        for line in codeOnly(text) {
            let range = NSRange(line.startIndex..., in: line)
            for match in pattern.matches(in: line, range: range) {
                // A document type's own declaration (`struct String:`) is its name, not a use.
                let before = line[..<Range(match.range, in: line)!.lowerBound]
                if before.hasSuffix("struct ") || before.hasSuffix("enum ") || before.hasSuffix("typealias ") { continue }
                found.append(line.trimmingCharacters(in: .whitespaces))
            }
        }
        return found
    }

    @Test(arguments: GoldenTests.cases.map(\.spec))
    func generatedCodeWritesOutsideTypesWithTheirModule(spec: String) throws {
        let bytes = try Data(contentsOf: repositoryRoot.appendingPathComponent(spec))
        let result = try Generator.generate(spec: Array(bytes), sourceName: "s.json", options: GeneratorOptions(onePartPerKind: true))
        let text = result.files.map(\.contents).joined(separator: "\n")
        #expect(text.contains("enum Components {"))
        let bare = Self.bareUses(in: text)
        #expect(bare.isEmpty, "\(bare.count) bare uses, first: \(bare.prefix(5))")
    }

    /// The check above finds what it looks for.
    @Test func theBareUseCheckFindsBareUses() {
        #expect(Self.bareUses(in: "var a: String\nvar b: Swift.String // String\nlet c = \"String\"\nstruct Data: Swift.Codable") == ["var a: String"])
    }

    /// Types nested in an operation reach the schemas through the namespace: reading, constants, lists.
    @Test func operationTypesReferToSchemasThroughTheNamespace() throws {
        let document = ##"{"openapi":"3.1.0","info":{"title":"t","version":"1"},"paths":{"/x":{"post":{"operationId":"send","requestBody":{"content":{"application/json":{"schema":{"type":"object","required":["kind"],"properties":{"pet":{"$ref":"#/components/schemas/Pet"},"pets":{"type":"array","items":{"$ref":"#/components/schemas/Pet"}},"kind":{"allOf":[{"$ref":"#/components/schemas/Kind"}],"const":"a"}},"additionalProperties":{"$ref":"#/components/schemas/Pet"}}}}},"responses":{"204":{"description":"x"}}}}},"components":{"schemas":{"Pet":{"type":"object","properties":{"name":{"type":"string"}}},"Kind":{"type":"string","enum":["a","b"]}}}}"##
        let result = try Generator.generate(spec: Array(document.utf8), sourceName: "o.json", options: GeneratorOptions(onePartPerKind: true))
        let operations = try #require(result.files.first { $0.name == "Operations.swift" }).contents
        #expect(operations.contains("_pet = try reader.readOptional { r0 in try Components.Schemas.Pet(reading: &r0) }"))
        #expect(operations.contains("try r0.readArray { r1 in try Components.Schemas.Pet(reading: &r1) }"))
        #expect(operations.contains("_additionalProperties[key.stringValue] = try Components.Schemas.Pet(reading: &reader)"))
        #expect(operations.contains("kind: Components.Schemas.Kind = Components.Schemas.Kind(rawValue: \"a\")"))
        #expect(Self.bareUses(in: operations).isEmpty)
    }

    /// Schemas named like Swift's, Foundation's and the runtime's types keep their names; only the
    /// few names qualification relies on or the generator declares beside them get a suffix.
    @Test func schemasNamedLikeOutsideTypes() throws {
        let names = ["String", "Data", "Secret", "JSONReader", "Client", "Operations", "APIClient", "Swift", "Components", "Tag", "Unrecognized", "Self"]
        let schemas = names.map { #""\#($0)":{"type":"object","required":["kind"],"properties":{"kind":{"type":"string"},"label":{"type":"string"}}}"# }
            .joined(separator: ",")
        let union = ##""Any":{"oneOf":[{"$ref":"#/components/schemas/Tag"},{"$ref":"#/components/schemas/String"}],"discriminator":{"propertyName":"kind"}}"##
        let paths = ##""/x":{"get":{"operationId":"Components","responses":{"200":{"description":"x","content":{"application/json":{"schema":{"$ref":"#/components/schemas/String"}}}}}}}"##
        let document = #"{"openapi":"3.1.0","info":{"title":"t","version":"1"},"paths":{\#(paths)},"components":{"schemas":{\#(schemas),\#(union)}}}"#
        let result = try Generator.generate(spec: Array(document.utf8), sourceName: "n.json", options: GeneratorOptions(onePartPerKind: true))
        let types = try #require(result.files.first { $0.name == "Types.swift" }).contents
        let operations = try #require(result.files.first { $0.name == "Operations.swift" }).contents
        for kept in ["String", "Data", "Secret", "JSONReader", "Client", "Operations", "APIClient"] {
            #expect(types.contains("internal struct \(kept): Swift.Encodable"), "\(kept)")
        }
        for renamed in ["SwiftSchema", "ComponentsSchema", "TagSchema", "UnrecognizedSchema", "SelfSchema", "AnySchema"] {
            #expect(types.contains("enum \(renamed):") || types.contains("struct \(renamed):"), "\(renamed)")
        }
        // Inside the namespace a schema is named as it is; outside, through the namespace.
        #expect(types.contains("case string(String)") && types.contains("internal var label: Swift.String?"))
        #expect(operations.contains("enum ComponentsValue: ArizeOpenAPIRuntime.APIOperation") || operations.contains("enum Components2: ArizeOpenAPIRuntime.APIOperation"))
        #expect(operations.contains("case ok(Components.Schemas.String)"))
        #expect(!operations.contains("(String)") && !types.contains(": String?"))
    }
}
