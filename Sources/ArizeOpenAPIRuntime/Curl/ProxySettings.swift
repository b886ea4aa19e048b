import Foundation

/// Which proxy a request goes through, from the variables libcurl reads and the way it reads them:
/// `https_proxy` (or `HTTPS_PROXY`) for `https`, `http_proxy` for `http` (never `HTTP_PROXY`, which
/// a CGI request can set), then `all_proxy` (or `ALL_PROXY`); `no_proxy` (or `NO_PROXY`) lists the
/// hosts reached directly. Decided here rather than by libcurl so that an injected environment
/// (tests, a configuration's `environment`) is the only source, and an error can name the proxy.
struct ProxySettings: Sendable {
    private let https: String?
    private let http: String?
    private let exceptions: [String]
    private let bypassesAll: Bool

    init(environment: [String: String]) {
        func value(_ names: String...) -> String? {
            for name in names {
                if let text = environment[name]?.trimmingCharacters(in: .whitespaces), !text.isEmpty { return text }
            }
            return nil
        }
        let all = value("all_proxy", "ALL_PROXY")
        https = value("https_proxy", "HTTPS_PROXY") ?? all
        http = value("http_proxy") ?? all
        let list = (value("no_proxy", "NO_PROXY") ?? "").split(whereSeparator: { $0 == "," || $0 == " " }).map {
            $0.trimmingCharacters(in: .whitespaces).lowercased()
        }
        bypassesAll = list.contains("*")
        exceptions = list.filter { !$0.isEmpty && $0 != "*" }.map { entry in
            var entry = Substring(entry)
            if entry.hasPrefix(".") { entry = entry.dropFirst() }
            if entry.hasPrefix("["), let close = entry.firstIndex(of: "]") { entry = entry[entry.index(after: entry.startIndex)..<close] }
            return String(entry)
        }
    }

    /// The proxy for `url`, or `nil` to connect directly.
    func proxy(for url: URL) -> String? {
        guard let proxy = url.scheme?.lowercased() == "https" ? https : http, !bypassesAll else { return nil }
        var host = (url.host ?? "").lowercased()
        if host.hasPrefix("["), host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        for entry in exceptions {
            if host == entry || host.hasSuffix("." + entry) || Self.address(host, isIn: entry) { return nil }
        }
        return proxy
    }

    /// Whether an IPv4 `host` lies in `entry` written as `a.b.c.d/bits` (libcurl 7.86+ reads these too).
    private static func address(_ host: String, isIn entry: String) -> Bool {
        let parts = entry.split(separator: "/")
        guard parts.count == 2, let bits = Int(parts[1]), (0...32).contains(bits),
              let network = ipv4(String(parts[0])), let address = ipv4(host) else { return false }
        let mask: UInt32 = bits == 0 ? 0 : ~UInt32(0) << UInt32(32 - bits)
        return address & mask == network & mask
    }

    private static func ipv4(_ text: String) -> UInt32? {
        let octets = text.split(separator: ".", omittingEmptySubsequences: false).compactMap { UInt32($0) }
        guard octets.count == 4, octets.allSatisfy({ $0 < 256 }) else { return nil }
        return octets.reduce(0) { $0 << 8 | $1 }
    }

    /// The proxy as `host:port`, without scheme or `user:password@` (which may hold a credential).
    static func displayName(of proxy: String) -> String {
        var rest = Substring(proxy)
        if let scheme = rest.range(of: "://") { rest = rest[scheme.upperBound...] }
        if let at = rest.lastIndex(of: "@") { rest = rest[rest.index(after: at)...] }
        if let slash = rest.firstIndex(of: "/") { rest = rest[..<slash] }
        return String(rest)
    }
}
