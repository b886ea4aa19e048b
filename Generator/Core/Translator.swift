import ArizeOpenAPIDocument
/// Turns a ``Document`` into Swift declarations: names, kinds, nesting, validation.
struct Translator {
    let document: Document
    var reader: DocumentReader
    /// What translating found: problems (a schema or operation that cannot be expressed) and warnings.
    var diagnostics = Diagnostics()

    /// Component schema pointer → Swift type name.
    var componentNames: [String: String] = [:]
    var componentSchemas: [String: Schema] = [:]
    var kinds: [String: NamedKind] = [:]
    /// The error of each alias cycle found so far, under every schema on it: the other schemas on a
    /// cycle fail at once instead of walking it again (thousands of links made that quadratic).
    var aliasCycles: [String: GeneratorError] = [:]
    var classifying: [String] = []
    var topLevelNames: Set<String> = []

    init(document: Document) {
        self.document = document
        self.reader = DocumentReader(root: document.root)
    }

    mutating func warn(_ pointer: String, _ message: String) {
        diagnostics.warn(pointer, message)
    }

    /// Doc comment lines from descriptions: trimmed, blank lines between texts.
    static func docLines(_ texts: String?...) -> [String] {
        var lines: [String] = []
        for text in texts.compactMap({ $0 }) {
            var paragraph = CodeWriter.commentLines(Substring(text)).map { trimmed(Substring($0)) }
            while paragraph.first?.isEmpty == true { paragraph.removeFirst() }
            while paragraph.last?.isEmpty == true { paragraph.removeLast() }
            if paragraph.isEmpty { continue }
            if !lines.isEmpty { lines.append("") }
            lines += paragraph
        }
        return lines
    }

    static func trimmed(_ line: Substring) -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" }
        guard let first = line.firstIndex(where: { !isSpace($0) }), let last = line.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(line[first...last])
    }

    // MARK: Classification

    /// What kind of type a component schema becomes, following alias chains and reporting cycles.
    mutating func kind(ofComponent pointer: String) throws -> NamedKind {
        if let known = kinds[pointer] { return known }
        // Components that only `$ref` the next one: walk the chain in a loop (a spec may have
        // thousands of links; recursion would overflow the stack), classify its end, then give
        // every link the end's kind, so no type reference nests deeper than one alias.
        var chain: [String] = []
        var inChain: Set<String> = []
        var current = pointer
        while kinds[current] == nil, let next = componentSchemas[current]?.ref, componentNames[next] != nil,
              componentSchemas[current].map(Self.isPureReference) == true {
            if let cycle = aliasCycles[current] {
                // On that cycle: its error, reported once. Leading into it: the same news, here.
                throw current == pointer ? cycle : GeneratorError(pointer, cycle.message)
            }
            if !inChain.insert(current).inserted {
                let members = chain.drop(while: { $0 != current })
                let cycle = GeneratorError(pointer, "schema reference cycle that cannot be expressed: "
                    + (members + [current]).joined(separator: " -> "))
                for member in members { aliasCycles[member] = cycle }
                throw cycle
            }
            chain.append(current)
            current = next
        }
        if !chain.isEmpty {
            let endKind = try classify(current)
            let endKindFlat: NamedKind = if case .alias = endKind { endKind } else { .alias(.named(componentNames[current]!, endKind)) }
            for link in chain { kinds[link] = endKindFlat }
            return endKindFlat
        }
        return try classify(pointer)
    }

    /// A schema that is a `$ref` and nothing the alias would lose (constraints stay with the referenced type).
    static func isPureReference(_ schema: Schema) -> Bool {
        schema.ref != nil && !schema.nullable
    }

    mutating func classify(_ pointer: String) throws -> NamedKind {
        if let known = kinds[pointer] { return known }
        if classifying.contains(pointer) {
            throw GeneratorError(pointer, "schema reference cycle that cannot be expressed: " + (classifying + [pointer]).joined(separator: " -> "))
        }
        classifying.append(pointer)
        defer { classifying.removeLast() }
        let schema = componentSchemas[pointer]!
        let result: NamedKind
        switch try shape(of: schema) {
        case .structure: result = .structure
        case .stringEnum: result = .stringEnum
        case .union: result = .union
        case .alias:
            // The same names translateComponent gives the alias's nested types, so readers refer to what is declared.
            let name = componentNames[pointer]!
            var nested = NestContext(names: NameScope(outer: topLevelNames, reserved: [name]))
            let ref = try typeRef(for: schema, suggested: name + "Value", context: &nested, aliasing: true).type
            result = .alias(ref)
        }
        kinds[pointer] = result
        return result
    }

    enum Shape { case structure, stringEnum, union, alias }

    /// `{"type": "null"}`: the 3.1 way to say "or null" inside oneOf/anyOf.
    static func isNullSchema(_ schema: Schema) -> Bool {
        schema.types.isEmpty && schema.nullable && schema.ref == nil && schema.enumValues == nil
    }

    /// The values of an enum written as a `oneOf` (or `anyOf`) of string `const`s, each perhaps
    /// with a title or description: a common style that is an enum, not a union.
    static func constEnumValues(_ schema: Schema) -> [JSON]? {
        let branches = schema.oneOf.isEmpty ? schema.anyOf : schema.oneOf
        guard branches.count > 1, schema.discriminator == nil, schema.properties.isEmpty else { return nil }
        var values: [JSON] = []
        for branch in branches {
            guard let value = branch.constValue, value.stringValue != nil, branch.ref == nil, branch.types.isEmpty || branch.types == ["string"],
                  branch.properties.isEmpty, branch.oneOf.isEmpty, branch.anyOf.isEmpty, branch.allOf.isEmpty else { return nil }
            values.append(value)
        }
        return values
    }

    /// The `allOf` branches that say something about the value (not just a description or `{}`).
    static func significant(_ branches: [Schema]) -> [Schema] {
        branches.filter { $0.ref != nil || !$0.isUnconstrained || !$0.required.isEmpty }
    }

    func shape(of schema: Schema) throws -> Shape {
        if schema.ref != nil { return .alias }
        if !schema.allOf.isEmpty {
            let significant = Self.significant(schema.allOf)
            guard significant.count <= 1 && schema.properties.isEmpty else { return .structure }
            // One inline object alone is the structure itself, not an alias of it: as an alias, a
            // property of it that refers back to this schema (`parent: $ref Node`) was a cycle.
            if let only = significant.first, only.ref == nil, only.allOf.isEmpty, only.oneOf.isEmpty, only.anyOf.isEmpty,
               only.types == ["object"] || (only.types.isEmpty && !only.properties.isEmpty) {
                return .structure
            }
            return .alias
        }
        if Self.constEnumValues(schema) != nil { return .stringEnum }
        let branches = schema.oneOf.isEmpty ? schema.anyOf : schema.oneOf
        if !branches.isEmpty {
            let nonNull = branches.filter { !Self.isNullSchema($0) }
            return nonNull.count == 1 ? .alias : .union
        }
        if let values = schema.enumValues {
            if (schema.types.isEmpty || schema.types == ["string"]) && values.allSatisfy({ $0.stringValue != nil }) { return .stringEnum }
            return .alias
        }
        if schema.types == ["object"] || (schema.types.isEmpty && !schema.properties.isEmpty) {
            if schema.properties.isEmpty && !schema.additionalPropertiesForbidden { return .alias }
            return .structure
        }
        return .alias
    }

    // MARK: Type references

    /// What a schema used somewhere becomes: its Swift type, whether `null` is allowed, and the
    /// constraints to check on values of it.
    struct TypeUse {
        var type: TypeRef
        var nullable: Bool
        var constraints: Constraints

        init(_ type: TypeRef, _ nullable: Bool, _ constraints: Constraints) {
            self.type = type
            self.nullable = nullable
            self.constraints = constraints
        }
    }

    struct NestContext {
        var names: NameScope
        var decls: [TypeDecl] = []
    }

    /// The Swift type for a schema used somewhere (a property, a parameter, a body), creating
    /// nested declarations for inline objects, enums and unions. Returns whether `null` is allowed.
    mutating func typeRef(for schema: Schema, suggested: String, context: inout NestContext,
                          aliasing: Bool = false) throws -> TypeUse {
        if schema.allowsNothing { return TypeUse(.noValue, false, Constraints()) }
        var constraints = Constraints(schema)
        if let ref = schema.ref {
            if let name = componentNames[ref] {
                let kind = try self.kind(ofComponent: ref)
                if case .alias(let target) = kind, let targetSchema = componentSchemas[ref] {
                    constraints = constraints.merged(with: Constraints(targetSchema))
                    _ = target
                }
                let targetNullable = componentSchemas[ref]?.nullable ?? false
                return TypeUse(.named(name, kind), schema.nullable || targetNullable, constraints)
            }
            // A reference into some other part of the document: read it in place.
            let target = try reader.readSchema(try reader.lookup(ref, from: schema.pointer), ref)
            let use = try typeRef(for: target, suggested: suggested, context: &context)
            let (resolved, nullable, inner) = (use.type, use.nullable, use.constraints)
            return TypeUse(resolved, nullable || schema.nullable, constraints.merged(with: inner))
        }
        let nullable = schema.nullable
        if !aliasing, try shape(of: schema) != .alias {
            let name = context.names.claim(Naming.reservedTypeNames.contains(suggested) ? suggested + "Value" : suggested)
            let decl = try translateComponent(schema, name: name, pointer: schema.pointer)
            context.decls.append(decl)
            let kind: NamedKind = switch decl.kind {
            case .structure: .structure
            case .stringEnum: .stringEnum
            case .union: .union
            case .alias(let target): .alias(target)
            }
            return TypeUse(.named(name, kind), nullable, constraints)
        }
        if !schema.allOf.isEmpty {
            let branches = Self.significant(schema.allOf)
            if branches.count == 1 {
                let use = try typeRef(for: branches[0], suggested: suggested, context: &context)
                let (ref, n, inner) = (use.type, use.nullable, use.constraints)
                return TypeUse(ref, nullable || n, constraints.merged(with: inner))
            }
        }
        let branches = schema.oneOf.isEmpty ? schema.anyOf : schema.oneOf
        if !branches.isEmpty, let only = branches.first(where: { !Self.isNullSchema($0) }) {
            let hasNullBranch = branches.contains(where: Self.isNullSchema)
            let use = try typeRef(for: only, suggested: suggested, context: &context)
            let (ref, n, inner) = (use.type, use.nullable, use.constraints)
            return TypeUse(ref, nullable || hasNullBranch || n, constraints.merged(with: inner))
        }
        if let values = schema.enumValues, !values.allSatisfy({ $0.stringValue != nil }) {
            warn(schema.pointer + "/enum", "only string enums become Swift enums; the allowed values are not checked")
        }
        switch schema.types.first {
        case "string"?:
            switch schema.format {
            case "date-time"?: return TypeUse(.date, nullable, constraints)
            case "password"?: return TypeUse(.secret, nullable, constraints)
            case "binary"?: return TypeUse(.data, nullable, constraints)
            default: return TypeUse(.string, nullable, constraints)
            }
        case "integer"?:
            // Every fixed-width format; anything else (or none) is Int.
            let names = ["int8": "Int8", "int16": "Int16", "int32": "Int32", "int64": "Int64",
                         "uint8": "UInt8", "uint16": "UInt16", "uint32": "UInt32", "uint64": "UInt64"]
            return TypeUse(.integer(schema.format.flatMap { names[$0] } ?? "Int"), nullable, constraints)
        case "number"?:
            if schema.format == "decimal" { warn(schema.pointer + "/format", "decimal numbers are read as Double (precision may be lost)") }
            return TypeUse(.floating(schema.format == "float" ? "Float" : "Double"), nullable, constraints)
        case "boolean"?:
            return TypeUse(.bool, nullable, constraints)
        case "array"?:
            guard let items = schema.items else {
                return TypeUse(.array(.any, optionalItems: false), nullable, constraints)
            }
            let use = try typeRef(for: items, suggested: suggested + "Item", context: &context)
            let (item, itemNullable) = (use.type, use.nullable)
            return TypeUse(.array(item, optionalItems: itemNullable), nullable, constraints)
        case "object"?, nil:
            if let additional = schema.additionalProperties {
                let value = try typeRef(for: additional, suggested: suggested + "Value", context: &context).type
                return TypeUse(.map(value), nullable, constraints)
            }
            if schema.types.first == "object" { return TypeUse(.map(.any), nullable, constraints) }
            return TypeUse(.any, nullable, constraints)
        default:
            return TypeUse(.any, nullable, constraints)
        }
    }

    // MARK: Declarations

    /// Translates a schema into a declaration named `name` (a component, or an inline schema made nested).
    mutating func translateComponent(_ schema: Schema, name: String, pointer: String) throws -> TypeDecl {
        let doc = Self.docLines(schema.title.flatMap { $0 == schema.description ? nil : $0 }, schema.description)
        switch try shape(of: schema) {
        case .stringEnum:
            var scope = NameScope(reserved: ["unknown", "rawValue", "allCases", "init", "description"])
            // A value listed twice would give two cases for one raw value, and an unreachable
            // pattern in `init(rawValue:)` (a warning in users' builds): the repeat is dropped.
            var cases: [(String, String)] = []
            var seen = Set<String>()
            for value in (schema.enumValues ?? Self.constEnumValues(schema) ?? []).compactMap(\.stringValue) {
                guard seen.insert(value).inserted else {
                    warn(pointer, "the enum value \"\(value)\" is listed more than once; the repeat is dropped")
                    continue
                }
                cases.append((scope.claim(value.isEmpty ? "empty" : Naming.memberName(value)), value))
            }
            if schema.nullable { warn(pointer, "a nullable enum is generated as optional where it is used") }
            return TypeDecl(name: name, doc: doc, kind: .stringEnum(cases: cases), pointer: pointer)
        case .structure:
            var context = NestContext(names: NameScope(outer: topLevelNames, reserved: [name]))
            let merged = try mergedObject(schema, pointer: pointer)
            let (properties, required, additional, forbidden) = (merged.properties, merged.required, merged.additional, merged.forbidsAdditional)
            // Likewise a property named like a type would hide it inside the struct.
            var memberScope = NameScope(outer: topLevelNames, reserved: ["validate", "additionalProperties"])
            var decls: [PropertyDecl] = []
            for (jsonName, propertySchema) in properties {
                let memberName = memberScope.claim(Naming.memberName(jsonName))
                let use = try typeRef(for: propertySchema, suggested: Naming.typeName(jsonName), context: &context)
                let (type, nullable, constraints) = (use.type, use.nullable, use.constraints)
                // A `$ref` property without its own description borrows the referenced schema's.
                var docText = Self.docLines(propertySchema.description ?? propertySchema.ref.flatMap { componentSchemas[$0]?.description })
                if let value = propertySchema.defaultValue, let text = Self.literal(value) {
                    if !docText.isEmpty { docText.append("") }
                    docText.append("When absent, the server uses `\(text)`.")
                }
                var constant: String?
                if let value = propertySchema.constValue {
                    constant = Self.constantLiteral(value, type: type)
                    if constant == nil { warn(propertySchema.pointer + "/const", "this `const` cannot be expressed for \(type.swift); it is not checked") }
                }
                decls.append(PropertyDecl(name: memberName, jsonName: jsonName, type: type,
                                          optional: !required.contains(jsonName) || nullable, required: required.contains(jsonName),
                                          doc: docText, constraints: constraints, constant: constant))
            }
            var additionalType: TypeRef?
            if let additional, !forbidden {
                additionalType = try typeRef(for: additional, suggested: "AdditionalProperty", context: &context).type
            }
            let decl = TypeDecl(name: name, doc: doc, kind: .structure(properties: decls, additional: additionalType), pointer: pointer)
            decl.nested = context.decls
            return decl
        case .union:
            var context = NestContext(names: NameScope(outer: topLevelNames, reserved: [name]))
            let branches = schema.oneOf.isEmpty ? schema.anyOf : schema.oneOf
            let key = schema.oneOf.isEmpty ? "anyOf" : "oneOf"
            // A case named like a type (`_9Owner` for `_9Owner`) would hide the type inside the enum.
            var caseScope = NameScope(outer: topLevelNames, reserved: ["init", "unknown"])
            var cases: [UnionCase] = []
            var nullable = schema.nullable
            // A discriminator needs every branch to be a named schema; otherwise the union is tried
            // branch by branch instead, and the document still generates.
            var discriminator = schema.discriminator
            if discriminator != nil, let inline = branches.firstIndex(where: { !Self.isNullSchema($0) && ($0.ref.map { componentNames[$0] == nil } ?? true) }) {
                warn("\(pointer)/\(key)/\(inline)", "with a discriminator every branch should be a $ref to a component schema; "
                    + "the discriminator is ignored and the branches are tried in order")
                discriminator = nil
            }
            for (i, branch) in branches.enumerated() {
                if Self.isNullSchema(branch) { nullable = true; continue }
                let type = try typeRef(for: branch, suggested: "Option\(i + 1)", context: &context).type
                let base: String
                switch type {
                case .named(let typeName, _) where branch.ref != nil: base = Naming.memberName(typeName)
                case .string: base = "string"
                case .integer, .floating: base = "number"
                case .bool: base = "bool"
                case .date: base = "date"
                case .array: base = "array"
                case .map: base = "object"
                default: base = "option\(i + 1)"
                }
                var values: [String] = []
                var caseBase = base
                if let discriminator, let ref = branch.ref {
                    values = discriminator.mapping.filter { $0.ref == ref }.map(\.value)
                    if values.isEmpty { values = [String(ref.split(separator: "/").last!)] }
                    // Cases read as the tag that selects them: `.user` for `USER`.
                    let fromTag = Naming.memberName(values[0])
                    if !fromTag.isEmpty, fromTag != "unknown" { caseBase = fromTag }
                }
                cases.append(UnionCase(name: caseScope.claim(caseBase), type: type, discriminatorValues: values))
            }
            let decl = TypeDecl(name: name, doc: doc,
                                kind: .union(cases: cases, discriminator: discriminator?.propertyName, nullable: nullable, shared: []),
                                pointer: pointer)
            decl.nested = context.decls
            return decl
        case .alias:
            var context = NestContext(names: NameScope(outer: topLevelNames, reserved: [name]))
            let type = try typeRef(for: schema, suggested: name + "Value", context: &context, aliasing: true).type
            let decl = TypeDecl(name: name, doc: doc, kind: .alias(type), pointer: pointer)
            decl.nested = context.decls
            return decl
        }
    }

    /// The Swift literal for a `const` value of the given type (for an enum, its raw value), or `nil` when it has none.
    static func constantLiteral(_ value: JSON, type: TypeRef) -> String? {
        switch (type.underlying, value) {
        case (.string, .string(let text)): return CodeWriter.literal(text)
        // The renderer makes the enum value from the literal: it knows how the type is written where the property is.
        case (.named(_, .stringEnum), .string(let text)): return CodeWriter.literal(text)
        case (.integer, .integer(let number)): return String(number)
        case (.bool, .bool(let flag)): return String(flag)
        default: return nil
        }
    }

    static func literal(_ value: JSON) -> String? {
        switch value {
        case .string(let s): s
        case .integer(let i): String(i)
        case .number(let d): String(d)
        case .bool(let b): String(b)
        default: nil
        }
    }
}
