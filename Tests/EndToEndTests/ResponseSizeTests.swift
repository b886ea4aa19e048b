import ArizeOpenAPIRuntime
import Foundation
import Testing

/// Both transports bound what a response can make the process hold, after decompression too.
@Suite struct ResponseSizeTests {
    /// A 3.4 MB `deflate` body that inflates to 512 MiB of zeros (a decompression bomb).
    /// libcurl used directly never decompresses: the body arrives as it was sent, far under the cap,
    /// and the process's peak memory stays under 256 MiB. `URLSession` inflates it by itself;
    /// `URLSessionTransport` counts the inflated bytes and fails the call at its 64 MiB cap.
    ///
    /// Known issue, on Linux: FoundationNetworking inflates on its own queue and hands the bytes to
    /// the delegate asynchronously, with no back-pressure, so by the time the cap is seen and the
    /// task cancelled the whole body has been inflated into the delegate queue (peak ~560 MiB here).
    /// No public API turns its decompression off; the libcurl transport (the default on Linux) is
    /// the bounded one. The cap itself (the error) holds for both. One test, the libcurl half
    /// first, so that its peak is not the other half's.
    @Test func aCompressedBodyCannotInflatePastTheCap() async throws {
        let inflated = 1 + 258 * 2_081_000  // just over 512 MiB
        let body = Self.zlibOfZeros(count: inflated)
        let server = try LoopbackServer { _ in
            TransportResponse(statusCode: 200, headers: ["Content-Type": "application/json", "Content-Encoding": "deflate"], body: body)
        }
        defer { server.stop() }
        let request = TransportRequest(operationID: "op", method: .get, path: "/bomb")
        #if os(Linux) && (arch(x86_64) || arch(arm64))
        if let curl = CurlTransport(timeout: .seconds(120)) {
            Self.resetPeakMemory()
            let response = try await curl.send(request, baseURL: server.baseURL)
            #expect(response.body == body, "libcurl used directly returns the body as sent")
            if let peak = Self.peakMemory() { #expect(peak < 256 << 20, "peak RSS \(peak >> 20) MiB") }
        }
        #endif
        Self.resetPeakMemory()
        let error = await #expect(throws: TransportConnectionError.self) {
            _ = try await URLSessionTransport(timeout: .seconds(120)).send(request, baseURL: server.baseURL)
        }
        #expect(error?.description.contains("response body larger than \(64 << 20) bytes") == true, "\(String(describing: error))")
        if let peak = Self.peakMemory() {
            withKnownIssue("FoundationNetworking inflates the whole body before a cancellation reaches it", isIntermittent: true) {
                #expect(peak < 256 << 20, "peak RSS \(peak >> 20) MiB")
            }
        }
    }

    /// A body past the cap fails the call instead of filling memory, with either transport.
    @Test(arguments: TransportKind.allCases)
    func aBodyPastTheCapIsRefused(kind: TransportKind) async throws {
        let server = try LoopbackServer { request in TransportResponse(statusCode: 200, body: Data(count: request.path == "/big" ? 100_001 : 100_000)) }
        defer { server.stop() }
        let transport: any HTTPTransport = switch kind {
        case .urlSession: URLSessionTransport(timeout: .seconds(60), maximumResponseSize: 100_000)
        case .standard: try makeDefaultTransport(timeout: .seconds(60), maximumResponseSize: 100_000, environment: [:])
        }
        let error = await #expect(throws: TransportConnectionError.self) {
            _ = try await transport.send(TransportRequest(operationID: "op", method: .get, path: "/big"), baseURL: server.baseURL)
        }
        #expect(error?.description.contains("response body larger than 100000 bytes") == true, "\(String(describing: error))")
        let fits = try await transport.send(TransportRequest(operationID: "op", method: .get, path: "/fits"), baseURL: server.baseURL)
        #expect(fits.body.count == 100_000)
    }

    /// The zlib stream (RFC 1950) of `count` zero bytes, `count` = 1 + 258·k: one fixed-Huffman
    /// deflate block holding a literal zero and then k copies of 258 bytes at distance 1.
    static func zlibOfZeros(count: Int) -> Data {
        let matches = (count - 1) / 258
        precondition(1 + matches * 258 == count, "count must be 1 + 258·k")
        // Deflate packs bits from the least significant end; Huffman codes go in most significant
        // bit first, so each code below is already bit-reversed.
        let header: UInt64 = 1 | 1 << 1 | 0b0000_1100 << 3  // final block, fixed codes, literal 0 (code 0x30)
        let match: UInt64 = 0b1010_0011  // length 258 (code 285 = 11000101), then distance 1 (00000): 13 bits
        var bytes = [UInt8]()
        bytes.reserveCapacity(matches * 13 / 8 + 16)
        bytes += [0x78, 0x01]
        var accumulator = header, filled = 11
        for _ in 0..<matches {
            accumulator |= match << UInt64(filled)
            filled += 13
            while filled >= 8 { bytes.append(UInt8(truncatingIfNeeded: accumulator)); accumulator >>= 8; filled -= 8 }
        }
        filled += 7  // end of block: code 256 is seven zero bits
        while filled > 0 { bytes.append(UInt8(truncatingIfNeeded: accumulator)); accumulator >>= 8; filled -= 8 }
        let adler = UInt32(count % 65_521) << 16 | 1  // Adler-32 of zeros: a = 1, b = count mod 65521
        bytes += [UInt8(adler >> 24), UInt8(adler >> 16 & 0xFF), UInt8(adler >> 8 & 0xFF), UInt8(adler & 0xFF)]
        return Data(bytes)
    }

    /// Resets the kernel's peak-RSS mark to the current RSS (Linux), so the peak read later is this test's.
    static func resetPeakMemory() {
        try? Data("5".utf8).write(to: URL(fileURLWithPath: "/proc/self/clear_refs"))
    }

    /// The process's peak resident memory in bytes since the last reset (`VmHWM`), where the system tells it.
    static func peakMemory() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kilobytes = Int(line.split(separator: " ").dropFirst().first ?? "") else { return nil }
        return kilobytes << 10
    }
}
