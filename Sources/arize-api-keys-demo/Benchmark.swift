import ArizeAPIKeys
import ArizeOpenAPIRuntime
import ArizeAPIKeysTesting
import Foundation

/// The facade's own cost per call (request building, encoding, decoding, validation, warnings),
/// measured as the time of a call through an in-process FakeArize minus FakeArize's own time
/// to answer the same request; and listAll over 100,000 keys with its memory.
enum Benchmark {
    static func run() async throws {
        #if DEBUG
        print("note: this is a debug build; run `swift run -c release arize-api-keys-demo --benchmark` for real figures")
        #endif
        try await perCall()
        try await listAll(count: 10_000)
        try await listAll(count: 100_000)
        try await listAllOnTheMainActor(count: 100_000)
    }

    static func client(_ fake: FakeArize) throws -> ArizeClient {
        try ArizeClient(configuration: ArizeConfiguration(apiKey: fake.apiKey, prereleaseWarnings: .silent, environment: [:]), transport: fake)
    }

    static func median(_ samples: [Double]) -> Double { samples.sorted()[samples.count / 2] }

    static func time(_ body: () async throws -> Void) async rethrows -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try await body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000
    }

    static func perCall() async throws {
        let iterations = 2_000
        let fake = FakeArize()
        fake.seedKeys(count: 50)
        let keys = try client(fake).apiKeys

        // list: one page of 50 keys. FakeArize's own share is timed on the exact request the client sent.
        _ = try await keys.list()
        let listRequest = fake.requests.last!
        var fakeOnly: [Double] = []
        var total: [Double] = []
        for _ in 0..<200 { _ = try await keys.list() }  // warm up
        for _ in 0..<iterations {
            total.append(try await time { _ = try await keys.list() })
            fakeOnly.append(await time { _ = fake.respond(to: listRequest) })
        }
        let listTotal = median(total), listFake = median(fakeOnly)
        // Of the facade's share, decoding the page alone.
        let pageBody = fake.respond(to: listRequest).body
        var decodeOnly: [Double] = []
        for _ in 0..<iterations { decodeOnly.append(try await time { _ = try JSONCoding.decode(Components.Schemas.ListAPIKeysResponse.self, from: pageBody) }) }
        let listDecode = median(decodeOnly)

        // create: a user key.
        _ = try await keys.create(name: "bench")
        let createRequest = fake.requests.last!
        total = []
        fakeOnly = []
        for i in 0..<iterations {
            total.append(try await time { _ = try await keys.create(name: "bench-\(i)") })
            fakeOnly.append(await time { _ = fake.respond(to: createRequest) })
        }
        let createTotal = median(total), createFake = median(fakeOnly)
        print(String(format: "list (one 50-key page): median %.1f µs per call, of which FakeArize %.1f µs → facade %.1f µs (decoding the page: %.1f µs)",
                     listTotal, listFake, listTotal - listFake, listDecode))
        print(String(format: "create (user key):      median %.1f µs per call, of which FakeArize %.1f µs → facade %.1f µs",
                     createTotal, createFake, createTotal - createFake))
    }

    static func listAll(count: Int) async throws {
        let fake = FakeArize()
        fake.seedKeys(count: count)
        let keys = try client(fake).apiKeys
        let baseline = residentKiB()
        var peak = baseline
        var seen = 0
        let micros = try await time {
            for try await _ in keys.listAll(limit: 100) {
                seen += 1
                if seen % 1_000 == 0 {
                    peak = max(peak, residentKiB())
                    fake.clearRequests()  // the fake's request log is the fake's memory, not the client's
                }
            }
        }
        print(String(format: "listAll over %d keys (pages of 100): %d keys in %.2f s; resident memory %d MiB before, peak %d MiB during (+%d KiB)",
                     count, seen, micros / 1e6, baseline / 1024, peak / 1024, peak - baseline))
    }

    /// The README's loop runs on the main actor: iteration must cost per page there too.
    @MainActor static func listAllOnTheMainActor(count: Int) async throws {
        let fake = FakeArize()
        fake.seedKeys(count: count)
        let keys = try client(fake).apiKeys
        var seen = 0
        let start = DispatchTime.now().uptimeNanoseconds
        for try await _ in keys.listAll(limit: 100) { seen += 1 }
        let onMain = Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000
        let detached = try await Task.detached { try await time { for try await _ in keys.listAll(limit: 100) {} } }.value
        print(String(format: "listAll over %d keys from the main actor: %.2f s (the same loop off any actor: %.2f s)",
                     seen, onMain / 1e6, detached / 1e6))
    }

    /// Resident set size from /proc (Linux); 0 where it is not available.
    static func residentKiB() -> Int { processStatusKiB("VmRSS:") }

    /// A size field of /proc/self/status (`VmRSS:` now, `VmHWM:` the peak), in KiB; 0 where there is none.
    static func processStatusKiB(_ field: String) -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix(field) }) else { return 0 }
        return Int(line.split(separator: " ").dropFirst().first ?? "0") ?? 0
    }
}
