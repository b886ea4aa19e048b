import ArizeOpenAPIDocument
import Foundation

/// Times parse+generate in-process, reporting medians (see `--benchmark`).
enum Benchmark {
    static func run(specPath: String?) -> String {
        var report = "arize-openapi-generator benchmark (median of in-process parse+generate)\n"
        if let specPath, let data = FileManager.default.contents(atPath: specPath) {
            let bytes = Array(data)
            let stats = measure(bytes, iterations: 101)
            report += line(name: URL(fileURLWithPath: specPath).lastPathComponent, bytes: bytes, stats: stats)
        }
        let synthetic: [(String, String, Int)] = [
            ("synthetic 500 operations", SyntheticSpec.make(operations: 500), 11),
            ("synthetic 2000 operations", SyntheticSpec.make(operations: 2_000), 7),
            ("public-API style, 480 operations", SyntheticSpec.makePublicAPIStyle(operations: 480), 7),
            ("public-API style, 1500 operations", SyntheticSpec.makePublicAPIStyle(operations: 1_500), 5),
        ]
        for (name, spec, iterations) in synthetic {
            let bytes = Array(spec.utf8)
            report += line(name: name, bytes: bytes, stats: measure(bytes, iterations: iterations))
        }
        report += "(compile time of generated code: bash .ci/large-spec-check.sh)\n"
        return report
    }

    private static func line(name: String, bytes: [UInt8], stats: (median: Double, lines: Int, operations: Int)) -> String {
        let perOperation = stats.operations > 0
            ? String(format: ", %.1f µs and %d lines per operation", stats.median * 1e6 / Double(stats.operations), stats.lines / stats.operations) : ""
        return String(format: "%@: %.2f MB, %d operations, %d lines out: median %.2f ms%@\n",
                      name, Double(bytes.count) / 1e6, stats.operations, stats.lines, stats.median * 1e3, perOperation)
    }

    private static func measure(_ bytes: [UInt8], iterations: Int) -> (median: Double, lines: Int, operations: Int) {
        var times: [Double] = []
        var lines = 0
        var operations = 0
        for _ in 0..<iterations {
            let start = DispatchTime.now().uptimeNanoseconds
            let result = try? Generator.generate(spec: bytes, sourceName: "benchmark.json")
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
            if let result {
                lines = result.files.reduce(0) { $0 + $1.contents.reduce(0) { $1 == "\n" ? $0 + 1 : $0 } }
                // `Part01Operations.swift`…: each operation is an `enum Name: ArizeOpenAPIRuntime.APIOperation`.
                operations = result.files.filter { $0.name.hasSuffix("Operations.swift") }
                    .reduce(0) { $0 + $1.contents.components(separatedBy: ".APIOperation {").count - 1 }
            }
        }
        times.sort()
        return (times[times.count / 2], lines, operations)
    }
}
