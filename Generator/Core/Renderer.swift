import ArizeOpenAPIDocument
/// Prints a ``GeneratedModule`` as Swift source files with fixed names.
struct Renderer {
    let module: GeneratedModule

    /// The names of the files every run writes, whatever the spec holds
    /// (a build-tool plugin must declare them before the generator runs).
    static let fileNames = ["Types.swift", "Operations.swift", "Client.swift"]

    func render() -> [(name: String, contents: String)] {
        [("Types.swift", renderTypes()), ("Operations.swift", renderOperations()), ("Client.swift", renderClient())]
    }

    private func header(_ w: inout CodeWriter) {
        w.line("// Generated from \(module.sourceName) by arize-openapi-generator. Do not edit.")
        w.line()
        w.line("import ArizeOpenAPIRuntime")
        w.line("import Foundation")
    }

    // MARK: Types

    private func renderTypes() -> String {
        var w = CodeWriter()
        header(&w)
        for decl in module.types {
            w.line()
            render(decl, &w)
            if case .alias = decl.kind {
                for nested in decl.nested { w.line(); render(nested, &w) }
            }
        }
        return w.text
    }

    private func render(_ decl: TypeDecl, _ w: inout CodeWriter) {
        w.doc(decl.doc)
        switch decl.kind {
        case .alias(let target):
            w.line("\(access(of: decl)) typealias \(decl.name) = \(target.swift)")
        case .stringEnum(let cases):
            renderEnum(decl, cases, access(of: decl), &w)
        case .structure(let properties, let additional):
            renderStruct(decl, properties, additional, access(of: decl), &w)
        case .union(let cases, let discriminator, _, let shared):
            renderUnion(decl, cases, discriminator, shared, access(of: decl), &w)
        }
    }

    /// `public` for the types the module exposes, the module's access level for the rest.
    private func access(of decl: TypeDecl) -> String { decl.isPublic ? "public" : module.access }

    /// A member of a type with `access` is only as visible as the types in its signature.
    private func memberAccess(_ access: String, _ types: [TypeRef]) -> String {
        access == "public" && !types.allSatisfy(isVisible) ? module.access : access
    }

    private func memberAccess(_ access: String, _ type: TypeRef) -> String { memberAccess(access, [type]) }

    private func isVisible(_ type: TypeRef) -> Bool {
        switch type {
        case .named(let name, _): module.publicNames.contains(name)
        case .array(let item, _): isVisible(item)
        case .map(let value): isVisible(value)
        default: true
        }
    }

    private func renderNested(_ decl: TypeDecl, _ w: inout CodeWriter) {
        for nested in decl.nested {
            w.line()
            render(nested, &w)
        }
    }

    private func renderEnum(_ decl: TypeDecl, _ cases: [(name: String, value: String)], _ access: String, _ w: inout CodeWriter) {
        w.block("\(access) enum \(decl.name): RawRepresentable, Codable, Hashable, Sendable, CaseIterable, CustomStringConvertible, JSONReadable") { w in
            for (name, value) in cases {
                w.line("/// `\(value)`")
                w.line("case \(Naming.escaped(name))")
            }
            w.line("/// A value this version of the spec does not know, kept as sent so decoding never fails on it.")
            w.line("case unknown(String)")
            w.line()
            w.line("/// The case for a wire value; `unknown` for values the spec does not list.")
            w.line("/// Spellings that differ only in case or in `-`/`_` (`read-only`, `READ_ONLY`) match too.")
            w.block("\(access) init(rawValue: String)") { w in
                w.block("switch rawValue") { w in
                    valueToCase(cases, &w)
                    w.line("default:")
                    w.line("    switch EnumSpelling.normalized(rawValue) {")
                    var seen = Set<String>()
                    for (name, value) in cases where seen.insert(Self.normalized(value)).inserted {
                        w.line("    case \(CodeWriter.literal(Self.normalized(value))): self = .\(Naming.escaped(name))")
                    }
                    w.line("    default: self = .unknown(rawValue)")
                    w.line("    }")
                }
            }
            w.line()
            w.line("/// The wire value.")
            w.block("\(access) var rawValue: String") { w in
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
            w.line("\(access) var description: String { rawValue }")
            w.line()
            w.line("/// Decodes any string, known or not.")
            w.block("\(access) init(from decoder: any Decoder) throws") { w in
                w.line("self.init(rawValue: try decoder.singleValueContainer().decode(String.self))")
            }
            w.line()
            w.line("/// Encodes the wire value.")
            w.block("\(access) func encode(to encoder: any Encoder) throws") { w in
                w.line("var container = encoder.singleValueContainer()")
                w.line("try container.encode(rawValue)")
            }
            w.line()
            w.line("/// Reads any string, known or not, without `JSONDecoder` (known values make no `String`).")
            w.block("\(access) init(reading reader: inout JSONReader) throws") { w in
                w.line("let text = try reader.readStringBytes()")
                w.block("switch text") { w in
                    valueToCase(cases, &w)
                    w.line("default: self.init(rawValue: text.stringValue)")
                }
            }
            renderNested(decl, &w)
        }
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
    private func valueToCase(_ cases: [(name: String, value: String)], _ w: inout CodeWriter) {
        for (name, value) in cases { w.line("case \(CodeWriter.literal(value)): self = .\(Naming.escaped(name))") }
    }

    private func propertyType(_ p: PropertyDecl) -> String { p.type.swift + (p.optional ? "?" : "") }

    private func renderStruct(_ decl: TypeDecl, _ properties: [PropertyDecl], _ additional: TypeRef?, _ access: String, _ w: inout CodeWriter) {
        w.block("\(access) struct \(decl.name): Codable, Hashable, Sendable, Validatable, JSONReadable") { w in
            for p in properties {
                w.doc(p.doc)
                w.line("\(memberAccess(access, p.type)) var \(Naming.escaped(p.name)): \(propertyType(p))")
            }
            if let additional {
                w.line("/// Properties the spec does not name, by name.")
                w.line("\(memberAccess(access, additional)) var additionalProperties: [String: \(additional.swift)]")
            }
            if !properties.isEmpty || additional != nil { w.line() }
            var parameters = properties.map { p in
                "\(Naming.escaped(p.name)): \(propertyType(p))" + (p.constant.map { " = " + $0 } ?? (p.optional ? " = nil" : ""))
            }
            if let additional { parameters.append("additionalProperties: [String: \(additional.swift)] = [:]") }
            w.line("/// Creates a value; optional properties default to `nil`.")
            w.block("\(memberAccess(access, properties.map(\.type) + (additional.map { [$0] } ?? []))) init(\(parameters.joined(separator: ", ")))") { w in
                for p in properties { w.line("self.\(Naming.escaped(p.name)) = \(Naming.escaped(p.name))") }
                if additional != nil { w.line("self.additionalProperties = additionalProperties") }
            }
            if !properties.isEmpty {
                w.line()
                w.block("enum CodingKeys: String, CodingKey, CaseIterable") { w in
                    for p in properties {
                        w.line(p.name == p.jsonName ? "case \(Naming.escaped(p.name))" : "case \(Naming.escaped(p.name)) = \(CodeWriter.literal(p.jsonName))")
                    }
                }
            }
            if let additional {
                renderAdditionalCoding(properties, additional, access, &w)
            } else if properties.contains(where: { $0.required && $0.optional }) {
                renderEncodingWithNulls(properties, access, &w)
            }
            renderReading(properties, additional, access, &w)
            w.line()
            w.line("/// Checks the constraints the spec sets on this value.")
            var checks = CodeWriter()
            for p in properties {
                if let constant = p.constant {
                    checks.line("if \(Naming.escaped(p.name)) != \(constant) { throw ValidationError(field: \(CodeWriter.literal(p.name)), reason: \(CodeWriter.literal("must be the constant of the spec"))) }")
                }
                validation(type: p.type, constraints: p.constraints, expr: Naming.escaped(p.name), field: p.name, optional: p.optional, &checks)
            }
            if checks.text.isEmpty {
                w.line("\(access) func validate() throws(ValidationError) {}")
            } else {
                w.block("\(access) func validate() throws(ValidationError)") { w in
                    checks.text.split(separator: "\n").forEach { w.line(String($0.dropFirst(0))) }
                }
            }
            renderNested(decl, &w)
        }
    }

    private func renderAdditionalCoding(_ properties: [PropertyDecl], _ additional: TypeRef, _ access: String, _ w: inout CodeWriter) {
        w.line()
        w.line("/// Decodes the named properties, and every other one into `additionalProperties`.")
        w.block("\(access) init(from decoder: any Decoder) throws") { w in
            if !properties.isEmpty {
                w.line("let container = try decoder.container(keyedBy: CodingKeys.self)")
                for p in properties {
                    let method = p.optional ? "decodeIfPresent" : "decode"
                    w.line("self.\(Naming.escaped(p.name)) = try container.\(method)(\(p.type.swift).self, forKey: .\(Naming.escaped(p.name)))")
                }
            }
            w.line("let others = try decoder.container(keyedBy: AnyCodingKey.self)")
            w.line("var additionalProperties: [String: \(additional.swift)] = [:]")
            let known = properties.map { CodeWriter.literal($0.jsonName) }.joined(separator: ", ")
            w.block("for key in others.allKeys where ![\(known)].contains(key.stringValue)") { w in
                w.line("additionalProperties[key.stringValue] = try others.decode(\(additional.swift).self, forKey: key)")
            }
            w.line("self.additionalProperties = additionalProperties")
        }
        w.line()
        w.line("/// Encodes the named properties and `additionalProperties` side by side.")
        w.block("\(access) func encode(to encoder: any Encoder) throws") { w in
            w.line("var others = encoder.container(keyedBy: AnyCodingKey.self)")
            w.block("for (key, value) in additionalProperties") { w in
                w.line("try others.encode(value, forKey: AnyCodingKey(key))")
            }
            if !properties.isEmpty {
                w.line("var container = encoder.container(keyedBy: CodingKeys.self)")
                encodeLines(properties, &w)
            }
        }
    }

    /// `encode(to:)` for structs with required nullable properties, which synthesized
    /// encoding would leave out when `nil`.
    private func renderEncodingWithNulls(_ properties: [PropertyDecl], _ access: String, _ w: inout CodeWriter) {
        w.line()
        w.line("/// Encodes the properties; required ones that are `nil` are written as `null`.")
        w.block("\(access) func encode(to encoder: any Encoder) throws") { w in
            w.line("var container = encoder.container(keyedBy: CodingKeys.self)")
            encodeLines(properties, &w)
        }
    }

    private func encodeLines(_ properties: [PropertyDecl], _ w: inout CodeWriter) {
        for p in properties {
            let method = p.optional && !p.required ? "encodeIfPresent" : "encode"
            w.line("try container.\(method)(\(Naming.escaped(p.name)), forKey: .\(Naming.escaped(p.name)))")
        }
    }

    /// `init(reading:)`: the fast decoding path, straight from bytes into the properties.
    private func renderReading(_ properties: [PropertyDecl], _ additional: TypeRef?, _ access: String, _ w: inout CodeWriter) {
        w.line()
        w.line("/// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.")
        w.block("\(access) init(reading reader: inout JSONReader) throws") { w in
            // Locals start with `_` so no property name can clash with `key` or `reader`.
            for p in properties { w.line("var _\(p.name): \(p.type.swift)? = nil") }
            if let additional { w.line("var _additionalProperties: [String: \(additional.swift)] = [:]") }
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
    private func readExpression(_ type: TypeRef, reader: String, depth: Int) -> String {
        let inner = "r\(depth)"
        switch type {
        case .string: return "try \(reader).readString()"
        case .integer(let name): return "try \(reader).readInteger(\(name).self)"
        case .floating(let name): return "try \(reader).readNumber(\(name).self)"
        case .bool: return "try \(reader).readBool()"
        case .date: return "try \(reader).readDate()"
        case .secret: return "Secret(try \(reader).readString())"
        case .data: return "try \(reader).readDecodable(Data.self)"
        case .any: return "try OpenAPIValue(reading: &\(reader))"
        case .named(_, .alias(let target)): return readExpression(target, reader: reader, depth: depth)
        case .named(let name, _): return "try \(name)(reading: &\(reader))"
        case .array(let item, let optionalItems):
            let element = optionalItems
                ? "try \(inner).readOptional { r\(depth + 1) in \(readExpression(item, reader: "r\(depth + 1)", depth: depth + 2)) }"
                : readExpression(item, reader: inner, depth: depth + 1)
            return "try \(reader).readArray { \(inner) in \(element) }"
        case .map(let value):
            return "try \(reader).readMap { \(inner) in \(readExpression(value, reader: inner, depth: depth + 1)) }"
        }
    }

    private func renderUnion(_ decl: TypeDecl, _ cases: [UnionCase], _ discriminator: String?, _ shared: [PropertyDecl],
                             _ access: String, _ w: inout CodeWriter) {
        w.block("\(access) \(decl.containsItself ? "indirect " : "")enum \(decl.name): Codable, Hashable, Sendable, Validatable, JSONReadable") { w in
            for c in cases {
                w.doc(["A `\(c.type.swift)`" + (c.discriminatorValues.isEmpty ? "" : " (`\(discriminator ?? "")`: `" + c.discriminatorValues.joined(separator: "`, `") + "`)") + "."])
                w.line("case \(Naming.escaped(c.name))(\(c.type.swift))")
            }
            if let discriminator {
                w.doc(["A `\(discriminator)` this version of the spec does not know, with the properties every case shares."])
                w.line("case unknown(Unrecognized)")
                w.line()
                renderDiscriminatedCoding(cases, discriminator, access, &w)
            } else {
                w.line()
                w.line("/// Decodes the first case whose type matches, in the spec's order.")
                w.block("\(access) init(from decoder: any Decoder) throws") { w in
                    w.line("let container = try decoder.singleValueContainer()")
                    for c in cases {
                        w.line("if let value = try? container.decode(\(c.type.swift).self) { self = .\(Naming.escaped(c.name))(value); return }")
                    }
                    w.line("throw DecodingError.dataCorruptedError(in: container, debugDescription: \(CodeWriter.literal("the value matches no case of \(decl.name)")))")
                }
                w.line()
                w.line("/// Reads the value through its `Decodable` conformance.")
                w.block("\(access) init(reading reader: inout JSONReader) throws") { w in
                    w.line("self = try reader.readDecodable(Self.self)")
                }
            }
            let allCases = cases.map { ($0.name, $0.type) } + (discriminator == nil ? [] : [("unknown", TypeRef.named("Unrecognized", .structure))])
            w.line()
            w.line("/// Encodes the wrapped value as it is.")
            w.block("\(access) func encode(to encoder: any Encoder) throws") { w in
                w.block("switch self") { w in
                    for (name, _) in allCases { w.line("case .\(Naming.escaped(name))(let value): try value.encode(to: encoder)") }
                }
            }
            w.line()
            w.line("/// Checks the wrapped value against the constraints of its schema.")
            w.block("\(access) func validate() throws(ValidationError)") { w in
                w.block("switch self") { w in
                    for (name, type) in allCases {
                        if case .named(_, let kind) = type.underlying, kind == .structure || kind == .union {
                            w.line("case .\(Naming.escaped(name))(let value): try value.validate()")
                        } else {
                            w.line("case .\(Naming.escaped(name)): break")
                        }
                    }
                }
            }
            for p in shared {
                w.line()
                w.doc(p.doc)
                w.block("\(memberAccess(access, p.type)) var \(Naming.escaped(p.name)): \(propertyType(p))") { w in
                    w.block("switch self") { w in
                        for (name, _) in allCases { w.line("case .\(Naming.escaped(name))(let value): value.\(Naming.escaped(p.name))") }
                    }
                }
            }
            renderNested(decl, &w)
        }
    }

    /// Decoding by the discriminator's value: exact tags, then tags spelled differently only in
    /// case or `-`/`_`, then `unknown`. The fast path peeks at the tag and reads the case's type directly.
    private func renderDiscriminatedCoding(_ cases: [UnionCase], _ discriminator: String, _ access: String, _ w: inout CodeWriter) {
        w.line("/// The case a discriminator value selects.")
        w.block("private enum Tag") { w in
            w.line("case " + (cases.map { Naming.escaped($0.name) } + ["unknown"]).joined(separator: ", "))
        }
        w.line()
        w.block("private static func tag(_ value: String) -> Tag") { w in
            w.block("switch value") { w in
                for c in cases { w.line("case \(c.discriminatorValues.map(CodeWriter.literal).joined(separator: ", ")): return .\(Naming.escaped(c.name))") }
                w.line("default:")
                w.line("    switch EnumSpelling.normalized(value) {")
                var seen = Set<String>()
                for c in cases {
                    let spellings = c.discriminatorValues.map(Self.normalized).filter { seen.insert($0).inserted }
                    if !spellings.isEmpty { w.line("    case \(spellings.map(CodeWriter.literal).joined(separator: ", ")): return .\(Naming.escaped(c.name))") }
                }
                w.line("    default: return .unknown")
                w.line("    }")
            }
        }
        let key = CodeWriter.literal(discriminator)
        w.line()
        w.doc(["Decodes the case named by `\(discriminator)`; an unknown or missing value decodes as `unknown`."])
        w.block("\(access) init(from decoder: any Decoder) throws") { w in
            w.line("let container = try decoder.container(keyedBy: AnyCodingKey.self)")
            w.line("let value = (try? container.decodeIfPresent(String.self, forKey: AnyCodingKey(\(key)))) ?? nil")
            w.block("switch Self.tag(value ?? \"\")") { w in
                for c in cases { w.line("case .\(Naming.escaped(c.name)): self = .\(Naming.escaped(c.name))(try \(c.type.swift)(from: decoder))") }
                w.line("case .unknown: self = .unknown(try Unrecognized(from: decoder))")
            }
        }
        w.line()
        w.doc(["Reads the case named by `\(discriminator)` straight from JSON, without `JSONDecoder`."])
        w.block("\(access) init(reading reader: inout JSONReader) throws") { w in
            w.block("switch Self.tag(try reader.peekString(forKey: \(key)) ?? \"\")") { w in
                for c in cases { w.line("case .\(Naming.escaped(c.name)): self = .\(Naming.escaped(c.name))(try \(c.type.swift)(reading: &reader))") }
                w.line("case .unknown: self = .unknown(try Unrecognized(reading: &reader))")
            }
        }
    }

    // MARK: Validation

    private func validation(type: TypeRef, constraints c: Constraints, expr: String, field: String, optional: Bool, _ w: inout CodeWriter) {
        var lines = CodeWriter()
        let value = optional ? "value" : expr
        checks(type: type, constraints: c, expr: value, field: CodeWriter.literal(field), &lines)
        guard !lines.text.isEmpty else { return }
        if optional {
            w.block("if let value = \(expr)") { w in
                for line in lines.text.split(separator: "\n") { w.line(String(line)) }
            }
        } else {
            for line in lines.text.split(separator: "\n") { w.line(String(line)) }
        }
    }

    /// Appends the checks for one value; `field` is a Swift string expression.
    private func checks(type: TypeRef, constraints c: Constraints, expr: String, field: String, _ w: inout CodeWriter) {
        func lit(_ v: Double?, integer: Bool) -> String { v.map { CodeWriter.number($0, integer: integer) } ?? "nil" }
        switch type.underlying {
        case .string:
            if c.minLength != nil || c.maxLength != nil {
                w.line("try Check.length(\(expr), min: \(c.minLength.map(String.init) ?? "nil"), max: \(c.maxLength.map(String.init) ?? "nil"), field: \(field))")
            }
        case .integer, .floating:
            let isInteger = { if case .integer = type.underlying { return true } else { return false } }()
            if c.minimum != nil || c.maximum != nil {
                w.line("try Check.range(\(expr), min: \(lit(c.minimum, integer: isInteger)), max: \(lit(c.maximum, integer: isInteger)), field: \(field))")
            }
            if c.exclusiveMinimum != nil || c.exclusiveMaximum != nil {
                w.line("try Check.exclusiveRange(Double(\(expr)), above: \(lit(c.exclusiveMinimum, integer: false)), below: \(lit(c.exclusiveMaximum, integer: false)), field: \(field))")
            }
        case .array(let item, let optionalItems):
            if c.minItems != nil || c.maxItems != nil {
                w.line("try Check.count(\(expr).count, min: \(c.minItems.map(String.init) ?? "nil"), max: \(c.maxItems.map(String.init) ?? "nil"), field: \(field))")
            }
            var inner = CodeWriter()
            let itemField = String(field.dropLast()) + "[\\(index)]\""
            checks(type: item, constraints: Constraints(), expr: optionalItems ? "item" : "element", field: itemField, &inner)
            if !inner.text.isEmpty {
                w.block("for (index, element) in \(expr).enumerated()") { w in
                    if optionalItems {
                        w.block("if let item = element") { w in inner.text.split(separator: "\n").forEach { w.line(String($0)) } }
                    } else {
                        inner.text.split(separator: "\n").forEach { w.line(String($0)) }
                    }
                }
            }
        case .map(let valueType):
            var inner = CodeWriter()
            let itemField = String(field.dropLast()) + "[\\(key)]\""
            checks(type: valueType, constraints: Constraints(), expr: "element", field: itemField, &inner)
            if !inner.text.isEmpty {
                w.block("for (key, element) in \(expr)") { w in inner.text.split(separator: "\n").forEach { w.line(String($0)) } }
            }
        case .named(_, .structure), .named(_, .union):
            w.line("try Check.nested(\(expr), field: \(field))")
        default:
            break
        }
    }

    // MARK: Operations

    private func renderOperations() -> String {
        var w = CodeWriter()
        header(&w)
        w.line()
        w.line("/// The operations of \(module.title.isEmpty ? "the spec" : module.title), one namespace each.")
        w.line("\(module.access) enum Operations {}")
        for op in module.operations {
            w.line()
            w.block("extension Operations") { w in renderOperation(op, &w) }
        }
        return w.text
    }

    private func associated(_ r: ResponseDecl) -> [(label: String?, type: String)] {
        var parts: [(String?, String)] = []
        if case .exact = r.status {} else { parts.append(("statusCode", "Int")) }
        switch r.body {
        case .json(let type)?: parts.append((nil, type.swift))
        case .raw?: parts.append((nil, "Data"))
        case nil: break
        }
        if let headers = r.headersTypeName { parts.append(("headers", headers)) }
        return parts
    }

    private func renderOperation(_ op: OperationDecl, _ w: inout CodeWriter) {
        var doc = op.doc
        if !doc.isEmpty { doc.append("") }
        doc.append("`\(op.method) \(op.path)` (`\(op.operationID)`)")
        w.doc(doc)
        if op.deprecated { w.line("@available(*, deprecated, message: \"deprecated in the spec\")") }
        w.block("\(module.access) enum \(op.typeName): APIOperation") { w in
            w.line("/// `\(op.operationID)`")
            w.line("\(module.access) static let operationID = \(CodeWriter.literal(op.operationID))")
            w.line("/// `\(op.method)`")
            w.line("\(module.access) static let method = TransportRequest.Method(rawValue: \(CodeWriter.literal(op.method)))")
            w.line("/// The path as the spec writes it.")
            w.line("\(module.access) static let pathTemplate = \(CodeWriter.literal(op.path))")
            w.line()
            renderInput(op, &w)
            for r in op.responses { if let name = r.headersTypeName { w.line(); renderHeaders(r, name, &w) } }
            w.line()
            renderOutput(op, &w)
            w.line()
            renderMakeRequest(op, &w)
            w.line()
            renderDecode(op, &w)
            for nested in op.nested { w.line(); render(nested, &w) }
        }
    }

    private func renderInput(_ op: OperationDecl, _ w: inout CodeWriter) {
        w.line("/// The parameters and body of `\(op.operationID)`.")
        w.block("\(module.access) struct Input: Sendable, Hashable, Validatable") { w in
            var parameters: [String] = []
            for p in op.parameters {
                var doc = p.doc
                if !doc.isEmpty { doc.append("") }
                doc.append("\(p.location.rawValue.capitalized) parameter `\(p.wireName)`.")
                w.doc(doc)
                let type = p.type.swift + (p.optional ? "?" : "")
                w.line("\(module.access) var \(Naming.escaped(p.name)): \(type)")
                parameters.append("\(Naming.escaped(p.name)): \(type)\(p.optional ? " = nil" : "")")
            }
            if let body = op.body {
                var doc = body.doc
                if !doc.isEmpty { doc.append("") }
                doc.append("The request body (`\(body.contentType)`).")
                w.doc(doc)
                w.line("\(module.access) var body: \(body.type.swift)\(body.required ? "" : "?")")
                parameters.append("body: \(body.type.swift)\(body.required ? "" : "? = nil")")
            }
            if !op.parameters.isEmpty || op.body != nil { w.line() }
            w.line("/// Creates an input; optional parameters default to `nil`.")
            w.block("\(module.access) init(\(parameters.joined(separator: ", ")))") { w in
                for p in op.parameters { w.line("self.\(Naming.escaped(p.name)) = \(Naming.escaped(p.name))") }
                if op.body != nil { w.line("self.body = body") }
            }
            w.line()
            w.line("/// Checks the constraints the spec sets on the parameters and body.")
            w.block("\(module.access) func validate() throws(ValidationError)") { w in
                for p in op.parameters {
                    validation(type: p.type, constraints: p.constraints, expr: Naming.escaped(p.name), field: p.name, optional: p.optional, &w)
                }
                if let body = op.body, case .named(_, let kind) = body.type.underlying, kind == .structure || kind == .union {
                    w.line(body.required ? "try body.validate()" : "try body?.validate()")
                }
            }
        }
    }

    private func renderHeaders(_ r: ResponseDecl, _ name: String, _ w: inout CodeWriter) {
        w.line("/// The headers of the `\(r.caseName)` response.")
        w.block("\(module.access) struct \(name): Sendable, Hashable") { w in
            for h in r.headers {
                var doc = h.doc
                if !doc.isEmpty { doc.append("") }
                doc.append("Header `\(h.wireName)`; `nil` when absent or malformed.")
                w.doc(doc)
                w.line("\(module.access) var \(Naming.escaped(h.name)): \(headerSwiftType(h.type))?")
            }
            w.line()
            w.line("/// Creates the headers.")
            w.block("\(module.access) init(\(r.headers.map { "\(Naming.escaped($0.name)): \(headerSwiftType($0.type))? = nil" }.joined(separator: ", ")))") { w in
                for h in r.headers { w.line("self.\(Naming.escaped(h.name)) = \(Naming.escaped(h.name))") }
            }
        }
    }

    private func headerSwiftType(_ type: TypeRef) -> String {
        switch type {
        case .integer: "Int"
        case .floating: "Double"
        case .bool: "Bool"
        default: "String"
        }
    }

    private func statusDoc(_ status: StatusMatch) -> String {
        switch status {
        case .exact(let code): "`\(code)`"
        case .range(let digit): "`\(digit)XX`"
        case .default: "any status not listed"
        }
    }

    private func renderOutput(_ op: OperationDecl, _ w: inout CodeWriter) {
        w.line("/// The responses of `\(op.operationID)`, one case per documented status.")
        w.block("\(module.access) enum Output: OperationOutput") { w in
            for r in op.responses {
                var doc = r.doc
                if !doc.isEmpty { doc.append("") }
                doc.append("Status \(statusDoc(r.status)).")
                w.doc(doc)
                let parts = associated(r)
                let list = parts.map { ($0.label.map { $0 + ": " } ?? "") + $0.type }.joined(separator: ", ")
                w.line("case \(Naming.escaped(r.caseName))\(parts.isEmpty ? "" : "(" + list + ")")")
            }
            w.line("/// A status the spec does not document for this operation.")
            w.line("case undocumented(UndocumentedResponse)")
            w.line()
            w.line("/// The response's status code.")
            w.block("\(module.access) var statusCode: Int") { w in
                w.block("switch self") { w in
                    for r in op.responses {
                        let parts = associated(r)
                        if case .exact(let code) = r.status {
                            w.line("case .\(Naming.escaped(r.caseName)): \(code)")
                        } else {
                            let pattern = (["let statusCode"] + Array(repeating: "_", count: parts.count - 1)).joined(separator: ", ")
                            w.line("case .\(Naming.escaped(r.caseName))(\(pattern)): statusCode")
                        }
                    }
                    w.line("case .undocumented(let response): response.statusCode")
                }
            }
            w.line()
            w.line("/// The decoded body, if the response has one.")
            w.block("\(module.access) var decodedBody: (any Sendable)?") { w in
                w.block("switch self") { w in
                    for r in op.responses {
                        let parts = associated(r)
                        guard let bodyIndex = parts.firstIndex(where: { $0.label == nil }) else {
                            w.line("case .\(Naming.escaped(r.caseName)): nil")
                            continue
                        }
                        let pattern = parts.indices.map { $0 == bodyIndex ? "let body" : "_" }.joined(separator: ", ")
                        w.line("case .\(Naming.escaped(r.caseName))(\(pattern)): body")
                    }
                    w.line("case .undocumented: nil")
                }
            }
        }
    }

    private func queryValue(_ type: TypeRef, _ expr: String) -> String {
        switch type.underlying {
        case .string: expr
        case .integer, .floating, .bool: "String(\(expr))"
        case .date: "RFC3339.string(from: \(expr))"
        case .named(_, .stringEnum): "\(expr).rawValue"
        default: "String(describing: \(expr))"
        }
    }

    private func renderMakeRequest(_ op: OperationDecl, _ w: inout CodeWriter) {
        w.line("/// Validates the input and builds the HTTP request.")
        w.block("\(module.access) static func makeRequest(_ input: Input) throws -> TransportRequest") { w in
            w.line("try input.validate()")
            // Path: literal pieces and encoded parameters.
            var pieces: [String] = []
            var rest = Substring(op.path)
            while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
                if open > rest.startIndex { pieces.append(CodeWriter.literal(String(rest[..<open]))) }
                let name = String(rest[rest.index(after: open)..<close])
                let p = op.parameters.first { $0.location == .path && $0.wireName == name }!
                pieces.append("PercentEncoding.pathSegment(\(queryValue(p.type, "input." + Naming.escaped(p.name))), field: \(CodeWriter.literal(p.name)))")
                rest = rest[rest.index(after: close)...]
            }
            if !rest.isEmpty || pieces.isEmpty { pieces.append(CodeWriter.literal(String(rest))) }
            let hasPathParameters = op.parameters.contains { $0.location == .path }
            w.line("var request = \(hasPathParameters ? "try " : "")TransportRequest(operationID: operationID, method: method, path: \(pieces.joined(separator: " + ")))")
            for p in op.parameters where p.location != .path {
                let target = p.location == .query ? "request.query.append((name: \(CodeWriter.literal(p.wireName)), value: %@))"
                                                  : "request.headers.append(name: \(CodeWriter.literal(p.wireName)), value: %@)"
                let access = "input." + Naming.escaped(p.name)
                let value = p.optional ? "value" : access
                var lines: [String] = []
                if case .array(let item, _) = p.type.underlying {
                    if p.explode && p.location == .query {
                        lines = ["for item in \(value) { \(target.replacingOccurrences(of: "%@", with: queryValue(item, "item"))) }"]
                    } else {
                        lines = [target.replacingOccurrences(of: "%@", with: "\(value).map { \(queryValue(item, "$0")) }.joined(separator: \",\")")]
                    }
                } else {
                    lines = [target.replacingOccurrences(of: "%@", with: queryValue(p.type, value))]
                }
                if p.optional {
                    w.block("if let value = \(access)") { w in lines.forEach { w.line($0) } }
                } else {
                    lines.forEach { w.line($0) }
                }
            }
            if !op.accept.isEmpty { w.line("request.headers[\"Accept\"] = \(CodeWriter.literal(op.accept))") }
            if let body = op.body {
                let setBody = { (w: inout CodeWriter, expr: String) in
                    w.line("request.headers[\"Content-Type\"] = \(CodeWriter.literal(body.contentType))")
                    w.line("request.body = try encodeJSONBody(\(expr))")
                }
                if body.required {
                    setBody(&w, "input.body")
                } else {
                    w.block("if let body = input.body") { w in setBody(&w, "body") }
                }
            }
            w.line("return request")
        }
    }

    private func renderDecode(_ op: OperationDecl, _ w: inout CodeWriter) {
        w.line("/// Decodes a response by its status code.")
        w.block("\(module.access) static func decodeResponse(_ response: TransportResponse) throws -> Output") { w in
            w.block("switch response.statusCode") { w in
                let ordered = op.responses.filter { if case .exact = $0.status { true } else { false } }
                    + op.responses.filter { if case .range = $0.status { true } else { false } }
                for r in ordered {
                    let label: String
                    switch r.status {
                    case .exact(let code): label = "case \(code):"
                    case .range(let digit): label = "case \(digit)00...\(digit)99:"
                    case .default: continue
                    }
                    w.line(label)
                    w.line("    return \(construct(r))")
                }
                w.line("default:")
                if let fallback = op.responses.first(where: { $0.status == .default }) {
                    w.line("    return \(construct(fallback))")
                } else {
                    w.line("    return .undocumented(UndocumentedResponse(response))")
                }
            }
        }
    }

    private func construct(_ r: ResponseDecl) -> String {
        var arguments: [String] = []
        if case .exact = r.status {} else { arguments.append("statusCode: response.statusCode") }
        switch r.body {
        case .json(let type)?: arguments.append("try response.decodeJSON(\(type.swift).self, operationID: operationID)")
        case .raw?: arguments.append("response.body")
        case nil: break
        }
        if let name = r.headersTypeName {
            let values = r.headers.map { h -> String in
                let read: String
                switch h.type {
                case .integer: read = "response.integerHeader(\(CodeWriter.literal(h.wireName)))"
                case .floating: read = "response.stringHeader(\(CodeWriter.literal(h.wireName))).flatMap(Double.init)"
                case .bool: read = "response.stringHeader(\(CodeWriter.literal(h.wireName))).flatMap(Bool.init)"
                default: read = "response.stringHeader(\(CodeWriter.literal(h.wireName)))"
                }
                return "\(Naming.escaped(h.name)): \(read)"
            }
            arguments.append("headers: \(name)(\(values.joined(separator: ", ")))")
        }
        return ".\(Naming.escaped(r.caseName))" + (arguments.isEmpty ? "" : "(" + arguments.joined(separator: ", ") + ")")
    }

    // MARK: Client

    private func renderClient() -> String {
        var w = CodeWriter()
        header(&w)
        w.line()
        w.line("/// Calls the operations of \(module.title.isEmpty ? "the spec" : module.title) through any `HTTPTransport`.")
        w.block("\(module.access) struct APIClient: Sendable") { w in
            w.line("/// The servers the spec lists; the first is its default.")
            w.line("\(module.access) static let serverURLs: [String] = [\(module.servers.map(CodeWriter.literal).joined(separator: ", "))]")
            w.line()
            w.line("/// Where requests go.")
            w.line("\(module.access) var baseURL: URL")
            w.line("/// What sends them.")
            w.line("\(module.access) var transport: any HTTPTransport")
            w.line()
            w.line("/// Creates a client.")
            w.block("\(module.access) init(baseURL: URL, transport: any HTTPTransport)") { w in
                w.line("self.baseURL = baseURL")
                w.line("self.transport = transport")
            }
            for op in module.operations {
                w.line()
                var doc = op.doc.prefix(1).map { $0 }
                if !doc.isEmpty { doc.append("") }
                doc.append("`\(op.method) \(op.path)`")
                w.doc(doc)
                if op.deprecated { w.line("@available(*, deprecated, message: \"deprecated in the spec\")") }
                let hasRequired = op.parameters.contains { !$0.optional } || (op.body?.required ?? false)
                let type = "Operations.\(op.typeName)"
                w.block("\(module.access) func \(Naming.escaped(op.methodName))(_ input: \(type).Input\(hasRequired ? "" : " = .init()")) async throws -> \(type).Output") { w in
                    w.line("try await transport.perform(\(type).self, input, baseURL: baseURL)")
                }
            }
        }
        w.line()
        w.line("/// The OpenAPI document this module was generated from, so tools that check traffic against it")
        w.line("/// (contract tests, fakes) need no file at run time.")
        w.block("\(module.access) enum OpenAPISpec") { w in
            w.line("/// The document's JSON text, as given to the generator.")
            w.line("\(module.access) static let json = \(CodeWriter.literal(module.documentText))")
        }
        return w.text
    }
}
