#if os(Linux) && (arch(x86_64) || arch(arm64))
import Foundation

/// One request: its easy handle, what is sent, what has come back, and who waits.
///
/// The transfer owns its handle and gives it back in `deinit`, when nothing can refer to it any
/// more: not the engine, not a cancellation still queued for it. So a handle is never used after it
/// is freed, and a late cancellation reaches only the transfer it was made for, never a new one that
/// got the same handle address from the allocator. The engine thread frees it, as it makes every
/// other call on handles that have been in its multi handle.
final class CurlTransfer: @unchecked Sendable {
    /// Where the transfer is; read and changed on the engine thread only.
    enum Phase { case waiting, running, finished }

    let engine: CurlEngine
    let easy: LibCurl.Handle
    let host: String?
    /// The proxy the request goes through, if any (for errors that are the proxy's).
    let proxy: String?
    let timeoutMilliseconds: Int
    let maximumBodySize: Int
    var headerList: OpaquePointer?
    var requestBody: UnsafeMutableRawBufferPointer?
    var bodyLength = 0
    var bodySent = 0
    var received = Data()
    var headers: [TransportHeaders.Field] = []
    var continuation: CheckedContinuation<TransportResponse, any Error>?
    var phase = Phase.waiting
    /// Set by `CurlEngine.cancel` under the engine's lock, so a cancel that comes before the
    /// transfer is started is seen when it is.
    var cancelRequested = false
    var headerBytes = 0
    /// Why the transfer was stopped for its size, if it was (a write callback refused more bytes).
    var tooLarge: String?

    init(engine: CurlEngine, easy: LibCurl.Handle, host: String?, proxy: String?, timeoutMilliseconds: Int, maximumBodySize: Int) {
        self.engine = engine
        self.easy = easy
        self.host = host
        self.proxy = proxy
        self.timeoutMilliseconds = timeoutMilliseconds
        self.maximumBodySize = maximumBodySize
        CurlTransfer.liveCount.withLock { $0 += 1 }
    }

    var timeoutSeconds: Double { Double(timeoutMilliseconds) / 1_000 }

    var curl: LibCurl { engine.curl }

    deinit {
        engine.release(easy, headerList: headerList)
        requestBody?.deallocate()
    }

    /// Easy handles not yet freed, in this process: tests check none leak.
    static let liveCount = Locked(0)
}

/// The one thread that drives every `CurlTransport` request through a libcurl multi handle.
///
/// One multi handle per process keeps one connection pool, one TLS session cache and one parsed CA
/// store (libcurl caches it there), so a request on a warm connection costs a few system calls and
/// a fresh connection skips re-reading the CA bundle. Requests and cancellations are handed over
/// under a lock and a `curl_multi_wakeup`; each completion resumes its caller's continuation from
/// this thread, exactly once.
final class CurlEngine: @unchecked Sendable {
    static let shared: CurlEngine? = LibCurl.shared.flatMap { CurlEngine(curl: $0) }

    let curl: LibCurl
    private let multi: LibCurl.Handle
    private let lock = NSLock()
    private var pendingAdds: [CurlTransfer] = []
    private var pendingCancels: [CurlTransfer] = []
    private var pendingReleases: [(easy: LibCurl.Handle, headerList: OpaquePointer?)] = []
    /// The running transfers by handle, to find the one a completion message names. A handle here
    /// belongs to a live transfer (this table holds it), so its address cannot have been reused.
    private var running: [LibCurl.Handle: CurlTransfer] = [:]

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
        lock.withLock { pendingAdds.append(transfer) }
        _ = curl.multiWakeup(multi)
    }

    /// Stops `transfer` if it has not finished: it then ends with `CancellationError`. Once it has
    /// finished this does nothing, however late it comes.
    func cancel(_ transfer: CurlTransfer) {
        lock.withLock {
            transfer.cancelRequested = true
            pendingCancels.append(transfer)
        }
        _ = curl.multiWakeup(multi)
    }

    /// Frees a handle (and its header list) on the engine thread; only a transfer's `deinit` calls it.
    fileprivate func release(_ easy: LibCurl.Handle, headerList: OpaquePointer?) {
        lock.withLock { pendingReleases.append((easy, headerList)) }
        _ = curl.multiWakeup(multi)
    }

    private func run() {
        var stillRunning: Int32 = 0
        var left: Int32 = 0
        while true {
            let (adds, cancels, cancelledAdds, releases) = lock.withLock {
                defer {
                    pendingAdds.removeAll(keepingCapacity: true)
                    pendingCancels.removeAll(keepingCapacity: true)
                    pendingReleases.removeAll(keepingCapacity: true)
                }
                return (pendingAdds, pendingCancels, pendingAdds.map(\.cancelRequested), pendingReleases)
            }
            for released in releases {
                curl.easyCleanup(released.easy)
                curl.listFree(released.headerList)
            }
            if !releases.isEmpty { CurlTransfer.liveCount.withLock { $0 -= releases.count } }
            for (transfer, cancelled) in zip(adds, cancelledAdds) {
                if cancelled {
                    finish(transfer, result: nil)
                } else if curl.multiAdd(multi, transfer.easy) == 0 {
                    transfer.phase = .running
                    running[transfer.easy] = transfer
                } else {
                    finish(transfer, result: -1)
                }
            }
            // A cancel for a transfer still waiting is seen through `cancelRequested` when it is added.
            for transfer in cancels where transfer.phase == .running {
                running[transfer.easy] = nil
                _ = curl.multiRemove(multi, transfer.easy)
                finish(transfer, result: nil)
            }

            _ = curl.multiPerform(multi, &stillRunning)
            // CURLMsg: an int `msg` (1 = done), the easy handle, then the CURLcode, each 8-byte aligned.
            while let message = curl.multiInfoRead(multi, &left) {
                guard message.load(as: Int32.self) == 1 else { continue }
                let easy = message.load(fromByteOffset: 8, as: LibCurl.Handle.self)
                let result = message.load(fromByteOffset: 16, as: Int32.self)
                guard let transfer = running.removeValue(forKey: easy) else { continue }
                _ = curl.multiRemove(multi, easy)
                finish(transfer, result: result)
            }
            _ = curl.multiPoll(multi, nil, 0, 60_000, nil)
        }
    }

    /// Ends a transfer: `result` nil means cancelled, 0 success, anything else a `CURLcode`.
    /// The handle stays allocated until the transfer itself goes away.
    private func finish(_ transfer: CurlTransfer, result: Int32?) {
        transfer.phase = .finished
        guard let continuation = transfer.continuation else { return }
        transfer.continuation = nil
        switch result {
        case nil:
            continuation.resume(throwing: CancellationError())
        case CurlResult.ok?:
            let status = curl.info(transfer.easy, CurlInfo.responseCode) ?? 0
            let response = TransportResponse(statusCode: status, headers: TransportHeaders(transfer.headers), body: transfer.received)
            transfer.received = Data()
            continuation.resume(returning: response)
        case let code?:
            continuation.resume(throwing: CurlTransport.connectionError(code, transfer: transfer))
        }
    }
}
#endif
