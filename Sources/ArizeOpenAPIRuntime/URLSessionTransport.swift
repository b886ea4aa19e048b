import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Sends requests with `URLSession` (FoundationNetworking on Linux).
///
/// Cancelling the calling task cancels the data task in flight.
public final class URLSessionTransport: HTTPTransport {
    /// A failure below HTTP: DNS, connection refused, TLS, timeout.
    public struct ConnectionError: Error, Sendable, CustomStringConvertible {
        /// The `URLError` code, when the system gave one.
        public var code: Int
        /// What the system said, without the URL (it may carry query values).
        public var message: String
        /// One line.
        public var description: String { "connection failed (\(code)): \(message)" }
    }

    private let session: URLSession
    private let timeout: TimeInterval

    /// Creates a transport with its own ephemeral session.
    /// - Parameter timeout: seconds a request may take before it fails with a timeout.
    public init(timeout: TimeInterval = 30) {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.urlCache = nil
        configuration.httpCookieStorage = nil
        self.session = URLSession(configuration: configuration)
        self.timeout = timeout
    }

    deinit { session.finishTasksAndInvalidate() }

    /// Sends the request; statuses of every kind are returned, not thrown.
    public func send(_ request: HTTPRequest, baseURL: URL) async throws -> HTTPResponse {
        guard let url = request.url(relativeTo: baseURL) else {
            throw ConnectionError(code: URLError.badURL.rawValue, message: "cannot build a URL for \(request.path)")
        }
        var urlRequest = URLRequest(url: url, timeoutInterval: timeout)
        urlRequest.httpMethod = request.method.rawValue
        for field in request.headers { urlRequest.addValue(field.value, forHTTPHeaderField: field.name) }
        urlRequest.httpBody = request.body

        let box = TaskBox()
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<HTTPResponse, any Error>) in
                let task = session.dataTask(with: urlRequest) { data, response, error in
                    if let error {
                        if (error as? URLError)?.code == .cancelled {
                            continuation.resume(throwing: CancellationError())
                        } else {
                            let code = (error as? URLError)?.code.rawValue ?? -1
                            continuation.resume(throwing: ConnectionError(code: code, message: Self.describe(error)))
                        }
                        return
                    }
                    guard let http = response as? HTTPURLResponse else {
                        continuation.resume(throwing: ConnectionError(code: -1, message: "not an HTTP response"))
                        return
                    }
                    var headers = HTTPHeaders()
                    for (name, value) in http.allHeaderFields {
                        headers.append(name: String(describing: name), value: String(describing: value))
                    }
                    continuation.resume(returning: HTTPResponse(statusCode: http.statusCode, headers: headers, body: data ?? Data()))
                }
                box.start(task)
            }
        } onCancel: {
            box.cancel()
        }
    }

    private static func describe(_ error: any Error) -> String {
        guard let urlError = error as? URLError else { return String(describing: type(of: error)) }
        switch urlError.code {
        case .timedOut: return "timed out"
        case .cannotConnectToHost: return "cannot connect to host"
        case .cannotFindHost: return "cannot find host"
        case .networkConnectionLost: return "network connection lost"
        case .notConnectedToInternet: return "not connected to the internet"
        case .secureConnectionFailed: return "TLS handshake failed"
        default: return "URL error \(urlError.code.rawValue)"
        }
    }
}

/// Holds the data task so a cancellation that arrives before or after it starts still reaches it.
private final class TaskBox: @unchecked Sendable {
    private let lock = NSLock()
    private var task: URLSessionDataTask?
    private var cancelled = false

    func start(_ task: URLSessionDataTask) {
        lock.lock()
        self.task = task
        let cancelled = self.cancelled
        lock.unlock()
        if cancelled { task.cancel() }
        task.resume()
    }

    func cancel() {
        lock.lock()
        cancelled = true
        let task = self.task
        lock.unlock()
        task?.cancel()
    }
}
