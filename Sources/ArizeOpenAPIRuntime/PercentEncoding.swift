import Foundation

/// Percent-encoding for the parts of a URL that generated code fills in.
public enum PercentEncoding {
    // RFC 3986 unreserved characters: the only ones left as they are, so that ids
    // such as base64 strings (with `/`, `+`, `=`) cannot change a URL's structure.
    private static let unreserved: Set<UInt8> = Set(
        Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~".utf8))

    /// Encodes a value for use as one path segment.
    ///
    /// `.` and `..` are refused rather than encoded: clients and servers resolve dot segments
    /// (`/v2/api-keys/../revoke` is `/v2/revoke`), and `%2E` is decoded back to `.` by many.
    /// An empty value would merge two segments. Slashes, `?`, `#` and the rest are percent-encoded.
    /// - Parameter field: the parameter's Swift name, for the error.
    public static func pathSegment(_ value: String, field: String) throws(ValidationError) -> String {
        if value.isEmpty || value == "." || value == ".." {
            throw ValidationError(field: field, reason: value.isEmpty ? "must not be empty"
                : "must not be \"\(value)\": a dot segment would leave its place in the path")
        }
        return encode(value)
    }

    /// Encodes a query name or value.
    public static func queryComponent(_ value: String) -> String { encode(value) }

    private static func encode(_ value: String) -> String {
        let utf8 = value.utf8
        if utf8.allSatisfy({ unreserved.contains($0) }) { return value }
        let hex = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count * 3)
        for byte in utf8 {
            if unreserved.contains(byte) {
                out.append(byte)
            } else {
                out.append(UInt8(ascii: "%"))
                out.append(hex[Int(byte >> 4)])
                out.append(hex[Int(byte & 0xF)])
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
