import ArizeOpenAPIRuntime
import Foundation

/// An Arize region; each has its own API host, `https://api.<region>.arize.com`.
#if hasAttribute(nonexhaustive)
@nonexhaustive  // later versions may add cases: switches outside this module need `@unknown default`
#endif
public enum ArizeRegion: String, Sendable, CaseIterable, Hashable {
    /// `ca-central-1a`
    case caCentral1a = "ca-central-1a"
    /// `eu-west-1a`
    case euWest1a = "eu-west-1a"
    /// `us-central-1a`
    case usCentral1a = "us-central-1a"
    /// `us-east-1b`
    case usEast1b = "us-east-1b"

    /// The region's API base URL.
    public var baseURL: URL { URL(string: "https://api.\(rawValue).arize.com")! }
}

/// Where the one-time ALPHA warnings go.
#if hasAttribute(nonexhaustive)
@nonexhaustive  // later versions may add cases: switches outside this module need `@unknown default`
#endif
public enum PrereleaseWarningMode: Sendable {
    /// Print to standard error (the default).
    case standardError
    /// Print nothing. `DISABLE_PRERELEASE_WARNING=true` in the environment does the same.
    case silent
    /// Hand each warning to a closure (e.g. your logger).
    case handler(@Sendable (String) -> Void)
}

/// How idempotent calls (list, spaces lookup, delete, revoke) are retried.
///
/// `create`, `createServiceKey` and `refresh` are never retried, whatever this says:
/// a retried create could mint a second key, and a retried refresh could rotate twice
/// and lose the only copy of the new secret.
public struct RetryPolicy: Sendable, Hashable {
    /// Attempts in all, the first included; 1 turns retries off.
    public var maxAttempts: Int
    /// The backoff before the first retry; it doubles each time, with jitter.
    public var initialBackoff: Duration
    /// The longest wait between attempts. A `Retry-After` longer than this is not waited
    /// for: the call fails with `ArizeError.rateLimited` carrying it.
    public var maxBackoff: Duration
    /// Statuses worth another attempt.
    public var retryableStatuses: Set<Int>
    /// The overall bound on retrying: no retry starts (nor is waited for) later than this after
    /// the first attempt began. With the per-request deadline ``ArizeConfiguration/timeout``, a
    /// call takes at most about `maxTotalTime + timeout`.
    public var maxTotalTime: Duration

    /// Creates a policy.
    public init(maxAttempts: Int = 3, initialBackoff: Duration = .milliseconds(500), maxBackoff: Duration = .seconds(30),
                retryableStatuses: Set<Int> = [429, 502, 503, 504], maxTotalTime: Duration = .seconds(60)) {
        self.maxAttempts = maxAttempts
        self.initialBackoff = initialBackoff
        self.maxBackoff = maxBackoff
        self.retryableStatuses = retryableStatuses
        self.maxTotalTime = maxTotalTime
    }

    /// Three attempts, 0.5 s backoff doubling up to 30 s, on 429, 502, 503, 504 and connection
    /// errors, none starting later than 60 s after the first.
    public static let `default` = RetryPolicy()
    /// One attempt only.
    public static let none = RetryPolicy(maxAttempts: 1)
}

/// Every setting of an ``ArizeClient``. Arguments win over the environment, the environment over defaults.
///
/// Printing a configuration never shows the API key or header values.
public struct ArizeConfiguration: Sendable, CustomStringConvertible, CustomReflectable {
    /// The API key; `nil` reads `ARIZE_API_KEY`.
    public var apiKey: Secret?
    /// A region; `nil` reads `ARIZE_REGION`. Cannot be combined with `host` or `baseURL`.
    public var region: ArizeRegion?
    /// An on-prem host as `host[:port]`, without scheme; `nil` reads `ARIZE_API_HOST`.
    public var host: String?
    /// `http` or `https` for `host`; `nil` reads `ARIZE_API_SCHEME`, then defaults to `https`.
    public var scheme: String?
    /// The port for `host` (or the default host), 1…65535, replacing any port in `host`;
    /// `nil` reads `ARIZE_API_PORT`, where `0` means the scheme's standard port. Not used with a region or `baseURL`.
    public var port: Int?
    /// A full base URL (e.g. `http://127.0.0.1:8080`); wins over `host` and `scheme`.
    public var baseURL: URL?
    /// Headers added to every request. Rejected if a name or value has CR/LF or a name is `Authorization`.
    public var defaultHeaders: [String: String]
    /// Seconds one request may take in all, from connecting to the last byte of the response
    /// (a deadline, not an idle timeout). Used by the default transport. Retries have their own
    /// overall bound, ``RetryPolicy/maxTotalTime``.
    public var timeout: Duration
    /// A PEM file of the certificate authorities to trust instead of the system's (a company's
    /// private CA, or a TLS-inspecting proxy's); `nil` reads `ARIZE_CA_BUNDLE`. Host names are
    /// still verified. Only the libcurl transport (the default on Linux) can take one; with
    /// `URLSessionTransport` (macOS, or `ARIZE_HTTP_TRANSPORT=urlsession`) it is a configuration error.
    public var caBundle: String?
    /// How idempotent calls are retried.
    public var retryPolicy: RetryPolicy
    /// How long a space name's id is remembered; `.zero` turns the cache off.
    public var spaceCacheTTL: Duration
    /// Where ALPHA warnings go.
    public var prereleaseWarnings: PrereleaseWarningMode
    /// The environment read for unset values; the process environment by default.
    public var environment: [String: String]

    /// Wraps whichever transport the client ends up with (the command-line tool watches the request
    /// that creates a key, for Ctrl-C). Not for users: a transport of your own goes to `ArizeClient`.
    package var wrapTransport: (@Sendable (any HTTPTransport) -> any HTTPTransport)?

    // Test hooks: how to wait between attempts, and which once-per-process registry to use.
    var sleep: @Sendable (Duration) async throws -> Void = { try await Task.sleep(for: $0) }
    var prereleaseRegistry: PrereleaseRegistry = .shared

    /// Creates a configuration; every argument is optional.
    public init(apiKey: String? = nil, region: ArizeRegion? = nil, host: String? = nil, scheme: String? = nil, port: Int? = nil,
                baseURL: URL? = nil,
                defaultHeaders: [String: String] = [:], timeout: Duration = .seconds(30), caBundle: String? = nil, retryPolicy: RetryPolicy = .default,
                spaceCacheTTL: Duration = .seconds(60), prereleaseWarnings: PrereleaseWarningMode = .standardError,
                environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.apiKey = apiKey.map { Secret($0) }
        self.region = region
        self.host = host
        self.scheme = scheme
        self.port = port
        self.baseURL = baseURL
        self.defaultHeaders = defaultHeaders
        self.timeout = timeout
        self.caBundle = caBundle
        self.retryPolicy = retryPolicy
        self.spaceCacheTTL = spaceCacheTTL
        self.prereleaseWarnings = prereleaseWarnings
        self.environment = environment
    }

    /// Settings with secrets, credentials and header values left out.
    public var description: String {
        var endpoint = "(from environment or default)"
        if let baseURL {
            endpoint = Self.redacted(baseURL)
        } else if let host {
            endpoint = (scheme ?? "https") + "://" + Self.redactedHost(host)
            if let port { endpoint += " port \(port)" }
        } else if let region {
            endpoint = "region " + region.rawValue
        }
        let key = apiKey == nil ? "nil" : "<redacted>"
        let headers = defaultHeaders.keys.sorted().joined(separator: ", ")
        return "ArizeConfiguration(apiKey: \(key), endpoint: \(endpoint), defaultHeaders: [\(headers)], timeout: \(timeout), "
            + "maxAttempts: \(retryPolicy.maxAttempts))"
    }

    /// A URL without user, password, query or fragment.
    private static func redacted(_ url: URL) -> String {
        guard var components = URLComponents(url: url, resolvingAgainstBaseURL: false) else { return "<unreadable URL>" }
        components.user = nil
        components.password = nil
        components.query = nil
        components.fragment = nil
        return components.string ?? "<unreadable URL>"
    }

    private static func redactedHost(_ host: String) -> String {
        guard let at = host.lastIndex(of: "@") else { return host }
        return "<redacted>@" + host[host.index(after: at)...]
    }

    /// A mirror that shows the description only, so `dump` prints no secret or environment value.
    public var customMirror: Mirror { Mirror(self, children: ["summary": description]) }

    /// What a client runs with, after arguments, environment and defaults are combined and checked.
    struct Resolved: Sendable {
        var apiKey: Secret
        var baseURL: URL
        var headers: [(name: String, value: String)]
        /// The CA bundle's path, checked to be readable.
        var caBundle: String?
    }

    func resolve() throws(ArizeError) -> Resolved {
        func env(_ name: String) -> String? {
            guard let value = environment[name]?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
            return value
        }
        var apiKey = try Self.checkedAPIKey(self.apiKey?.revealed, source: "apiKey")
        if apiKey == nil { apiKey = try Self.checkedAPIKey(environment["ARIZE_API_KEY"], source: "ARIZE_API_KEY") }
        guard let apiKey else { throw .missingAPIKey }
        guard timeout > .zero else {
            throw .invalidConfiguration(reason: "timeout must be positive, not \(timeout)")
        }
        let explicitEndpoint = baseURL != nil || host != nil
        if region != nil && explicitEndpoint {
            throw .invalidConfiguration(reason: "region cannot be combined with host or baseURL; give one of them")
        }
        var port: Int?
        if let explicit = self.port {
            guard (1...65_535).contains(explicit) else { throw .invalidConfiguration(reason: "port must be 1…65535, not \(explicit)") }
            port = explicit
        } else if let text = env("ARIZE_API_PORT") {
            guard let value = Int(text), (0...65_535).contains(value) else {
                throw .invalidConfiguration(reason: "ARIZE_API_PORT must be a number 0…65535 (0: the scheme's standard port)")
            }
            port = value
        }
        let url: URL
        if let baseURL {
            url = baseURL
        } else if let host {
            url = try Self.url(host: host, scheme: scheme ?? env("ARIZE_API_SCHEME"), port: port, source: "host")
        } else if let region {
            url = region.baseURL
        } else {
            let envRegion = env("ARIZE_REGION")
            let envHost = env("ARIZE_API_HOST")
            if envRegion != nil && envHost != nil {
                throw .invalidConfiguration(reason: "ARIZE_REGION and ARIZE_API_HOST are both set; set one of them")
            }
            if let envRegion {
                guard let region = ArizeRegion(rawValue: envRegion) else {
                    throw .invalidConfiguration(reason: "ARIZE_REGION \"\(envRegion)\" is not one of "
                        + ArizeRegion.allCases.map(\.rawValue).joined(separator: ", "))
                }
                url = region.baseURL
            } else {
                url = try Self.url(host: envHost ?? "api.arize.com", scheme: scheme ?? env("ARIZE_API_SCHEME"), port: port,
                                   source: envHost == nil ? "the default host" : "ARIZE_API_HOST")
            }
        }
        try Self.checkBaseURL(url)
        var headers: [(String, String)] = []
        for (name, value) in defaultHeaders.sorted(by: { $0.key < $1.key }) {
            if name.isEmpty || name.unicodeScalars.contains(where: { $0 == "\r" || $0 == "\n" || $0 == ":" || $0 == " " }) {
                throw .invalidConfiguration(reason: "default header name \"\(name)\" is not a valid header name")
            }
            // Scalars, not Characters: "\r\n" is one Character and would slip past a Character test.
            if value.unicodeScalars.contains(where: { $0 == "\r" || $0 == "\n" || $0 == "\0" }) {
                throw .invalidConfiguration(reason: "default header \(name) has a line break or NUL in its value")
            }
            if name.caseInsensitiveCompare("Authorization") == .orderedSame {
                throw .invalidConfiguration(reason: "default headers cannot set Authorization; pass apiKey instead")
            }
            headers.append((name, value))
        }
        var caBundle: String?
        if let path = self.caBundle ?? env("ARIZE_CA_BUNDLE") {
            let source = self.caBundle == nil ? "ARIZE_CA_BUNDLE" : "caBundle"
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue,
                  FileManager.default.isReadableFile(atPath: path) else {
                throw .invalidConfiguration(reason: "\(source) \"\(path)\" is not a readable file (a PEM bundle of CA certificates)")
            }
            caBundle = path
        }
        return Resolved(apiKey: apiKey, baseURL: url, headers: headers, caBundle: caBundle)
    }

    /// The key from `source`, or `nil` when it is absent or blank. A key that cannot be sent as a
    /// header value (control characters such as CR, LF or NUL, spaces, non-ASCII) is refused, naming its source.
    private static func checkedAPIKey(_ raw: String?, source: String) throws(ArizeError) -> Secret? {
        guard let key = raw?.trimmingCharacters(in: .whitespacesAndNewlines), !key.isEmpty else { return nil }
        guard key.unicodeScalars.allSatisfy({ (0x21...0x7E).contains($0.value) }) else {
            throw .invalidConfiguration(reason: "the API key in \(source) contains a character that cannot be sent in a header "
                + "(a space, control character such as CR, LF or NUL, or non-ASCII); check how it was copied")
        }
        return Secret(key)
    }

    /// Refuses a base URL that is not plain `http(s)://host[:port][/path]`: credentials, a query or a
    /// fragment would end up in every request, and a port out of range cannot be connected to.
    private static func checkBaseURL(_ url: URL) throws(ArizeError) {
        guard let components = URLComponents(url: url, resolvingAgainstBaseURL: false),
              let scheme = components.scheme?.lowercased(), ["http", "https"].contains(scheme),
              let host = components.host, !host.isEmpty else {
            throw .invalidConfiguration(reason: "baseURL must be an http or https URL with a host")
        }
        if components.user != nil || components.password != nil {
            throw .invalidConfiguration(reason: "baseURL must not carry user:password@; pass the API key as apiKey")
        }
        if components.query != nil || components.fragment != nil {
            throw .invalidConfiguration(reason: "baseURL must not have a query (?…) or fragment (#…)")
        }
        if let port = components.port, !(1...65_535).contains(port) {
            throw .invalidConfiguration(reason: "baseURL's port must be 1…65535, not \(port)")
        }
    }

    /// `scheme://host[:port]` from a `host[:port]` setting; anything else in it is refused, naming `source`.
    private static func url(host: String, scheme: String?, port: Int?, source: String) throws(ArizeError) -> URL {
        let scheme = (scheme ?? "https").lowercased()
        guard scheme == "http" || scheme == "https" else {
            throw .invalidConfiguration(reason: "scheme must be http or https, not \"\(scheme)\"")
        }
        let shown = host.contains("@") ? redactedHost(host) : host
        let problem = "\(source) must be host[:port] (a host name, IPv4 address or [IPv6] address, and a port 1…65535), "
            + "without scheme, path, query, fragment or user:password@; not \"\(shown)\""
        var name = Substring(host)
        var embeddedPort: Int?
        if name.hasPrefix("[") {
            guard let close = name.firstIndex(of: "]") else { throw .invalidConfiguration(reason: problem) }
            let inside = name[name.index(after: name.startIndex)..<close]
            guard !inside.isEmpty, inside.unicodeScalars.allSatisfy({ $0.properties.isASCIIHexDigit || $0 == ":" || $0 == "." }) else {
                throw .invalidConfiguration(reason: problem)
            }
            let rest = name[name.index(after: close)...]
            name = name[...close]
            if !rest.isEmpty {
                guard rest.hasPrefix(":"), let value = Int(rest.dropFirst()) else { throw .invalidConfiguration(reason: problem) }
                embeddedPort = value
            }
        } else {
            if let colon = name.firstIndex(of: ":") {
                guard let value = Int(name[name.index(after: colon)...]) else { throw .invalidConfiguration(reason: problem) }
                embeddedPort = value
                name = name[..<colon]
            }
            let allowed = name.unicodeScalars.allSatisfy {
                ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "." || $0 == "_"
            }
            guard !name.isEmpty, allowed, !name.hasPrefix("."), !name.hasPrefix("-") else { throw .invalidConfiguration(reason: problem) }
        }
        if let embeddedPort, !(1...65_535).contains(embeddedPort) { throw .invalidConfiguration(reason: problem) }
        let finalPort = (port == 0 ? nil : port) ?? embeddedPort
        guard let url = URL(string: "\(scheme)://\(name)" + (finalPort.map { ":\($0)" } ?? "")) else {
            throw .invalidConfiguration(reason: problem)
        }
        return url
    }

}
