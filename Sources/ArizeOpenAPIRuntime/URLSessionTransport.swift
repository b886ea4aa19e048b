import Dispatch
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Sends requests with `URLSession` (FoundationNetworking on Linux).
///
/// What it promises, whatever the server or the network does:
/// - **No redirects.** A 3xx response is returned as it is; nothing is re-sent to the
///   `Location`, so the `Authorization` header never reaches another origin.
/// - **Non-idempotent requests reach the server at most once.** A `POST` or `PATCH` goes out
///   on a connection of its own, never on a pooled one: libcurl re-sends a request whose
///   reused connection died, which could mint a second API key.
/// - **`timeout` is a deadline** for the whole request, from connecting to the last byte of
///   the body, not an idle timeout: a server dripping one byte a second cannot hold a call.
/// - Cancelling the calling task cancels the request in flight.
public final class URLSessionTransport: HTTPTransport {
    /// The error for failures below HTTP, now a top-level type any transport can throw.
    @available(*, deprecated, renamed: "TransportConnectionError")
    public typealias ConnectionError = TransportConnectionError

    private let session: URLSession
    private let configuration: URLSessionConfiguration
    private let delegate = SessionDelegate()
    private let timeout: TimeInterval
    private let maximumResponseSize: Int

    /// Creates a transport with its own ephemeral session.
    /// - Parameters:
    ///   - timeout: how long a whole request may take, connect to last byte. Any positive value
    ///     works; past 24 days it counts as 24 days.
    ///   - maximumResponseSize: a response body past this many bytes, counted after the automatic
    ///     decompression of a `gzip` or `deflate` body, fails the request (`TransportConnectionError`,
    ///     `.other`) instead of filling memory; 64 MiB by default.
    public init(timeout: Duration = .seconds(30), maximumResponseSize: Int = 64 << 20) {
        let timeout = Double(TransportDeadline.milliseconds(timeout)) / 1_000
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.timeoutIntervalForResource = timeout
        configuration.urlCache = nil
        configuration.httpCookieStorage = nil
        configuration.httpShouldSetCookies = false
        self.configuration = configuration
        self.session = URLSession(configuration: configuration, delegate: delegate, delegateQueue: nil)
        self.timeout = timeout
        self.maximumResponseSize = max(0, maximumResponseSize)
    }

    deinit { session.finishTasksAndInvalidate() }

    /// Sends the request; statuses of every kind, 3xx included, are returned, not thrown.
    public func send(_ request: TransportRequest, baseURL: URL) async throws -> TransportResponse {
        guard let url = request.url(relativeTo: baseURL) else {
            throw TransportConnectionError(code: URLError.badURL.rawValue, message: "cannot build a URL for \(request.path)",
                                  mayHaveReachedServer: false)
        }
        var urlRequest = URLRequest(url: url, timeoutInterval: timeout)
        urlRequest.httpMethod = request.method.rawValue
        for field in request.headers { urlRequest.addValue(field.value, forHTTPHeaderField: field.name) }
        urlRequest.httpBody = request.body

        // A session of its own: its connection pool is empty, so the request cannot go out on a
        // kept-alive connection that died, which is the case libcurl silently retries.
        let oneShot = !request.method.isIdempotent
        let session = oneShot ? URLSession(configuration: configuration, delegate: delegate, delegateQueue: nil) : self.session
        defer { if oneShot { session.finishTasksAndInvalidate() } }

        let host = url.host.map { $0 + (url.port.map { ":\($0)" } ?? "") }
        let box = TaskBox(host: host, timeout: timeout, maximumBodySize: maximumResponseSize)
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<TransportResponse, any Error>) in
                let task = session.dataTask(with: urlRequest)
                delegate.register(box, for: task)
                box.start(task, continuation: continuation)
            }
        } onCancel: {
            box.cancel()
        }
    }
}

/// Routes each task's events to its ``TaskBox``: refuses every redirect (the 3xx response completes
/// the task as it is), hands over body bytes as they arrive, and ends the request.
private final class SessionDelegate: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    private let boxes = Locked([ObjectIdentifier: TaskBox]())

    func register(_ box: TaskBox, for task: URLSessionTask) {
        boxes.withLock { $0[ObjectIdentifier(task)] = box }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                    newRequest request: URLRequest, completionHandler: @escaping @Sendable (URLRequest?) -> Void) {
        completionHandler(nil)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        let box = boxes.withLock { $0[ObjectIdentifier(dataTask)] }
        box?.receive(data)
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        let box = boxes.withLock { $0.removeValue(forKey: ObjectIdentifier(task)) }
        box?.complete(response: task.response, error: error)
    }
}

/// One request's state: the data task (so a cancellation that arrives before or after it starts
/// still reaches it), the deadline timer that cancels it when the whole request takes too long,
/// the body received so far (bounded), and the continuation, resumed once.
/// `@unchecked` because the task and timer types are not `Sendable` on Linux; both are only touched
/// under the lock, and `URLSessionTask.cancel()` / `DispatchSourceTimer.cancel()` are thread-safe.
private final class TaskBox: @unchecked Sendable {
    private struct State {
        var task: URLSessionDataTask?
        var timer: DispatchSourceTimer?
        var continuation: CheckedContinuation<TransportResponse, any Error>?
        var body = Data()
        var cancelled = false
        var timedOut = false
        var tooLarge = false
    }

    private let state = Locked(State())
    private let host: String?
    private let timeout: TimeInterval
    private let maximumBodySize: Int

    init(host: String?, timeout: TimeInterval, maximumBodySize: Int) {
        self.host = host
        self.timeout = timeout
        self.maximumBodySize = maximumBodySize
    }

    func start(_ task: URLSessionDataTask, continuation: CheckedContinuation<TransportResponse, any Error>) {
        let timer = DispatchSource.makeTimerSource(queue: .global())
        timer.schedule(deadline: .now() + timeout)
        timer.setEventHandler { [weak self] in self?.stop { $0.timedOut = true } }
        let cancelled = state.withLock { state in
            state.task = task
            state.timer = timer
            state.continuation = continuation
            return state.cancelled
        }
        timer.resume()
        if cancelled { task.cancel() }
        task.resume()
    }

    /// Keeps `data`, or cancels the task once the body would pass the limit.
    func receive(_ data: Data) {
        let overLimit = state.withLock { state in
            guard !state.tooLarge else { return false }
            guard state.body.count + data.count <= maximumBodySize else {
                state.tooLarge = true
                state.body = Data()
                return true
            }
            state.body.append(data)
            return false
        }
        if overLimit { stop { _ in } }
    }

    func cancel() { stop { $0.cancelled = true } }

    /// Marks why the task is being stopped, then cancels it; it completes as cancelled.
    private func stop(_ mark: (inout State) -> Void) {
        let task = state.withLock { state in
            mark(&state)
            return state.task
        }
        task?.cancel()
    }

    func complete(response: URLResponse?, error: (any Error)?) {
        let (continuation, timer, ended) = state.withLock { state in
            let ended = (continuation: state.continuation, timer: state.timer, state: state)
            state.continuation = nil
            state.timer = nil
            state.task = nil
            state.body = Data()
            return ended
        }
        timer?.cancel()
        guard let continuation else { return }
        if ended.tooLarge {
            continuation.resume(throwing: TransportConnectionError(code: -1, message: "response body larger than \(maximumBodySize) bytes",
                                                          mayHaveReachedServer: true, host: host))
        } else if let error {
            let code = (error as? URLError)?.code
            if ended.timedOut {
                continuation.resume(throwing: TransportConnectionError.timedOut(within: timeout, host: host))
            } else if code == .cancelled {
                continuation.resume(throwing: CancellationError())
            } else {
                continuation.resume(throwing: TransportConnectionError(code, message: code == nil ? String(describing: type(of: error)) : nil, host: host))
            }
        } else if let http = response as? HTTPURLResponse {
            var headers = TransportHeaders()
            for (name, value) in http.allHeaderFields {
                headers.append(name: String(describing: name), value: String(describing: value))
            }
            continuation.resume(returning: TransportResponse(statusCode: http.statusCode, headers: headers, body: ended.body))
        } else {
            continuation.resume(throwing: TransportConnectionError(code: -1, message: "not an HTTP response", mayHaveReachedServer: true))
        }
    }
}
