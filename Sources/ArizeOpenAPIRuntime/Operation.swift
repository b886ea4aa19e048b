import Foundation

/// One OpenAPI operation as generated code describes it: how to build its request
/// and how to read its response. Generic code (clients, retries, fakes) works through this.
public protocol APIOperation {
    /// The operation's parameters and body.
    associatedtype Input: Sendable
    /// The operation's responses, one case per documented status.
    associatedtype Output: OperationOutput

    /// The OpenAPI `operationId`.
    static var operationID: String { get }
    /// The HTTP method.
    static var method: TransportRequest.Method { get }
    /// The path template as written in the spec, e.g. `/v2/api-keys/{api_key_id}`.
    static var pathTemplate: String { get }

    /// Validates `input` against the spec's constraints and builds the request.
    static func makeRequest(_ input: Input) throws -> TransportRequest
    /// Decodes a response by its status code.
    static func decodeResponse(_ response: TransportResponse) throws -> Output
}

/// What every generated `Output` offers, so callers can handle errors generically.
public protocol OperationOutput: Sendable {
    /// The response's status code.
    var statusCode: Int { get }
    /// The decoded body of the response, if it has one (for an undocumented status, `nil`).
    var decodedBody: (any Sendable)? { get }
}

extension OperationOutput {
    /// Whether the status is 2xx.
    public var isSuccess: Bool { (200..<300).contains(statusCode) }
}

/// A response whose status the spec does not document, kept whole.
public struct UndocumentedResponse: Sendable, Hashable {
    /// The status code.
    public var statusCode: Int
    /// The header fields.
    public var headers: TransportHeaders
    /// The raw body.
    public var body: Data
    /// Creates an undocumented response from what was received.
    public init(_ response: TransportResponse) {
        statusCode = response.statusCode
        headers = response.headers
        body = response.body
    }
}

/// A request input that breaks a constraint of the spec (a length, a range, a required value).
public struct ValidationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The Swift name of the parameter or property, with a dotted path for nested ones (e.g. `body.name`).
    public var field: String
    /// What is wrong, e.g. `must be at most 256 characters long`.
    public var reason: String
    /// Creates a validation error.
    public init(field: String, reason: String) { self.field = field; self.reason = reason }
    /// `field reason`, e.g. `limit must be at most 100`.
    public var description: String { "\(field) \(reason)" }
}

/// A response whose body does not match the schema documented for its status.
public struct ResponseDecodingError: Error, Sendable, CustomStringConvertible {
    /// The operation.
    public var operationID: String
    /// The status code received.
    public var statusCode: Int
    /// Where and why decoding failed (never the body itself, which may hold secrets).
    public var reason: String
    /// Creates the error.
    public init(operationID: String, statusCode: Int, reason: String) {
        self.operationID = operationID
        self.statusCode = statusCode
        self.reason = reason
    }
    /// One line naming the operation, status and reason.
    public var description: String { "\(operationID): undecodable \(statusCode) response: \(reason)" }
}

/// A request input whose values can be checked against the spec's constraints.
public protocol Validatable {
    /// Throws the first constraint the value breaks.
    func validate() throws(ValidationError)
}

/// Constraint checks that generated `validate()` methods call.
@_spi(Generated) public enum Check {
    /// `minLength` / `maxLength` of a string, counted in characters.
    public static func length(_ value: String, min: Int?, max: Int?, field: String) throws(ValidationError) {
        guard min != nil || max != nil else { return }
        let count = value.count
        if let min, count < min {
            throw ValidationError(field: field, reason: min == 1 ? "must not be empty" : "must be at least \(min) characters long")
        }
        if let max, count > max { throw ValidationError(field: field, reason: "must be at most \(max) characters long (is \(count))") }
    }

    /// `minimum` / `maximum` of a number.
    public static func range<T: Comparable & CustomStringConvertible>(_ value: T, min: T?, max: T?, field: String) throws(ValidationError) {
        if let min, value < min { throw ValidationError(field: field, reason: "must be at least \(min) (is \(value))") }
        if let max, value > max { throw ValidationError(field: field, reason: "must be at most \(max) (is \(value))") }
    }

    /// `minItems` / `maxItems` of an array.
    public static func count(_ count: Int, min: Int?, max: Int?, field: String) throws(ValidationError) {
        if let min, count < min { throw ValidationError(field: field, reason: "must have at least \(min) items") }
        if let max, count > max { throw ValidationError(field: field, reason: "must have at most \(max) items") }
    }

    /// Validates a nested value, prefixing its field paths with the property holding it.
    public static func nested<V: Validatable>(_ value: V, field: String) throws(ValidationError) {
        do throws(ValidationError) {
            try value.validate()
        } catch {
            throw ValidationError(field: field + "." + error.field, reason: error.reason)
        }
    }
}

extension TransportResponse {
    /// Decodes the body as JSON into `type`, reporting failure as a ``ResponseDecodingError``.
    public func decodeJSON<T: Decodable>(_ type: T.Type, operationID: String) throws -> T {
        try decoding(operationID) { try JSONCoding.decode(type, from: $0) }
    }

    /// Decodes the body of a generated type through its fast path.
    public func decodeJSON<T: JSONReadable>(_ type: T.Type, operationID: String) throws -> T {
        try decoding(operationID) { try JSONCoding.decode(type, from: $0) }
    }

    /// Decodes the body of a generated type that is also `Decodable` through its fast path (the more
    /// specific overload, so it never goes through `JSONDecoder`).
    public func decodeJSON<T: Decodable & JSONReadable>(_ type: T.Type, operationID: String) throws -> T {
        try decoding(operationID) { try JSONCoding.decode(type, from: $0) }
    }

    /// Runs `decode` on the body; a failure becomes a ``ResponseDecodingError`` naming the JSON path.
    private func decoding<T>(_ operationID: String, _ decode: (Data) throws -> T) throws -> T {
        do {
            return try decode(body)
        } catch {
            throw ResponseDecodingError(operationID: operationID, statusCode: statusCode, reason: JSONCoding.explain(error))
        }
    }

    /// Reads a header as an integer (e.g. `Retry-After` in delta-seconds); `nil` when absent or not an integer.
    public func integerHeader(_ name: String) -> Int? {
        headers[name].flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
    }

    /// Reads a header as a string.
    public func stringHeader(_ name: String) -> String? { headers[name] }
}

/// Encodes a request body as JSON for generated code.
@_spi(Generated) public func encodeJSONBody<T: Encodable>(_ value: T) throws -> Data {
    try JSONCoding.encode(value)
}

extension HTTPTransport {
    /// Builds, sends and decodes one operation.
    public func perform<Operation: APIOperation>(_ operation: Operation.Type, _ input: Operation.Input,
                                                  baseURL: URL) async throws -> Operation.Output {
        let request = try Operation.makeRequest(input)
        let response = try await send(request, baseURL: baseURL)
        return try Operation.decodeResponse(response)
    }
}

extension Check {
    /// `exclusiveMinimum` / `exclusiveMaximum` of a number.
    public static func exclusiveRange(_ value: Double, above: Double?, below: Double?, field: String) throws(ValidationError) {
        if let above, !(value > above) { throw ValidationError(field: field, reason: "must be greater than \(above) (is \(value))") }
        if let below, !(value < below) { throw ValidationError(field: field, reason: "must be less than \(below) (is \(value))") }
    }
}

/// A coding key for any string, used by generated code for discriminators and extra properties.
@_spi(Generated) public struct AnyCodingKey: CodingKey, Sendable, Hashable {
    /// The key.
    public var stringValue: String
    /// Always `nil`: only string keys are used.
    public var intValue: Int? { nil }
    /// Creates a key.
    public init(_ stringValue: String) { self.stringValue = stringValue }
    /// Creates a key.
    public init?(stringValue: String) { self.stringValue = stringValue }
    /// Integer keys are not used.
    public init?(intValue: Int) { nil }
}

/// How generated enums and discriminated unions match a value spelled differently from the
/// spec (an older server's `read-only` for `READ_ONLY`): after an exact match fails, both sides
/// are compared in this form.
@_spi(Generated) public enum EnumSpelling {
    /// ASCII letters upper-cased; `-` and spaces turned into `_`.
    public static func normalized(_ value: String) -> String {
        var bytes = Array(value.utf8)
        for i in bytes.indices {
            switch bytes[i] {
            case UInt8(ascii: "a")...UInt8(ascii: "z"): bytes[i] -= 32
            case UInt8(ascii: "-"), UInt8(ascii: " "): bytes[i] = UInt8(ascii: "_")
            default: break
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
