import ArizeAPIKeys
import ArizeOpenAPIRuntime
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A minimal HTTP/1.1 server on 127.0.0.1 (ephemeral port), test-only: one thread per
/// connection, keep-alive, Content-Length bodies. Enough to drive the real URLSession transport,
/// and to misbehave on purpose (drop a connection after reading, drip a body).
final class LoopbackServer: @unchecked Sendable {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// What to do with one request.
    enum Action {
        /// Answer it.
        case respond(TransportResponse)
        /// Close the connection without answering (the request was read in full).
        case drop
        /// Send the head at once, then the body one byte every `interval`.
        case drip(TransportResponse, interval: Duration)
        /// Answer nothing and wait (up to 60 s) for the client to close the connection, counted in `hangUps`.
        case holdUntilClientCloses
        /// Answer a `CONNECT` with 200, then relay bytes both ways to 127.0.0.1:`port` (a proxy's tunnel).
        case tunnel(to: UInt16)
    }

    let port: UInt16
    private let listener: Int32
    private let handler: @Sendable (TransportRequest) -> Action
    private let lock = NSLock()
    private var connections: Set<Int32> = []
    private var stopped = false
    private var received: [TransportRequest] = []

    private var heads: [String] = []
    private var hangUpCount = 0

    /// Connections the client closed while a `.holdUntilClientCloses` request was waiting on them.
    var hangUps: Int { lock.withLock { hangUpCount } }

    /// Every request read in full, in order.
    var requests: [TransportRequest] { lock.withLock { received } }
    /// `METHOD target` of every request whose head arrived, complete or not (a client may
    /// re-send a request's head and then never its body).
    var requestHeads: [String] { lock.withLock { heads } }

    convenience init(handler: @escaping @Sendable (TransportRequest) -> TransportResponse) throws {
        try self.init(actions: { .respond(handler($0)) })
    }

    /// Bytes written to every connection as soon as it is accepted, which is then closed unread
    /// (a peer that does not speak what the client expects, e.g. TLS).
    private let greeting: [UInt8]?

    init(greeting: [UInt8]? = nil, actions handler: @escaping @Sendable (TransportRequest) -> Action) throws {
        self.handler = handler
        self.greeting = greeting
        #if canImport(Glibc)
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let fd = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard fd >= 0 else { throw Failure(description: "socket() failed: \(errno)") }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(fd, 64) == 0 else { close(fd); throw Failure(description: "bind/listen failed: \(errno)") }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        listener = fd
        port = UInt16(bigEndian: address.sin_port)
        Thread.detachNewThread { [self] in acceptLoop() }
    }

    var baseURL: URL { URL(string: "http://127.0.0.1:\(port)")! }

    /// Ends every open connection, then frees the port; the threads then end.
    ///
    /// In that order because clients pool connections by host and port (libcurl's pool is
    /// process-wide): once the port is free, another test's server may take it, and a pooled
    /// connection still served by this one would carry that test's requests here.
    ///
    /// Connections are shut down under the lock their threads close them under, so a descriptor
    /// number the kernel has already handed to another test's connection is never shut down here.
    ///
    /// The listening socket is closed by the accept thread itself, and `stop()` waits for that: closed
    /// here, its descriptor number could be handed to another test's socket before the accept thread
    /// (perhaps not even started yet) called `accept` on it, stealing that test's connections.
    func stop() {
        let first = lock.withLock {
            defer { stopped = true }
            for fd in connections { shutdown(fd, Int32(SHUT_RDWR)) }
            return !stopped
        }
        guard first else { return }
        shutdown(listener, Int32(SHUT_RDWR))  // stops listening (connects are refused) and wakes `accept`
        acceptEnded.wait()
    }

    private let acceptEnded = DispatchSemaphore(value: 0)

    private func acceptLoop() {
        defer {
            close(listener)
            acceptEnded.signal()
        }
        while true {
            let fd = accept(listener, nil, nil)
            if fd < 0 { if errno == EINTR { continue } else { return } }
            var timeout = timeval(tv_sec: 10, tv_usec: 0)
            setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
            let accepted = lock.withLock {
                if !stopped { connections.insert(fd) }
                return !stopped
            }
            guard accepted else { close(fd); continue }  // `stop()` is about to wake `accept` with an error
            Thread.detachNewThread { [self] in
                if let greeting {
                    _ = greeting.withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
                } else {
                    serve(fd)
                }
                lock.withLock {
                    connections.remove(fd)
                    close(fd)
                }
            }
        }
    }

    private func serve(_ fd: Int32) {
        var buffer: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        func fill() -> Bool {
            let count = Self.retryingInterrupted { read(fd, &chunk, chunk.count) }
            guard count > 0 else { return false }
            buffer += chunk[0..<count]
            return true
        }
        let separator: [UInt8] = Array("\r\n\r\n".utf8)
        while true {
            var headEnd: Int?
            while headEnd == nil {
                if let range = buffer.firstRange(of: separator) { headEnd = range.lowerBound; break }
                guard fill() else { return }
            }
            let head = String(decoding: buffer[0..<headEnd!], as: UTF8.self)
            var lines = head.components(separatedBy: "\r\n")
            let requestLine = lines.removeFirst().split(separator: " ")
            guard requestLine.count == 3 else { return }
            var headers = TransportHeaders()
            for line in lines {
                guard let colon = line.firstIndex(of: ":") else { continue }
                headers.append(name: String(line[..<colon]), value: line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
            }
            lock.withLock { heads.append("\(requestLine[0]) \(requestLine[1])") }
            let length = Int(headers["Content-Length"] ?? "0") ?? 0
            let bodyStart = headEnd! + separator.count
            while buffer.count < bodyStart + length { guard fill() else { return } }
            let body = Data(buffer[bodyStart..<(bodyStart + length)])
            buffer.removeFirst(bodyStart + length)

            let target = String(requestLine[1])
            let path = String(target.split(separator: "?", maxSplits: 1)[0])
            var query: [(name: String, value: String)] = []
            if let q = target.split(separator: "?", maxSplits: 1).dropFirst().first {
                for pair in q.split(separator: "&") {
                    let parts = pair.split(separator: "=", maxSplits: 1).map { String($0).removingPercentEncoding ?? String($0) }
                    query.append((parts[0], parts.count > 1 ? parts[1] : ""))
                }
            }
            let request = TransportRequest(operationID: "",  // unknown on the server side; the spec check matches by method and path
                                       method: TransportRequest.Method(rawValue: String(requestLine[0])), path: path,
                                      query: query, headers: headers, body: body.isEmpty ? nil : body)
            lock.withLock { received.append(request) }
            let response: TransportResponse
            var drip: Duration?
            switch handler(request) {
            case .respond(let answer): response = answer
            case .drop: return
            case .drip(let answer, let interval): response = answer; drip = interval
            case .tunnel(let port):
                relay(fd, to: port, pending: buffer)
                return
            case .holdUntilClientCloses:
                var descriptor = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
                if Self.retryingInterrupted({ Int(poll(&descriptor, 1, 60_000)) }) == 1, Self.retryingInterrupted({ read(fd, &chunk, chunk.count) }) == 0 {
                    lock.withLock { hangUpCount += 1 }
                }
                return
            }
            var text = "HTTP/1.1 \(response.statusCode) Status\r\n"
            for field in response.headers where field.name.lowercased() != "content-length" { text += "\(field.name): \(field.value)\r\n" }
            text += "Content-Length: \(response.body.count)\r\n\r\n"
            // send(…, MSG_NOSIGNAL): a client that hung up must not kill the test process with SIGPIPE.
            func transmit(_ bytes: [UInt8]) -> Bool {
                var written = 0
                while written < bytes.count {
                    let n = Self.retryingInterrupted { bytes[written...].withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) } }
                    if n <= 0 { return false }
                    written += n
                }
                return true
            }
            if let drip {
                guard transmit(Array(text.utf8)) else { return }
                for byte in response.body {
                    Thread.sleep(forTimeInterval: Double(drip.components.attoseconds) / 1e18 + Double(drip.components.seconds))
                    guard transmit([byte]) else { return }
                }
            } else {
                guard transmit(Array(text.utf8) + Array(response.body)) else { return }
            }
            if headers["Connection"]?.lowercased() == "close" { return }
        }
    }

    /// A system call repeated while a signal interrupts it: tests that start processes (openssl,
    /// python3) get SIGCHLD, and a read cut short that way is not the client hanging up.
    private static func retryingInterrupted(_ call: () -> Int) -> Int {
        while true {
            let result = call()
            if result >= 0 || errno != EINTR { return result }
        }
    }

    /// Connects to 127.0.0.1:`port`, says so to the client, then copies bytes each way until either side closes.
    private func relay(_ client: Int32, to port: UInt16, pending: [UInt8]) {
        #if canImport(Glibc)
        let target = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let target = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard target >= 0 else { return }
        defer { close(target) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(target, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        let answer = connected == 0 ? "HTTP/1.1 200 Connection established\r\n\r\n" : "HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n"
        _ = Array(answer.utf8).withUnsafeBytes { send(client, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        guard connected == 0 else { return }
        if !pending.isEmpty { _ = pending.withUnsafeBytes { send(target, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) } }
        @Sendable func copy(from source: Int32, to destination: Int32) {
            var chunk = [UInt8](repeating: 0, count: 16_384)
            while true {
                let count = Self.retryingInterrupted { read(source, &chunk, chunk.count) }
                if count <= 0 { break }
                if Self.retryingInterrupted({ chunk.withUnsafeBytes { send(destination, $0.baseAddress, count, Int32(MSG_NOSIGNAL)) } }) <= 0 { break }
            }
            shutdown(destination, Int32(SHUT_WR))
        }
        let done = DispatchSemaphore(value: 0)
        Thread.detachNewThread { copy(from: target, to: client); done.signal() }
        copy(from: client, to: target)
        _ = done.wait(timeout: .now() + 30)
    }
}
