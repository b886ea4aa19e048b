#if os(Linux) && (arch(x86_64) || arch(arm64))
@testable import ArizeOpenAPIRuntime
import ArizeAPIKeys
import Foundation
import Testing

/// What users behind corporate networks need from the default transport (libcurl): a private CA,
/// and proxies whose failures are reported as the proxy's.
@Suite(.enabled(if: CurlTransport.isAvailable, "libcurl 7.68 or later cannot be loaded here"))
struct CorporateNetworkTests {
    func keys(_ url: URL, caBundle: String? = nil, environment: [String: String] = [:]) throws -> APIKeysClient {
        try ArizeClient(configuration: ArizeConfiguration(apiKey: "secret-key-123", baseURL: url, timeout: .seconds(20), caBundle: caBundle,
                                                          retryPolicy: .none, prereleaseWarnings: .silent, environment: environment)).apiKeys
    }

    /// A server whose certificate no system CA signed is refused; with its certificate as the CA
    /// bundle (given as `caBundle`, or as `ARIZE_CA_BUNDLE`) it is trusted.
    @Test(.enabled(if: TLSServer.canRun, "needs the openssl and python3 commands for a throwaway HTTPS server"))
    func aPrivateCAIsTrustedOnlyWhenGiven() async throws {
        let server = try await TLSServer.start()
        defer { server.stop() }
        let error = await #expect(throws: ArizeError.self) { _ = try await keys(server.baseURL).list(limit: 2) }
        guard case .transport(_, let reason)? = error else { Issue.record("got \(String(describing: error))"); return }
        #expect(reason.hasPrefix("TLS failure with 127.0.0.1:\(server.port)"), "\(reason)")
        let page = try await keys(server.baseURL, caBundle: server.certificate.path).list(limit: 2)
        #expect(page.apiKeys.isEmpty)
        _ = try await keys(server.baseURL, environment: ["ARIZE_CA_BUNDLE": server.certificate.path]).list(limit: 2)
    }

    /// Trusting a CA does not turn off host-name checks: a certificate for another name is refused.
    @Test(.enabled(if: TLSServer.canRun, "needs the openssl and python3 commands for a throwaway HTTPS server"))
    func aHostNameMismatchIsRefusedWithTheBundle() async throws {
        let server = try await TLSServer.start(subjectAltName: "DNS:other.example")
        defer { server.stop() }
        let error = await #expect(throws: ArizeError.self) {
            _ = try await keys(server.baseURL, caBundle: server.certificate.path).list(limit: 2)
        }
        guard case .transport(_, let reason)? = error else { Issue.record("got \(String(describing: error))"); return }
        #expect(reason.hasPrefix("TLS failure with 127.0.0.1:\(server.port)"), "\(reason)")
    }

    /// Through a proxy, requests go as `CONNECT` tunnels and arrive as usual.
    @Test(.enabled(if: TLSServer.canRun, "needs the openssl and python3 commands for a throwaway HTTPS server"))
    func requestsTunnelThroughTheProxy() async throws {
        let server = try await TLSServer.start()
        defer { server.stop() }
        let proxy = try LoopbackServer(actions: { _ in .tunnel(to: UInt16(server.port)) })
        defer { proxy.stop() }
        let environment = ["https_proxy": "http://127.0.0.1:\(proxy.port)"]
        _ = try await keys(server.baseURL, caBundle: server.certificate.path, environment: environment).list(limit: 2)
        #expect(proxy.requestHeads == ["CONNECT 127.0.0.1:\(server.port)"])
    }

    /// A proxy refusing the tunnel is named as the one refusing, and nothing reached the API, so
    /// even `create` reports a plain failure rather than an unknown outcome.
    @Test func aProxyRefusingTheTunnelIsReportedAsTheProxy() async throws {
        let proxy = try LoopbackServer { _ in TransportResponse(statusCode: 403) }
        defer { proxy.stop() }
        let keys = try keys(URL(string: "https://api.example.invalid")!, environment: ["HTTPS_PROXY": "http://user:pw@127.0.0.1:\(proxy.port)"])
        let error = await #expect(throws: ArizeError.self) { _ = try await keys.create(name: "ci") }
        guard case .transport(let operation, let reason)? = error else { Issue.record("got \(String(describing: error))"); return }
        #expect(operation == "create_api_key")
        #expect(reason.hasPrefix("connection refused by proxy 127.0.0.1:\(proxy.port)"), "\(reason)")
        #expect(reason.contains("refused the tunnel to api.example.invalid: CONNECT answered 403"), "\(reason)")
        #expect(!reason.contains("pw"), "the proxy's credentials are not shown")
        #expect(proxy.requestHeads == ["CONNECT api.example.invalid:443"])
    }

    /// A proxy that is not listening: the same, naming the proxy.
    @Test func aProxyThatIsDownIsReportedAsTheProxy() async throws {
        let proxy = try LoopbackServer { _ in TransportResponse(statusCode: 200) }
        proxy.stop()
        let keys = try keys(URL(string: "https://api.example.invalid")!, environment: ["all_proxy": "127.0.0.1:\(proxy.port)"])
        let error = await #expect(throws: ArizeError.self) { _ = try await keys.create(name: "ci") }
        guard case .transport(_, let reason)? = error else { Issue.record("got \(String(describing: error))"); return }
        #expect(reason.hasPrefix("connection refused by proxy 127.0.0.1:\(proxy.port) (the proxy did not accept the connection"), "\(reason)")
    }

    /// Hosts in `no_proxy` are reached directly; others go to the proxy (`http_proxy` for `http`).
    @Test func noProxyHostsAreReachedDirectly() async throws {
        let server = try LoopbackServer { _ in
            TransportResponse(statusCode: 200, headers: ["Content-Type": "application/json"],
                              body: Data(#"{"api_keys":[],"pagination":{"has_more":false}}"#.utf8))
        }
        defer { server.stop() }
        let proxy = try LoopbackServer { _ in TransportResponse(statusCode: 403) }
        defer { proxy.stop() }
        let viaProxy = ["http_proxy": "http://127.0.0.1:\(proxy.port)"]
        _ = try await keys(server.baseURL, environment: viaProxy.merging(["no_proxy": "example.com, 127.0.0.1"]) { $1 }).list()
        _ = try await keys(server.baseURL, environment: viaProxy.merging(["NO_PROXY": "*"]) { $1 }).list()
        #expect(proxy.requestHeads.isEmpty && server.requests.count == 2)
        _ = await #expect(throws: ArizeError.self) { _ = try await keys(server.baseURL, environment: viaProxy).list() }
        #expect(proxy.requestHeads.count == 1 && proxy.requestHeads[0].hasPrefix("GET http://127.0.0.1:\(server.port)/v2/api-keys"))
    }

    /// The variables are read as libcurl reads them.
    @Test func proxyVariablesAreReadAsLibcurlReadsThem() {
        let https = URL(string: "https://api.arize.com/v2")!, http = URL(string: "http://10.1.2.3:8080")!
        #expect(ProxySettings(environment: ["HTTP_PROXY": "p:1"]).proxy(for: http) == nil, "HTTP_PROXY is never read (CGI)")
        #expect(ProxySettings(environment: ["http_proxy": "p:1"]).proxy(for: https) == nil)
        #expect(ProxySettings(environment: ["https_proxy": "p:1", "ALL_PROXY": "q:2"]).proxy(for: https) == "p:1")
        #expect(ProxySettings(environment: ["ALL_PROXY": "q:2"]).proxy(for: http) == "q:2")
        #expect(ProxySettings(environment: ["https_proxy": "p:1", "no_proxy": ".arize.com"]).proxy(for: https) == nil)
        #expect(ProxySettings(environment: ["https_proxy": "p:1", "no_proxy": "ize.com"]).proxy(for: https) == "p:1", "whole labels only")
        #expect(ProxySettings(environment: ["all_proxy": "p:1", "no_proxy": "10.0.0.0/8"]).proxy(for: http) == nil)
        #expect(ProxySettings(environment: ["all_proxy": "p:1", "no_proxy": "10.2.0.0/16"]).proxy(for: http) == "p:1")
        #expect(ProxySettings.displayName(of: "http://user:secret@proxy.corp:3128/") == "proxy.corp:3128")
    }
}
#endif
