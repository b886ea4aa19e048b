import ArizeJSON
import Foundation

/// `multipart/form-data` request bodies (RFC 7578) from a generated model, built from the value's
/// JSON encoding so no per-type code is needed: one part per property, an array as one part per
/// element, `Data` properties (`format: binary`) as files, nested objects as `application/json`
/// parts, `nil` properties left out.
@_spi(Generated) public enum MultipartEncoding {
    /// A body and the `Content-Type` that names its boundary.
    public struct Body: Sendable {
        /// `multipart/form-data; boundary=…`.
        public var contentType: String
        /// The encoded parts.
        public var data: Data
    }

    /// Encodes `value`, whose properties named in `binaryFields` (by their JSON names) hold bytes.
    /// - Parameter boundary: fixed for tests; by default a random one no part contains.
    public static func body<T: Encodable>(_ value: T, binaryFields: Set<String>, boundary: String? = nil) throws -> Body {
        var reader = JSONReader(try JSONCoding.encode(value))
        var parts: [Part] = []
        try reader.readObject { key, reader in
            let name = key.stringValue
            if try reader.peek() == .array {
                _ = try reader.readArray { item in try part(name, &item, binary: binaryFields.contains(name)).map { parts.append($0) } }
            } else if let part = try part(name, &reader, binary: binaryFields.contains(name)) {
                parts.append(part)
            }
        }
        var chosen = boundary ?? randomBoundary()
        while boundary == nil, parts.contains(where: { $0.contains(chosen) }) { chosen = randomBoundary() }
        var data = Data()
        for part in parts {
            data.append(Data("--\(chosen)\r\n".utf8))
            data.append(Data(part.headers.utf8))
            data.append(Data("\r\n".utf8))
            data.append(part.content)
            data.append(Data("\r\n".utf8))
        }
        data.append(Data("--\(chosen)--\r\n".utf8))
        return Body(contentType: "multipart/form-data; boundary=\(chosen)", data: data)
    }

    private struct Part {
        var headers: String
        var content: Data

        func contains(_ boundary: String) -> Bool {
            content.range(of: Data(boundary.utf8)) != nil || headers.contains(boundary)
        }
    }

    private static func part(_ name: String, _ reader: inout JSONReader, binary: Bool) throws -> Part? {
        // Quotes and line breaks cannot be escaped in a part header (RFC 7578 4.2): percent-encode them.
        let quoted = name.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\"", with: "%22")
            .replacingOccurrences(of: "\r", with: "%0D").replacingOccurrences(of: "\n", with: "%0A")
        let disposition = "Content-Disposition: form-data; name=\"\(quoted)\""
        let token = try reader.peek()
        guard let text = try reader.readParameterText() else { return nil }
        switch token {
        case .string where binary:
            guard let bytes = Data(base64Encoded: text) else { throw reader.error("\(name): not the base64 of bytes") }
            return Part(headers: disposition + "; filename=\"\(quoted)\"\r\nContent-Type: application/octet-stream\r\n", content: bytes)
        case .object, .array:
            return Part(headers: disposition + "\r\nContent-Type: application/json\r\n", content: Data(text.utf8))
        default:
            return Part(headers: disposition + "\r\n", content: Data(text.utf8))
        }
    }

    private static func randomBoundary() -> String {
        "arize-" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
    }
}
