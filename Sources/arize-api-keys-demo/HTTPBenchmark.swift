import ArizeAPIKeys
import ArizeAPIKeysTesting
import ArizeOpenAPIRuntime
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Client CPU per call over real sockets: a loopback server in its own process
/// (`Scripts/benchmark-server.py`, its CPU not counted) answers with bodies FakeArize wrote, over
/// plain HTTP and over TLS with a throwaway certificate that only the benchmark trusts. For each
/// workload: raw `URLSession` (the floor of a `URLSession` client), our two transports
/// (`URLSessionTransport`, and `CurlTransport`, the default on Linux), and the facade over the
/// default; CPU is user + system time of the whole process (every thread) from `getrusage`.
/// A benchmark run that could not measure what it set out to.
struct BenchmarkFailure: Error, CustomStringConvertible {
    var description: String
}

enum HTTPBenchmark {
    static func run(arguments: [String]) async throws {
        // A process of its own per transport for the memory figure (see `measureMemory`).
        if let index = arguments.firstIndex(of: "--memory-child"), index + 2 < arguments.count,
           let baseURL = URL(string: arguments[index + 1]) {
            try await memoryChild(baseURL: baseURL, urlSession: arguments[index + 2] == "urlsession")
            return
        }
        // Inside the private mount namespace (see `measureTLS`): the HTTPS half.
        if let index = arguments.firstIndex(of: "--tls-child"), index + 1 < arguments.count {
            let folder = URL(fileURLWithPath: arguments[index + 1])
            let tls = (certificate: folder.appendingPathComponent("cert.pem"), key: folder.appendingPathComponent("key.pem"))
            try await measure(label: "https", folder: folder, tls: tls)
            return
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("arize-http-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try writeBodies(to: folder)
        // The first client loads libcurl and starts the transport's thread: a one-time cost per process.
        let first = cpuTime()
        _ = try ArizeClient(configuration: ArizeConfiguration(apiKey: "bench", baseURL: URL(string: "http://127.0.0.1:9")!,
                                                               prereleaseWarnings: .silent, environment: [:]))
        say(String(format: "first client made (transport start-up): %.1f ms CPU", (cpuTime() - first) / 1_000))
        try await measure(label: "http", folder: folder, tls: nil)
        try measureTLS(folder: folder)
    }

    /// HTTPS with certificate verification on. Foundation on Linux trusts only the system CA bundle,
    /// so the benchmark runs again in a private mount namespace where that file also holds a
    /// throwaway certificate: trusted by that process alone, nothing on the machine changes.
    static func measureTLS(folder: URL) throws {
        #if os(Linux)
        guard let tls = makeCertificate(in: folder) else { say("https: skipped (no openssl command for a throwaway certificate)"); return }
        let systemBundle = "/etc/ssl/certs/ca-certificates.crt"
        let bundle = folder.appendingPathComponent("bundle.crt")
        var trusted = (FileManager.default.contents(atPath: systemBundle) ?? Data())
        trusted.append(try Data(contentsOf: tls.certificate))
        try trusted.write(to: bundle)
        let me = ownExecutable.path
        func inPrivateNamespace(_ then: String) throws -> Int32 {
            let child = Process()
            child.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            child.arguments = ["unshare", "--mount", "/bin/sh", "-c", "mount --bind \"$1\" \"$2\"" + then,
                               "sh", bundle.path, systemBundle, me, folder.path]
            try child.run()
            child.waitUntilExit()
            return child.terminationStatus
        }
        // First only the namespace: where it cannot be made, the HTTPS half is skipped; once it
        // can, a failing HTTPS half is a failure (a TLS bug must not pass as "skipped").
        guard try inPrivateNamespace("") == 0 else {
            say("https: skipped (a private mount namespace is needed to trust the throwaway certificate; run as root, or with unshare allowed)")
            return
        }
        let status = try inPrivateNamespace(" && exec \"$3\" --http-benchmark --tls-child \"$4\"")
        if status != 0 { throw BenchmarkFailure(description: "the HTTPS half failed (exit status \(status))") }
        #else
        say("https: measured on Linux only")
        #endif
    }

    static func measure(label: String, folder: URL, tls: (certificate: URL, key: URL)?) async throws {
        let server = try startServer(bodies: folder, tls: tls)
        defer { server.process.terminate() }
        let baseURL = URL(string: "\(label)://127.0.0.1:\(server.port)")!
        say("\(label) (loopback, client CPU per call, median of 3 interleaved runs):")
        try await measure(baseURL: baseURL)
        for transport in ["curl", "urlsession"] { try measureMemory(baseURL: baseURL, transport: transport) }
    }

    /// Peak memory of a process that only makes facade calls: 2,000 × `list(limit: 50)` in a fresh
    /// process per transport, so neither the other transport nor the benchmark's own data counts.
    static func measureMemory(baseURL: URL, transport: String) throws {
        let child = Process()
        child.executableURL = ownExecutable
        child.arguments = ["--http-benchmark", "--memory-child", baseURL.absoluteString, transport]
        try child.run()
        child.waitUntilExit()
        if child.terminationStatus != 0 {
            throw BenchmarkFailure(description: "the \(transport) memory run failed (exit status \(child.terminationStatus))")
        }
    }

    static func memoryChild(baseURL: URL, urlSession: Bool) async throws {
        let configuration = ArizeConfiguration(apiKey: "bench", baseURL: baseURL, prereleaseWarnings: .silent, environment: [:])
        let transport: any HTTPTransport = urlSession ? URLSessionTransport() : try makeDefaultTransport(timeout: .seconds(30))
        let keys = try ArizeClient(configuration: configuration, transport: transport).apiKeys
        let start = cpuTime()
        for _ in 0..<2_000 { _ = try await keys.list(limit: 50) }
        let perCall = (cpuTime() - start) / 2_000
        // VmHWM, not getrusage's ru_maxrss: on Linux that survives exec and would report the parent's peak.
        let peakKiB = Benchmark.processStatusKiB("VmHWM:")
        let peak = peakKiB > 0 ? String(format: "%.1f MiB", Double(peakKiB) / 1024) : "unknown"
        say(String(format: "  2,000 × list(limit: 50) alone in a process, facade over %@: %.0f µs per call, peak RSS %@",
                   (urlSession ? "URLSessionTransport" : String(describing: type(of: transport))) as NSString, perCall, peak as NSString))
    }

    /// A workload run four ways: raw URLSession, each of our transports, the facade.
    struct Workload {
        var name: String
        var calls: Int
        var raw: @Sendable (URLSession, URL) async throws -> Void
        var transport: @Sendable (any HTTPTransport, URL) async throws -> Void
        var facade: @Sendable (APIKeysClient) async throws -> Void
    }

    static func measure(baseURL: URL) async throws {
        let configuration = ArizeConfiguration(apiKey: "bench", baseURL: baseURL, prereleaseWarnings: .silent, environment: [:])
        let keys = try ArizeClient(configuration: configuration).apiKeys
        let urlSession = URLSessionTransport()
        let transports: [any HTTPTransport] = [urlSession] + (curlTransport().map { [$0] } ?? [])
        // What the facade sends with: the figure its overhead is measured against.
        let facadeTransport = try makeDefaultTransport(timeout: .seconds(30))
        let facadeIndex = facadeTransport is URLSessionTransport ? 0 : transports.count - 1
        let session = URLSession(configuration: .ephemeral)
        let workloads = [
            Workload(name: "list(limit: 2)", calls: 400,
                     raw: { try await get($0, $1, query: "limit=2") },
                     transport: { _ = try await $0.send(listRequest(limit: 2), baseURL: $1) },
                     facade: { _ = try await $0.list(limit: 2) }),
            Workload(name: "list(limit: 50)", calls: 400,
                     raw: { try await get($0, $1, query: "limit=50") },
                     transport: { _ = try await $0.send(listRequest(limit: 50), baseURL: $1) },
                     facade: { _ = try await $0.list(limit: 50) }),
            Workload(name: "paging 5,002 keys (per page of 100)", calls: 51,
                     raw: { session, url in
                         for page in 0..<51 { try await get(session, url, query: "limit=100" + (page == 0 ? "" : "&cursor=c\(page)")) }
                     },
                     transport: { transport, url in
                         for page in 0..<51 { _ = try await transport.send(listRequest(limit: 100, cursor: page == 0 ? nil : "c\(page)"), baseURL: url) }
                     },
                     facade: { keys in
                         var count = 0
                         for try await _ in keys.listAll(limit: 100) { count += 1 }
                         guard count == 5_002 else { throw URLError(.cannotParseResponse) }  // the server's pages changed
                     }),
            Workload(name: "create(name:)", calls: 100,
                     raw: { try await post($0, $1) },
                     transport: { _ = try await $0.send(createRequest(), baseURL: $1) },
                     facade: { _ = try await $0.create(name: "bench") }),
        ]
        for workload in workloads {
            // Paging is timed per pass (one pass = 51 pages); the others per call.
            let perPass = workload.name.hasPrefix("paging")
            let repeats = perPass ? 3 : workload.calls
            let divisor = Double(perPass ? 51 : 1)
            var raw: [Double] = [], ours = [[Double]](repeating: [], count: transports.count), facade: [Double] = []
            for _ in 0..<2 {
                try await workload.raw(session, baseURL)
                for transport in transports { try await workload.transport(transport, baseURL) }
                try await workload.facade(keys)
            }
            for _ in 0..<3 {
                raw.append(try await cpuMicros(repeats) { try await workload.raw(session, baseURL) } / divisor)
                for (index, transport) in transports.enumerated() {
                    ours[index].append(try await cpuMicros(repeats) { try await workload.transport(transport, baseURL) } / divisor)
                }
                facade.append(try await cpuMicros(repeats) { try await workload.facade(keys) } / divisor)
            }
            let r = Benchmark.median(raw), t = ours.map(Benchmark.median), f = Benchmark.median(facade)
            let curl = t.count > 1 ? String(format: " | CurlTransport %6.0f µs", t[1]) : ""
            say(String(format: "  %-38@ raw URLSession %6.0f µs | URLSessionTransport %6.0f µs%@ | facade %6.0f µs (above its transport: %+.0f µs)",
                         workload.name as NSString, r, t[0], curl as NSString, f, f - t[facadeIndex]))
        }
        session.finishTasksAndInvalidate()
    }

    /// This benchmark's own executable, which it starts again for its HTTPS half and memory runs.
    static var ownExecutable: URL { Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0]) }

    /// libcurl driven directly, where the runtime has it (Linux).
    static func curlTransport() -> (any HTTPTransport)? {
        #if os(Linux) && (arch(x86_64) || arch(arm64))
        return CurlTransport()
        #else
        return nil
        #endif
    }

    /// Writes a line at once (not buffered), so a long run shows its progress in a pipe too.
    static func say(_ line: String) { FileHandle.standardOutput.write(Data((line + "\n").utf8)) }

    /// Process CPU time (user + system, all threads) per run of `body`, in µs.
    static func cpuMicros(_ runs: Int, _ body: () async throws -> Void) async rethrows -> Double {
        let before = cpuTime()
        for _ in 0..<runs { try await body() }
        return (cpuTime() - before) / Double(runs)
    }

    static func cpuTime() -> Double {
        var usage = rusage()
        #if os(Linux)
        getrusage(RUSAGE_SELF.rawValue, &usage)
        #else
        getrusage(RUSAGE_SELF, &usage)
        #endif
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e6 + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec)
    }

    // MARK: Requests without the SDK

    static func get(_ session: URLSession, _ baseURL: URL, query: String) async throws {
        var request = URLRequest(url: URL(string: baseURL.absoluteString + "/v2/api-keys?" + query)!)
        request.setValue("Bearer bench", forHTTPHeaderField: "Authorization")
        request.setValue("application/json", forHTTPHeaderField: "Accept")
        let (data, response) = try await session.data(for: request)
        guard (response as? HTTPURLResponse)?.statusCode == 200, !data.isEmpty else { throw URLError(.badServerResponse) }
    }

    static func post(_ session: URLSession, _ baseURL: URL) async throws {
        var request = URLRequest(url: URL(string: baseURL.absoluteString + "/v2/api-keys")!)
        request.httpMethod = "POST"
        request.setValue("Bearer bench", forHTTPHeaderField: "Authorization")
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.httpBody = Data(#"{"key_type":"USER","name":"bench"}"#.utf8)
        let (_, response) = try await session.data(for: request)
        guard (response as? HTTPURLResponse)?.statusCode == 201 else { throw URLError(.badServerResponse) }
    }

    static func listRequest(limit: Int, cursor: String? = nil) -> TransportRequest {
        var request = TransportRequest(operationID: "listApiKeys", method: .init(rawValue: "GET"), path: "/v2/api-keys")
        request.query = [(name: "limit", value: String(limit))] + (cursor.map { [(name: "cursor", value: $0)] } ?? [])
        request.headers = ["Authorization": "Bearer bench", "Accept": "application/json"]
        return request
    }

    static func createRequest() -> TransportRequest {
        var request = TransportRequest(operationID: "createApiKey", method: .init(rawValue: "POST"), path: "/v2/api-keys")
        request.headers = ["Authorization": "Bearer bench", "Content-Type": "application/json"]
        request.body = Data(#"{"key_type":"USER","name":"bench"}"#.utf8)
        return request
    }

    // MARK: The server and its bodies

    /// Pages and a created key as FakeArize answers them, so the facade decodes real contract bodies.
    static func writeBodies(to folder: URL) throws {
        let fake = FakeArize()
        fake.seedKeys(count: 5_002)
        func body(_ request: TransportRequest) -> Data { fake.respond(to: request).body }
        var small = listRequest(limit: 2)
        small.headers = ["Authorization": "Bearer \(fake.apiKey)"]
        var page = listRequest(limit: 50)
        page.headers = small.headers
        var hundred = listRequest(limit: 100)
        hundred.headers = small.headers
        let last = try lastPage(of: body(small))
        var create = createRequest()
        create.headers = ["Authorization": "Bearer \(fake.apiKey)", "Content-Type": "application/json"]
        for (name, data) in [("page2", body(small)), ("page50", body(page)), ("page100", body(hundred)), ("last", last), ("created", body(create))] {
            try data.write(to: folder.appendingPathComponent(name + ".json"))
        }
    }

    /// A two-key page that says it is the last.
    static func lastPage(of page: Data) throws -> Data {
        guard var object = try JSONSerialization.jsonObject(with: page) as? [String: Any] else { throw URLError(.cannotParseResponse) }
        object["pagination"] = ["has_more": false]
        return try JSONSerialization.data(withJSONObject: object)
    }

    /// A self-signed certificate for 127.0.0.1, made with the openssl command; `nil` without it.
    static func makeCertificate(in folder: URL) -> (certificate: URL, key: URL)? {
        let certificate = folder.appendingPathComponent("cert.pem"), key = folder.appendingPathComponent("key.pem")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1",
                             "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", key.path, "-out", certificate.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        process.waitUntilExit()
        return process.terminationStatus == 0 ? (certificate, key) : nil
    }

    static func startServer(bodies: URL, tls: (certificate: URL, key: URL)?) throws -> (process: Process, port: Int) {
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Scripts/benchmark-server.py")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path, bodies.path] + (tls.map { ["--cert", $0.certificate.path, "--key", $0.key.path] } ?? [])
        let output = Pipe()
        process.standardOutput = output
        process.standardInput = Pipe()  // the server exits when this closes, even if we are killed
        try process.run()
        var line = Data()
        while let byte = try output.fileHandleForReading.read(upToCount: 1), let first = byte.first, first != UInt8(ascii: "\n") {
            line.append(first)
        }
        guard let port = Int(String(decoding: line, as: UTF8.self)) else {
            process.terminate()
            throw URLError(.cannotConnectToHost)
        }
        return (process, port)
    }
}
