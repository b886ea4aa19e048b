import ArizeAPIKeys
import ArizeOpenAPIRuntime
import ArizeOpenAPIDocument
import Foundation

/// Checks HTTP requests and responses against an OpenAPI document (such as
/// `openapi/arize-api-keys.json`), independently of the generated code: it reads the spec itself.
/// Every mismatch is one line naming the JSON pointer of the offending value and of the schema it breaks.
///
/// Objects may carry no property their schema does not declare, in requests and responses alike:
/// what a client sends, and what a fake answers, should be exactly what the spec says.
// The document is only read after init, so sharing it across tasks is safe.
public struct SpecValidator: @unchecked Sendable {
    /// The parsed document (for this package's own tests; not part of the public API).
    package let document: Document

    /// Reads the document at `specPath` (OpenAPI 3.0/3.1 JSON).
    public init(specPath: String) throws {
        guard let data = FileManager.default.contents(atPath: specPath) else {
            throw GeneratorError("", "cannot read \(specPath)")
        }
        document = try DocumentReader.read(Array(data)).document
    }

    /// Reads a document from its JSON text.
    public init(specJSON: String) throws {
        document = try DocumentReader.read(Array(specJSON.utf8)).document
    }

    /// Checks against the API-keys spec this SDK was generated from (built in: no file needed).
    public init() throws {
        try self.init(specJSON: OpenAPISpec.json)
    }

    // MARK: Requests

    /// The spec's operation for a request's method and path, with the path parameters' values.
    package func operation(for request: TransportRequest) -> (ArizeOpenAPIDocument.Operation, [String: String])? {
        let segments = request.path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        for operation in document.operations where operation.method.uppercased() == request.method.rawValue {
            let template = operation.path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
            guard template.count == segments.count else { continue }
            var captured: [String: String] = [:]
            var matches = true
            for (t, s) in zip(template, segments) {
                if t.hasPrefix("{") && t.hasSuffix("}") {
                    captured[String(t.dropFirst().dropLast())] = s.removingPercentEncoding ?? s
                } else if t != s {
                    matches = false
                    break
                }
            }
            if matches { return (operation, captured) }
        }
        return nil
    }

    /// What is wrong with a request: unknown operation, undeclared or invalid parameters, invalid body.
    /// An empty `operationID` (e.g. a request read off a socket) is not compared with the spec's.
    public func validate(request: TransportRequest) -> [String] {
        guard let (operation, pathValues) = operation(for: request) else {
            return ["\(request.method) \(request.path): no operation in the spec"]
        }
        var problems: [String] = []
        if let id = operation.operationID, !request.operationID.isEmpty, id != request.operationID {
            problems.append("\(operation.pointer): request says operation \(request.operationID), spec says \(id)")
        }
        let declared = Set(operation.parameters.filter { $0.location == .query }.map(\.name))
        for item in request.query where !declared.contains(item.name) {
            problems.append("\(operation.pointer)/parameters: undeclared query parameter \"\(item.name)\"")
        }
        for parameter in operation.parameters {
            let values: [String]
            switch parameter.location {
            case .path: values = pathValues[parameter.name].map { [$0] } ?? []
            case .query: values = request.query.filter { $0.name == parameter.name }.map(\.value)
            case .header: values = request.headers[parameter.name].map { [$0] } ?? []
            case .cookie: values = []
            }
            if values.isEmpty {
                if parameter.required { problems.append("\(parameter.pointer): required parameter \"\(parameter.name)\" is missing") }
                continue
            }
            for value in values {
                problems += validate(parameterValue: value, against: parameter.schema, at: "\(parameter.location.rawValue) \(parameter.name)")
            }
        }
        if let body = operation.requestBody {
            if let data = request.body, !data.isEmpty {
                guard let media = body.content.first(where: \.isJSON), let schema = media.schema else {
                    return problems + ["\(body.pointer): the spec declares no JSON body"]
                }
                if request.headers["Content-Type"] != media.contentType {
                    problems.append("\(media.pointer): Content-Type is \(request.headers["Content-Type"] ?? "absent")")
                }
                guard let json = try? JSONParser.parse(Array(data)) else { return problems + ["\(body.pointer): body is not JSON"] }
                problems += validate(json, against: schema, at: "request body #")
            } else if body.required {
                problems.append("\(body.pointer): required body is missing")
            }
        } else if let data = request.body, !data.isEmpty {
            problems.append("\(operation.pointer): a body is sent but the operation declares none")
        }
        return problems
    }

    private func validate(parameterValue value: String, against schema: Schema, at location: String) -> [String] {
        let target = resolve(schema)
        let json: JSON
        switch target.types.first {
        case "integer"?:
            guard let number = Int(value) else { return ["\(location): \"\(value)\" is not an integer (schema \(schema.pointer))"] }
            json = .integer(number)
        case "number"?:
            guard let number = Double(value) else { return ["\(location): \"\(value)\" is not a number (schema \(schema.pointer))"] }
            json = .number(number)
        case "boolean"?:
            guard value == "true" || value == "false" else { return ["\(location): \"\(value)\" is not a boolean"] }
            json = .bool(value == "true")
        default:
            json = .string(value)
        }
        return validate(json, against: schema, at: location)
    }

    // MARK: Responses

    /// What is wrong with a response: an undocumented status, a wrong content type, an invalid body or header.
    public func validate(response: TransportResponse, for request: TransportRequest) -> [String] {
        guard let (operation, _) = operation(for: request) else { return [] }
        let status = String(response.statusCode)
        let range = String(response.statusCode / 100) + "XX"
        guard let documented = operation.responses.first(where: { $0.statusKey == status })
            ?? operation.responses.first(where: { $0.statusKey.uppercased() == range })
            ?? operation.responses.first(where: { $0.statusKey == "default" })
        else {
            return ["\(operation.pointer)/responses: status \(response.statusCode) is not documented for \(operation.operationID ?? "?")"]
        }
        var problems: [String] = []
        for header in documented.headers {
            if let value = response.headers[header.name], let schema = header.schema {
                problems += validate(parameterValue: value, against: schema, at: "response header \(header.name)")
            }
        }
        guard let media = documented.content.first else {
            if !response.body.isEmpty { problems.append("\(documented.pointer): body sent but none is documented") }
            return problems
        }
        let contentType = response.headers["Content-Type"]?.split(separator: ";").first.map(String.init)
        if contentType != media.contentType {
            problems.append("\(media.pointer): Content-Type is \(contentType ?? "absent"), expected \(media.contentType)")
        }
        guard let schema = media.schema else { return problems }
        guard let json = try? JSONParser.parse(Array(response.body)) else {
            return problems + ["\(documented.pointer): body is not JSON"]
        }
        return problems + validate(json, against: schema, at: "response body #")
    }

    // MARK: Schemas

    private func resolve(_ schema: Schema) -> Schema {
        var current = schema
        while let ref = current.ref, let name = ref.split(separator: "/").last,
              let target = document.schemas.first(where: { $0.name == String(name) })?.schema {
            current = target
        }
        return current
    }

    /// Properties, required names and strictness of an object schema, with allOf branches merged.
    private func objectShape(_ schema: Schema) -> (properties: [String: Schema], required: Set<String>, additional: Schema?) {
        let schema = resolve(schema)
        var properties: [String: Schema] = [:]
        var required = Set(schema.required)
        var additional = schema.additionalProperties
        for branch in schema.allOf {
            let shape = objectShape(branch)
            properties.merge(shape.properties) { a, _ in a }
            required.formUnion(shape.required)
            additional = additional ?? shape.additional
        }
        for (name, property) in schema.properties { properties[name] = property }
        return (properties, required, additional)
    }

    /// What is wrong with a JSON value against a schema; objects may carry no undeclared property.
    package func validate(_ value: JSON, against original: Schema, at pointer: String) -> [String] {
        let schema = resolve(original)
        let at = "\(pointer) (schema \(schema.pointer))"
        if value == .null {
            return schema.nullable || original.nullable ? [] : ["\(at): null is not allowed"]
        }
        if let discriminator = schema.discriminator, case .object(let object) = value {
            // The discriminator names the branch: check against it alone, for precise messages.
            guard let tag = object[discriminator.propertyName]?.stringValue else {
                return ["\(at): required discriminator \"\(discriminator.propertyName)\" is missing"]
            }
            let ref = discriminator.mapping.first { $0.value == tag }?.ref ?? "#/components/schemas/" + tag
            guard let branch = (schema.oneOf + schema.anyOf).first(where: { $0.ref == ref }) else {
                let known = discriminator.mapping.map(\.value).joined(separator: ", ")
                return ["\(at): \(discriminator.propertyName) \"\(tag)\" is not one of \(known)"]
            }
            return validate(value, against: branch, at: pointer)
        }
        if !schema.oneOf.isEmpty || !schema.anyOf.isEmpty {
            let branches = schema.oneOf.isEmpty ? schema.anyOf : schema.oneOf
            let matching = branches.filter { validate(value, against: $0, at: pointer).isEmpty }.count
            if schema.oneOf.isEmpty ? matching == 0 : matching != 1 { return ["\(at): matches \(matching) branches"] }
            return []
        }
        var problems: [String] = []
        for constant in [original.constValue, schema.constValue].compactMap({ $0 }) where constant != value {
            problems.append("\(at): \(describe(value)) is not the constant \(describe(constant))")
        }
        if let values = schema.enumValues, !values.contains(value) {
            problems.append("\(at): \(describe(value)) is not one of the enum values")
        }
        let isObject = schema.types == ["object"] || !schema.allOf.isEmpty || !schema.properties.isEmpty
        switch value {
        case .string(let text):
            if !(schema.types.isEmpty || schema.types.contains("string")) { return ["\(at): expected \(schema.types), found string"] }
            if let max = schema.maxLength, text.count > max { problems.append("\(at): longer than \(max) characters") }
            if let min = schema.minLength, text.count < min { problems.append("\(at): shorter than \(min) characters") }
            if schema.format == "date-time" && RFC3339.date(from: text) == nil { problems.append("\(at): \"\(text)\" is not a date-time") }
        case .integer, .number:
            let isInteger = { if case .integer = value { return true } else { return false } }()
            if schema.types.contains("integer") && !isInteger { return ["\(at): expected an integer"] }
            if !(schema.types.isEmpty || schema.types.contains("integer") || schema.types.contains("number")) {
                return ["\(at): expected \(schema.types), found a number"]
            }
            let number = value.doubleValue!
            if let min = schema.minimum, number < min { problems.append("\(at): \(number) is below the minimum \(min)") }
            if let max = schema.maximum, number > max { problems.append("\(at): \(number) is above the maximum \(max)") }
        case .bool:
            if !(schema.types.isEmpty || schema.types.contains("boolean")) { return ["\(at): expected \(schema.types), found boolean"] }
        case .array(let items):
            guard schema.types.isEmpty || schema.types.contains("array") else { return ["\(at): expected \(schema.types), found array"] }
            if let min = schema.minItems, items.count < min { problems.append("\(at): fewer than \(min) items") }
            if let max = schema.maxItems, items.count > max { problems.append("\(at): more than \(max) items") }
            if let itemSchema = schema.items {
                for (i, item) in items.enumerated() { problems += validate(item, against: itemSchema, at: "\(pointer)/\(i)") }
            }
        case .object(let object):
            guard schema.types.isEmpty || isObject else { return ["\(at): expected \(schema.types), found object"] }
            let shape = objectShape(schema)
            for name in shape.required.sorted() where object[name] == nil {
                problems.append("\(at): required property \"\(name)\" is missing")
            }
            for (name, property) in object.entries {
                let child = "\(pointer)/\(name)"
                if let propertySchema = shape.properties[name] {
                    problems += validate(property, against: propertySchema, at: child)
                } else if let additional = shape.additional {
                    problems += validate(property, against: additional, at: child)
                } else {
                    problems.append("\(child): property \"\(name)\" is not declared by \(schema.pointer)")
                }
            }
        case .null:
            break
        }
        return problems
    }

    private func describe(_ value: JSON) -> String {
        switch value {
        case .string(let s): "\"\(s)\""
        case .integer(let i): String(i)
        default: value.typeName
        }
    }
}

/// A transport that checks every request (and, optionally, every response) against the spec
/// before passing it on: wrap a `FakeArize`, or any transport, to contract-test the traffic of your code.
///
/// ```swift
/// let checked = try SpecCheckingTransport()               // a FakeArize, checked against the built-in spec
/// let client = try ArizeClient(apiKey: "fake-api-key", transport: checked)
/// // … exercise your code …
/// #expect(checked.problems.isEmpty)
/// ```
public final class SpecCheckingTransport: HTTPTransport, Sendable {
    private let inner: any HTTPTransport
    private let validator: SpecValidator
    private let checksResponses: Bool
    private let onProblem: @Sendable (String) -> Void
    private let recorded = Locked<(exchanges: Int, problems: [String])>((0, []))

    /// Wraps `inner`.
    /// - Parameters:
    ///   - inner: the transport that answers (a ``FakeArize``, or any other).
    ///   - validator: the spec to check against.
    ///   - checksResponses: also check what `inner` answers (turn off when the responses are deliberately off-spec).
    ///   - onProblem: called with each problem as it is found (e.g. to record a test issue); problems are kept in ``problems`` too.
    public init(_ inner: any HTTPTransport, validator: SpecValidator, checksResponses: Bool = true,
                onProblem: @escaping @Sendable (String) -> Void = { _ in }) {
        self.inner = inner
        self.validator = validator
        self.checksResponses = checksResponses
        self.onProblem = onProblem
    }

    /// Wraps `inner` (a new ``FakeArize`` by default), checked against the spec built into the SDK:
    /// `try SpecCheckingTransport()` needs no file, in this package's tests or in yours.
    /// - Parameters:
    ///   - inner: the transport that answers.
    ///   - checksResponses: also check what `inner` answers.
    ///   - onProblem: called with each problem as it is found.
    public convenience init(_ inner: any HTTPTransport = FakeArize(), checksResponses: Bool = true,
                            onProblem: @escaping @Sendable (String) -> Void = { _ in }) throws {
        self.init(inner, validator: try SpecValidator(), checksResponses: checksResponses, onProblem: onProblem)
    }

    /// Every problem found so far, each prefixed with the request's operation id.
    public var problems: [String] { recorded.withLock { $0.problems } }
    /// How many requests went through.
    public var exchanges: Int { recorded.withLock { $0.exchanges } }

    /// Checks the request, sends it through the wrapped transport, checks the response.
    public func send(_ request: TransportRequest, baseURL: URL) async throws -> TransportResponse {
        recorded.withLock { $0.exchanges += 1 }
        record(validator.validate(request: request), request)
        let response = try await inner.send(request, baseURL: baseURL)
        if checksResponses { record(validator.validate(response: response, for: request), request) }
        return response
    }

    private func record(_ found: [String], _ request: TransportRequest) {
        guard !found.isEmpty else { return }
        let lines = found.map { "\(request.operationID): \($0)" }
        recorded.withLock { $0.problems += lines }
        lines.forEach(onProblem)
    }
}
