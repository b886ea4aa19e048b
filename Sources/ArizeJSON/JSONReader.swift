#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A type that can read itself straight from JSON bytes. Generated models conform, which lets
/// the runtime skip Foundation's `JSONDecoder` (several times slower on Linux).
public protocol JSONReadable {
    /// Reads one value of this type at the reader's position.
    init(reading reader: inout JSONReader) throws
}

/// A string as read (an object key or a value): its unescaped UTF-8 bytes. `switch key { case "id": … }`
/// compares the bytes with the literal directly; ``stringValue`` makes a `String` only when one is needed.
public struct JSONString: CustomStringConvertible {
    /// The UTF-8 bytes, unescaped.
    public let bytes: ArraySlice<UInt8>

    /// The text as a String.
    public var stringValue: String { String(decoding: bytes, as: UTF8.self) }

    /// The text.
    public var description: String { stringValue }

    /// Whether the text is exactly the literal's (what `case "literal":` asks). Inlinable: generated
    /// decoders call it for every key against every property name, so a call per comparison would dominate.
    @inlinable
    public static func ~= (pattern: StaticString, key: JSONString) -> Bool {
        let count = pattern.utf8CodeUnitCount
        guard count == key.bytes.count else { return false }
        return key.bytes.withUnsafeBufferPointer { bytes in
            for i in 0..<count where bytes[i] != pattern.utf8Start[i] { return false }
            return true
        }
    }
}

/// A strict pull parser over UTF-8 JSON: callers ask for the value they expect next, so nothing
/// is built that is not kept. Errors name the JSON path (`$.api_keys[3].created_at`) and offset.
public struct JSONReader {
    /// Why the bytes are not the JSON the caller expected.
    public struct Error: Swift.Error, Sendable, CustomStringConvertible {
        /// Where in the document, e.g. `$.api_keys[3].created_at`.
        public var path: String
        /// The byte offset of the problem.
        public var offset: Int
        /// What is wrong.
        public var reason: String
        /// `path: reason`
        public var description: String { "\(path): \(reason)" }
    }

    /// What the next value is, judged by its first byte.
    public enum Token: Sendable { case object, array, string, number, bool, null }

    @usableFromInline let bytes: [UInt8]
    /// The position of the next unread byte.
    public private(set) var offset = 0
    /// Where the reader is, kept cheap: a key as its byte range (quotes excluded), an array item as (-1, index).
    /// Turned into text only for an error.
    @usableFromInline var path: [(Int, Int)] = []

    /// Starts reading `bytes`.
    public init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// Starts reading `data`.
    public init(_ data: Data) { self.bytes = Array(data) }

    /// Starts reading `bytes` at `offset` (to read one value inside a larger document).
    public init(_ bytes: [UInt8], offset: Int) {
        self.bytes = bytes
        self.offset = Swift.max(0, Swift.min(offset, bytes.count))
    }

    // MARK: Errors

    /// An error at the current position and path.
    public func error(_ reason: String) -> Error {
        Error(path: pathText, offset: offset, reason: reason)
    }

    private var pathText: String {
        "$" + path.map { $0.0 < 0 ? "[\($0.1)]" : "." + string($0.0, $0.1) }.joined()
    }

    /// The error for a required property that was absent, at the object's path.
    public func missing(_ key: String) -> Error { error("missing required property \"\(key)\"") }

    /// The 1-based line and column of a byte offset, for messages about whole documents.
    public func lineAndColumn(of offset: Int) -> (line: Int, column: Int) {
        var line = 1, column = 1
        for byte in bytes[0..<min(offset, bytes.count)] {
            if byte == 0x0A { line += 1; column = 1 } else { column += 1 }
        }
        return (line, column)
    }

    // MARK: Structure

    @usableFromInline mutating func skipWhitespace() {
        while offset < bytes.count {
            switch bytes[offset] {
            case 0x20, 0x0A, 0x0D, 0x09: offset += 1
            default: return
            }
        }
    }

    /// The kind of the next value.
    public mutating func peek() throws(Error) -> Token {
        skipWhitespace()
        guard offset < bytes.count else { throw error(bytes.isEmpty ? "the file is empty" : "unexpected end of input") }
        switch bytes[offset] {
        case UInt8(ascii: "{"): return .object
        case UInt8(ascii: "["): return .array
        case UInt8(ascii: "\""): return .string
        case UInt8(ascii: "t"), UInt8(ascii: "f"): return .bool
        case UInt8(ascii: "n"): return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number
        default: throw error("unexpected character '\(Character(Unicode.Scalar(bytes[offset])))'")
        }
    }

    private mutating func expect(_ byte: UInt8, _ what: String) throws(Error) {
        skipWhitespace()
        guard offset < bytes.count, bytes[offset] == byte else { throw error("expected \(what)") }
        offset += 1
    }

    /// Checks that nothing but whitespace follows the value just read.
    public mutating func finish() throws(Error) {
        skipWhitespace()
        guard offset == bytes.count else { throw error("unexpected text after the document") }
    }

    /// Reads an object, calling `body` with each key; `body` must read (or skip) that key's value.
    /// Keys arrive as ``JSONString``s, which `switch` matches against string literals without making Strings.
    public mutating func readObject(_ body: (JSONString, inout JSONReader) throws -> Void) throws {
        guard try peek() == .object else { throw error("expected an object") }
        guard path.count < 512 else { throw error("nesting deeper than 512 levels") }
        offset += 1
        skipWhitespace()
        if offset < bytes.count, bytes[offset] == UInt8(ascii: "}") { offset += 1; return }
        while true {
            skipWhitespace()
            guard offset < bytes.count, bytes[offset] == UInt8(ascii: "\"") else { throw error("expected a string key") }
            let keyStart = offset + 1
            let key = try readStringBytes()
            let keyEnd = offset - 1  // the closing quote; the raw bytes, escapes included
            try expect(UInt8(ascii: ":"), "':' after a key")
            path.append((keyStart, keyEnd))
            try body(key, &self)
            path.removeLast()
            skipWhitespace()
            guard offset < bytes.count else { throw error("unexpected end of input in an object") }
            if bytes[offset] == UInt8(ascii: ",") { offset += 1; continue }
            if bytes[offset] == UInt8(ascii: "}") { offset += 1; return }
            throw error("expected ',' or '}' in an object")
        }
    }

    /// Reads an array, collecting what `element` reads for each item.
    @inlinable  // generic: inlined, it is specialized for each element type instead of copying through value witnesses
    public mutating func readArray<Element>(_ element: (inout JSONReader) throws -> Element) throws -> [Element] {
        guard try peek() == .array else { throw error("expected an array") }
        guard path.count < 512 else { throw error("nesting deeper than 512 levels") }
        advance()
        var result: [Element] = []
        skipWhitespace()
        if offset < bytes.count, bytes[offset] == UInt8(ascii: "]") { advance(); return result }
        while true {
            path.append((-1, result.count))
            result.append(try element(&self))
            path.removeLast()
            skipWhitespace()
            guard offset < bytes.count else { throw error("unexpected end of input in an array") }
            if bytes[offset] == UInt8(ascii: ",") { advance(); continue }
            if bytes[offset] == UInt8(ascii: "]") { advance(); return result }
            throw error("expected ',' or ']' in an array")
        }
    }

    /// Moves past one byte (for inlinable callers, which cannot set `offset`).
    @usableFromInline mutating func advance() { offset += 1 }

    public mutating func readMap<Value>(_ value: (inout JSONReader) throws -> Value) throws -> [String: Value] {
        var result: [String: Value] = [:]
        try readObject { key, reader in result[key.stringValue] = try value(&reader) }
        return result
    }

    /// Reads `null` as `nil`, anything else with `value`.
    @inlinable
    public mutating func readOptional<Value>(_ value: (inout JSONReader) throws -> Value) throws -> Value? {
        if try peek() == .null { try readNull(); return nil }
        return try value(&self)
    }

    // MARK: Scalars

    /// Reads `null`.
    public mutating func readNull() throws(Error) {
        guard try peek() == .null, literal("null") else { throw error("expected null") }
    }

    /// Reads `true` or `false`.
    public mutating func readBool() throws(Error) -> Bool {
        guard try peek() == .bool else { throw error("expected a boolean") }
        if literal("true") { return true }
        if literal("false") { return false }
        throw error("invalid literal")
    }

    private mutating func literal(_ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard offset + count <= bytes.count else { return false }
        for i in 0..<count where bytes[offset + i] != word.utf8Start[i] { return false }
        offset += count
        return true
    }

    /// Reads a string as bytes, without making a `String` (unless it has escapes).
    public mutating func readStringBytes() throws(Error) -> JSONString {
        if let (from, to) = try plainStringRange() { return JSONString(bytes: bytes[from..<to]) }
        return JSONString(bytes: ArraySlice(try readString().utf8))
    }

    /// Reads a string, unescaping it.
    public mutating func readString() throws(Error) -> String {
        guard try peek() == .string else { throw error("expected a string") }
        let start = offset + 1
        let end = scanPlainString(from: start)
        if end < bytes.count, bytes[end] == UInt8(ascii: "\"") {
            offset = end + 1
            return string(start, end)
        }
        offset = end
        if end < bytes.count, bytes[end] < 0x20 { throw error("control character in a string") }
        return try readEscapedString(from: start)
    }

    /// The index of the first quote, backslash or control byte at or after `start` (or the end):
    /// the hot loop of reading JSON, so it runs over a buffer pointer.
    private func scanPlainString(from start: Int) -> Int {
        bytes.withUnsafeBufferPointer { buffer in
            var index = start
            while index < buffer.count {
                let byte = buffer[index]
                if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 { return index }
                index += 1
            }
            return index
        }
    }

    private mutating func readEscapedString(from start: Int) throws(Error) -> String {
        var out = Array(bytes[start..<offset])
        while offset < bytes.count {
            let byte = bytes[offset]
            switch byte {
            case UInt8(ascii: "\""):
                offset += 1
                return String(decoding: out, as: UTF8.self)
            case UInt8(ascii: "\\"):
                offset += 1
                guard offset < bytes.count else { throw error("unexpected end of input in a string") }
                let escaped = bytes[offset]
                offset += 1
                switch escaped {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(escaped)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    var scalar = try hex4()
                    if (0xD800...0xDBFF).contains(scalar) {
                        guard offset + 1 < bytes.count, bytes[offset] == UInt8(ascii: "\\"), bytes[offset + 1] == UInt8(ascii: "u") else {
                            throw error("unpaired surrogate in a string")
                        }
                        offset += 2
                        let low = try hex4()
                        guard (0xDC00...0xDFFF).contains(low) else { throw error("invalid surrogate pair") }
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard let unicode = Unicode.Scalar(scalar) else { throw error("invalid unicode escape") }
                    out.append(contentsOf: Array(String(Character(unicode)).utf8))
                default: throw error("invalid escape in a string")
                }
            default:
                if byte < 0x20 { throw error("control character in a string") }
                out.append(byte)
                offset += 1
            }
        }
        throw error("unterminated string")
    }

    private mutating func hex4() throws(Error) -> UInt32 {
        guard offset + 4 <= bytes.count else { throw error("unexpected end of input in a unicode escape") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[offset]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - 48)
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - 87)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - 55)
            default: throw error("invalid hex digit in a unicode escape")
            }
            value = value * 16 + digit
            offset += 1
        }
        return value
    }

    /// Reads a number's text as written, and whether it has no fraction or exponent.
    public mutating func readNumberText() throws(Error) -> (text: Substring, isInteger: Bool) {
        guard try peek() == .number else { throw error("expected a number") }
        let start = offset
        var isInteger = true
        if bytes[offset] == UInt8(ascii: "-") { offset += 1 }
        guard digits() > 0 else { throw error("invalid number") }
        if offset < bytes.count, bytes[offset] == UInt8(ascii: ".") {
            isInteger = false
            offset += 1
            guard digits() > 0 else { throw error("invalid number") }
        }
        if offset < bytes.count, bytes[offset] == UInt8(ascii: "e") || bytes[offset] == UInt8(ascii: "E") {
            isInteger = false
            offset += 1
            if offset < bytes.count, bytes[offset] == UInt8(ascii: "+") || bytes[offset] == UInt8(ascii: "-") { offset += 1 }
            guard digits() > 0 else { throw error("invalid number") }
        }
        return (Substring(string(start, offset)), isInteger)
    }

    /// Text from a byte range. Through a buffer pointer: `String(decoding:)` on an `ArraySlice` takes a slow generic path.
    private func string(_ start: Int, _ end: Int) -> String {
        bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[start..<end]), as: UTF8.self) }
    }

    private mutating func digits() -> Int {
        let start = offset
        while offset < bytes.count, (48...57).contains(bytes[offset]) { offset += 1 }
        return offset - start
    }

    /// Reads an integer that fits `type` exactly (`1.0` counts; `1.5` and out-of-range values do not).
    public mutating func readInteger<T: FixedWidthInteger>(_ type: T.Type = Int.self) throws(Error) -> T {
        guard try peek() == .number else { throw error("expected a number") }
        let start = offset
        // Fast path: a plain integer, accumulated without making a String.
        var index = offset
        let negative = bytes[index] == UInt8(ascii: "-")
        if negative { index += 1 }
        var value: T = 0
        var overflow = false
        let digitsStart = index
        while index < bytes.count, (48...57).contains(bytes[index]) {
            let digit = T(bytes[index] - 48)
            let (times10, o1) = value.multipliedReportingOverflow(by: 10)
            let (next, o2) = negative ? times10.subtractingReportingOverflow(digit) : times10.addingReportingOverflow(digit)
            overflow = overflow || o1 || o2
            value = next
            index += 1
        }
        let followsNumber = index < bytes.count && [UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E")].contains(bytes[index])
        if index > digitsStart, !overflow, !followsNumber, !(index - digitsStart > 1 && bytes[digitsStart] == 48) {
            offset = index
            return value
        }
        let (text, isInteger) = try readNumberText()
        if isInteger, let value = T(text) { return value }
        if !isInteger, let double = Double(text), let value = T(exactly: double) { return value }
        offset = start
        throw error("expected \(T.self), found \(text)")
    }

    /// Reads a floating-point number.
    public mutating func readNumber<T: BinaryFloatingPoint & LosslessStringConvertible>(_ type: T.Type = Double.self) throws(Error) -> T {
        let (text, _) = try readNumberText()
        guard let value = T(String(text)) else { throw error("expected \(T.self), found \(text)") }
        return value
    }

    /// Consumes a string without escapes and returns its byte range; `nil` (consuming nothing) if it has escapes.
    private mutating func plainStringRange() throws(Error) -> (Int, Int)? {
        guard try peek() == .string else { throw error("expected a string") }
        let end = scanPlainString(from: offset + 1)
        guard end < bytes.count, bytes[end] == UInt8(ascii: "\"") else { return nil }
        let range = (offset + 1, end)
        offset = end + 1
        return range
    }

    /// Skips the next value, checking that it is well formed.
    public mutating func skipValue() throws {
        switch try peek() {
        case .object: try readObject { _, reader in try reader.skipValue() }
        case .array: _ = try readArray { try $0.skipValue() }
        case .string: if try plainStringRange() == nil { _ = try readString() }
        case .number: _ = try readNumberText()
        case .bool: _ = try readBool()
        case .null: try readNull()
        }
    }

    /// The string value of `key` in the object that comes next, without consuming anything:
    /// how a discriminated union learns which case to read. `nil` when the key is absent or not a string.
    public func peekString(forKey key: StaticString) throws -> String? {
        let wanted = UnsafeBufferPointer(start: key.utf8Start, count: key.utf8CodeUnitCount)
        // One tight pass over the bytes, stopping at the key: no values are built on the way.
        // Malformed input yields `nil` here; the case's own reader then reports it precisely.
        return bytes.withUnsafeBufferPointer { b -> String? in
            let quote = UInt8(ascii: "\""), backslash = UInt8(ascii: "\\")
            var i = offset
            func skipSpace() { while i < b.count, b[i] == 0x20 || b[i] == 0x0A || b[i] == 0x0D || b[i] == 0x09 { i += 1 } }
            /// From an opening quote to just past the closing one; returns the content's range.
            func skipString() -> Range<Int>? {
                let start = i + 1
                i = start
                while i < b.count {
                    if b[i] == backslash { i += 2; continue }
                    if b[i] == quote { i += 1; return start..<(i - 1) }
                    i += 1
                }
                return nil
            }
            skipSpace()
            guard i < b.count, b[i] == UInt8(ascii: "{") else { return nil }
            i += 1
            while true {
                skipSpace()
                guard i < b.count, b[i] == quote, let name = skipString() else { return nil }
                skipSpace()
                guard i < b.count, b[i] == UInt8(ascii: ":") else { return nil }
                i += 1
                skipSpace()
                guard i < b.count else { return nil }
                var isKey = name.count == wanted.count
                if isKey {
                    for k in 0..<wanted.count where b[name.lowerBound + k] != wanted[k] { isKey = false; break }
                }
                if b[i] == quote {
                    guard let value = skipString() else { return nil }
                    if isKey {
                        let text = UnsafeBufferPointer(rebasing: b[value])
                        return text.contains(backslash) ? nil : String(decoding: text, as: UTF8.self)
                    }
                } else if isKey {
                    return nil
                } else {
                    // Any other value: to the `,` or `}` that ends it at this depth, minding strings.
                    var depth = 0
                    while i < b.count {
                        let byte = b[i]
                        if byte == quote { guard skipString() != nil else { return nil }; continue }
                        if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") { depth += 1 }
                        else if byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]") {
                            if depth == 0 { break }
                            depth -= 1
                        } else if byte == UInt8(ascii: ","), depth == 0 { break }
                        i += 1
                    }
                }
                skipSpace()
                guard i < b.count else { return nil }
                if b[i] == UInt8(ascii: ",") { i += 1; continue }
                return nil
            }
        }
    }

    /// Consumes the next value and returns its bytes, for decoding it some other way.
    public mutating func readRawValue() throws -> [UInt8] {
        skipWhitespace()
        let start = offset
        try skipValue()
        return Array(bytes[start..<offset])
    }

    /// An error whose path continues inside the current value, e.g. for a nested decoder's own path.
    public func error(innerPath: String, reason: String) -> Error {
        Error(path: pathText + innerPath, offset: offset, reason: reason)
    }
}
