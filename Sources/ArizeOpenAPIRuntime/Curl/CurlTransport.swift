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
/// Linux only; `init` returns `nil` where libcurl 7.85 or later cannot be loaded.
public final class CurlTransport: HTTPTransport {
    /// The error for failures below HTTP, shared with ``URLSessionTransport``.
    public typealias ConnectionError = URLSessionTransport.ConnectionError

    private let engine: CurlEngine
    private let timeoutMilliseconds: Int
    private let maximumResponseSize: Int

    /// Whether libcurl could be loaded (and `init` will succeed).
    public static var isAvailable: Bool { CurlEngine.shared != nil }

    /// Creates a transport, or returns `nil` when libcurl is unavailable.
    /// - Parameters:
    ///   - timeout: how long a whole request may take, connect to last byte.
    ///   - maximumResponseSize: a response body past this many bytes fails the request
    ///     (`ConnectionError`, `.other`) instead of filling memory; 64 MiB by default.
    public init?(timeout: Duration = .seconds(30), maximumResponseSize: Int = 64 << 20) {
        guard let engine = CurlEngine.shared else { return nil }
        self.engine = engine
        self.maximumResponseSize = max(0, maximumResponseSize)
        let milliseconds = timeout.components.seconds * 1_000 + timeout.components.attoseconds / 1_000_000_000_000_000
        self.timeoutMilliseconds = Int(max(1, milliseconds))
    }

    /// Sends the request; statuses of every kind, 3xx included, are returned, not thrown.
    public func send(_ request: TransportRequest, baseURL: URL) async throws -> TransportResponse {
        guard let url = request.url(relativeTo: baseURL) else {
            throw ConnectionError(code: URLError.badURL.rawValue, message: "cannot build a URL for \(request.path)",
                                  mayHaveReachedServer: false)
        }
        let host = url.host.map { $0 + (url.port.map { ":\($0)" } ?? "") }
        // Checked here, not left to libcurl: its "unsupported protocol" also means a reply that was not HTTP.
        guard let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https" else {
            throw ConnectionError(code: URLError.unsupportedURL.rawValue, message: "only http and https URLs are supported",
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
            throw ConnectionError(code: -1, message: "libcurl could not start a request", mayHaveReachedServer: false, host: host)
        }
        let transfer = CurlTransfer(easy: easy, host: host, timeoutMilliseconds: timeoutMilliseconds, maximumBodySize: maximumResponseSize)
        let context = UnsafeRawPointer(Unmanaged.passUnretained(transfer).toOpaque())
        func set(_ option: Int32, _ value: Int) { _ = curl.setLong(easy, option, value) }
        func set(_ option: Int32, _ text: String) { _ = text.withCString { curl.setPointer(easy, option, $0) } }

        set(CurlOption.url, url.absoluteString)
        set(CurlOption.protocols, "http,https")
        set(CurlOption.redirectProtocols, "http,https")
        set(CurlOption.followLocation, 0)
        set(CurlOption.noSignal, 1)
        set(CurlOption.timeoutMilliseconds, timeoutMilliseconds)
        _ = curl.setCallback(easy, CurlOption.writeFunction, receiveBody)
        _ = curl.setPointer(easy, CurlOption.writeData, context)
        _ = curl.setCallback(easy, CurlOption.headerFunction, receiveHeader)
        _ = curl.setPointer(easy, CurlOption.headerData, context)

        switch request.method {
        case .get: set(CurlOption.httpGet, 1)
        case .head: set(CurlOption.noBody, 1)
        case .post: set(CurlOption.post, 1)
        default: set(CurlOption.customRequest, request.method.rawValue)
        }
        let body = request.body ?? (request.method == .post ? Data() : nil)
        if let body {
            let copy = UnsafeMutableRawBufferPointer.allocate(byteCount: max(body.count, 1), alignment: 1)
            body.copyBytes(to: copy)
            transfer.requestBody = copy
            transfer.bodyLength = body.count
            set(CurlOption.postFieldSize, body.count)
            if request.method.isIdempotent || body.isEmpty {
                _ = curl.setPointer(easy, CurlOption.postFields, copy.baseAddress)
            } else {
                // libcurl re-sends a request whose reused connection turns out dead, which could mint
                // a second API key. It cannot re-send a body read through a callback that cannot
                // rewind: that retry fails (CURLE_SEND_FAIL_REWIND) before the body goes out again,
                // so this request may use a warm pooled connection and still arrive at most once.
                if request.method != .post { set(CurlOption.post, 1) }  // the custom method name still goes on the wire
                _ = curl.setCallback(easy, CurlOption.readFunction, sendBody)
                _ = curl.setPointer(easy, CurlOption.readData, context)
            }
        }
        if !request.method.isIdempotent, body?.isEmpty ?? true {
            // No body, so nothing stops that retry: a connection of its own, closed afterwards.
            set(CurlOption.freshConnect, 1)
            set(CurlOption.forbidReuse, 1)
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
        _ = curl.setPointer(easy, CurlOption.httpHeader, UnsafeRawPointer(list))
        return transfer
    }

    /// The error for a failed `CURLcode`: its `URLError` equivalent, described and classified as
    /// ``URLSessionTransport`` does (a few libcurl failures keep more precise words).
    static func connectionError(_ code: Int32, transfer: CurlTransfer) -> ConnectionError {
        let host = transfer.host
        switch code {
        case CurlResult.timedOut:
            return .timedOut(within: transfer.timeoutSeconds, host: host)
        case CurlResult.couldNotResolveHost, CurlResult.couldNotResolveProxy:
            return ConnectionError(.cannotFindHost, host: host)
        case CurlResult.couldNotConnect:
            return ConnectionError(.cannotConnectToHost, host: host)
        case CurlResult.sslConnect, CurlResult.sslCertificate, CurlResult.sslCACertificateFile:
            return ConnectionError(.secureConnectionFailed, host: host)
        case CurlResult.peerFailedVerification:
            return ConnectionError(.serverCertificateUntrusted, host: host)
        case CurlResult.gotNothing, CurlResult.sendError, CurlResult.receiveError, CurlResult.partialFile, CurlResult.sendFailRewind:
            return ConnectionError(.networkConnectionLost, host: host)
        case CurlResult.http2, CurlResult.http2Stream:
            return ConnectionError(.networkConnectionLost, message: "HTTP/2 stream failed", host: host)
        case CurlResult.writeError where transfer.tooLarge != nil:
            return ConnectionError(code: -1, message: transfer.tooLarge ?? "", mayHaveReachedServer: true, host: host)
        case CurlResult.unsupportedProtocol, CurlResult.weirdServerReply:
            return ConnectionError(.badServerResponse, message: "the server's reply was not HTTP", host: host)
        case CurlResult.malformedURL:
            return ConnectionError(.badURL, message: "malformed URL", host: host)
        default:
            return ConnectionError(code: Int(code), message: "libcurl error \(code)", mayHaveReachedServer: true, host: host)
        }
    }
}

/// Appends body bytes to the transfer (the engine thread calls it); stops a body past the limit.
private let receiveBody: LibCurl.WriteCallback = { bytes, size, count, context in
    guard let context else { return 0 }
    let transfer = Unmanaged<CurlTransfer>.fromOpaque(context).takeUnretainedValue()
    let length = size * count
    guard length > 0, let bytes else { return length }
    if transfer.received.count + length > transfer.maximumBodySize {
        transfer.tooLarge = "response body larger than \(transfer.maximumBodySize) bytes"
        return 0
    }
    transfer.received.append(UnsafeRawPointer(bytes).assumingMemoryBound(to: UInt8.self), count: length)
    return length
}

/// Hands libcurl the next part of a non-idempotent request's body. No rewind: see `makeTransfer`.
private let sendBody: LibCurl.WriteCallback = { buffer, size, count, context in
    guard let context, let buffer else { return 0 }
    let transfer = Unmanaged<CurlTransfer>.fromOpaque(context).takeUnretainedValue()
    guard let body = transfer.requestBody?.baseAddress else { return 0 }
    let length = min(size * count, transfer.bodyLength - transfer.bodySent)
    UnsafeMutableRawPointer(buffer).copyMemory(from: body + transfer.bodySent, byteCount: length)
    transfer.bodySent += length
    return length
}

/// All header lines of one response together (1xx responses included) may not pass this: below the
/// 300 KB that patched libcurl builds enforce themselves, far above what any API sends.
private let maximumHeaderBytes = 256 << 10

/// Collects header fields, one line per call; a status line (a 1xx, then the final one) starts afresh.
private let receiveHeader: LibCurl.WriteCallback = { bytes, size, count, context in
    guard let context else { return 0 }
    let transfer = Unmanaged<CurlTransfer>.fromOpaque(context).takeUnretainedValue()
    let length = size * count
    guard length > 0, let bytes else { return length }
    // libcurl before 8.3 bounds each line, not their number: a server sending headers without end is stopped here.
    transfer.headerBytes += length
    if transfer.headerBytes > maximumHeaderBytes {
        transfer.tooLarge = "response headers larger than \(maximumHeaderBytes) bytes"
        return 0
    }
    let line = UnsafeRawBufferPointer(start: bytes, count: length)
    if line.starts(with: "HTTP/".utf8) {
        transfer.headers.removeAll(keepingCapacity: true)
    } else if let colon = line.firstIndex(of: UInt8(ascii: ":")) {
        func trimmed(_ part: Slice<UnsafeRawBufferPointer>) -> String {
            let isSpace = { (byte: UInt8) in byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A }
            guard let first = part.firstIndex(where: { !isSpace($0) }), let last = part.lastIndex(where: { !isSpace($0) }) else { return "" }
            return String(decoding: part[first...last], as: UTF8.self)
        }
        transfer.headers.append(TransportHeaders.Field(name: trimmed(line[..<colon]), value: trimmed(line[(colon + 1)...])))
    }
    return length
}

/// The transport requests go through when none is given: ``CurlTransport`` on Linux when libcurl
/// loads, ``URLSessionTransport`` otherwise. `ARIZE_HTTP_TRANSPORT=urlsession` forces the latter.
public func makeDefaultTransport(timeout: Duration) -> any HTTPTransport {
    if ProcessInfo.processInfo.environment["ARIZE_HTTP_TRANSPORT"] != "urlsession", let curl = CurlTransport(timeout: timeout) {
        return curl
    }
    return URLSessionTransport(timeout: timeout)
}
#else
import Foundation

/// The transport requests go through when none is given: ``URLSessionTransport`` on this platform.
public func makeDefaultTransport(timeout: Duration) -> any HTTPTransport {
    URLSessionTransport(timeout: timeout)
}
#endif
