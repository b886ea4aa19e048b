import ArizeOpenAPIGeneratorCore
import ArizeOpenAPIDocument
import Foundation
import Testing

/// `--access` and `--public-types`: generated plumbing stays out of users' sight; chosen models are public.
@Suite struct AccessLevelTests {
    static func generate(_ options: GeneratorOptions) throws -> String {
        let spec = repositoryRoot.appendingPathComponent("Tests/GeneratedFixtureTests/openapi.json")
        return try Generator.generate(spec: Array(try Data(contentsOf: spec)), sourceName: "openapi.json", options: options)
            .files.map(\.contents).joined(separator: "\n")
    }

    @Test func theDefaultIsInternal() throws {
        let code = try Self.generate(GeneratorOptions())
        #expect(!HostileSpecTests.codeOnly(code).contains("public "), "nothing public by default (comments and strings aside)")
        #expect(code.contains("internal enum Operations {}") && code.contains("internal struct Cat:"))
    }

    @Test func publicTypesAndWhatTheirCasesNeed() throws {
        let code = try Self.generate(GeneratorOptions(access: .package, publicTypes: ["Pet", "PetKind"]))
        // The union, its case types and its nested types are public…
        #expect(code.contains("public enum Pet:") && code.contains("public struct Cat:") && code.contains("public struct Dog:"))
        #expect(code.contains("public struct Unrecognized:") && code.contains("public enum PetKind:"))
        // …the rest, the operations included, is package.
        #expect(code.contains("package struct Owner:") && code.contains("package enum Operations {}") && code.contains("package struct APIClient"))
    }

    @Test func membersAreOnlyAsVisibleAsTheirTypes() throws {
        // Owner is public but Pet is not: Owner's `pets` property and its initializer cannot be public.
        let code = try Self.generate(GeneratorOptions(access: .package, publicTypes: ["Owner"]))
        #expect(code.contains("public struct Owner:") && code.contains("package var pets: [Pet]"))
        #expect(code.contains("public var id: Swift.String"))
    }

    @Test func unknownPublicTypesAndAccessLevelsAreErrors() {
        #expect(throws: GeneratorError.self) { _ = try Self.generate(GeneratorOptions(publicTypes: ["Nope"])) }
        let outcome = CommandLineTool.run(["x.json", "--output", "/tmp/x", "--access", "private"])
        #expect(outcome.exitCode == 2 && outcome.standardError.contains("--access needs one of public, package, internal"))
    }
}
