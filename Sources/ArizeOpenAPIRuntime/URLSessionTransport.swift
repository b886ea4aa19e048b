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
    /// A failure below HTTP: DNS, connection refused, TLS, timeout.
    public struct ConnectionError: Error, Sendable, CustomStringConvertible {
        /// What went wrong, in the terms that tell a user what to check.
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

    private let session: URLSession
    private let configuration: URLSessionConfiguration
    private let delegate = RefuseRedirects()
    private let timeout: TimeInterval

    /// Creates a transport with its own ephemeral session.
    /// - Parameter timeout: how long a whole request may take, connect to last byte.
    public init(timeout: Duration = .seconds(30)) {
        let timeout = Double(timeout.components.seconds) + Double(timeout.components.attoseconds) / 1e18
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.timeoutIntervalForResource = timeout
        configuration.urlCache = nil
        configuration.httpCookieStorage = nil
        configuration.httpShouldSetCookies = false
        self.configuration = configuration
        self.session = URLSession(configuration: configuration, delegate: delegate, delegateQueue: nil)
        self.timeout = timeout
    }

    deinit { session.finishTasksAndInvalidate() }

    /// Sends the request; statuses of every kind, 3xx included, are returned, not thrown.
    public func send(_ request: TransportRequest, baseURL: URL) async throws -> TransportResponse {
        guard let url = request.url(relativeTo: baseURL) else {
            throw ConnectionError(code: URLError.badURL.rawValue, message: "cannot build a URL for \(request.path)",
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

        let box = TaskBox()
        let timeout = self.timeout
        let host = url.host.map { $0 + (url.port.map { ":\($0)" } ?? "") }
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<TransportResponse, any Error>) in
                let task = session.dataTask(with: urlRequest) { data, response, error in
                    let timedOut = box.finish()
                    if let error {
                        let code = (error as? URLError)?.code
                        if timedOut {
                            continuation.resume(throwing: ConnectionError.timedOut(within: timeout, host: host))
                        } else if code == .cancelled {
                            continuation.resume(throwing: CancellationError())
                        } else {
                            continuation.resume(throwing: ConnectionError(
                                code, message: code == nil ? String(describing: type(of: error)) : nil, host: host))
                        }
                        return
                    }
                    guard let http = response as? HTTPURLResponse else {
                        continuation.resume(throwing: ConnectionError(code: -1, message: "not an HTTP response", mayHaveReachedServer: true))
                        return
                    }
                    var headers = TransportHeaders()
                    for (name, value) in http.allHeaderFields {
                        headers.append(name: String(describing: name), value: String(describing: value))
                    }
                    continuation.resume(returning: TransportResponse(statusCode: http.statusCode, headers: headers, body: data ?? Data()))
                }
                box.start(task, deadline: timeout)
            }
        } onCancel: {
            box.cancel()
        }
    }
}

/// Answers every redirect with "do not follow": the 3xx response completes the task as it is.
private final class RefuseRedirects: NSObject, URLSessionTaskDelegate, @unchecked Sendable {
    func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                    newRequest request: URLRequest, completionHandler: @escaping @Sendable (URLRequest?) -> Void) {
        completionHandler(nil)
    }
}

/// Holds the data task so a cancellation that arrives before or after it starts still reaches it,
/// and runs the deadline timer that cancels it when the whole request takes too long.
/// `@unchecked` because the task and timer types are not `Sendable` on Linux; both are only touched
/// under the lock, and `URLSessionTask.cancel()` / `DispatchSourceTimer.cancel()` are thread-safe.
private final class TaskBox: @unchecked Sendable {
    private struct State {
        var task: URLSessionDataTask?
        var timer: DispatchSourceTimer?
        var cancelled = false
        var timedOut = false
    }

    private let state = Locked(State())

    func start(_ task: URLSessionDataTask, deadline seconds: TimeInterval) {
        let timer = DispatchSource.makeTimerSource(queue: .global())
        timer.schedule(deadline: .now() + seconds)
        timer.setEventHandler { [weak self] in self?.expire() }
        let cancelled = state.withLock { state in
            state.task = task
            state.timer = timer
            return state.cancelled
        }
        timer.resume()
        if cancelled { task.cancel() }
        task.resume()
    }

    private func expire() {
        let task = state.withLock { state in
            state.timedOut = true
            return state.task
        }
        task?.cancel()
    }

    func cancel() {
        let task = state.withLock { state in
            state.cancelled = true
            return state.task
        }
        task?.cancel()
    }

    /// Stops the timer; returns whether the deadline had passed (so a cancellation means a timeout).
    func finish() -> Bool {
        let (timer, timedOut) = state.withLock { state in
            let ended = (state.timer, state.timedOut)
            state.timer = nil
            state.task = nil
            return ended
        }
        timer?.cancel()
        return timedOut
    }
}
