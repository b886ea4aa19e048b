import ArizeOpenAPIDocument

/// Passes over the translated types: shared union properties, public types, `indirect` unions, containment cycles.
extension Translator {
    /// Every pass over a translated module, in the order they depend on each other. The one place
    /// that says what happens between translating and rendering.
    mutating func runPasses(on module: inout GeneratedModule, options: GeneratorOptions) throws {
        // Structs that contain each other hold one of them through `Indirect`, before anything
        // compares property types (the next pass does).
        boxContainmentCycles(module.types)
        // Unions get the properties their branches share, with the final property types.
        Self.attachSharedProperties(module.types)
        // Unions that contain themselves become `indirect`.
        Self.markSelfContainingUnions(module.types)
        // What is public: the roots asked for and everything their signatures need.
        module.publicNames = try markPublic(module.types, roots: options.publicTypes, all: options.access == .public)
        // Public types (and what they hold) are also Decodable; internal plumbing is not.
        Self.markDecodable(module.types + module.operations.flatMap(\.nested), all: options.access == .public)
        module.access = options.access
    }

    /// Gives each discriminated union the properties all its branches share (same JSON name and
    /// Swift type), so callers read them without a `switch`, and an `Unrecognized` struct of those
    /// properties for values whose tag this spec does not know.
    static func attachSharedProperties(_ types: [TypeDecl]) {
        var byName: [String: TypeDecl] = [:]
        for decl in types { byName[decl.name] = decl }
        func visit(_ decl: TypeDecl) {
            decl.nested.forEach(visit)
            guard case .union(let cases, let discriminator?, let nullable, _) = decl.kind else { return }
            var branches: [[PropertyDecl]] = []
            for c in cases {
                guard case .named(let name, .structure) = c.type, let branch = byName[name],
                      case .structure(let properties, _) = branch.kind else { return }
                // A property whose type is declared inside its branch (an inline enum, say) names a
                // different type in each branch, though the names read alike: it is not shared, since
                // no type of that name exists at the union's level.
                let local = Set(branch.nested.map(\.name))
                branches.append(properties.filter { !Self.refers($0.type, toAnyOf: local) })
            }
            guard let first = branches.first else { return }
            let caseNames = Set(cases.map(\.name))
            var shared: [PropertyDecl] = []
            for property in first where !caseNames.contains(property.name) {
                let matches = branches.compactMap { $0.first { $0.jsonName == property.jsonName && $0.type == property.type && $0.name == property.name } }
                guard matches.count == branches.count else { continue }
                var merged = property
                merged.optional = matches.contains { $0.optional }
                merged.required = matches.allSatisfy { $0.required }
                merged.constant = nil
                merged.constraints = Constraints()
                merged.doc = matches.first { !$0.doc.isEmpty }?.doc ?? []
                shared.append(merged)
            }
            decl.kind = .union(cases: cases, discriminator: discriminator, nullable: nullable, shared: shared)
            let unrecognized = TypeDecl(name: "Unrecognized",
                                        doc: ["A value whose `\(discriminator)` this version of the spec does not know: the properties every", "known case shares, kept as sent."],
                                        kind: .structure(properties: shared, additional: nil), pointer: decl.pointer)
            decl.nested.append(unrecognized)
        }
        types.forEach(visit)
    }

    /// Whether `type` names (directly, or as the element of an array, map or box) one of `names`.
    static func refers(_ type: TypeRef, toAnyOf names: Set<String>) -> Bool {
        switch type {
        case .named(let name, _): names.contains(name.split(separator: ".").first.map(String.init) ?? name)
        case .array(let item, _), .map(let item), .boxed(let item): refers(item, toAnyOf: names)
        default: false
        }
    }

    /// Marks the public types: the roots (schema names), the types their cases need, and the
    /// types nested in them. Returns their Swift names.
    func markPublic(_ types: [TypeDecl], roots: [String], all: Bool) throws -> Set<String> {
        var byName: [String: TypeDecl] = [:]
        for decl in types { byName[decl.name] = decl }
        var names: Set<String> = []
        func mark(_ decl: TypeDecl) {
            guard !decl.isPublic else { return }
            decl.isPublic = true
            names.insert(decl.name)
            decl.nested.forEach(mark)
            if case .union(let cases, _, _, _) = decl.kind {
                for c in cases { if case .named(let name, _) = c.type, let target = byName[name] { mark(target) } }
            }
            if case .alias(.named(let name, _)) = decl.kind, let target = byName[name] { mark(target) }
        }
        if all {
            func everything(_ decl: TypeDecl) { decl.isPublic = true; names.insert(decl.name); decl.nested.forEach(everything) }
            types.forEach(everything)
            return names
        }
        for root in roots {
            guard let name = componentNames[Pointer.child("#/components/schemas", root)], let decl = byName[name] else {
                throw GeneratorError("#/components/schemas", "public type \"\(root)\" is not a schema of the document")
            }
            mark(decl)
        }
        return names
    }

    /// Marks the types that are `Decodable` and `Hashable`. Generated code reads JSON through
    /// `init(reading:)` and only compares values, so those conformances (a large share of the
    /// compiled code) go only to the types users handle themselves — the public ones, everything
    /// when the module is public — and to unions without a discriminator (read through
    /// `Decodable`), with everything they contain. The rest are `Encodable` and `Equatable`.
    static func markDecodable(_ types: [TypeDecl], all: Bool) {
        let byName = declarationsByName(types)
        var stack: [TypeDecl] = byName.keys.sorted().flatMap { byName[$0]! }.filter { decl in
            if all || decl.isPublic { return true }
            if case .union(_, nil, _, _) = decl.kind { return true }
            return false
        }
        func push(_ type: TypeRef) {
            switch type {
            case .named(let name, let kind):
                stack += byName[name] ?? []
                if case .alias(let target) = kind { push(target) }
            case .array(let item, _): push(item)
            case .map(let value), .boxed(let value): push(value)
            default: break
            }
        }
        while let decl = stack.popLast() {
            guard !decl.isDecodable else { continue }
            decl.isDecodable = true
            stack += decl.nested
            switch decl.kind {
            case .structure(let properties, let additional):
                properties.forEach { push($0.type) }
                if let additional { push(additional) }
            case .union(let cases, _, _, _): cases.forEach { push($0.type) }
            case .alias(let target): push(target)
            case .stringEnum: break
            }
        }
    }

    /// Every declaration, nested ones included, by Swift name in document order (nested names can
    /// repeat across their parents).
    static func declarationsByName(_ types: [TypeDecl]) -> [String: [TypeDecl]] {
        var byName: [String: [TypeDecl]] = [:]
        var stack = Array(types.reversed())
        while let decl = stack.popLast() {
            byName[decl.name, default: []].append(decl)
            stack += decl.nested.reversed()
        }
        return byName
    }

    /// Marks the unions that reach themselves through values (not arrays or maps): those need `indirect`.
    static func markSelfContainingUnions(_ types: [TypeDecl]) {
        let all = declarationsByName(types)
        let byName = all.compactMapValues(\.last)
        let ambiguous = Set(all.filter { $0.value.count > 1 }.keys)
        func valueTypes(of decl: TypeDecl) -> [String] {
            let refs: [TypeRef]
            switch decl.kind {
            case .structure(let properties, _): refs = properties.map(\.type)
            case .union(let cases, _, _, _): refs = cases.map(\.type)
            default: refs = []
            }
            return refs.compactMap { ref -> String? in
                var type = ref
                while case .named(_, .alias(let target)) = type { type = target }
                if case .named(let name, .structure) = type { return name }
                if case .named(let name, .union) = type { return name }
                return nil
            }
        }
        for decl in byName.values {
            guard case .union = decl.kind else { continue }
            var seen: Set<String> = []
            var stack = valueTypes(of: decl)
            while let next = stack.popLast() {
                // A nested name used in several places could be any of them: stay on the safe side.
                if next == decl.name || ambiguous.contains(next) { decl.containsItself = true; break }
                guard seen.insert(next).inserted, let target = byName[next] else { continue }
                stack += valueTypes(of: target)
            }
        }
    }

    /// Structs that contain each other by value (a node with a `parent` node) cannot be laid out:
    /// in each such cycle, the property that closes it is boxed (`Indirect<T>`). Walks the graph
    /// with an explicit stack, so long chains cannot overflow the real one.
    func boxContainmentCycles(_ types: [TypeDecl]) {
        let decls = Self.declarationsByName(types).compactMapValues(\.last)
        /// The struct a property holds by value (through optionals and aliases), if any.
        func target(_ type: TypeRef) -> String? {
            var type = type
            while case .named(_, .alias(let aliased)) = type { type = aliased }
            if case .named(let name, .structure) = type { return name }
            return nil
        }
        var state: [String: Int] = [:]  // 1: on the stack, 2: done
        for root in decls.keys.sorted() where state[root] == nil {
            var stack: [(node: String, next: Int)] = [(root, 0)]
            state[root] = 1
            while let (node, index) = stack.last {
                guard let decl = decls[node], case .structure(var properties, let additional) = decl.kind, index < properties.count else {
                    state[node] = 2
                    stack.removeLast()
                    continue
                }
                stack[stack.count - 1].next += 1
                guard let next = target(properties[index].type) else { continue }
                if state[next] == 1 {
                    properties[index].type = .boxed(properties[index].type)
                    decl.kind = .structure(properties: properties, additional: additional)
                } else if state[next] == nil {
                    state[next] = 1
                    stack.append((next, 0))
                }
            }
        }
    }
}
