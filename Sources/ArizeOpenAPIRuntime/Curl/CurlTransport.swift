#if os(Linux) && (arch(x86_64) || arch(arm64))
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Sends requests with libcurl directly, the HTTP engine under `URLSession` on Linux, without
/// `URLSession`'s per-request task, delegate and dispatch machinery: about a quarter of its CPU per
/// call, and TLS connections that stay warm for `POST`s too.
///
/// It keeps every promise of ``URLSessionTransport``: no redirects are followed (a 3xx is
/// returned as it is); a non-idempotent request (`POST`, `PATCH`) reaches the server at most once,
/// because libcurl cannot re-send its body (or, without a body, it never uses a pooled connection);
/// `timeout` is a deadline for the whole request; cancelling the calling task cancels the request.
/// TLS certificates and host names are verified (libcurl's defaults, never turned off here); only
/// `http` and `https` URLs are accepted; response headers and bodies are bounded in size.
/// Proxies come from `https_proxy`, `http_proxy`, `all_proxy` and `no_proxy`, read as libcurl reads them.
/// Linux only; `init` returns `nil` where libcurl 7.68 or later cannot be loaded.
public final class CurlTransport: HTTPTransport {
    /// The error for failures below HTTP, now a top-level type any transport can throw.
    @available(*, deprecated, renamed: "TransportConnectionError")
    public typealias ConnectionError = TransportConnectionError

    private let engine: CurlEngine
    private let timeoutMilliseconds: Int
    private let maximumResponseSize: Int
    private let caBundle: String?
    private let proxies: ProxySettings
    /// Sets `CURLOPT_PROTOCOLS` (a bitmask) even where `CURLOPT_PROTOCOLS_STR` exists: tests take
    /// the path that libcurl 7.68–7.84 takes.
    let usesProtocolBitmask: Bool

    /// Whether libcurl could be loaded (and `init` will succeed).
    public static var isAvailable: Bool { CurlEngine.shared != nil }

    /// Creates a transport, or returns `nil` when libcurl is unavailable.
    /// - Parameters:
    ///   - timeout: how long a whole request may take, connect to last byte. Any positive value
    ///     works; past 24 days (libcurl's limit) it counts as 24 days.
    ///   - maximumResponseSize: a response body past this many bytes fails the request
    ///     (`TransportConnectionError`, `.other`) instead of filling memory; 64 MiB by default.
    ///   - caBundle: a PEM file of the certificate authorities to trust instead of the system's,
    ///     e.g. a company's private CA. Host names are still verified.
    ///   - environment: where `https_proxy`, `http_proxy`, `all_proxy` and `no_proxy` (or their
    ///     upper-case forms, but for `http_proxy`) are read; the process environment by default.
    public convenience init?(timeout: Duration = .seconds(30), maximumResponseSize: Int = 64 << 20, caBundle: String? = nil,
                             environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.init(timeout: timeout, maximumResponseSize: maximumResponseSize, caBundle: caBundle, environment: environment,
                  usesProtocolBitmask: false)
    }

    init?(timeout: Duration, maximumResponseSize: Int, caBundle: String?, environment: [String: String], usesProtocolBitmask: Bool) {
        guard let engine = CurlEngine.shared else { return nil }
        self.engine = engine
        self.maximumResponseSize = max(0, maximumResponseSize)
        self.timeoutMilliseconds = TransportDeadline.milliseconds(timeout)
        self.caBundle = caBundle
        self.proxies = ProxySettings(environment: environment)
        self.usesProtocolBitmask = usesProtocolBitmask || !engine.curl.hasProtocolsString
    }

    /// Sends the request; statuses of every kind, 3xx included, are returned, not thrown.
    public func send(_ request: TransportRequest, baseURL: URL) async throws -> TransportResponse {
        guard let url = request.url(relativeTo: baseURL) else {
            throw TransportConnectionError(code: URLError.badURL.rawValue, message: "cannot build a URL for \(request.path)",
                                  mayHaveReachedServer: false)
        }
        let host = url.host.map { $0 + (url.port.map { ":\($0)" } ?? "") }
        // Checked here, not left to libcurl: its "unsupported protocol" also means a reply that was not HTTP.
        guard let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https" else {
            throw TransportConnectionError(code: URLError.unsupportedURL.rawValue, message: "only http and https URLs are supported",
                                  mayHaveReachedServer: false, host: host)
        }
        try Task.checkCancellation()
        let transfer = try makeTransfer(request, url: url, host: host)
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                transfer.continuation = continuation
                engine.submit(transfer)
            }
        } onCancel: {
            engine.cancel(transfer)
        }
    }

    private func makeTransfer(_ request: TransportRequest, url: URL, host: String?) throws -> CurlTransfer {
        let curl = engine.curl
        guard let easy = curl.easyInit() else {
            throw TransportConnectionError(code: -1, message: "libcurl could not start a request", mayHaveReachedServer: false, host: host)
        }
        let proxy = proxies.proxy(for: url)
        // From here the transfer owns the handle: any `throw` below frees it with the transfer.
        let transfer = CurlTransfer(engine: engine, easy: easy, host: host, proxy: proxy, timeoutMilliseconds: timeoutMilliseconds,
                                    maximumBodySize: maximumResponseSize)
        let context = UnsafeRawPointer(Unmanaged.passUnretained(transfer).toOpaque())
        // Every option is checked: one libcurl refuses fails the request, naming the option.
        func check(_ option: CurlOption, _ code: Int32) throws {
            guard code != 0 else { return }
            throw TransportConnectionError(code: -1, message: "libcurl refused \(option.name) (CURLcode \(code))", mayHaveReachedServer: false,
                                  host: host)
        }
        func set(_ option: CurlOption, _ value: Int) throws { try check(option, curl.set(easy, option, value)) }
        func set(_ option: CurlOption, _ text: String) throws { try check(option, text.withCString { curl.set(easy, option, $0) }) }
        func set(_ option: CurlOption, _ pointer: UnsafeRawPointer?) throws { try check(option, curl.set(easy, option, pointer)) }
        func set(_ option: CurlOption, _ callback: LibCurl.DataCallback) throws { try check(option, curl.set(easy, option, callback)) }

        try set(CurlOption.url, url.absoluteString)
        if usesProtocolBitmask {
            try set(CurlOption.protocols, CurlProtocolBits.http | CurlProtocolBits.https)
            try set(CurlOption.redirectProtocols, CurlProtocolBits.http | CurlProtocolBits.https)
        } else {
            try set(CurlOption.protocolsString, "http,https")
            try set(CurlOption.redirectProtocolsString, "http,https")
        }
        try set(CurlOption.followLocation, 0)
        try set(CurlOption.noSignal, 1)
        try set(CurlOption.timeoutMilliseconds, timeoutMilliseconds)
        // Always set, so libcurl never reads proxy variables of its own: the decision is `proxies`'s alone.
        try set(CurlOption.proxy, proxy ?? "")
        if let caBundle { try set(CurlOption.caInfo, caBundle) }
        try set(CurlOption.writeFunction, receiveBody)
        try set(CurlOption.writeData, context)
        try set(CurlOption.headerFunction, receiveHeader)
        try set(CurlOption.headerData, context)

        switch request.method {
        case .get: try set(CurlOption.httpGet, 1)
        case .head: try set(CurlOption.noBody, 1)
        case .post: try set(CurlOption.post, 1)
        default: try set(CurlOption.customRequest, request.method.rawValue)
        }
        let body = request.body ?? (request.method == .post ? Data() : nil)
        if let body {
            let copy = UnsafeMutableRawBufferPointer.allocate(byteCount: max(body.count, 1), alignment: 1)
            body.copyBytes(to: copy)
            transfer.requestBody = copy
            transfer.bodyLength = body.count
            try set(CurlOption.postFieldSize, body.count)
            if request.method.isIdempotent || body.isEmpty {
                try set(CurlOption.postFields, UnsafeRawPointer(copy.baseAddress))
            } else {
                // libcurl re-sends a request whose reused connection turns out dead, which could mint
                // a second API key. It cannot re-send a body read through a callback that cannot
                // rewind: that retry fails (CURLE_SEND_FAIL_REWIND) before the body goes out again,
                // so this request may use a warm pooled connection and still arrive at most once.
                if request.method != .post { try set(CurlOption.post, 1) }  // the custom method name still goes on the wire
                try set(CurlOption.readFunction, sendBody)
                try set(CurlOption.readData, context)
            }
        }
        if !request.method.isIdempotent, body?.isEmpty ?? true {
            // No body, so nothing stops that retry: a connection of its own, closed afterwards.
            try set(CurlOption.freshConnect, 1)
            try set(CurlOption.forbidReuse, 1)
        }

        var list: OpaquePointer?
        func append(_ line: String) { list = line.withCString { curl.listAppend(list, $0) } ?? list }
        for field in request.headers {
            // `Name;` is libcurl's spelling of a header with an empty value.
            append(field.value.isEmpty ? "\(field.name);" : "\(field.name): \(field.value)")
        }
        append("Expect:")  // no 100-continue round trip for larger bodies
        if request.headers["Content-Type"] == nil { append("Content-Type:") }  // libcurl's form default, not ours
        if request.headers["Accept"] == nil { append("Accept:") }
        transfer.headerList = list
        try set(CurlOption.httpHeader, UnsafeRawPointer(list))
        return transfer
    }
}
#endif
