import ArizeJSON
import Foundation

extension JSONReader {
    /// Reads an RFC 3339 date-time string, parsing it straight from the bytes when it has no escapes.
    /// Here rather than in ArizeJSON, which is only JSON syntax (and so a single file: it is compiled
    /// twice in a clean build, for the generator and for the runtime, and each file adds a job).
    public mutating func readDate() throws(JSONReader.Error) -> Date {
        let start = offset
        let text = try readStringBytes()
        if let date = text.bytes.withUnsafeBufferPointer({ RFC3339.date(fromUTF8: $0) }) { return date }
        var failure = error("expected an RFC 3339 date-time, found \"\(text.stringValue)\"")
        failure.offset = start  // at the string, not after it
        throw failure
    }

    /// Reads the next value with Foundation's `JSONDecoder` (for types without a faster path,
    /// such as `oneOf` unions).
    public mutating func readDecodable<T: Decodable>(_ type: T.Type) throws -> T {
        let raw = try readRawValue()
        do {
            return try JSONCoding.makeDecoder().decode(T.self, from: Data(raw))
        } catch {
            // The decoder's message ("$.inner.path: reason") is relative to this value: join the paths.
            let inner = JSONCoding.explain(error)
            guard inner.hasPrefix("$"), let colon = inner.range(of: ": ") else {
                throw self.error(innerPath: "", reason: inner)
            }
            throw self.error(innerPath: String(inner[inner.index(after: inner.startIndex)..<colon.lowerBound]),
                             reason: String(inner[colon.upperBound...]))
        }
    }
}

extension OpenAPIValue: JSONReadable {
    /// Reads any JSON value.
    public init(reading reader: inout JSONReader) throws {
        switch try reader.peek() {
        case .object: self = .object(try reader.readMap { try OpenAPIValue(reading: &$0) })
        case .array: self = .array(try reader.readArray { try OpenAPIValue(reading: &$0) })
        case .string: self = .string(try reader.readString())
        case .number: self = .number(try reader.readNumber(Double.self))
        case .bool: self = .bool(try reader.readBool())
        case .null: try reader.readNull(); self = .null
        }
    }
}

/// A response body that is a list or map of generated models (`type: array` of a component, say)
/// reads through the models' fast path; internal models are not `Decodable`, so without these such
/// a body had no way to decode at all.
extension Array: JSONReadable where Element: JSONReadable {
    /// Reads a JSON array of `Element`s.
    public init(reading reader: inout JSONReader) throws {
        self = try reader.readArray { try Element(reading: &$0) }
    }
}

extension Dictionary: JSONReadable where Key == String, Value: JSONReadable {
    /// Reads a JSON object whose values are `Value`s.
    public init(reading reader: inout JSONReader) throws {
        self = try reader.readMap { try Value(reading: &$0) }
    }
}

extension Optional: JSONReadable where Wrapped: JSONReadable {
    /// Reads `null` as `nil`, anything else as a `Wrapped`.
    public init(reading reader: inout JSONReader) throws {
        self = try reader.readOptional { try Wrapped(reading: &$0) }
    }
}

extension NoValue: JSONReadable {
    /// Always fails: no value is allowed here.
    public init(reading reader: inout JSONReader) throws {
        throw reader.error("no value is allowed here (the schema is `false`)")
    }
}
