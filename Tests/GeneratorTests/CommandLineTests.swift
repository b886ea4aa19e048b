import ArizeOpenAPIGeneratorCore
import ArizeOpenAPIDocument
import Foundation
import Testing

@Suite struct CommandLineTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cli-\(UUID().uuidString)")
    var spec: String { repositoryRoot.appendingPathComponent("openapi/arize-api-keys.json").path }
    var output: URL { folder.appendingPathComponent("out") }

    @Test func writesOnlyChangedFilesAndChecks() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = CommandLineTool.run([spec, "--output", output.path])
        #expect(first.exitCode == 0 && first.standardError.isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.path).sorted() == Generator.fileNames.sorted())

        // An unchanged file is not rewritten (keeps incremental builds fast).
        let types = output.appendingPathComponent("Part01Types.swift").path
        let old = Date(timeIntervalSince1970: 1_000_000)
        try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: types)
        #expect(CommandLineTool.run([spec, "--output", output.path]).exitCode == 0)
        #expect(try FileManager.default.attributesOfItem(atPath: types)[.modificationDate] as? Date == old)

        #expect(CommandLineTool.run([spec, "--output", output.path, "--check"]).exitCode == 0)
        try Data("// edited by hand\n".utf8).write(to: URL(fileURLWithPath: types))
        let check = CommandLineTool.run([spec, "--output", output.path, "--check"])
        #expect(check.exitCode == 1)
        #expect(check.standardError == "out of date in \(output.path): Part01Types.swift\n")
        #expect(try String(contentsOfFile: types, encoding: .utf8) == "// edited by hand\n", "--check writes nothing")
    }

    @Test func removesFilesAnEarlierVersionWroteAndNothingElse() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(CommandLineTool.run([spec, "--output", output.path]).exitCode == 0)
        // What 0.1's generator left behind (eight shards per kind), and a file of the user's own.
        let old = output.appendingPathComponent("Types2.swift")
        try Data("// Generated from arize-api-keys.json by arize-openapi-generator. Do not edit.\n\nstruct APIKey {}\n".utf8).write(to: old)
        let mine = output.appendingPathComponent("Extensions.swift")
        try Data("// Generated from my head, not by arize-openapi-generator.\nextension APIKey {}\n".utf8).write(to: mine)

        let check = CommandLineTool.run([spec, "--output", output.path, "--check"])
        #expect(check.exitCode == 1)
        #expect(check.standardError == "out of date in \(output.path): Types2.swift\n")
        #expect(FileManager.default.fileExists(atPath: old.path), "--check removes nothing")

        let run = CommandLineTool.run([spec, "--output", output.path])
        #expect(run.exitCode == 0)
        #expect(run.standardOutput == "removed Types2.swift, written by an earlier version of the generator\n")
        #expect(!FileManager.default.fileExists(atPath: old.path))
        #expect(FileManager.default.fileExists(atPath: mine.path))
        #expect(CommandLineTool.run([spec, "--output", output.path, "--check"]).exitCode == 0)
    }

    @Test func helpAndWrongArguments() {
        let help = CommandLineTool.run(["--help"])
        #expect(help.exitCode == 0 && help.standardOutput.contains("--check") && help.standardOutput.contains("--output"))
        #expect(CommandLineTool.run([]).exitCode == 2)
        #expect(CommandLineTool.run([spec]).standardError.hasPrefix("error: --output is required"))
        #expect(CommandLineTool.run([spec, "--frobnicate"]).exitCode == 2)
        let missing = CommandLineTool.run(["/nonexistent.json", "--output", "/tmp/x"])
        #expect(missing.exitCode == 2 && missing.standardError == "error: cannot read /nonexistent.json\n")
    }
}

@Suite struct NamingTests {
    @Test(arguments: [
        ("created_by_user_id", "createdByUserID"), ("api_key_id", "apiKeyID"), ("read-only", "readOnly"), ("id", "id"),
        ("userId", "userID"), ("URLPath", "urlPath"), ("Retry-After", "retryAfter"), ("2xx", "_2Xx"), ("self", "selfValue"),
    ])
    func memberNames(raw: String, expected: String) {
        #expect(Naming.memberName(raw) == expected)
    }

    @Test(arguments: [("ApiKey", "APIKey"), ("api_keys_list", "APIKeysList"), ("ApiKeyListResponse", "APIKeyListResponse"), ("put-pet", "PutPet")])
    func typeNames(raw: String, expected: String) {
        #expect(Naming.typeName(raw) == expected)
    }

    @Test func keywordsAreEscaped() {
        #expect(Naming.escaped("default") == "`default`")
        #expect(Naming.escaped("name") == "name")
    }
}
