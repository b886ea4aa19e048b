import ArizeAPIKeys
import ArizeOpenAPIRuntime
import ArizeAPIKeysTesting
import Foundation

// swift run arize-api-keys-demo               the API-keys lifecycle against an in-process FakeArize
// swift run arize-api-keys-demo --live        the same against ARIZE_API_KEY / ARIZE_API_HOST, touching only keys it creates
// swift run -c release arize-api-keys-demo --benchmark   the facade's own cost per call, and listAll over 100,000 keys
// swift run -c release arize-api-keys-demo --http-benchmark   client CPU per call over loopback HTTP and TLS

let arguments = Set(CommandLine.arguments.dropFirst())
do {
    if arguments.contains("--help") || arguments.contains("-h") {
        print("usage: arize-api-keys-demo [--live | --benchmark | --http-benchmark]")
    } else if arguments.contains("--http-benchmark") {
        try await HTTPBenchmark.run(arguments: CommandLine.arguments)
    } else if arguments.contains("--benchmark") {
        try await Benchmark.run()
    } else if arguments.contains("--live") {
        try await Demo.live()
    } else {
        try await Demo.offline()
    }
} catch {
    FileHandle.standardError.write(Data("error: \(error)\n".utf8))
    exit(1)
}
