import Foundation

/// A transport setting that cannot be honoured, naming the setting or variable it came from.
public struct TransportConfigurationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The setting or environment variable at fault, e.g. `ARIZE_HTTP_TRANSPORT`.
    public var setting: String
    /// What is wrong with it and what would work.
    public var reason: String

    /// Creates an error.
    public init(setting: String, reason: String) {
        self.setting = setting
        self.reason = reason
    }

    /// `ARIZE_HTTP_TRANSPORT must be "curl" or "urlsession", not "http2"`.
    public var description: String { "\(setting) \(reason)" }
}

/// The transport requests go through when none is given.
///
/// ``CurlTransport`` on Linux when libcurl loads, ``URLSessionTransport`` otherwise.
/// `ARIZE_HTTP_TRANSPORT` in `environment` chooses: `curl` or `urlsession` (any case); anything
/// else is refused rather than guessed at, as is `curl` where libcurl cannot be loaded.
/// - Parameters:
///   - timeout: how long a whole request may take, connect to last byte.
///   - maximumResponseSize: a response body (after any decompression) past this many bytes fails the request.
///   - caBundle: a PEM file of certificate authorities to trust instead of the system's. Only the
///     libcurl transport can take one: `URLSessionTransport` trusts the system's store alone.
///   - environment: where `ARIZE_HTTP_TRANSPORT` and the proxy variables are read.
/// - Throws: ``TransportConfigurationError`` for a setting that cannot be honoured.
public func makeDefaultTransport(timeout: Duration, maximumResponseSize: Int = 64 << 20, caBundle: String? = nil,
                                 environment: [String: String] = ProcessInfo.processInfo.environment)
    throws(TransportConfigurationError) -> any HTTPTransport {
    let variable = "ARIZE_HTTP_TRANSPORT"
    let choice = environment[variable]?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
    guard ["", "curl", "urlsession"].contains(choice) else {
        let shown = environment[variable].map { String($0.prefix(40)) } ?? ""
        throw TransportConfigurationError(setting: variable, reason: "must be \"curl\" or \"urlsession\", not \"\(shown)\"")
    }
    if choice != "urlsession" {
        #if os(Linux) && (arch(x86_64) || arch(arm64))
        if let curl = CurlTransport(timeout: timeout, maximumResponseSize: maximumResponseSize, caBundle: caBundle,
                                    environment: environment) {
            return curl
        }
        #endif
        if choice == "curl" {
            throw TransportConfigurationError(setting: variable, reason: "is \"curl\", but libcurl 7.68 or later cannot be loaded here")
        }
    }
    if caBundle != nil {
        throw TransportConfigurationError(
            setting: "caBundle (ARIZE_CA_BUNDLE)",
            reason: "needs the libcurl transport (Linux), and " + (choice == "urlsession" ? "ARIZE_HTTP_TRANSPORT is \"urlsession\""
                : "libcurl cannot be loaded here") + "; URLSessionTransport trusts the system's certificate store only")
    }
    return URLSessionTransport(timeout: timeout, maximumResponseSize: maximumResponseSize)
}

/// The deadline both transports apply, in whole milliseconds from 1 ms to `Int32.max` (24.8 days):
/// libcurl waits in `int` milliseconds, and a larger deadline would overflow clock arithmetic, so
/// any `Duration` a user passes works instead of trapping.
enum TransportDeadline {
    static func milliseconds(_ timeout: Duration) -> Int {
        let (seconds, attoseconds) = timeout.components
        guard seconds >= 0 else { return 1 }
        let limit = Int64(Int32.max)
        guard seconds < limit / 1_000 else { return Int(limit) }
        return Int(min(limit, max(1, seconds * 1_000 + attoseconds / 1_000_000_000_000_000)))
    }
}
