import ArizeJSON
import Foundation

/// Parameters whose value is not a plain scalar or array — an object, a union, a free-form value —
/// serialized from the value's JSON encoding, as OpenAPI's `form` (query) and `simple` (header)
/// styles say: scalars as their text, arrays as repeated items or comma-joined, objects as
/// `key=value` items (exploded) or `name=key,value,key,value`. Nested values are sent as JSON text.
@_spi(Generated) public enum StyledParameter {
    /// The query items for `value` under `name`.
    public static func queryItems<T: Encodable>(name: String, value: T, explode: Bool) throws -> [(name: String, value: String)] {
        switch try parts(of: value) {
        case .none: return []
        case .scalar(let text): return [(name, text)]
        case .array(let items): return explode ? items.map { (name, $0) } : [(name, items.joined(separator: ","))]
        case .object(let pairs):
            return explode ? pairs : [(name, pairs.flatMap { [$0.name, $0.value] }.joined(separator: ","))]
        }
    }

    /// A header's value for `value` (`simple` style).
    public static func headerValue<T: Encodable>(_ value: T, explode: Bool) throws -> String {
        switch try parts(of: value) {
        case .none: return ""
        case .scalar(let text): return text
        case .array(let items): return items.joined(separator: ",")
        case .object(let pairs):
            return pairs.map { explode ? $0.name + "=" + $0.value : $0.name + "," + $0.value }.joined(separator: ",")
        }
    }

    /// A parameter described with `content: application/json`: the value's JSON text.
    public static func json<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try JSONCoding.encode(value), as: UTF8.self)
    }

    private enum Parts {
        case none
        case scalar(String)
        case array([String])
        case object([(name: String, value: String)])
    }

    private static func parts<T: Encodable>(of value: T) throws -> Parts {
        var reader = JSONReader(try JSONCoding.encode(value))
        switch try reader.peek() {
        case .null: return .none
        case .array: return .array(try reader.readArray { try $0.readParameterText() ?? "" })
        case .object:
            var pairs: [(name: String, value: String)] = []
            try reader.readObject { key, reader in
                if let text = try reader.readParameterText() { pairs.append((key.stringValue, text)) }
            }
            return .object(pairs)
        default: return .scalar(try reader.readParameterText() ?? "")
        }
    }
}
