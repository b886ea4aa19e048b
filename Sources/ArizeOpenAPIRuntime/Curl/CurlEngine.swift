#if os(Linux) && (arch(x86_64) || arch(arm64))
import Foundation

/// One request in flight: the easy handle, what is sent, what has come back, and who waits.
/// Touched by the engine thread only, once submitted (`cancelled` is guarded by the engine's lock).
final class CurlTransfer: @unchecked Sendable {
    let easy: LibCurl.Handle
    let host: String?
    let timeoutMilliseconds: Int
    let maximumBodySize: Int
    var headerList: OpaquePointer?
    var requestBody: UnsafeMutableRawBufferPointer?
    var bodyLength = 0
    var bodySent = 0
    var received = Data()
    var headers: [TransportHeaders.Field] = []
    var continuation: CheckedContinuation<TransportResponse, any Error>?
    var cancelled = false
    var headerBytes = 0
    /// Why the transfer was stopped for its size, if it was (a write callback refused more bytes).
    var tooLarge: String?

    init(easy: LibCurl.Handle, host: String?, timeoutMilliseconds: Int, maximumBodySize: Int) {
        self.easy = easy
        self.maximumBodySize = maximumBodySize
        self.host = host
        self.timeoutMilliseconds = timeoutMilliseconds
    }

    var timeoutSeconds: Double { Double(timeoutMilliseconds) / 1_000 }

    deinit { requestBody?.deallocate() }
}

/// The one thread that drives every `CurlTransport` request through a libcurl multi handle.
///
/// One multi handle per process keeps one connection pool, one TLS session cache and one parsed CA
/// store (libcurl caches it there), so a request on a warm connection costs a few system calls and
/// a fresh connection skips re-reading the CA bundle. Requests are handed over under a lock and
/// a `curl_multi_wakeup`; each completion resumes its caller's continuation from this thread.
final class CurlEngine: @unchecked Sendable {
    static let shared: CurlEngine? = LibCurl.shared.flatMap { CurlEngine(curl: $0) }

    let curl: LibCurl
    private let multi: LibCurl.Handle
    private let lock = NSLock()
    private var pendingAdds: [CurlTransfer] = []
    private var pendingCancels: [CurlTransfer] = []
    private var active: [LibCurl.Handle: CurlTransfer] = [:]

    private init?(curl: LibCurl) {
        guard let multi = curl.multiInit() else { return nil }
        self.curl = curl
        self.multi = multi
        let thread = Thread { [self] in run() }
        thread.name = "arize-curl"
        thread.start()
    }

    /// Starts `transfer`; its continuation is resumed exactly once, from the engine thread.
    func submit(_ transfer: CurlTransfer) {
        lock.lock()
        pendingAdds.append(transfer)
        lock.unlock()
        _ = curl.multiWakeup(multi)
    }

    /// Stops `transfer` if it is still running (or not yet started): it ends with `CancellationError`.
    func cancel(_ transfer: CurlTransfer) {
        lock.lock()
        transfer.cancelled = true
        pendingCancels.append(transfer)
        lock.unlock()
        _ = curl.multiWakeup(multi)
    }

    private func run() {
        var running: Int32 = 0
        var left: Int32 = 0
        while true {
            lock.lock()
            let adds = pendingAdds, cancels = pendingCancels
            pendingAdds.removeAll(keepingCapacity: true)
            pendingCancels.removeAll(keepingCapacity: true)
            let cancelledAdds = adds.map(\.cancelled)
            lock.unlock()

            for (transfer, cancelled) in zip(adds, cancelledAdds) {
                if cancelled {
                    finish(transfer, result: nil)
                } else if curl.multiAdd(multi, transfer.easy) == 0 {
                    active[transfer.easy] = transfer
                } else {
                    finish(transfer, result: -1)
                }
            }
            for transfer in cancels where active.removeValue(forKey: transfer.easy) != nil {
                _ = curl.multiRemove(multi, transfer.easy)
                finish(transfer, result: nil)
            }

            _ = curl.multiPerform(multi, &running)
            // CURLMsg: an int `msg` (1 = done), the easy handle, then the CURLcode, each 8-byte aligned.
            while let message = curl.multiInfoRead(multi, &left) {
                guard message.load(as: Int32.self) == 1 else { continue }
                let easy = message.load(fromByteOffset: 8, as: LibCurl.Handle.self)
                let result = message.load(fromByteOffset: 16, as: Int32.self)
                guard let transfer = active.removeValue(forKey: easy) else { continue }
                _ = curl.multiRemove(multi, easy)
                finish(transfer, result: result)
            }
            _ = curl.multiPoll(multi, nil, 0, 60_000, nil)
        }
    }

    /// Ends a transfer: `result` nil means cancelled, 0 success, anything else a `CURLcode`.
    private func finish(_ transfer: CurlTransfer, result: Int32?) {
        var status = 0
        if result == CurlResult.ok { _ = curl.getLong(transfer.easy, CurlOption.responseCode, &status) }
        curl.easyCleanup(transfer.easy)
        curl.listFree(transfer.headerList)
        transfer.headerList = nil
        guard let continuation = transfer.continuation else { return }
        transfer.continuation = nil
        switch result {
        case nil:
            continuation.resume(throwing: CancellationError())
        case CurlResult.ok?:
            let response = TransportResponse(statusCode: status, headers: TransportHeaders(transfer.headers), body: transfer.received)
            continuation.resume(returning: response)
        case let code?:
            continuation.resume(throwing: CurlTransport.connectionError(code, transfer: transfer))
        }
    }
}
#endif
