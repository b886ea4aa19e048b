import ArizeJSON
import Foundation

extension JSONReader {
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
