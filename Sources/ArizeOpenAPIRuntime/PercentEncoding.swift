import Foundation

/// Percent-encoding for the parts of a URL that generated code fills in.
@_spi(Generated) public enum PercentEncoding {
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

/// `style: deepObject` query parameters: an object sent as `name[key]=value` pairs (nested objects
/// as `name[key][sub]`, arrays as repeated `name[key]`), built from the value's JSON encoding.
@_spi(Generated) public enum DeepObject {
    /// The query items for `value` under `name`, in the order its JSON encoding writes them (keys sorted).
    public static func queryItems<T: Encodable>(name: String, value: T) throws -> [(name: String, value: String)] {
        var reader = JSONReader(try JSONCoding.encode(value))
        var items: [(name: String, value: String)] = []
        try flatten(&reader, prefix: name, into: &items)
        return items
    }

    static func flatten(_ reader: inout JSONReader, prefix: String, into items: inout [(name: String, value: String)]) throws {
        switch try reader.peek() {
        case .object:
            try reader.readObject { key, reader in try flatten(&reader, prefix: prefix + "[" + key.stringValue + "]", into: &items) }
        case .array:
            _ = try reader.readArray { reader in try flatten(&reader, prefix: prefix, into: &items) }
        case .string, .number, .bool, .null:
            if let text = try reader.readParameterText() { items.append((prefix, text)) }
        }
    }
}

extension JSONReader {
    /// The next value as parameters and form fields write it: a string as itself, a number as its
    /// JSON text, `true`/`false`, an object or array as its JSON text; `nil` for `null`. Shared by the
    /// encoders that build on a value's JSON encoding (deepObject, form, multipart, styled parameters).
    mutating func readParameterText() throws -> String? {
        switch try peek() {
        case .string: return try readString()
        case .number: return String(try readNumberText().text)
        case .bool: return try readBool() ? "true" : "false"
        case .null: try readNull(); return nil
        case .object, .array: return String(decoding: try readRawValue(), as: UTF8.self)
        }
    }
}

/// `application/x-www-form-urlencoded` request bodies from a generated model: each property as
/// `name=value` (arrays repeated, nested objects as `name[key]`), percent-encoded.
@_spi(Generated) public enum FormEncoding {
    /// The encoded body of `value`.
    public static func body<T: Encodable>(_ value: T) throws -> Data {
        var reader = JSONReader(try JSONCoding.encode(value))
        var items: [(name: String, value: String)] = []
        try reader.readObject { key, reader in try DeepObject.flatten(&reader, prefix: key.stringValue, into: &items) }
        let text = items.map { PercentEncoding.queryComponent($0.name) + "=" + PercentEncoding.queryComponent($0.value) }.joined(separator: "&")
        return Data(text.utf8)
    }
}
