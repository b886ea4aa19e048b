import Foundation

/// An Arize region; each has its own API host, `https://api.<region>.arize.com`.
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

    /// Creates a policy.
    public init(maxAttempts: Int = 3, initialBackoff: Duration = .milliseconds(500), maxBackoff: Duration = .seconds(30),
                retryableStatuses: Set<Int> = [429, 502, 503, 504]) {
        self.maxAttempts = maxAttempts
        self.initialBackoff = initialBackoff
        self.maxBackoff = maxBackoff
        self.retryableStatuses = retryableStatuses
    }

    /// Three attempts, 0.5 s backoff doubling up to 30 s, on 429, 502, 503, 504 and connection errors.
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
    /// A full base URL (e.g. `http://127.0.0.1:8080`); wins over `host` and `scheme`.
    public var baseURL: URL?
    /// Headers added to every request. Rejected if a name or value has CR/LF or a name is `Authorization`.
    public var defaultHeaders: [String: String]
    /// Seconds a request may take (the default transport only).
    public var timeout: TimeInterval
    /// How idempotent calls are retried.
    public var retryPolicy: RetryPolicy
    /// How long a space name's id is remembered; `.zero` turns the cache off.
    public var spaceCacheTTL: Duration
    /// Where ALPHA warnings go.
    public var prereleaseWarnings: PrereleaseWarningMode
    /// The environment read for unset values; the process environment by default.
    public var environment: [String: String]

    // Test hooks: how to wait between attempts, and which once-per-process registry to use.
    var sleep: @Sendable (Duration) async throws -> Void = { try await Task.sleep(for: $0) }
    var prereleaseRegistry: PrereleaseRegistry = .shared

    /// Creates a configuration; every argument is optional.
    public init(apiKey: String? = nil, region: ArizeRegion? = nil, host: String? = nil, scheme: String? = nil, baseURL: URL? = nil,
                defaultHeaders: [String: String] = [:], timeout: TimeInterval = 30, retryPolicy: RetryPolicy = .default,
                spaceCacheTTL: Duration = .seconds(60), prereleaseWarnings: PrereleaseWarningMode = .standardError,
                environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.apiKey = apiKey.map { Secret($0) }
        self.region = region
        self.host = host
        self.scheme = scheme
        self.baseURL = baseURL
        self.defaultHeaders = defaultHeaders
        self.timeout = timeout
        self.retryPolicy = retryPolicy
        self.spaceCacheTTL = spaceCacheTTL
        self.prereleaseWarnings = prereleaseWarnings
        self.environment = environment
    }

    /// Settings with secrets and header values left out.
    public var description: String {
        let endpoint = baseURL?.absoluteString ?? host.map { "\(scheme ?? "https")://\($0)" } ?? region.map { "region \($0.rawValue)" } ?? "(from environment or default)"
        return "ArizeConfiguration(apiKey: \(apiKey == nil ? "nil" : "<redacted>"), endpoint: \(endpoint), "
            + "defaultHeaders: [\(defaultHeaders.keys.sorted().joined(separator: ", "))], timeout: \(timeout)s, "
            + "maxAttempts: \(retryPolicy.maxAttempts))"
    }

    /// A mirror that shows the description only, so `dump` prints no secret or environment value.
    public var customMirror: Mirror { Mirror(self, children: ["summary": description]) }

    /// What a client runs with, after arguments, environment and defaults are combined and checked.
    struct Resolved: Sendable {
        var apiKey: Secret
        var baseURL: URL
        var headers: [(name: String, value: String)]
    }

    func resolve() throws(ArizeError) -> Resolved {
        func env(_ name: String) -> String? {
            guard let value = environment[name]?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
            return value
        }
        let environmentKey = env("ARIZE_API_KEY").map { Secret($0) }
        guard let apiKey = apiKey.flatMap({ $0.isEmpty ? nil : $0 }) ?? environmentKey else {
            throw .missingAPIKey
        }
        let explicitEndpoint = baseURL != nil || host != nil
        if region != nil && explicitEndpoint {
            throw .invalidConfiguration(reason: "region cannot be combined with host or baseURL; give one of them")
        }
        let url: URL
        if let baseURL {
            url = baseURL
        } else if let host {
            url = try Self.url(host: host, scheme: scheme ?? env("ARIZE_API_SCHEME"), source: "host")
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
            } else if let envHost {
                url = try Self.url(host: envHost, scheme: scheme ?? env("ARIZE_API_SCHEME"), source: "ARIZE_API_HOST")
            } else {
                url = URL(string: "https://api.arize.com")!
            }
        }
        guard let urlScheme = url.scheme?.lowercased(), ["http", "https"].contains(urlScheme), url.host != nil else {
            throw .invalidConfiguration(reason: "baseURL must be an http or https URL with a host")
        }
        var headers: [(String, String)] = []
        for (name, value) in defaultHeaders.sorted(by: { $0.key < $1.key }) {
            if name.isEmpty || name.unicodeScalars.contains(where: { $0 == "\r" || $0 == "\n" || $0 == ":" || $0 == " " }) {
                throw .invalidConfiguration(reason: "default header name \"\(name)\" is not a valid header name")
            }
            // Scalars, not Characters: "\r\n" is one Character and would slip past a Character test.
            if value.unicodeScalars.contains(where: { $0 == "\r" || $0 == "\n" }) {
                throw .invalidConfiguration(reason: "default header \(name) has a line break in its value")
            }
            if name.caseInsensitiveCompare("Authorization") == .orderedSame {
                throw .invalidConfiguration(reason: "default headers cannot set Authorization; pass apiKey instead")
            }
            headers.append((name, value))
        }
        return Resolved(apiKey: apiKey, baseURL: url, headers: headers)
    }

    private static func url(host: String, scheme: String?, source: String) throws(ArizeError) -> URL {
        let scheme = (scheme ?? "https").lowercased()
        guard scheme == "http" || scheme == "https" else {
            throw .invalidConfiguration(reason: "scheme must be http or https, not \"\(scheme)\"")
        }
        guard !host.contains("://"), !host.contains("/"), let url = URL(string: "\(scheme)://\(host)"), url.host != nil else {
            throw .invalidConfiguration(reason: "\(source) must be host[:port] without scheme or path, not \"\(host)\"")
        }
        return url
    }
}
