import ArizeOpenAPIGeneratorCore
import ArizeOpenAPIDocument
import Foundation
import Testing

/// Valid documents of the kinds the peer test suites hold (Apple's generator's, OAI's examples) that
/// the generator once refused: each generates, saying what it left out. `.ci/access-modes-check.sh`
/// compiles the output of each (Tests/GeneratorTests/Fixtures/once-refused).
@Suite struct OnceRefusedDocumentTests {
    static let cases: [(file: String, warning: String?, contains: String)] = [
        ("no-responses", "#/paths/~1ping/get/responses: no responses are documented; every answer is returned as undocumented",
         "enum Ping"),
        ("openapi-3.2", "#/paths/~1items/query: not supported (OpenAPI 3.2); left out", "enum ListItems"),
        ("webhooks-only", "#/webhooks: webhooks are requests the API sends, not operations a client calls: 1 left out (newPet)",
         "struct APIClient"),
        ("false-schema", "#/components/schemas/Strict/properties/removed: the schema `false` allows no value: generated as `NoValue`, which nothing decodes to",
         "var removed: ArizeOpenAPIRuntime.NoValue?"),
        ("recursive-allof", nil, "var parent: ArizeOpenAPIRuntime.Indirect<Node>?"),
        ("null-lists", nil, "enum ListPets"),
    ]

    @Test(arguments: cases.map(\.file))
    func generates(file: String) throws {
        let entry = Self.cases.first { $0.file == file }!
        let spec = repositoryRoot.appendingPathComponent("Tests/GeneratorTests/Fixtures/once-refused/\(file).json")
        let result = try Generator.generate(spec: Array(try Data(contentsOf: spec)), sourceName: spec.lastPathComponent)
        let warnings = result.warnings.map { "\($0.pointer): \($0.message)" }
        if let warning = entry.warning { #expect(warnings.contains(warning), "\(warnings)") }
        #expect(result.files.map(\.contents).joined().contains(entry.contains))
    }

    /// `false` as a whole component is an alias of `NoValue`, and OpenAPI 3.2 is read with a warning.
    @Test func whatIsReadAndWhatIsSaid() throws {
        let folder = repositoryRoot.appendingPathComponent("Tests/GeneratorTests/Fixtures/once-refused")
        let falseSchema = try Generator.generate(spec: Array(try Data(contentsOf: folder.appendingPathComponent("false-schema.json"))), sourceName: "f.json")
        #expect(falseSchema.files.map(\.contents).joined().contains("typealias Nothing = ArizeOpenAPIRuntime.NoValue"))
        let v32 = try Generator.generate(spec: Array(try Data(contentsOf: folder.appendingPathComponent("openapi-3.2.json"))), sourceName: "v.json")
        #expect(v32.warnings.first?.pointer == "#/openapi" && v32.warnings.first?.message.hasPrefix("OpenAPI 3.2.0 is read as 3.1") == true)
        #expect(!v32.files.map(\.contents).joined().contains("QueryItems"))
    }
}
