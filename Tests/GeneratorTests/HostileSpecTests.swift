import ArizeOpenAPIGeneratorCore
import ArizeOpenAPIDocument
import Foundation
import Testing

/// Spec text must stay text: no string from a document may leave the comment or literal it is
/// written into. (The constructs fixture carries the same payloads and is compiled by the
/// GeneratedFixtureTests target, so the output is also known to build.)
@Suite struct HostileSpecTests {
    /// Swift source with comments and string literals blanked out: what the compiler reads as code.
    static func codeOnly(_ source: String) -> String {
        let s = Array(source.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        func at(_ k: Int, _ text: String) -> Bool {
            let t = Array(text.unicodeScalars)
            return k + t.count <= s.count && Array(s[k..<(k + t.count)]) == t
        }
        // Swift ends a line comment at LF or CR only.
        func isNewline(_ c: Unicode.Scalar) -> Bool { c == "\n" || c == "\r" }
        while i < s.count {
            if at(i, "//") {
                while i < s.count && !isNewline(s[i]) { i += 1 }
            } else if at(i, "/*") {
                var depth = 0
                repeat {
                    if at(i, "/*") { depth += 1; i += 2 } else if at(i, "*/") { depth -= 1; i += 2 } else { i += 1 }
                } while depth > 0 && i < s.count
            } else if at(i, "\"\"\"") {
                i += 3
                while i < s.count && !at(i, "\"\"\"") { i += s[i] == "\\" ? 2 : 1 }
                i += 3
            } else if s[i] == "\"" {
                i += 1
                while i < s.count && s[i] != "\"" && !isNewline(s[i]) { i += s[i] == "\\" ? 2 : 1 }
                i += 1
                out.append(contentsOf: "\"\"".unicodeScalars)
            } else {
                out.append(s[i])
                i += 1
            }
        }
        return String(out)
    }

    @Test func theLexerSeesInjectedCode() {
        #expect(Self.codeOnly("/// a\rpublic let injected = 1").contains("injected"))
        #expect(!Self.codeOnly("/// a\u{2028}public let injected = 1").contains("injected"))
        #expect(!Self.codeOnly("let x = \"injected\" // injected").contains("injected"))
    }

    @Test func everySpecStringStaysInItsCommentOrLiteral() throws {
        let spec = repositoryRoot.appendingPathComponent("Tests/GeneratedFixtureTests/openapi.json")
        let result = try Generator.generate(spec: Array(try Data(contentsOf: spec)), sourceName: "openapi.json\n}\nlet injectedName = 1")
        let all = result.files.map(\.contents).joined(separator: "\n")
        #expect(all.contains("injectedE1"), "the payloads are in the fixture")
        for file in result.files {
            let code = Self.codeOnly(file.contents)
            #expect(!code.contains("injected"), "\(file.name) declares code from the spec")
            // No line terminator other than LF survives anywhere in the output.
            #expect(!file.contents.unicodeScalars.contains { [0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029].contains($0.value) })
        }
    }

    /// An alias chain of 10,000 `$ref`s is resolved without deep recursion (5,000 once crashed the generator).
    @Test func aLongReferenceChainGenerates() throws {
        let links = 10_000
        var schemas = [##""L0":{"type":"object","properties":{"n":{"type":"integer"}}}"##]
        for i in 1...links { schemas.append(##""L\##(i)":{"$ref":"#/components/schemas/L\##(i - 1)"}"##) }
        schemas.append(##""Holder":{"type":"object","properties":{"last":{"$ref":"#/components/schemas/L\##(links)"}}}"##)
        let spec = ##"{"openapi":"3.1.0","info":{"title":"t","version":"1"},"paths":{},"components":{"schemas":{"##
            + schemas.joined(separator: ",") + "}}}"
        let result = try Generator.generate(spec: Array(spec.utf8), sourceName: "chain.json")
        let types = result.files.filter { $0.name.hasSuffix("Types.swift") }.map(\.contents).joined()
        #expect(types.contains("internal typealias L\(links) = L\(links - 1)"))
        #expect(types.contains("internal var last: L\(links)?"))
        // The fast reader goes straight to the struct at the end of the chain.
        #expect(types.contains("try L0(reading: &r0)"))
    }

    @Test func aReferenceCycleInALongChainIsAnError() throws {
        var schemas: [String] = []
        for i in 0..<3_000 { schemas.append(##""C\##(i)":{"$ref":"#/components/schemas/C\##((i + 1) % 3_000)"}"##) }
        let spec = ##"{"openapi":"3.1.0","info":{"title":"t","version":"1"},"paths":{},"components":{"schemas":{"##
            + schemas.joined(separator: ",") + "}}}"
        let error = #expect(throws: GeneratorError.self) { _ = try Generator.generate(spec: Array(spec.utf8), sourceName: "cycle.json") }
        #expect(error?.others.isEmpty == true, "one cycle, reported once")
    }

    /// An alias cycle is reported once, also when another schema leads into it.
    @Test func anAliasCycleIsReportedOnceWithASchemaLeadingIntoIt() throws {
        let spec = ##"{"openapi":"3.1.0","info":{"title":"t","version":"1"},"paths":{},"components":{"schemas":{"##
            + ##""A":{"$ref":"#/components/schemas/B"},"B":{"$ref":"#/components/schemas/C"},"C":{"$ref":"#/components/schemas/A"},"##
            + ##""T":{"$ref":"#/components/schemas/B"}}}}"##
        let error = try #require(#expect(throws: GeneratorError.self) { _ = try Generator.generate(spec: Array(spec.utf8), sourceName: "cycle.json") })
        #expect(error.others.isEmpty, "\(error.others)")
        #expect(error.message.hasPrefix("schema reference cycle that cannot be expressed: "), "\(error.message)")
    }
}
