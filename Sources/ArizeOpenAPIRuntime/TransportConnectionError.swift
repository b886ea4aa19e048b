import Foundation

/// A failure below HTTP (DNS, connection refused, TLS, timeout), whichever transport met it.
///
/// Both of this package's transports throw it, and a transport of your own can too: a failure with
/// `mayHaveReachedServer == false` tells the client that nothing was sent, so even a `create` then
/// fails plainly instead of with an unknown outcome.
public struct TransportConnectionError: Error, Sendable, CustomStringConvertible {
    /// What went wrong, in the terms that tell a user what to check.
    #if hasAttribute(nonexhaustive)
    @nonexhaustive
    #endif
    public enum Kind: String, Sendable {
        /// No complete response within the deadline.
        case timedOut = "timed out"
        /// Nothing accepted the connection (wrong host or port, server down).
        case refused = "connection refused"
        /// The host name did not resolve.
        case hostNotFound = "host not found"
        /// The TLS handshake or the server's certificate failed.
        case tls = "TLS failure"
        /// The connection closed before the response was complete.
        case connectionLost = "connection lost"
        /// Anything else.
        case other = "connection failed"
    }

    /// The `URLError` code, when the system gave one.
    public var code: Int
    /// What the system said, without the URL (it may carry query values).
    public var message: String
    /// Whether the request can have reached the server (it was being sent or answered when
    /// the failure came). `false` for failures before any byte was sent: DNS, refused, TLS.
    public var mayHaveReachedServer: Bool
    /// The kind of failure.
    public var kind: Kind
    /// The host (and port) the request was for, never the path or query.
    public var host: String?

    /// Creates an error.
    public init(code: Int, message: String, mayHaveReachedServer: Bool, kind: Kind = .other, host: String? = nil) {
        self.code = code
        self.message = message
        self.mayHaveReachedServer = mayHaveReachedServer
        self.kind = kind
        self.host = host
    }

    /// One line: `connection refused by 127.0.0.1:9 (cannot connect to host, code -1004)`.
    public var description: String {
        let preposition = switch kind { case .refused: "by"; case .hostNotFound: "for"; default: "with" }
        return kind.rawValue + (host.map { " \(preposition) \($0)" } ?? "") + " (\(message), code \(code))"
    }
}
