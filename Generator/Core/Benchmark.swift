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
        for operations in [500, 2_000] {
            let bytes = Array(SyntheticSpec.make(operations: operations).utf8)
            let stats = measure(bytes, iterations: operations >= 2_000 ? 7 : 11)
            report += line(name: "synthetic \(operations) operations", bytes: bytes, stats: stats)
        }
        return report
    }

    private static func line(name: String, bytes: [UInt8], stats: (median: Double, lines: Int, operations: Int)) -> String {
        let perOperation = stats.operations > 0 ? String(format: ", %.1f µs/operation", stats.median * 1e6 / Double(stats.operations)) : ""
        return String(format: "%@: %d bytes, %d operations, %d lines out: median %.2f ms%@\n",
                      name, bytes.count, stats.operations, stats.lines, stats.median * 1e3, perOperation)
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
                operations = result.files.filter { $0.name.hasPrefix("Operations") }.reduce(0) { $0 + $1.contents.components(separatedBy: ": APIOperation {").count - 1 }
            }
        }
        times.sort()
        return (times[times.count / 2], lines, operations)
    }
}
