@testable import ArizeAPIKeys
import ArizeOpenAPIRuntime
import Foundation
import Testing

@Suite struct ConfigurationTests {
    private func resolve(_ configuration: ArizeConfiguration) throws(ArizeError) -> ArizeConfiguration.Resolved {
        try configuration.resolve()
    }

    @Test func defaultsAndEnvironment() throws {
        let defaults = try resolve(ArizeConfiguration(environment: ["ARIZE_API_KEY": "env-key"]))
        #expect(defaults.apiKey.revealed == "env-key" && defaults.baseURL.absoluteString == "https://api.arize.com")
        let region = try resolve(ArizeConfiguration(environment: ["ARIZE_API_KEY": "k", "ARIZE_REGION": "eu-west-1a"]))
        #expect(region.baseURL.absoluteString == "https://api.eu-west-1a.arize.com")
        let host = try resolve(ArizeConfiguration(environment: ["ARIZE_API_KEY": "k", "ARIZE_API_HOST": "arize.internal:8443", "ARIZE_API_SCHEME": "http"]))
        #expect(host.baseURL.absoluteString == "http://arize.internal:8443")
    }

    @Test func argumentsWinOverEnvironment() throws {
        let environment = ["ARIZE_API_KEY": "env-key", "ARIZE_REGION": "us-east-1b"]
        let resolved = try resolve(ArizeConfiguration(apiKey: "arg-key", baseURL: URL(string: "http://127.0.0.1:8080")!, environment: environment))
        #expect(resolved.apiKey.revealed == "arg-key" && resolved.baseURL.absoluteString == "http://127.0.0.1:8080")
        #expect(try resolve(ArizeConfiguration(apiKey: "k", region: .caCentral1a, environment: environment)).baseURL.host == "api.ca-central-1a.arize.com")
    }

    @Test func errorsBeforeAnyRequest() throws {
        #expect(throws: ArizeError.missingAPIKey) { try ArizeClient(configuration: ArizeConfiguration(environment: [:])) }
        #expect(throws: ArizeError.self) { try ArizeClient(apiKey: "k", baseURL: URL(string: "http://x")!, region: .euWest1a) }
        let cases: [(ArizeConfiguration, String)] = [
            (ArizeConfiguration(apiKey: "k", environment: ["ARIZE_REGION": "mars-1"]), "ARIZE_REGION \"mars-1\" is not one of ca-central-1a, eu-west-1a, us-central-1a, us-east-1b"),
            (ArizeConfiguration(apiKey: "k", environment: ["ARIZE_REGION": "eu-west-1a", "ARIZE_API_HOST": "h"]), "ARIZE_REGION and ARIZE_API_HOST are both set; set one of them"),
            (ArizeConfiguration(apiKey: "k", host: "https://h", environment: [:]), "host must be host[:port] (a host name, IPv4 address or [IPv6] address, and a port 1…65535), without scheme, path, query, fragment or user:password@; not \"https://h\""),
            (ArizeConfiguration(apiKey: "k", host: "h", scheme: "ftp", environment: [:]), "scheme must be http or https, not \"ftp\""),
            (ArizeConfiguration(apiKey: "k", defaultHeaders: ["X-A": "a\r\nInjected: 1"], environment: [:]), "default header X-A has a line break or NUL in its value"),
            (ArizeConfiguration(apiKey: "k", defaultHeaders: ["authorization": "Bearer other"], environment: [:]), "default headers cannot set Authorization; pass apiKey instead"),
        ]
        for (configuration, reason) in cases {
            #expect(throws: ArizeError.invalidConfiguration(reason: reason), "\(reason)") { try ArizeClient(configuration: configuration) }
        }
    }

    @Test func defaultHeadersAreSent() async throws {
        let transport = ScriptedTransport([json(200, emptyPage)])
        _ = try await makeClient(transport) { $0.defaultHeaders = ["X-Team": "ml-platform"] }.apiKeys.list()
        #expect(transport.requests[0].headers["X-Team"] == "ml-platform")
    }
}

@Suite struct ReadmeTests {
    /// The README's quick start is the example target's source, which `swift build` compiles.
    @Test func quickStartIsTheCompiledExample() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let example = try String(contentsOf: root.appendingPathComponent("Examples/QuickStart/main.swift"), encoding: .utf8)
        let section = try #require(readme.components(separatedBy: "## Quick start").dropFirst().first)
        let block = try #require(section.components(separatedBy: "```swift\n").dropFirst().first?.components(separatedBy: "```").first)
        #expect(block == example)
    }
}
