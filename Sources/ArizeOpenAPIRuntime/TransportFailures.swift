import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// How a failure below HTTP is described and classified, whichever transport met it: both map
/// their failures to a `URLError` code and take the words, the kind and "may the server have seen
/// it" from here, so a user reads the same error from either.
extension TransportConnectionError {
    /// A failure with `code` (`nil`: not a `URLError`); `message` replaces the standard description.
    init(_ code: URLError.Code?, message: String? = nil, host: String?) {
        self.init(code: code?.rawValue ?? -1, message: message ?? code.map(Self.describe) ?? "connection failed",
                  mayHaveReachedServer: !Self.failedBeforeSending(code), kind: Self.kind(of: code), host: host)
    }

    /// No complete response within the deadline (`seconds`); the request may have reached the server.
    static func timedOut(within seconds: Double, host: String?) -> Self {
        let text = seconds == seconds.rounded() ? "\(Int(seconds)) s" : "\(seconds) s"
        return Self(code: URLError.timedOut.rawValue, message: "no complete response within \(text)",
                    mayHaveReachedServer: true, kind: .timedOut, host: host)
    }

    /// Failures that happen before a request byte is written: the server cannot have seen it.
    private static func failedBeforeSending(_ code: URLError.Code?) -> Bool {
        switch code {
        case .cannotConnectToHost?, .cannotFindHost?, .dnsLookupFailed?, .notConnectedToInternet?, .badURL?,
             .unsupportedURL?, .secureConnectionFailed?, .serverCertificateUntrusted?, .serverCertificateHasBadDate?,
             .serverCertificateNotYetValid?, .serverCertificateHasUnknownRoot?, .clientCertificateRejected?:
            return true
        default:
            return false
        }
    }

    private static func kind(of code: URLError.Code?) -> Kind {
        switch code {
        case .timedOut?: .timedOut
        case .cannotConnectToHost?: .refused
        case .cannotFindHost?, .dnsLookupFailed?: .hostNotFound
        case .secureConnectionFailed?, .serverCertificateUntrusted?, .serverCertificateHasBadDate?, .serverCertificateNotYetValid?,
             .serverCertificateHasUnknownRoot?, .clientCertificateRejected?: .tls
        case .networkConnectionLost?: .connectionLost
        default: .other
        }
    }

    private static func describe(_ code: URLError.Code) -> String {
        switch code {
        case .timedOut: "timed out"
        case .cannotConnectToHost: "cannot connect to host"
        case .cannotFindHost, .dnsLookupFailed: "cannot find host"
        case .networkConnectionLost: "network connection lost"
        case .notConnectedToInternet: "not connected to the internet"
        case .secureConnectionFailed: "TLS handshake failed"
        case .serverCertificateUntrusted, .serverCertificateHasBadDate, .serverCertificateNotYetValid, .serverCertificateHasUnknownRoot:
            "the server's TLS certificate is not trusted"
        default: "URL error \(code.rawValue)"
        }
    }
}
