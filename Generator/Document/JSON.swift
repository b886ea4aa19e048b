import ArizeJSON

/// A parsed JSON value. Objects keep their keys in document order, so generated
/// code follows the spec's order and output is deterministic.
package indirect enum JSON: Sendable, Equatable {
    /// `null`
    case null
    /// `true` or `false`
    case bool(Bool)
    /// A number written without fraction or exponent that fits `Int`.
    case integer(Int)
    /// Any other number.
    case number(Double)
    /// A string.
    case string(String)
    /// An array.
    case array([JSON])
    /// An object, keys in document order.
    case object(JSONObject)

    /// The value as a string, when it is one.
    package var stringValue: String? { if case .string(let s) = self { s } else { nil } }
    /// The value as an object, when it is one.
    package var objectValue: JSONObject? { if case .object(let o) = self { o } else { nil } }
    /// The value as a number, when it is one.
    package var doubleValue: Double? {
        switch self {
        case .integer(let i): Double(i)
        case .number(let d): d
        default: nil
        }
    }

    /// The JSON type name, for messages.
    package var typeName: String {
        switch self {
        case .null: "null"
        case .bool: "boolean"
        case .integer, .number: "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }
}

/// A JSON object with its keys in document order.
package struct JSONObject: Sendable, Equatable {
    /// Keys in document order.
    package private(set) var keys: [String] = []
    private var storage: [String: JSON] = [:]

    /// An empty object.
    package init() {}

    /// The value for a key.
    package subscript(key: String) -> JSON? { storage[key] }

    /// Sets a value, keeping the first position of a repeated key.
    package mutating func set(_ key: String, _ value: JSON) {
        if storage.updateValue(value, forKey: key) == nil { keys.append(key) }
    }

    /// Key-value pairs in document order.
    package var entries: [(key: String, value: JSON)] { keys.map { ($0, storage[$0]!) } }

    /// Equal when the same keys hold equal values, whatever their order.
    package static func == (lhs: JSONObject, rhs: JSONObject) -> Bool { lhs.storage == rhs.storage }
}

/// Why a document is not JSON, with the line and column.
package struct JSONSyntaxError: Error, Sendable, CustomStringConvertible {
    /// 1-based line.
    package var line: Int
    /// 1-based column.
    package var column: Int
    /// What is wrong.
    package var reason: String
    /// `not valid JSON (line L, column C): reason`.
    package var description: String { "not valid JSON (line \(line), column \(column)): \(reason)" }
}

/// Parses whole documents into ``JSON`` trees, on top of the runtime's `JSONReader`
/// (one JSON tokenizer in the project, shared by generated code and the generator).
package enum JSONParser {
    /// Parses a whole document.
    package static func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSON {
        var reader = JSONReader(bytes)
        do {
            let value = try read(&reader)
            try reader.finish()
            return value
        } catch {
            let failure = error as? JSONReader.Error
            let (line, column) = reader.lineAndColumn(of: failure?.offset ?? reader.offset)
            throw JSONSyntaxError(line: line, column: column, reason: failure?.reason ?? "\(error)")
        }
    }

    private static func read(_ reader: inout JSONReader) throws -> JSON {
        switch try reader.peek() {
        case .object:
            var object = JSONObject()
            try reader.readObject { key, reader in object.set(key.stringValue, try read(&reader)) }
            return .object(object)
        case .array:
            return .array(try reader.readArray { try read(&$0) })
        case .string:
            return .string(try reader.readString())
        case .number:
            let (text, isInteger) = try reader.readNumberText()
            if isInteger, let value = Int(text) { return .integer(value) }
            guard let value = Double(text) else { throw reader.error("invalid number") }
            return .number(value)
        case .bool:
            return .bool(try reader.readBool())
        case .null:
            try reader.readNull()
            return .null
        }
    }
}

/// Where a JSON pointer's value starts in a document's text, for diagnostics an editor can jump to.
package enum JSONLocator {
    /// The 1-based line and column of the value at `pointer` (`#/paths/~1a/get`), or of the deepest
    /// part of it that exists; `nil` when the text is not JSON.
    package static func position(of pointer: String, in bytes: [UInt8]) -> (line: Int, column: Int)? {
        let bytes = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        var offset = 0
        var start = JSONReader(bytes, offset: 0)
        guard (try? start.peek()) != nil else { return nil }
        offset = start.offset
        for token in Pointer.tokens(of: pointer) ?? [] {
            var reader = JSONReader(bytes, offset: offset)
            var found: Int?
            switch try? reader.peek() {
            case .object?:
                try? reader.readObject { key, reader in
                    if found == nil, key.stringValue == token { _ = try? reader.peek(); found = reader.offset }
                    try reader.skipValue()
                }
            case .array?:
                guard let wanted = Int(token) else { break }
                var index = 0
                _ = try? reader.readArray { reader in
                    if index == wanted { _ = try? reader.peek(); found = reader.offset }
                    index += 1
                    try reader.skipValue()
                }
            default: break
            }
            guard let found else { break }
            offset = found
        }
        return JSONReader(bytes, offset: 0).lineAndColumn(of: offset)
    }
}
