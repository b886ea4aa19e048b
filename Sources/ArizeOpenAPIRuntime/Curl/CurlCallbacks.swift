#if os(Linux) && (arch(x86_64) || arch(arm64))
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

extension CurlTransport {
    /// The error for a failed `CURLcode`: its `URLError` equivalent, described and classified as
    /// ``URLSessionTransport`` does (a few libcurl failures keep more precise words). Called on the
    /// engine thread, while the transfer's handle can still be asked about the failure.
    static func connectionError(_ code: Int32, transfer: CurlTransfer) -> TransportConnectionError {
        let host = transfer.host
        if let proxy = transfer.proxy, let error = proxyError(code, proxy: proxy, transfer: transfer) { return error }
        switch code {
        case CurlResult.timedOut:
            return .timedOut(within: transfer.timeoutSeconds, host: host)
        case CurlResult.couldNotResolveHost:
            return TransportConnectionError(.cannotFindHost, host: host)
        case CurlResult.couldNotConnect:
            return TransportConnectionError(.cannotConnectToHost, host: host)
        case CurlResult.sslCACertificateFile:
            return TransportConnectionError(.secureConnectionFailed, message: "the CA bundle cannot be read", host: host)
        case CurlResult.sslConnect, CurlResult.sslCertificate:
            return TransportConnectionError(.secureConnectionFailed, host: host)
        case CurlResult.peerFailedVerification:
            return TransportConnectionError(.serverCertificateUntrusted, host: host)
        case CurlResult.gotNothing, CurlResult.sendError, CurlResult.receiveError, CurlResult.partialFile, CurlResult.sendFailRewind:
            return TransportConnectionError(.networkConnectionLost, host: host)
        case CurlResult.http2, CurlResult.http2Stream:
            return TransportConnectionError(.networkConnectionLost, message: "HTTP/2 stream failed", host: host)
        case CurlResult.writeError where transfer.tooLarge != nil:
            return TransportConnectionError(code: -1, message: transfer.tooLarge ?? "", mayHaveReachedServer: true, host: host)
        case CurlResult.unsupportedProtocol, CurlResult.weirdServerReply:
            return TransportConnectionError(.badServerResponse, message: "the server's reply was not HTTP", host: host)
        case CurlResult.malformedURL:
            return TransportConnectionError(.badURL, message: "malformed URL", host: host)
        default:
            return TransportConnectionError(code: Int(code), message: "libcurl error \(code)", mayHaveReachedServer: true, host: host)
        }
    }

    /// Failures that are the proxy's, reported as such (naming the proxy, not the API host) and as
    /// never sent: nothing reaches the API before the proxy has connected to it.
    private static func proxyError(_ code: Int32, proxy: String, transfer: CurlTransfer) -> TransportConnectionError? {
        let target = transfer.host ?? "the server"
        let shown = ProxySettings.displayName(of: proxy)
        switch code {
        case CurlResult.couldNotResolveProxy:
            return TransportConnectionError(code: URLError.cannotFindHost.rawValue, message: "cannot find the proxy's host",
                                   mayHaveReachedServer: false, kind: .hostNotFound, host: "proxy " + shown)
        case CurlResult.couldNotConnect:
            return TransportConnectionError(code: URLError.cannotConnectToHost.rawValue, message: "the proxy did not accept the connection",
                                   mayHaveReachedServer: false, kind: .refused, host: "proxy " + shown)
        case CurlResult.proxy, CurlResult.receiveError:
            // Before 7.73 a refused CONNECT is a receive error; its status tells the two apart.
            guard let status = transfer.curl.info(transfer.easy, CurlInfo.proxyConnectCode), status >= 300 || code == CurlResult.proxy
            else { return nil }
            let answer = status > 0 ? "answered \(status)" : "failed"
            return TransportConnectionError(code: URLError.cannotConnectToHost.rawValue,
                                   message: "the proxy refused the tunnel to \(target): CONNECT \(answer)",
                                   mayHaveReachedServer: false, kind: .refused, host: "proxy " + shown)
        default:
            return nil
        }
    }
}

/// Appends body bytes to the transfer (the engine thread calls it); stops a body past the limit.
let receiveBody: LibCurl.DataCallback = { bytes, size, count, context in
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
let sendBody: LibCurl.DataCallback = { buffer, size, count, context in
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
let receiveHeader: LibCurl.DataCallback = { bytes, size, count, context in
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
#endif
