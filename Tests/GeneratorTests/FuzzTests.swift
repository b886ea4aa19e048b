import ArizeOpenAPIDocument
import ArizeOpenAPIGeneratorCore
import Foundation
import Testing

/// A fuzz campaign of fixed size and seed: mutated documents (truncated, bytes flipped, fragments
/// spliced in, nested deep) must each generate or fail with a `GeneratorError`; a crash or a hang
/// ends the test run. (A larger campaign over the generator binary found no crash in 1,500 runs.)
@Suite struct FuzzTests {
    /// SplitMix64: the same sequence on every machine.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(max(n, 1))) }
    }

    static let fragments: [String] = [
        ##""$ref": "#/components/schemas/Pet""##, "{}", "[]", "null", "9223372036854775807", "-1e400", "1e308",
        ##""type": ["string", "integer", "null"]"##, ##""oneOf": []"##, ##""allOf": [{"$ref": "#"}]"##, ##""enum": []"##,
        ##""discriminator": {"propertyName": "x"}"##, ##""format": "uint64""##, ##""items": []"##, ##""required": [1]"##,
        ##""additionalProperties": {"$ref": "#/components/schemas"}"##, ##""$ref": "#/paths""##, ##""const": {}"##,
        String(repeating: "[", count: 600), String(repeating: ##"{"a":"##, count: 300), "\u{FEFF}", "\\ud800",
    ]

    @Test(arguments: ["Tests/GeneratorTests/Fixtures/openapi-3.0.json", "Tests/GeneratedFixtureTests/openapi.json"])
    func mutatedDocumentsNeverCrash(path: String) throws {
        let original = Array(try Data(contentsOf: repositoryRoot.appendingPathComponent(path)))
        var random = Random(state: 20_261_130)
        var generated = 0, refused = 0
        for _ in 0..<400 {
            var bytes = original
            switch random.below(4) {
            case 0: bytes = Array(bytes.prefix(random.below(bytes.count)))
            case 1: for _ in 0...random.below(8) { bytes[random.below(bytes.count)] = UInt8(truncatingIfNeeded: random.next()) }
            case 2: bytes.insert(contentsOf: Array(Self.fragments[random.below(Self.fragments.count)].utf8), at: random.below(bytes.count))
            default:
                // Replace a quoted string with a fragment: structurally plausible, semantically odd.
                if let start = bytes[random.below(bytes.count)...].firstIndex(of: UInt8(ascii: "\"")),
                   let end = bytes[(start + 1)...].firstIndex(of: UInt8(ascii: "\"")) {
                    bytes.replaceSubrange(start...end, with: Array(Self.fragments[random.below(Self.fragments.count)].utf8))
                }
            }
            do {
                _ = try Generator.generate(spec: bytes, sourceName: "fuzz.json")
                generated += 1
            } catch {
                #expect(!error.message.isEmpty)
                refused += 1
            }
        }
        #expect(generated + refused == 400 && refused > 0 && generated > 0)
    }
}
