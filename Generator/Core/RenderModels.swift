import ArizeOpenAPIDocument

/// Models: enums, structs, their coding and their fast JSON readers.
extension Renderer {
    func renderEnum(_ decl: TypeDecl, _ cases: [(name: String, value: String)], _ access: AccessLevel, _ w: inout CodeWriter) {
        w.block("\(access) enum \(decl.name): Swift.RawRepresentable, \(conformances(decl)), Swift.Sendable, Swift.CaseIterable, Swift.CustomStringConvertible, ArizeOpenAPIRuntime.JSONReadable") { w in
            for (name, value) in cases {
                w.line("/// `\(value)`")
                w.line("case \(Naming.escaped(name))")
            }
            w.line("/// A value this version of the spec does not know, kept as sent so decoding never fails on it.")
            w.line("case unknown(Swift.String)")
            w.line()
            w.line("/// The case for a wire value; `unknown` for values the spec does not list.")
            w.line("/// Spellings that differ only in case or in `-`/`_` (`read-only`, `READ_ONLY`) match too.")
            w.block("\(access) init(rawValue: Swift.String)") { w in
                w.block("switch rawValue") { w in
                    valueToCase(cases, &w)
                    spellingFallback(subject: "rawValue", cases.map { ($0.name, [$0.value]) }, assign: "self = .",
                                     otherwise: "self = .unknown(rawValue)", &w)
                }
            }
            w.line()
            w.line("/// The wire value.")
            w.block("\(access) var rawValue: Swift.String") { w in
                w.block("switch self") { w in
                    for (name, value) in cases { w.line("case .\(Naming.escaped(name)): \(CodeWriter.literal(value))") }
                    w.line("case .unknown(let value): value")
                }
            }
            w.line()
            w.line("/// The documented cases.")
            w.line("\(access) static var allCases: [Self] { [\(cases.map { "." + Naming.escaped($0.name) }.joined(separator: ", "))] }")
            w.line()
            w.line("/// The wire value.")
            w.line("\(access) var description: Swift.String { rawValue }")
            if decl.isDecodable {
                w.line()
                w.line("/// Decodes any string, known or not.")
                w.block("\(access) init(from decoder: any Swift.Decoder) throws") { w in
                    w.line("self.init(rawValue: try decoder.singleValueContainer().decode(Swift.String.self))")
                }
            }
            w.line()
            w.line("/// Encodes the wire value.")
            w.block("\(access) func encode(to encoder: any Swift.Encoder) throws") { w in
                w.line("var container = encoder.singleValueContainer()")
                w.line("try container.encode(rawValue)")
            }
            w.line()
            w.line("/// Reads any string, known or not, without `JSONDecoder` (known values make no `String`).")
            w.block("\(access) init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws") { w in
                w.line("let text = try reader.readStringBytes()")
                w.block("switch text") { w in
                    valueToCase(cases, &w)
                    w.line("default: self.init(rawValue: text.stringValue)")
                }
            }
            renderNested(decl, &w)
        }
    }

    /// `default:` with a second switch over `EnumSpelling.normalized(subject)`: the match enums and
    /// discriminated unions make when a value is spelled differently from the spec (`read-only` for `READ_ONLY`).
    func spellingFallback(subject: String, _ cases: [(name: String, values: [String])], assign: String, otherwise: String,
                          _ w: inout CodeWriter) {
        w.line("default:")
        w.line("    switch ArizeOpenAPIRuntime.EnumSpelling.normalized(\(subject)) {")
        var seen = Set<String>()
        for c in cases {
            let spellings = c.values.map(Self.normalized).filter { seen.insert($0).inserted }
            if !spellings.isEmpty { w.line("    case \(spellings.map(CodeWriter.literal).joined(separator: ", ")): \(assign)\(Naming.escaped(c.name))") }
        }
        w.line("    default: \(otherwise)")
        w.line("    }")
    }

    /// What `EnumSpelling.normalized` makes of a value (the runtime and the generator must agree).
    static func normalized(_ value: String) -> String {
        String(String.UnicodeScalarView(value.unicodeScalars.map { scalar -> Unicode.Scalar in
            switch scalar {
            case "a"..."z": Unicode.Scalar(scalar.value - 32)!
            case "-", " ": "_"
            default: scalar
            }
        }))
    }

    /// `case "wire-value": self = .caseName` for each enum case (both initializers use it).
    func valueToCase(_ cases: [(name: String, value: String)], _ w: inout CodeWriter) {
        for (name, value) in cases { w.line("case \(CodeWriter.literal(value)): self = .\(Naming.escaped(name))") }
    }

    /// The expression of a property's `const` value: the literal, or for an enum the case with that raw value.
    func constantCode(_ p: PropertyDecl) -> String? {
        guard let literal = p.constant else { return nil }
        if case .named(_, .stringEnum) = p.type.underlying { return "\(code(p.type.underlying))(rawValue: \(literal))" }
        return literal
    }

    func propertyType(_ p: PropertyDecl) -> String { code(p.type) + (p.optional ? "?" : "") }

    /// `Codable, Hashable` for the types users handle, `Encodable, Equatable` for the rest
    /// (see `Translator.markDecodable`).
    func conformances(_ decl: TypeDecl) -> String {
        decl.isDecodable ? "Swift.Codable, Swift.Hashable" : "Swift.Encodable, Swift.Equatable"
    }

    func renderStruct(_ decl: TypeDecl, _ properties: [PropertyDecl], _ additional: TypeRef?, _ access: AccessLevel, _ w: inout CodeWriter) {
        w.block("\(access) struct \(decl.name): \(conformances(decl)), Swift.Sendable, ArizeOpenAPIRuntime.Validatable, ArizeOpenAPIRuntime.JSONReadable") { w in
            for p in properties {
                w.doc(p.doc)
                w.line("\(memberAccess(access, p.type)) var \(Naming.escaped(p.name)): \(propertyType(p))")
            }
            if let additional {
                w.line("/// Properties the spec does not name, by name.")
                w.line("\(memberAccess(access, additional)) var additionalProperties: [Swift.String: \(code(additional))]")
            }
            if !properties.isEmpty || additional != nil { w.line() }
            var parameters = properties.map { p in
                "\(Naming.escaped(p.name)): \(propertyType(p))" + (constantCode(p).map { " = " + $0 } ?? (p.optional ? " = nil" : ""))
            }
            if let additional { parameters.append("additionalProperties: [Swift.String: \(code(additional))] = [:]") }
            w.line("/// Creates a value; optional properties default to `nil`.")
            w.block("\(memberAccess(access, properties.map(\.type) + (additional.map { [$0] } ?? []))) init(\(parameters.joined(separator: ", ")))") { w in
                for p in properties { w.line("self.\(Naming.escaped(p.name)) = \(Naming.escaped(p.name))") }
                if additional != nil { w.line("self.additionalProperties = additionalProperties") }
            }
            renderEncoding(properties, additional, access, &w)
            if decl.isDecodable { renderDecoding(properties, additional, access, &w) }
            renderReading(properties, additional, access, &w)
            w.line()
            w.line("/// Checks the constraints the spec sets on this value.")
            var checks = CodeWriter()
            for p in properties {
                if let constant = constantCode(p) {
                    checks.line("if \(Naming.escaped(p.name)) != \(constant) { throw ArizeOpenAPIRuntime.ValidationError(field: \(CodeWriter.literal(p.name)), reason: \(CodeWriter.literal("must be the constant of the spec"))) }")
                }
                validation(type: p.type, constraints: p.constraints, expr: Naming.escaped(p.name), field: p.name, optional: p.optional, &checks)
            }
            if checks.text.isEmpty {
                w.line("\(access) func validate() throws(ArizeOpenAPIRuntime.ValidationError) {}")
            } else {
                w.block("\(access) func validate() throws(ArizeOpenAPIRuntime.ValidationError)") { w in
                    checks.text.split(separator: "\n").forEach { w.line(String($0.dropFirst(0))) }
                }
            }
            renderNested(decl, &w)
        }
    }

    /// `encode(to:)` with the shared `AnyCodingKey` rather than a `CodingKeys` enum per type (whose
    /// synthesized conformances cost more to compile than the rest of the type). Required
    /// properties that are `nil` are written as `null`; `additionalProperties` go beside the named ones.
    func renderEncoding(_ properties: [PropertyDecl], _ additional: TypeRef?, _ access: AccessLevel, _ w: inout CodeWriter) {
        w.line()
        w.line("/// Encodes the properties under their JSON names.")
        w.block("\(access) func encode(to encoder: any Swift.Encoder) throws") { w in
            guard !properties.isEmpty || additional != nil else {
                w.line("_ = encoder.container(keyedBy: ArizeOpenAPIRuntime.AnyCodingKey.self)")
                return
            }
            w.line("var container = encoder.container(keyedBy: ArizeOpenAPIRuntime.AnyCodingKey.self)")
            if additional != nil {
                w.block("for (key, value) in additionalProperties") { w in
                    w.line("try container.encode(value, forKey: ArizeOpenAPIRuntime.AnyCodingKey(key))")
                }
            }
            for p in properties {
                let method = p.optional && !p.required ? "encodeIfPresent" : "encode"
                // `self.`: a property may be named like a local (`container`, `key`).
                w.line("try container.\(method)(self.\(Naming.escaped(p.name)), forKey: ArizeOpenAPIRuntime.AnyCodingKey(\(CodeWriter.literal(p.jsonName))))")
            }
        }
    }

    /// `init(from:)`, for the types that are `Decodable`: the named properties, and every other
    /// one into `additionalProperties`.
    func renderDecoding(_ properties: [PropertyDecl], _ additional: TypeRef?, _ access: AccessLevel, _ w: inout CodeWriter) {
        w.line()
        w.line("/// Decodes the properties from their JSON names.")
        w.block("\(access) init(from decoder: any Swift.Decoder) throws") { w in
            guard !properties.isEmpty || additional != nil else {
                w.line("_ = try decoder.container(keyedBy: ArizeOpenAPIRuntime.AnyCodingKey.self)")
                return
            }
            w.line("let container = try decoder.container(keyedBy: ArizeOpenAPIRuntime.AnyCodingKey.self)")
            for p in properties {
                let method = p.optional ? "decodeIfPresent" : "decode"
                w.line("self.\(Naming.escaped(p.name)) = try container.\(method)(\(code(p.type)).self, forKey: ArizeOpenAPIRuntime.AnyCodingKey(\(CodeWriter.literal(p.jsonName))))")
            }
            if let additional {
                w.line("var additionalProperties: [Swift.String: \(code(additional))] = [:]")
                let known = properties.map { CodeWriter.literal($0.jsonName) }.joined(separator: ", ")
                w.block("for key in container.allKeys where ![\(known)].contains(key.stringValue)") { w in
                    w.line("additionalProperties[key.stringValue] = try container.decode(\(code(additional)).self, forKey: key)")
                }
                w.line("self.additionalProperties = additionalProperties")
            }
        }
    }

    /// `init(reading:)`: the fast decoding path, straight from bytes into the properties.
    func renderReading(_ properties: [PropertyDecl], _ additional: TypeRef?, _ access: AccessLevel, _ w: inout CodeWriter) {
        w.line()
        w.line("/// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.")
        w.block("\(access) init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws") { w in
            // Locals start with `_` so no property name can clash with `key` or `reader`.
            for p in properties { w.line("var _\(p.name): \(code(p.type))? = nil") }
            if let additional { w.line("var _additionalProperties: [Swift.String: \(code(additional))] = [:]") }
            w.closure("try reader.readObject { key, reader in") { w in
                w.block("switch key") { w in
                    for p in properties {
                        let read = p.optional ? "try reader.readOptional { r0 in \(readExpression(p.type, reader: "r0", depth: 1)) }"
                                              : readExpression(p.type, reader: "reader", depth: 0)
                        w.line("case \(CodeWriter.literal(p.jsonName)): _\(p.name) = \(read)")
                    }
                    if let additional {
                        w.line("default: _additionalProperties[key.stringValue] = \(readExpression(additional, reader: "reader", depth: 0))")
                    } else {
                        w.line("default: try reader.skipValue()")
                    }
                }
            }
            for p in properties where !p.optional {
                w.line("guard let _\(p.name) else { throw reader.missing(\(CodeWriter.literal(p.jsonName))) }")
            }
            var arguments = properties.map { "\(Naming.argumentLabel($0.name)): _\($0.name)" }
            if additional != nil { arguments.append("additionalProperties: _additionalProperties") }
            w.line("self.init(\(arguments.joined(separator: ", ")))")
        }
    }

    /// A Swift expression that reads one value of `type` from the reader variable named `reader`.
    func readExpression(_ type: TypeRef, reader: String, depth: Int) -> String {
        let inner = "r\(depth)"
        switch type {
        case .string: return "try \(reader).readString()"
        case .integer(let name): return "try \(reader).readInteger(Swift.\(name).self)"
        case .floating(let name): return "try \(reader).readNumber(Swift.\(name).self)"
        case .bool: return "try \(reader).readBool()"
        case .date: return "try \(reader).readDate()"
        case .secret: return "ArizeOpenAPIRuntime.Secret(try \(reader).readString())"
        case .data: return "try \(reader).readDecodable(Foundation.Data.self)"
        case .any: return "try ArizeOpenAPIRuntime.OpenAPIValue(reading: &\(reader))"
        case .noValue: return "try ArizeOpenAPIRuntime.NoValue(reading: &\(reader))"
        case .named(_, .alias(let target)): return readExpression(target, reader: reader, depth: depth)
        case .named: return "try \(code(type))(reading: &\(reader))"
        case .array(let item, let optionalItems):
            let element = optionalItems
                ? "try \(inner).readOptional { r\(depth + 1) in \(readExpression(item, reader: "r\(depth + 1)", depth: depth + 2)) }"
                : readExpression(item, reader: inner, depth: depth + 1)
            return "try \(reader).readArray { \(inner) in \(element) }"
        case .map(let value):
            return "try \(reader).readMap { \(inner) in \(readExpression(value, reader: inner, depth: depth + 1)) }"
        case .boxed(let wrapped):
            return "ArizeOpenAPIRuntime.Indirect(\(readExpression(wrapped, reader: reader, depth: depth)))"
        }
    }
}
