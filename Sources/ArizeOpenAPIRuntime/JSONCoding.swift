import Foundation

/// The JSON coders generated code uses: RFC 3339 dates in both whole and fractional seconds.
public enum JSONCoding {
    /// A new decoder configured for OpenAPI payloads.
    public static func makeDecoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            guard let date = RFC3339.date(from: text) else {
                throw DecodingError.dataCorruptedError(
                    in: container, debugDescription: "Expected an RFC 3339 date-time, found \"\(text)\"")
            }
            return date
        }
        return decoder
    }

    /// A new encoder configured for OpenAPI payloads (sorted keys, so bodies are stable).
    public static func makeEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(RFC3339.string(from: date))
        }
        return encoder
    }

    /// Decodes a value, reporting failures with the coding path in plain words.
    public static func decode<T: Decodable>(_ type: T.Type, from data: Data) throws -> T {
        try makeDecoder().decode(type, from: data)
    }

    /// Decodes a generated type through its fast path (no `JSONDecoder`); the input must hold exactly one value.
    public static func decode<T: JSONReadable>(_ type: T.Type, from data: Data) throws -> T {
        try read(type, from: data)
    }

    /// The fast path for generated types that are also `Decodable` (this overload is the more
    /// specific one, so they never go through `JSONDecoder`).
    public static func decode<T: Decodable & JSONReadable>(_ type: T.Type, from data: Data) throws -> T {
        try read(type, from: data)
    }

    private static func read<T: JSONReadable>(_ type: T.Type, from data: Data) throws -> T {
        var reader = JSONReader(data)
        let value = try T(reading: &reader)
        try reader.finish()
        return value
    }

    /// Encodes a value.
    public static func encode<T: Encodable>(_ value: T) throws -> Data {
        try makeEncoder().encode(value)
    }

    /// A one-line explanation of a decoding error, naming the JSON path that failed.
    public static func explain(_ error: any Error) -> String {
        if let error = error as? JSONReader.Error { return error.description }
        guard let error = error as? DecodingError else { return String(describing: type(of: error)) }
        func path(_ context: DecodingError.Context) -> String {
            let keys = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? "." + $0.stringValue }.joined()
            return keys.isEmpty ? "$" : "$" + keys
        }
        switch error {
        case .typeMismatch(let type, let context):
            return "\(path(context)): expected \(type). \(context.debugDescription)"
        case .valueNotFound(let type, let context):
            return "\(path(context)): missing \(type) value"
        case .keyNotFound(let key, let context):
            return "\(path(context)): missing required property \"\(key.stringValue)\""
        case .dataCorrupted(let context):
            return "\(path(context)): \(context.debugDescription)"
        @unknown default:
            return "undecodable"
        }
    }
}
