#if os(Linux) && (arch(x86_64) || arch(arm64))
import ArizeAPIKeys
@testable import ArizeOpenAPIRuntime
import Foundation
import Testing

/// `CurlTransport` on its own, over real sockets on 127.0.0.1: what goes on the wire, what comes
/// back, and how it fails. The promises it shares with `URLSessionTransport` (redirects, POST at
/// most once, deadlines, cancellation) are tested for both in `TransportPromiseTests`.
@Suite(.enabled(if: CurlTransport.isAvailable, "libcurl 7.68 or later cannot be loaded here"))
struct CurlTransportTests {
    /// Made per test; skipped (not crashed) where libcurl is missing, through the suite's condition.
    var transport: CurlTransport { get throws { try #require(CurlTransport(timeout: .seconds(10))) } }

    @Test func isTheDefaultOnLinux() throws {
        #expect(try makeDefaultTransport(timeout: .seconds(5), environment: [:]) is CurlTransport)
    }

    /// Method, path, query, headers (an empty value too) and body arrive as given, and nothing of
    /// libcurl's own is added (no form content type, no `Expect: 100-continue`, no `Accept: */*`).
    @Test(arguments: ["PATCH", "PUT", "POST", "DELETE"])
    func requestsArriveAsGiven(method: String) async throws {
        let server = try LoopbackServer { _ in TransportResponse(statusCode: 204) }
        defer { server.stop() }
        let body = Data((0..<5_000).map { UInt8(truncatingIfNeeded: $0 * 7) })
        let request = TransportRequest(operationID: "op", method: .init(rawValue: method), path: "/v2/a%20b",
                                       query: [(name: "q", value: "x y&z"), (name: "n", value: "1")],
                                       headers: ["X-Empty": "", "X-Trace": "abc", "Content-Type": "application/octet-stream"], body: body)
        let response = try await transport.send(request, baseURL: server.baseURL)
        #expect(response.statusCode == 204)
        let received = try #require(server.requests.first)
        #expect(received.method.rawValue == method && received.path == "/v2/a%20b")
        #expect(received.query.map(\.name) == ["q", "n"] && received.query.map(\.value) == ["x y&z", "1"])
        #expect(received.headers["X-Empty"] == "" && received.headers["X-Trace"] == "abc")
        #expect(received.headers["Content-Type"] == "application/octet-stream")
        #expect(received.headers["Expect"] == nil && received.headers["Accept"] == nil)
        #expect(received.body == body)
    }

    @Test func aBodylessRequestHasNoContentType() async throws {
        let server = try LoopbackServer { _ in TransportResponse(statusCode: 200) }
        defer { server.stop() }
        for method in ["GET", "DELETE", "POST"] {
            _ = try await transport.send(TransportRequest(operationID: "op", method: .init(rawValue: method), path: "/x"), baseURL: server.baseURL)
        }
        #expect(server.requests.map(\.method.rawValue) == ["GET", "DELETE", "POST"])
        #expect(server.requests.allSatisfy { $0.headers["Content-Type"] == nil && $0.body == nil })
        #expect(server.requests[2].headers["Content-Length"] == "0")
    }

    /// Status, every header (repeated ones too) and a large binary body come back intact.
    @Test func responsesComeBackIntact() async throws {
        let body = Data((0..<300_000).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 5) })
        let server = try LoopbackServer { _ in
            TransportResponse(statusCode: 418, headers: TransportHeaders([.init(name: "X-One", value: "1"), .init(name: "Set-Thing", value: "a"),
                                                                          .init(name: "Set-Thing", value: "b c")]), body: body)
        }
        defer { server.stop() }
        let response = try await transport.send(TransportRequest(operationID: "op", method: .get, path: "/"), baseURL: server.baseURL)
        #expect(response.statusCode == 418 && response.body == body)
        #expect(response.headers["x-one"] == "1")
        #expect(response.headers.filter { $0.name == "Set-Thing" }.map(\.value) == ["a", "b c"])
        #expect(response.headers["Content-Length"] == "300000")
    }

    /// Many requests at once from many tasks share the one engine thread and all complete.
    @Test func concurrentRequestsAllComplete() async throws {
        let server = try LoopbackServer { request in TransportResponse(statusCode: 200, body: Data(request.path.utf8)) }
        defer { server.stop() }
        let transport = try self.transport
        let paths = try await withThrowingTaskGroup(of: String.self) { group in
            for index in 0..<64 {
                group.addTask {
                    let response = try await transport.send(TransportRequest(operationID: "op", method: .get, path: "/\(index)"), baseURL: server.baseURL)
                    return String(decoding: response.body, as: UTF8.self)
                }
            }
            return try await group.reduce(into: Set<String>()) { $0.insert($1) }
        }
        #expect(paths == Set((0..<64).map { "/\($0)" }))
    }

    /// A body past the limit fails the call instead of filling memory.
    @Test func anOversizedBodyIsRefused() async throws {
        let small = try #require(CurlTransport(timeout: .seconds(10), maximumResponseSize: 1_000))
        let server = try LoopbackServer { _ in TransportResponse(statusCode: 200, body: Data(count: 100_000)) }
        defer { server.stop() }
        let error = await #expect(throws: TransportConnectionError.self) {
            _ = try await small.send(TransportRequest(operationID: "op", method: .get, path: "/"), baseURL: server.baseURL)
        }
        #expect(error?.description.contains("larger than 1000 bytes") == true)
        let exact = try LoopbackServer { _ in TransportResponse(statusCode: 200, body: Data(count: 1_000)) }
        defer { exact.stop() }
        let fits = try await small.send(TransportRequest(operationID: "op", method: .get, path: "/"), baseURL: exact.baseURL)
        #expect(fits.body.count == 1_000)
    }

    /// Headers without end (libcurl before 8.3 bounds each line, not their number) fail the call past 256 KiB.
    @Test func endlessHeadersAreRefused() async throws {
        let fields = (0..<12_000).map { TransportHeaders.Field(name: "X-Filler-\($0)", value: String(repeating: "a", count: 90)) }
        let server = try LoopbackServer { _ in TransportResponse(statusCode: 200, headers: TransportHeaders(fields)) }
        defer { server.stop() }
        let error = await #expect(throws: TransportConnectionError.self) {
            _ = try await transport.send(TransportRequest(operationID: "op", method: .get, path: "/"), baseURL: server.baseURL)
        }
        #expect(error?.description.contains("response headers larger than 262144 bytes") == true, "\(String(describing: error))")
    }

    /// TLS to something that does not speak it fails as a TLS failure, reported as never sent.
    @Test func httpsToAPlainServerIsATLSFailure() async throws {
        let server = try LoopbackServer(greeting: Array("HTTP/1.1 400 Bad Request\r\n\r\n".utf8), actions: { _ in .drop })
        defer { server.stop() }
        let error = await #expect(throws: TransportConnectionError.self) {
            _ = try await transport.send(TransportRequest(operationID: "op", method: .post, path: "/", body: Data("{}".utf8)),
                                         baseURL: URL(string: "https://127.0.0.1:\(server.port)")!)
        }
        #expect(error?.kind == .tls && error?.mayHaveReachedServer == false)
        #expect(server.requests.isEmpty)
    }

    /// A reply that is not HTTP (libcurl calls it an unsupported protocol) is not mistaken for a
    /// request that was never sent.
    @Test func aReplyThatIsNotHTTPMayHaveReachedTheServer() async throws {
        let server = try LoopbackServer(greeting: Array("SSH-2.0-OpenSSH_9.2\r\n\r\n".utf8), actions: { _ in .drop })
        defer { server.stop() }
        let error = await #expect(throws: TransportConnectionError.self) {
            _ = try await transport.send(TransportRequest(operationID: "op", method: .get, path: "/"), baseURL: server.baseURL)
        }
        #expect(error?.mayHaveReachedServer == true && error?.message == "the server's reply was not HTTP", "\(String(describing: error))")
    }

    @Test func onlyHTTPAndHTTPSAreSpoken() async throws {
        let error = await #expect(throws: TransportConnectionError.self) {
            _ = try await transport.send(TransportRequest(operationID: "op", method: .get, path: "/etc/passwd"), baseURL: URL(string: "file:///")!)
        }
        #expect(error?.mayHaveReachedServer == false && error?.message == "only http and https URLs are supported")
    }

    /// A POST without a body cannot be guarded by an unrewindable body, so it never uses a pooled
    /// connection: when the server drops it after reading, it still arrives once.
    @Test func aBodylessPOSTOnADroppedConnectionArrivesOnce() async throws {
        let server = try LoopbackServer(actions: { request in request.method == .post ? .drop : .respond(TransportResponse(statusCode: 200)) })
        defer { server.stop() }
        for _ in 1...3 {
            _ = try await transport.send(TransportRequest(operationID: "op", method: .get, path: "/warm"), baseURL: server.baseURL)
            let error = await #expect(throws: TransportConnectionError.self) {
                _ = try await transport.send(TransportRequest(operationID: "op", method: .post, path: "/refresh"), baseURL: server.baseURL)
            }
            #expect(error?.kind == .connectionLost && error?.mayHaveReachedServer == true)
        }
        #expect(server.requestHeads.filter { $0.hasPrefix("POST ") }.count == 3)
    }

    /// libcurl 7.68–7.84 have no `CURLOPT_PROTOCOLS_STR`: the bitmask option they do have works the same.
    @Test func theProtocolBitmaskOfOlderLibcurlWorks() async throws {
        let legacy = try #require(CurlTransport(timeout: .seconds(10), maximumResponseSize: 1 << 20, caBundle: nil, environment: [:],
                                                usesProtocolBitmask: true))
        #expect(legacy.usesProtocolBitmask)
        let server = try LoopbackServer { _ in TransportResponse(statusCode: 200, body: Data("ok".utf8)) }
        defer { server.stop() }
        let response = try await legacy.send(TransportRequest(operationID: "op", method: .get, path: "/"), baseURL: server.baseURL)
        #expect(response.statusCode == 200 && response.body == Data("ok".utf8))
    }

    /// An option libcurl refuses fails the request before anything is sent, naming the option
    /// (here a URL past libcurl's 8 MB limit on strings).
    @Test func anOptionLibcurlRefusesIsNamed() async throws {
        let error = await #expect(throws: TransportConnectionError.self) {
            _ = try await transport.send(TransportRequest(operationID: "op", method: .get, path: "/" + String(repeating: "a", count: 8_100_000)),
                                         baseURL: URL(string: "http://127.0.0.1:9")!)
        }
        #expect(error?.message == "libcurl refused CURLOPT_URL (CURLcode 43)" && error?.mayHaveReachedServer == false, "\(String(describing: error))")
    }

    /// Timeouts too large for libcurl's clock are capped, not trapped on.
    @Test(arguments: [Duration.seconds(Int64.max), .seconds(Int64.max / 1_000), .nanoseconds(1), .seconds(-5)])
    func anyTimeoutBecomesAWorkingDeadline(timeout: Duration) async throws {
        let milliseconds = TransportDeadline.milliseconds(timeout)
        #expect((1...Int(Int32.max)).contains(milliseconds))
        guard timeout >= .seconds(1) else { return }
        let server = try LoopbackServer { _ in TransportResponse(statusCode: 204) }
        defer { server.stop() }
        let long = try #require(CurlTransport(timeout: timeout))
        #expect(try await long.send(TransportRequest(operationID: "op", method: .get, path: "/"), baseURL: server.baseURL).statusCode == 204)
    }

    /// A task cancelled before it sends throws `CancellationError` and sends nothing.
    @Test func aCancelledTaskSendsNothing() async throws {
        let server = try LoopbackServer { _ in TransportResponse(statusCode: 200) }
        defer { server.stop() }
        let transport = try self.transport
        let task = Task {
            withUnsafeCurrentTask { $0?.cancel() }
            return try await transport.send(TransportRequest(operationID: "op", method: .get, path: "/"), baseURL: server.baseURL)
        }
        await #expect(throws: CancellationError.self) { _ = try await task.value }
        #expect(server.requestHeads.isEmpty)
    }
}
#endif
