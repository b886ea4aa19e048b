@testable import ArizeAPIKeys
import ArizeOpenAPIRuntime
import ArizeAPIKeysTesting
import Foundation
import Testing

/// Hostile ids, hostile configuration, hostile answers: each refused or bounded, nothing sent that should not be.
@Suite struct HardeningTests {
    @Test(arguments: [".", "..", ""])
    func dotSegmentIDsAreRefusedBeforeSending(id: String) async throws {
        let transport = ScriptedTransport()
        let keys = try makeClient(transport).apiKeys
        for call in ["revoke", "refresh"] {
            let error = await #expect(throws: ArizeError.self) {
                switch call {
                case "revoke": try await keys.revoke(apiKeyID: id)
                default: _ = try await keys.refresh(apiKeyID: id)
                }
            }
            guard case .invalidArgument(let name, _)? = error else { Issue.record("\(call): got \(String(describing: error))"); continue }
            #expect(name == "apiKeyID")
        }
        #expect(transport.requests.isEmpty)
    }

    @Test func idsWithDotsInsideStayOneSegment() async throws {
        let transport = ScriptedTransport()
        try await makeClient(transport).apiKeys.revoke(apiKeyID: "../a/..")
        #expect(transport.requests.map(\.path) == ["/v2/api-keys/..%2Fa%2F../revoke"])
    }

    /// Each of these was accepted once; the API key was then sent somewhere unintended or with no header at all.
    @Test func badConfigurationsAreRefused() {
        func environment(_ extra: [String: String]) -> [String: String] { ["ARIZE_API_KEY": "k"].merging(extra) { $1 } }
        let refused: [(ArizeConfiguration, String)] = [
            (ArizeConfiguration(environment: environment(["ARIZE_API_HOST": "api.arize.com?q=1"])), "ARIZE_API_HOST"),
            (ArizeConfiguration(environment: environment(["ARIZE_API_HOST": "api.arize.com#f"])), "ARIZE_API_HOST"),
            (ArizeConfiguration(environment: environment(["ARIZE_API_HOST": "user:hunter2@api.arize.com"])), "ARIZE_API_HOST"),
            (ArizeConfiguration(environment: environment(["ARIZE_API_HOST": "api.arize.com@127.0.0.1:8080"])), "ARIZE_API_HOST"),
            (ArizeConfiguration(environment: environment(["ARIZE_API_HOST": "api.arize.com:0"])), "ARIZE_API_HOST"),
            (ArizeConfiguration(environment: environment(["ARIZE_API_HOST": "api.arize.com:99999"])), "ARIZE_API_HOST"),
            (ArizeConfiguration(environment: environment(["ARIZE_API_HOST": "api arize.com"])), "ARIZE_API_HOST"),
            (ArizeConfiguration(environment: environment(["ARIZE_API_PORT": "99999"])), "ARIZE_API_PORT"),
            (ArizeConfiguration(environment: environment(["ARIZE_API_PORT": "http"])), "ARIZE_API_PORT"),
            (ArizeConfiguration(host: "api.arize.com", port: 0, environment: environment([:])), "port"),
            (ArizeConfiguration(baseURL: URL(string: "http://user:hunter2@127.0.0.1:8080")!, environment: environment([:])), "baseURL"),
            (ArizeConfiguration(baseURL: URL(string: "http://127.0.0.1:8080/?q=1")!, environment: environment([:])), "baseURL"),
            (ArizeConfiguration(baseURL: URL(string: "http://127.0.0.1:99999")!, environment: environment([:])), "baseURL"),
            (ArizeConfiguration(apiKey: "ab\r\ncd", environment: [:]), "apiKey"),
            (ArizeConfiguration(apiKey: "ab\0cd", environment: [:]), "apiKey"),
            (ArizeConfiguration(environment: ["ARIZE_API_KEY": "ab\ncd"]), "ARIZE_API_KEY"),
            (ArizeConfiguration(environment: ["ARIZE_API_KEY": "ab\rcd"]), "ARIZE_API_KEY"),
            (ArizeConfiguration(apiKey: "k", timeout: .zero, environment: [:]), "timeout"),
            (ArizeConfiguration(apiKey: "k", timeout: .seconds(-1), environment: [:]), "timeout"),
        ]
        for (configuration, name) in refused {
            do {
                let resolved = try configuration.resolve()
                Issue.record("accepted \(configuration) as \(resolved.baseURL)")
            } catch {
                guard case .invalidConfiguration(let reason) = error else { Issue.record("\(name): got \(error)"); continue }
                #expect(reason.contains(name), "\(reason)")
                #expect(!reason.contains("hunter2") && !error.description.contains("hunter2"))
            }
        }
        // Blank keys count as missing, wherever they come from.
        for configuration in [ArizeConfiguration(apiKey: "   ", environment: [:]), ArizeConfiguration(environment: ["ARIZE_API_KEY": " \t "])] {
            #expect(throws: ArizeError.missingAPIKey) { try configuration.resolve() }
        }
        // The password in a URL is never printed.
        let withPassword = ArizeConfiguration(apiKey: "k", baseURL: URL(string: "http://user:hunter2@127.0.0.1:8080/x?token=t1")!)
        #expect(!withPassword.description.contains("hunter2") && !withPassword.description.contains("t1"))
        #expect(!ArizeConfiguration(apiKey: "k", host: "user:hunter2@x").description.contains("hunter2"))
    }

    @Test func portsFromTheEnvironmentAndArguments() throws {
        let env = ["ARIZE_API_KEY": "k", "ARIZE_API_HOST": "arize.internal:8443", "ARIZE_API_PORT": "9443"]
        #expect(try ArizeConfiguration(environment: env).resolve().baseURL.absoluteString == "https://arize.internal:9443")
        #expect(try ArizeConfiguration(environment: env.merging(["ARIZE_API_PORT": "0"]) { $1 }).resolve().baseURL.absoluteString
            == "https://arize.internal:8443")
        #expect(try ArizeConfiguration(port: 8080, environment: ["ARIZE_API_KEY": "k"]).resolve().baseURL.absoluteString
            == "https://api.arize.com:8080")
        #expect(try ArizeConfiguration(host: "[::1]:8080", scheme: "http", environment: ["ARIZE_API_KEY": "k"]).resolve()
            .baseURL.absoluteString == "http://[::1]:8080")
    }

    @Test func retryAfterAsAnHTTPDateIsHonoured() async throws {
        let now = Date()
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        let in5 = formatter.string(from: now.addingTimeInterval(5))
        let delay = try #require(RetryAfter.delay(in5, now: now))
        #expect(delay > .seconds(3) && delay <= .seconds(5))
        #expect(RetryAfter.delay("Sun, 06 Nov 1994 08:49:37 GMT") == .zero)
        #expect(RetryAfter.delay("Sunday, 06-Nov-94 08:49:37 GMT") == .zero)
        #expect(RetryAfter.delay("Sun Nov  6 08:49:37 1994") == .zero)
        #expect(RetryAfter.delay("soon") == nil && RetryAfter.delay("-3") == nil)
        #expect(RetryAfter.delay("99999999999999999999999") == .seconds(Int64.max))

        // Through the pipeline: waited for, and bounded like the seconds form.
        let recorder = Recorder()
        let headers: TransportHeaders = ["Content-Type": "application/problem+json", "Retry-After": formatter.string(from: Date().addingTimeInterval(3))]
        let transport = ScriptedTransport([json(429, #"{"status":429,"title":"Slow down"}"#, headers: headers), json(204, "")])
        try await makeClient(transport, recorder: recorder).apiKeys.revoke(apiKeyID: "id")
        #expect(transport.requests.count == 2 && recorder.slept.count == 1)
        #expect(recorder.slept[0] > .seconds(1) && recorder.slept[0] <= .seconds(3))

        let far = formatter.string(from: Date().addingTimeInterval(7200))
        let limited = ScriptedTransport([json(429, #"{"status":429,"title":"Slow down"}"#,
                                              headers: ["Content-Type": "application/problem+json", "Retry-After": far])])
        let error = await #expect(throws: ArizeError.self) { try await makeClient(limited).apiKeys.revoke(apiKeyID: "id") }
        guard case .rateLimited(_, let retryAfter)? = error, let retryAfter else { Issue.record("got \(String(describing: error))"); return }
        #expect(retryAfter > .seconds(7000) && limited.requests.count == 1)
    }

    @Test(arguments: [(15, 1), (30, 10)])
    func retriesStopAtTheOverallBound(boundSeconds: Int, expectedAttempts: Int) async throws {
        // Recorded sleeps take no time, so only the 20 s wait itself counts against the bound.
        let transport = ScriptedTransport(fallback: problem(503, retryAfter: 20))
        let client = try makeClient(transport) {
            $0.retryPolicy = RetryPolicy(maxAttempts: 10, maxBackoff: .seconds(30), maxTotalTime: .seconds(boundSeconds))
        }
        await #expect(throws: ArizeError.self) { _ = try await client.apiKeys.list() }
        #expect(transport.requests.count == expectedAttempts)
    }

    @Test func hugeProblemTextIsCut() async throws {
        let detail = String(repeating: "x", count: 10_000_000)
        let transport = ScriptedTransport([problem(400, title: "Bad", detail: detail)])
        let error = await #expect(throws: ArizeError.self) { _ = try await makeClient(transport).apiKeys.list() }
        guard case .badRequest(let failure)? = error else { Issue.record("got \(String(describing: error))"); return }
        #expect(failure.detail!.utf8.count < 3_000 && failure.detail!.hasSuffix("more bytes]"))
        #expect(error!.description.utf8.count < 3_000)
    }
}
