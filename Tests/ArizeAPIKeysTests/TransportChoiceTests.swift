@testable import ArizeAPIKeys
import ArizeOpenAPIRuntime
import Foundation
import Testing

/// Which transport a client gets, read from the configuration's (injected) environment, and the
/// transport settings that are refused before any request.
@Suite struct TransportChoiceTests {
    func client(_ environment: [String: String], caBundle: String? = nil, timeout: Duration = .seconds(30)) throws -> ArizeClient {
        try ArizeClient(configuration: ArizeConfiguration(apiKey: "k", baseURL: URL(string: "http://127.0.0.1:9")!, timeout: timeout,
                                                          caBundle: caBundle, prereleaseWarnings: .silent, environment: environment))
    }

    @Test func arizeHTTPTransportChoosesCaseInsensitively() throws {
        for value in ["urlsession", "URLSession", " URLSESSION "] {
            #expect(try makeDefaultTransport(timeout: .seconds(5), environment: ["ARIZE_HTTP_TRANSPORT": value]) is URLSessionTransport)
        }
        #if os(Linux) && (arch(x86_64) || arch(arm64))
        if CurlTransport.isAvailable {
            for value in ["curl", "CURL", "Curl", ""] {
                #expect(try makeDefaultTransport(timeout: .seconds(5), environment: ["ARIZE_HTTP_TRANSPORT": value]) is CurlTransport)
            }
        }
        #endif
    }

    @Test func anyOtherValueIsAConfigurationErrorNamingTheVariable() throws {
        for value in ["http2", "libcurl", "url-session", "0"] {
            #expect(throws: TransportConfigurationError(setting: "ARIZE_HTTP_TRANSPORT", reason: "must be \"curl\" or \"urlsession\", not \"\(value)\"")) {
                _ = try makeDefaultTransport(timeout: .seconds(5), environment: ["ARIZE_HTTP_TRANSPORT": value])
            }
            let error = #expect(throws: ArizeError.self) { _ = try client(["ARIZE_HTTP_TRANSPORT": value]) }
            guard case .invalidConfiguration(let reason)? = error else { Issue.record("got \(String(describing: error))"); continue }
            #expect(reason == "ARIZE_HTTP_TRANSPORT must be \"curl\" or \"urlsession\", not \"\(value)\"")
        }
    }

    /// A CA bundle is checked before any request, and refused where the transport cannot use it.
    @Test func aCABundleMustBeReadableAndUsable() throws {
        let missing = "/nonexistent/arize-ca.pem"
        for (configured, environment, source) in [(missing, [String: String](), "caBundle"), (nil, ["ARIZE_CA_BUNDLE": missing], "ARIZE_CA_BUNDLE"),
                                                  ("/tmp", [:], "caBundle")] {
            let path = configured ?? missing
            let error = #expect(throws: ArizeError.self) { _ = try client(environment, caBundle: configured) }
            guard case .invalidConfiguration(let reason)? = error else { Issue.record("got \(String(describing: error))"); continue }
            #expect(reason == "\(source) \"\(path)\" is not a readable file (a PEM bundle of CA certificates)")
        }
        let bundle = FileManager.default.temporaryDirectory.appendingPathComponent("arize-ca-\(UUID().uuidString).pem")
        try Data("-----BEGIN CERTIFICATE-----\n".utf8).write(to: bundle)
        defer { try? FileManager.default.removeItem(at: bundle) }
        let error = #expect(throws: ArizeError.self) { _ = try client(["ARIZE_HTTP_TRANSPORT": "urlsession"], caBundle: bundle.path) }
        guard case .invalidConfiguration(let reason)? = error else { Issue.record("got \(String(describing: error))"); return }
        #expect(reason.hasPrefix("caBundle (ARIZE_CA_BUNDLE) needs the libcurl transport"), "\(reason)")
    }

    /// Every timeout the configuration accepts works, however large (it used to trap converting to milliseconds).
    @Test(arguments: [Duration.seconds(Int64.max), .seconds(Int64.max / 1_000), .seconds(86_400 * 365), .nanoseconds(1)])
    func anyPositiveTimeoutWorks(timeout: Duration) throws {
        _ = try client([:], timeout: timeout)
        _ = try client(["ARIZE_HTTP_TRANSPORT": "urlsession"], timeout: timeout)
        _ = URLSessionTransport(timeout: timeout)
    }
}
