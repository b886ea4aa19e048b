import ArizeOpenAPIGeneratorCore
import ArizeOpenAPIDocument
import Foundation
import Testing

/// Bad input gets one clear line naming the JSON pointer and the reason, and exit code 1.
@Suite struct MalformedSpecTests {
    static func minimal(paths: String = ##"{}"##, schemas: String = ##"{}"##, extra: String = "") -> String {
        ##"{"openapi":"3.1.0","info":{"title":"t","version":"1"},"paths":\##(paths),"components":{"schemas":\##(schemas)\##(extra)}}"##
    }

    static let cases: [(name: String, spec: String, message: String)] = [
        ("not JSON", ##"{"openapi": "3.1.0", "##, "error: bad.json: not valid JSON (line 1, column 22): expected a string key"),
        ("empty file", "", "error: bad.json: not valid JSON (line 1, column 1): the file is empty"),
        ("neither paths nor components", ##"{"openapi":"3.1.0","info":{"title":"t","version":"1"}}"##,
         "error: bad.json: #/paths: missing; a document needs `paths`, `components` or `webhooks`"),
        ("unknown path item field",
         minimal(paths: ##"{"/a":{"fetch":{"responses":{"204":{"description":"x"}}}}}"##),
         "error: bad.json: #/paths/~1a/fetch: \"fetch\" is not a field of a path item (methods are get, put, post, delete, options, head, patch, trace; extensions start with x-)"),
        ("wrong type for paths", minimal(paths: "[]"), "error: bad.json: #/paths: expected an object, found array"),
        ("wrong type for required", minimal(schemas: ##"{"A":{"type":"object","required":"id"}}"##),
         "error: bad.json: #/components/schemas/A/required: expected an array, found string"),
        ("unknown type", minimal(schemas: ##"{"A":{"type":"text"}}"##), "error: bad.json: #/components/schemas/A/type: unknown type \"text\""),
        ("missing ref", minimal(schemas: ##"{"A":{"type":"object","properties":{"b":{"$ref":"#/components/schemas/Nope"}}}}"##),
         "error: bad.json: #/components/schemas/A/properties/b/$ref: reference \"#/components/schemas/Nope\" points to nothing"),
        ("external ref", minimal(schemas: ##"{"A":{"$ref":"other.json#/B"}}"##),
         "error: bad.json: #/components/schemas/A/$ref: external reference \"other.json#/B\" is not supported; bundle the document into one file first"),
        ("response ref cycle",
         minimal(paths: ##"{"/a":{"get":{"responses":{"200":{"$ref":"#/components/responses/X"}}}}}"##,
                 extra: ##","responses":{"X":{"$ref":"#/components/responses/Y"},"Y":{"$ref":"#/components/responses/X"}}"##),
         "error: bad.json: #/paths/~1a/get/responses/200: reference cycle: #/components/responses/X -> #/components/responses/Y -> #/components/responses/X"),
        ("schema alias cycle", minimal(schemas: ##"{"A":{"$ref":"#/components/schemas/B"},"B":{"$ref":"#/components/schemas/A"}}"##),
         "error: bad.json: #/components/schemas/B: schema reference cycle that cannot be expressed: #/components/schemas/B -> #/components/schemas/A -> #/components/schemas/B"),
        ("swagger 2", ##"{"swagger":"2.0","paths":{}}"##, "error: bad.json: #/swagger: Swagger 2.0 is not supported; convert the document to OpenAPI 3.0 or 3.1"),
        ("undeclared path parameter", minimal(paths: ##"{"/a/{id}":{"get":{"responses":{"204":{"description":"x"}}}}}"##),
         "error: bad.json: #/paths/~1a~1{id}/get: path \"/a/{id}\" names {id} but no path parameter \"id\" is declared"),
        ("path parameter style",
         minimal(paths: ##"{"/a/{id}":{"get":{"parameters":[{"name":"id","in":"path","required":true,"style":"matrix","schema":{"type":"string"}}],"responses":{"204":{"description":"x"}}}}}"##),
         "error: bad.json: #/paths/~1a~1{id}/get/parameters/0: path parameter style \"matrix\" is not supported"),
        ("bad status key", minimal(paths: ##"{"/a":{"get":{"responses":{"20":{"description":"x"}}}}}"##),
         "error: bad.json: #/paths/~1a/get/responses/20: \"20\" is not a status code, a range like 4XX, or default"),
        ("duplicate operationId",
         minimal(paths: ##"{"/a":{"get":{"operationId":"x","responses":{"204":{"description":"x"}}},"put":{"operationId":"x","responses":{"204":{"description":"x"}}}}}"##),
         "error: bad.json: #/paths/~1a/put/operationId: operationId \"x\" is used twice (first at #/paths/~1a/get)"),
        ("body without media types",
         minimal(paths: ##"{"/a":{"post":{"requestBody":{"content":{}},"responses":{"204":{"description":"x"}}}}}"##),
         "error: bad.json: #/paths/~1a/post/requestBody/content: a request body needs at least one media type"),
    ]

    @Test(arguments: cases.map(\.name))
    func reportsPointerAndReason(name: String) throws {
        let entry = Self.cases.first { $0.name == name }!
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("malformed-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let spec = folder.appendingPathComponent("bad.json")
        try Data(entry.spec.utf8).write(to: spec)
        let outcome = CommandLineTool.run([spec.path, "--output", folder.appendingPathComponent("out").path])
        #expect(outcome.exitCode == 1)
        // `path:line:column: error: pointer: reason` (or `path: error: reason` for whole-file problems).
        let reason = String(entry.message.dropFirst("error: bad.json: ".count))
        #expect(outcome.standardError.hasPrefix(spec.path + ":") && outcome.standardError.hasSuffix(": error: " + reason + "\n"),
                "\(outcome.standardError)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out").path), "nothing is written for a bad spec")
    }

    /// Diagnostics point at the line and column of the value in question, so an editor can jump there.
    @Test func diagnosticsCarryLineAndColumn() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("loc-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let spec = folder.appendingPathComponent("s.json")
        try Data("{\n  \"openapi\": \"3.1.0\",\n  \"info\": {\"title\": \"t\", \"version\": \"1\"},\n  \"paths\": {\n    \"/a\": {\"fetch\": {}}\n  }\n}\n".utf8).write(to: spec)
        let outcome = CommandLineTool.run([spec.path, "--output", folder.appendingPathComponent("out").path])
        #expect(outcome.standardError == "\(spec.path):5:21: error: #/paths/~1a/fetch: \"fetch\" is not a field of a path item "
            + "(methods are get, put, post, delete, options, head, patch, trace; extensions start with x-)\n")
        #expect(JSONLocator.position(of: "#/paths/~1a", in: Array(try Data(contentsOf: spec))).map { [$0.line, $0.column] } == [5, 11])
    }

    /// Every dangling reference is reported in one run, each at its own place.
    @Test func everyDanglingReferenceIsReported() throws {
        let spec = Self.minimal(schemas: ##"{"A":{"type":"object","properties":{"b":{"$ref":"#/components/schemas/Nope"},"c":{"$ref":"#/components/schemas/Gone"}},"example":{"$ref":"just data"}}}"##)
        let error = #expect(throws: GeneratorError.self) { _ = try Generator.generate(spec: Array(spec.utf8), sourceName: "d.json") }
        #expect(error?.pointer == "#/components/schemas/A/properties/b/$ref")
        #expect(error?.others.map(\.pointer) == ["#/components/schemas/A/properties/c/$ref"])
    }

    /// Problems of every kind, in schemas, paths and operations, come out of one run, each once and
    /// in document order; the parts without problems are still read.
    @Test func everyProblemIsReportedInOneRun() throws {
        let spec = ##"""
            {"openapi":"3.1.0","info":{"title":"t","version":"1"},
             "paths":{"/a":{"fetch":{"responses":{"200":{"description":"x"}}}},
                      "/b/{id}":{"get":{"operationId":"getB","responses":{"200":{"description":"x"}}}},
                      "/c":{"get":{"operationId":"getC","parameters":[{"name":"q","in":"body","schema":{"type":"string"}}],"responses":{"200":{"description":"x"}}}},
                      "/d":{"get":{"operationId":"getC","responses":{"200":{"description":"x"}}}}},
             "components":{"schemas":{"A":{"type":"object","properties":{"b":{"$ref":"#/components/schemas/Missing"}}},"B":{"type":"strin"},
                                      "Fine":{"type":"object","properties":{"n":{"type":"integer"}}}}}}
            """##
        let error = #expect(throws: GeneratorError.self) { _ = try Generator.generate(spec: Array(spec.utf8), sourceName: "p.json") }
        // Typed locals: as one expression inside #expect this took the type checker over two seconds.
        let pointers: [String] = (error.map { [$0.pointer] + $0.others.map(\.pointer) }) ?? []
        let expected: [String] = [
            "#/components/schemas/A/properties/b/$ref", "#/components/schemas/B/type", "#/paths/~1a/fetch", "#/paths/~1c/get/parameters/0/in",
        ]
        #expect(pointers == expected)
        // Once the document reads, the translator's problems come together too.
        var read: String = spec
        for (old, new) in [(#""fetch""#, #""get""#), (#""in":"body""#, #""in":"query""#), ("Missing", "Fine"), (#""strin""#, #""string""#)] {
            read = read.replacingOccurrences(of: old, with: new)
        }
        let second = #expect(throws: GeneratorError.self) { _ = try Generator.generate(spec: Array(read.utf8), sourceName: "p.json") }
        let secondPointers: [String] = (second.map { [$0.pointer] + $0.others.map(\.pointer) }) ?? []
        #expect(secondPointers == ["#/paths/~1b~1{id}/get", "#/paths/~1d/get/operationId"])
    }

    @Test func invalidUTF8IsAnError() {
        var bytes = Array(Self.minimal(schemas: ##"{"A":{"type":"string","description":"caf\##u{e9}"}}"##).utf8)
        let e = bytes.firstIndex(of: 0xC3)!
        bytes[e + 1] = 0x28  // a broken two-byte sequence
        #expect(throws: GeneratorError("", "not valid UTF-8 (byte \(e)); OpenAPI documents are UTF-8 JSON")) {
            _ = try Generator.generate(spec: bytes, sourceName: "bad.json")
        }
    }

    /// What a run warned about is printed even when it then fails.
    @Test func warningsArePrintedWhenGenerationFails() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("warn-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let spec = folder.appendingPathComponent("w.json")
        try Data(Self.minimal(paths: ##"{"/a":{"fetch":{}}}"##, schemas: ##"{"A":{"type":"string","pattern":"^a"}}"##).utf8).write(to: spec)
        let outcome = CommandLineTool.run([spec.path, "--output", folder.appendingPathComponent("out").path])
        #expect(outcome.exitCode == 1 && outcome.standardError.contains("warning: #/components/schemas/A/pattern"))
        #expect(outcome.standardError.contains("#/paths/~1a/fetch: \"fetch\" is not a field of a path item"))
    }

    /// Valid documents once refused: a BOM, components without paths, empty paths, several types.
    @Test func validDocumentsOnceRefusedGenerate() throws {
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(Self.minimal(schemas: ##"{"A":{"type":"string"}}"##).utf8)
        _ = try Generator.generate(spec: bom, sourceName: "bom.json")
        let componentsOnly = ##"{"openapi":"3.1.0","info":{"title":"t","version":"1"},"components":{"schemas":{"A":{"type":"object","properties":{"n":{"type":"integer","format":"uint16"}}}}}}"##
        let types = try Generator.generate(spec: Array(componentsOnly.utf8), sourceName: "c.json").files.map(\.contents).joined()
        #expect(types.contains("var n: Swift.UInt16?"))
        _ = try Generator.generate(spec: Array(Self.minimal().utf8), sourceName: "empty.json")
        let several = try Generator.generate(spec: Array(Self.minimal(schemas: ##"{"A":{"type":"object","properties":{"v":{"type":["string","integer"]}}}}"##).utf8),
                                             sourceName: "s.json")
        #expect(several.files.map(\.contents).joined().contains("var v: ArizeOpenAPIRuntime.OpenAPIValue?"))
        #expect(several.warnings.map(\.pointer) == ["#/components/schemas/A/properties/v/type"])
        let decimal = try Generator.generate(spec: Array(Self.minimal(schemas: ##"{"A":{"type":"object","properties":{"d":{"type":"number","format":"decimal"}}}}"##).utf8),
                                             sourceName: "d.json")
        #expect(decimal.files.map(\.contents).joined().contains("var d: Swift.Double?") && decimal.warnings.count == 1)
    }

    /// Bodies that are not JSON no longer stop the document: the operation takes the body as bytes.
    @Test func nonJSONBodiesDegradeToData() throws {
        for (type, sent) in [("multipart/form-data", "multipart/form-data"), ("image/jpeg", "image/jpeg"), ("*/*", "application/octet-stream")] {
            let spec = Self.minimal(paths: ##"{"/a":{"post":{"operationId":"upload","requestBody":{"required":true,"content":{"\##(type)":{"schema":{"type":"string","format":"binary"}}}},"responses":{"204":{"description":"x"}}}}}"##)
            let result = try Generator.generate(spec: Array(spec.utf8), sourceName: "u.json")
            let operations = result.files.filter { $0.name.hasSuffix("Operations.swift") }.map(\.contents).joined()
            #expect(operations.contains("var body: Foundation.Data") && operations.contains("request.body = input.body"))
            #expect(operations.contains("request.headers[\"Content-Type\"] = \"\(sent)\""))
            #expect(result.warnings.count == 1 && result.warnings[0].message.contains("raw Data"))
        }
    }

    @Test func anAllOfBranchThatIsNotAnObjectIsLeftOutWithAWarning() throws {
        let spec = Self.minimal(schemas: ##"{"E":{"type":"string","enum":["a"]},"O":{"type":"object","properties":{"n":{"type":"string"}}},"M":{"allOf":[{"$ref":"#/components/schemas/O"},{"$ref":"#/components/schemas/E"}]}}"##)
        let result = try Generator.generate(spec: Array(spec.utf8), sourceName: "m.json")
        #expect(result.files.map(\.contents).joined().contains("internal struct M:"))
        #expect(result.warnings.map(\.description) == ["warning: #/components/schemas/M/allOf/1: this allOf branch is not an object and is left out of the merged type"])
    }

    /// Object, union, free-form and `content` parameters are serialized; what still cannot be (a
    /// cookie holding an object) is left out with a warning, not a failed document.
    @Test func structuredParametersAreSerializedAndTheRestLeftOutLoudly() throws {
        let spec = Self.minimal(paths: ##"{"/a":{"get":{"operationId":"find","parameters":[{"name":"filter","in":"query","style":"deepObject","schema":{"type":"object","properties":{"x":{"type":"string"}}}},{"name":"q","in":"query","schema":{"type":"object"}},{"name":"c","in":"query","content":{"application/json":{"schema":{"type":"string"}}}},{"name":"t","in":"query","content":{"text/plain":{"schema":{"type":"string"}}}},{"name":"k","in":"cookie","schema":{"type":"object","properties":{"a":{"type":"string"}}}}],"responses":{"204":{"description":"x"}}}}}"##)
        let result = try Generator.generate(spec: Array(spec.utf8), sourceName: "p.json")
        let operations = result.files.filter { $0.name.hasSuffix("Operations.swift") }.map(\.contents).joined()
        #expect(operations.contains("var filter: Filter?") && operations.contains("DeepObject.queryItems(name: \"filter\""))
        #expect(operations.contains("var q: [Swift.String: ArizeOpenAPIRuntime.OpenAPIValue]?") && operations.contains("StyledParameter.queryItems(name: \"q\", value: value, explode: true)"))
        #expect(operations.contains("var c: Swift.String?") && operations.contains("StyledParameter.json(value)"))
        #expect(!operations.contains("var k:"))
        #expect(result.warnings.map(\.pointer) == ["#/paths/~1a/get/parameters/3/content", "#/paths/~1a/get/parameters/4"])
    }

    @Test func unsupportedKeywordsAreLoudWarningsNotSilence() throws {
        let spec = Self.minimal(schemas: ##"{"A":{"type":"object","properties":{"n":{"type":"string","not":{"const":"x"},"pattern":"^a"}}}}"##)
        let result = try Generator.generate(spec: Array(spec.utf8), sourceName: "w.json")
        #expect(result.warnings.map(\.description) == [
            "warning: #/components/schemas/A/properties/n/not: `not` is not supported; the value is generated without this constraint",
            "warning: #/components/schemas/A/properties/n/pattern: `pattern` is not checked by generated validation",
        ])
    }
}
