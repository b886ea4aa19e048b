import Foundation

/// An HTTPS server on 127.0.0.1 for tests of certificate trust: `Scripts/benchmark-server.py` (the
/// HTTP benchmark's server) with a throwaway self-signed certificate made by the `openssl` command.
/// `nil` where `openssl` or `python3` is missing, so the tests that need it are skipped, not failed.
final class TLSServer: @unchecked Sendable {
    let port: Int
    /// The server's certificate, a PEM file that works as a CA bundle trusting this server alone.
    let certificate: URL
    private let process: Process
    private let input: Pipe
    private let folder: URL

    static var canRun: Bool { ["openssl", "python3"].allSatisfy(hasCommand) }

    /// Starts a server on a thread of its own: making the key and starting python block, and a
    /// blocked thread of Swift's small cooperative pool would stall every other test's tasks.
    static func start(subjectAltName: String = "IP:127.0.0.1") async throws -> TLSServer {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread { continuation.resume(with: Result { try TLSServer(subjectAltName: subjectAltName) }) }
        }
    }

    /// - Parameter subjectAltName: whom the certificate is for, e.g. `IP:127.0.0.1` or `DNS:other.example`.
    private init(subjectAltName: String = "IP:127.0.0.1") throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("arize-tls-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let page = Data(#"{"api_keys":[],"pagination":{"has_more":false}}"#.utf8)
        for name in ["page2", "page50", "page100", "last", "created"] { try page.write(to: folder.appendingPathComponent("\(name).json")) }
        certificate = folder.appendingPathComponent("cert.pem")
        let key = folder.appendingPathComponent("key.pem")
        try Self.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-days", "1", "-subj", "/CN=arize-swift test",
                      "-addext", "subjectAltName=\(subjectAltName)", "-keyout", key.path, "-out", certificate.path])
        process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", root.appendingPathComponent("Scripts/benchmark-server.py").path, folder.path,
                             "--cert", certificate.path, "--key", key.path]
        input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        // The script prints its port, then serves until its standard input closes.
        var line = Data()
        while !line.contains(UInt8(ascii: "\n")) {
            let more = output.fileHandleForReading.availableData
            if more.isEmpty { break }
            line.append(more)
        }
        guard let port = Int(String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) else {
            process.terminate()
            throw LoopbackServer.Failure(description: "the TLS server did not start")
        }
        self.port = port
    }

    var baseURL: URL { URL(string: "https://127.0.0.1:\(port)")! }

    /// Ends the server (it exits when its standard input closes) without waiting for it.
    func stop() {
        try? input.fileHandleForWriting.close()
        let (process, folder) = (process, folder)
        Thread.detachNewThread {
            process.waitUntilExit()
            try? FileManager.default.removeItem(at: folder)
        }
    }

    private static func run(_ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw LoopbackServer.Failure(description: "\(arguments[0]) failed") }
    }

    private static func hasCommand(_ name: String) -> Bool {
        (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").contains {
            FileManager.default.isExecutableFile(atPath: "\($0)/\(name)")
        }
    }
}
