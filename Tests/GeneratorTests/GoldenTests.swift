import ArizeOpenAPIGeneratorCore
import ArizeOpenAPIDocument
import Foundation
import Testing

/// The repository's root, found from this file's location.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// Generator output compared byte for byte with committed files, one file per kind.
/// Refresh them after an intended change with: `UPDATE_GOLDENS=1 swift test --filter GoldenTests`.
@Suite struct GoldenTests {
    static let cases: [(name: String, spec: String)] = [
        ("arize-api-keys", "openapi/arize-api-keys.json"),
        ("constructs", "Tests/GeneratedFixtureTests/openapi.json"),
        ("openapi-3.0", "Tests/GeneratorTests/Fixtures/openapi-3.0.json"),
    ]

    @Test(arguments: cases.map(\.name))
    func outputMatchesGolden(name: String) throws {
        let spec = repositoryRoot.appendingPathComponent(Self.cases.first { $0.name == name }!.spec)
        let bytes = try Data(contentsOf: spec)
        // One file per kind: a schema added early in a spec changes the goldens only where it is.
        // How output spreads over the plugin's parts is `outputIsSharedOutBySize`'s test.
        let result = try Generator.generate(spec: Array(bytes), sourceName: spec.lastPathComponent,
                                            options: GeneratorOptions(onePartPerKind: true))
        #expect(result.files.map(\.name) == ["Client.swift", "Operations.swift", "Types.swift"])
        let folder = repositoryRoot.appendingPathComponent("Tests/GeneratorTests/Golden/\(name)")
        var differences: [String] = []
        // What was generated instead, in full, for a diff tool: the test's own message stays short.
        let actualFolder = FileManager.default.temporaryDirectory.appendingPathComponent("arize-golden-actual/\(name)")
        for file in result.files {
            let golden = folder.appendingPathComponent(file.name)
            if ProcessInfo.processInfo.environment["UPDATE_GOLDENS"] == "1" {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                try Data(file.contents.utf8).write(to: golden)
                continue
            }
            let expected = (try? String(contentsOf: golden, encoding: .utf8)) ?? ""
            guard file.contents != expected else { continue }
            differences.append(Self.firstDifference(file: file.name, expected: expected, actual: file.contents))
        }
        if !differences.isEmpty {
            // Every file, so `diff -r` shows only what changed.
            try? FileManager.default.removeItem(at: actualFolder)
            try FileManager.default.createDirectory(at: actualFolder, withIntermediateDirectories: true)
            for file in result.files { try Data(file.contents.utf8).write(to: actualFolder.appendingPathComponent(file.name)) }
            Issue.record(Comment(rawValue: """
                \(differences.count) golden file(s) of \(name) differ. If the change is intended: UPDATE_GOLDENS=1 swift test --filter GoldenTests
                Generated files: \(actualFolder.path) (diff -r \(folder.path) \(actualFolder.path))
                \(differences.prefix(5).joined(separator: "\n"))\(differences.count > 5 ? "\n… and \(differences.count - 5) more" : "")
                """))
        }
    }

    /// `file:line: golden <line> / now <line>`, for the first line that differs.
    static func firstDifference(file: String, expected: String, actual: String) -> String {
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let index = zip(old, new).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(old.count, new.count)
        func shown(_ lines: [Substring]) -> String { index < lines.count ? String(lines[index].prefix(160)) : "(end of file)" }
        return "  \(file):\(index + 1): golden \(shown(old))\n  \(String(repeating: " ", count: file.count + String(index + 1).count + 2))now    \(shown(new))"
    }

    /// Output spreads over all sixteen parts per kind once past 16 KB, and over four spread-out ones
    /// past 1 MB; the compiler takes the files in name order, which is the order of the list.
    @Test func outputIsSharedOutBySize() throws {
        func usedTypeFiles(_ spec: [UInt8]) throws -> [String] {
            let files = try Generator.generate(spec: spec, sourceName: "s.json").files
            return files.filter { $0.name.hasSuffix("Types.swift") && !$0.contents.contains("// Empty: ") }.map(\.name)
        }
        #expect(Generator.fileNames == Generator.fileNames.sorted())
        #expect(Generator.fileNames.count == 33)
        let bundled = Array(try Data(contentsOf: repositoryRoot.appendingPathComponent("openapi/arize-api-keys.json")))
        #expect(try usedTypeFiles(bundled).count == 16)
        #expect(try usedTypeFiles(Array(SyntheticSpec.makePublicAPIStyle(operations: 200).utf8))
                == ["Part01Types.swift", "Part05Types.swift", "Part09Types.swift", "Part13Types.swift"])
        let fixture = Array(try Data(contentsOf: repositoryRoot.appendingPathComponent("Tests/GeneratorTests/Fixtures/openapi-3.0.json")))
        #expect(try usedTypeFiles(fixture) == ["Part01Types.swift"])
        // The parts hold exactly what the one-file-per-kind goldens hold, in the same order (each
        // part of types opens and closes its own `extension Components.Schemas`).
        let parted = try Generator.generate(spec: bundled, sourceName: "s.json").files
        let whole = try Generator.generate(spec: bundled, sourceName: "s.json", options: GeneratorOptions(onePartPerKind: true)).files
        #expect(parted.map(\.name) == Generator.fileNames)
        func body(_ files: [Generator.File], _ kind: String) -> String {
            files.filter { $0.name.hasSuffix(kind) }.map { file in
                file.contents.split(separator: "\n", omittingEmptySubsequences: false)
                    .filter { !$0.hasPrefix("// Generated from ") && !$0.hasPrefix("// Empty: ") && !$0.isEmpty && !$0.hasPrefix("import ") && !$0.hasPrefix("@_spi")
                        && $0 != "extension Components.Schemas {" && $0 != "}" }
                    .joined(separator: "\n")
            }.filter { !$0.isEmpty }.joined(separator: "\n")
        }
        for kind in ["Types.swift", "Operations.swift"] { #expect(body(parted, kind) == body(whole, kind), "\(kind)") }
    }

    @Test func outputIsDeterministic() throws {
        let bytes = Array(try Data(contentsOf: repositoryRoot.appendingPathComponent("Tests/GeneratedFixtureTests/openapi.json")))
        let first = try Generator.generate(spec: bytes, sourceName: "a.json").files
        for _ in 0..<5 { #expect(try Generator.generate(spec: bytes, sourceName: "a.json").files == first) }
    }

    @Test func everyFileHasTheDoNotEditHeader() throws {
        let bytes = Array(try Data(contentsOf: repositoryRoot.appendingPathComponent("openapi/arize-api-keys.json")))
        for file in try Generator.generate(spec: bytes, sourceName: "arize-api-keys.json").files {
            #expect(file.contents.hasPrefix("// Generated from arize-api-keys.json by arize-openapi-generator. Do not edit.\n"))
        }
    }
}
