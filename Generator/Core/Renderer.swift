import ArizeOpenAPIDocument
/// Prints a ``GeneratedModule`` as Swift source files with fixed names.
struct Renderer {
    let module: GeneratedModule
    /// Everything of a kind in one file named after it (see `GeneratorOptions.onePartPerKind`).
    var onePartPerKind = false
    /// The names of the component schemas' types (declared in `Components.Schemas`).
    let componentTypeNames: Set<String>
    /// What references to component types are written with: nothing inside `Components.Schemas`,
    /// where they are found by name, and `Components.Schemas.` everywhere else.
    var schemaPrefix = ""

    init(module: GeneratedModule, onePartPerKind: Bool = false) {
        self.module = module
        self.onePartPerKind = onePartPerKind
        componentTypeNames = Set(module.types.map(\.name))
    }

    /// The one namespace every type from a document's `components/schemas` is declared in. A
    /// document's names are thereby never at a module's top level, where they could collide with
    /// the module's own types, and everything generated code uses from outside is written with its
    /// module (`Swift.String`, `Foundation.Date`, `ArizeOpenAPIRuntime.Secret`): no document name
    /// can hide it. What a document's names still must avoid is in `Naming.reservedTypeNames`.
    static let schemasNamespace = "Components.Schemas"

    /// Types and operations each spread over this many files once they are large. The compiler
    /// splits a module's files into batches by count, not by size, in name order, and SwiftPM puts
    /// generated files after the target's own: the target's files and the first generated ones share
    /// the first job. Many parts, types and operations alternating, give each job its share of the
    /// generated code whatever the target's own file count. (Measurements: docs/performance.md.)
    static let shards = 16
    /// Below this many bytes (about 400 lines), everything stays in the first part of its kind.
    static let shardThreshold = 16_000
    /// Above this many bytes, only every fourth part is used: each file repeats the helpers the
    /// compiler emits per file for the types it touches, and in a large document the generated files
    /// fill both jobs anyway, so fewer files compile faster. The used parts stay spread out so that
    /// each job still gets some.
    static let largeOutput = 1_000_000

    /// The names of the files every run writes, whatever the spec holds (a build-tool plugin must
    /// declare them before the generator runs), in the order the compiler takes them: by name.
    static let fileNames = ["Client.swift"] + (1...shards).flatMap { [partName($0, "Operations"), partName($0, "Types")] }

    /// `Part07Types.swift`: zero-padded so that name order is part order.
    static func partName(_ part: Int, _ kind: String) -> String {
        "Part" + (part < 10 ? "0" : "") + String(part) + kind + ".swift"
    }

    func render() -> [(name: String, contents: String)] {
        var operationsPreamble = CodeWriter()
        operationsPreamble.line("/// The operations of \(module.title.isEmpty ? "the spec" : module.title), one namespace each.")
        operationsPreamble.line("\(module.access) enum Operations {}")
        // Public when any type in it is: a public type's enclosing types must be public too.
        let namespaceAccess = module.types.contains(where: \.isPublic) ? AccessLevel.public : module.access
        var typesPreamble = CodeWriter()
        typesPreamble.line("/// The reusable parts of \(module.title.isEmpty ? "the spec" : module.title) (`components`).")
        typesPreamble.block("\(namespaceAccess) enum Components") { w in
            w.line("/// The types of `components/schemas`, under the spec's names.")
            w.line("\(namespaceAccess) enum Schemas {}")
        }
        var outside = self
        outside.schemaPrefix = Self.schemasNamespace + "."
        let types = parts("Types", typeChunks(), preamble: typesPreamble.text, enclosing: "extension \(Self.schemasNamespace)")
        let operations = parts("Operations", outside.operationChunks(), preamble: operationsPreamble.text)
        if onePartPerKind {
            return [("Client.swift", outside.renderClient()), ("Operations.swift", operations[0].contents), ("Types.swift", types[0].contents)]
        }
        return [("Client.swift", outside.renderClient())] + zip(operations, types).flatMap { [$0, $1] }
    }

    /// The parts of one kind holding `chunks` in order: all in the first while they are few, else in
    /// contiguous runs of about equal length, each run inside one `enclosing` block if given (one
    /// extension per file, not per type: a large document has a thousand types). Every file is
    /// valid Swift, empty ones included.
    func parts(_ kind: String, _ chunks: [String], preamble: String = "", enclosing: String? = nil) -> [(name: String, contents: String)] {
        let sizes = chunks.map(\.utf8.count)
        let total = sizes.reduce(0, +)
        var groups = Array(repeating: [String](), count: Self.shards)
        let used = onePartPerKind || total <= Self.shardThreshold ? 1 : total > Self.largeOutput ? Self.shards / 4 : Self.shards
        var done = 0
        for (chunk, count) in zip(chunks, sizes) {
            let index = min(used - 1, done * used / max(total, 1))
            groups[index * (Self.shards / used)].append(chunk)
            done += count
        }
        return groups.enumerated().map { index, group in
            var w = CodeWriter()
            header(&w)
            if group.isEmpty && index > 0 {
                w.line()
                w.line("// Empty: this spec's \(kind.lowercased()) fit in fewer files (see Renderer.shards).")
            }
            var text = w.text
            text.reserveCapacity(group.reduce(text.utf8.count + preamble.utf8.count + 1) { $0 + $1.utf8.count + 1 })
            if index == 0, !preamble.isEmpty { text += "\n" + preamble }
            if let enclosing, !group.isEmpty {
                text += "\n" + enclosing + " {\n" + group.joined(separator: "\n") + "}\n"
            } else {
                for chunk in group { text += "\n" + chunk }
            }
            return (Self.partName(index + 1, kind), text)
        }
    }

    /// The first line of every generated file is `headerStart + spec file name + headerEnd`; the
    /// command-line tool also recognizes its own earlier output by it.
    static let headerStart = "// Generated from "
    static let headerEnd = " by arize-openapi-generator. Do not edit."

    /// Whether `line` is the first line of a generated file, whatever spec it names.
    static func isHeaderLine(_ line: Substring) -> Bool {
        line.hasPrefix(headerStart) && line.hasSuffix(headerEnd)
    }

    func header(_ w: inout CodeWriter) {
        w.line(Self.headerStart + module.sourceName + Self.headerEnd)
        w.line()
        // The runtime's helpers that only generated code calls are SPI: users' autocompletion never shows them.
        w.line("@_spi(Generated) import ArizeOpenAPIRuntime")
        w.line("import Foundation")
    }

    // MARK: Types

    /// One piece of source per component type, indented for the `Components.Schemas` extension
    /// `parts` puts it in (aliases bring their nested types along).
    func typeChunks() -> [String] {
        module.types.map { decl in
            var w = CodeWriter(indentation: 1)
            render(decl, &w)
            if case .alias = decl.kind {
                for nested in decl.nested { w.line(); render(nested, &w) }
            }
            return w.text
        }
    }

    func render(_ decl: TypeDecl, _ w: inout CodeWriter) {
        w.doc(decl.doc)
        switch decl.kind {
        case .alias(let target):
            w.line("\(access(of: decl)) typealias \(decl.name) = \(code(target))")
        case .stringEnum(let cases):
            renderEnum(decl, cases, access(of: decl), &w)
        case .structure(let properties, let additional):
            renderStruct(decl, properties, additional, access(of: decl), &w)
        case .union(let cases, let discriminator, _, let shared):
            renderUnion(decl, cases, discriminator, shared, access(of: decl), &w)
        }
    }

    /// `public` for the types the module exposes, the module's access level for the rest.
    func access(of decl: TypeDecl) -> AccessLevel { decl.isPublic ? .public : module.access }

    /// A member of a type with `access` is only as visible as the types in its signature.
    func memberAccess(_ access: AccessLevel, _ types: [TypeRef]) -> AccessLevel {
        access == .public && !types.allSatisfy(isVisible) ? module.access : access
    }

    func memberAccess(_ access: AccessLevel, _ type: TypeRef) -> AccessLevel { memberAccess(access, [type]) }

    func isVisible(_ type: TypeRef) -> Bool {
        switch type {
        case .named(let name, _): module.publicNames.contains(name)
        case .array(let item, _): isVisible(item)
        case .map(let value): isVisible(value)
        case .boxed(let inner): isVisible(inner)
        default: true
        }
    }

    /// A type as generated code writes it: outside types with their module, component types with `schemaPrefix`.
    func code(_ type: TypeRef) -> String {
        type.written(qualified: true, schemaPrefix: schemaPrefix, componentNames: componentTypeNames)
    }

    func renderNested(_ decl: TypeDecl, _ w: inout CodeWriter) {
        for nested in decl.nested {
            w.line()
            render(nested, &w)
        }
    }


}
