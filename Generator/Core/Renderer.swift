import ArizeOpenAPIDocument
/// Prints a ``GeneratedModule`` as Swift source files with fixed names.
struct Renderer {
    let module: GeneratedModule

    /// Types and operations each spread over this many files once they are large. The compiler
    /// splits a module's files into batches by count, not by size, and SwiftPM puts generated files
    /// after the target's own: a few large generated files would all land in the last batch while
    /// the other cores finish early. Many files of similar size share out evenly.
    static let shards = 8
    /// Below this many bytes (about 400 lines), everything stays in the first file of its kind.
    static let shardThreshold = 16_000
    /// Above this many bytes, only half the files are used. Each file repeats the helpers the compiler
    /// emits per file for the types it touches, and in a large document the generated files fill both
    /// jobs anyway: a 480-operation document compiled in 114 s from four files each, 157 s from eight.
    /// Small outputs need the eight, to share out beside the target's own files.
    static let largeOutput = 1_000_000

    /// The names of the files every run writes, whatever the spec holds
    /// (a build-tool plugin must declare them before the generator runs).
    static let fileNames = shardNames("Types") + shardNames("Operations") + ["Client.swift"]

    static func shardNames(_ base: String) -> [String] {
        [base + ".swift"] + (2...shards).map { "\(base)\($0).swift" }
    }

    func render() -> [(name: String, contents: String)] {
        var operationsPreamble = CodeWriter()
        operationsPreamble.line("/// The operations of \(module.title.isEmpty ? "the spec" : module.title), one namespace each.")
        operationsPreamble.line("\(module.access) enum Operations {}")
        return sharded("Types", typeChunks()) + sharded("Operations", operationChunks(), preamble: operationsPreamble.text)
            + [("Client.swift", renderClient())]
    }

    /// Files named `base…` holding `chunks` in order: all in the first while they are few, else in
    /// contiguous runs of about equal length. Every file is valid Swift, empty ones included.
    func sharded(_ base: String, _ chunks: [String], preamble: String = "") -> [(name: String, contents: String)] {
        let sizes = chunks.map(\.utf8.count)
        let total = sizes.reduce(0, +)
        var groups = Array(repeating: [String](), count: Self.shards)
        let used = total <= Self.shardThreshold ? 1 : total > Self.largeOutput ? Self.shards / 2 : Self.shards
        var done = 0
        for (chunk, count) in zip(chunks, sizes) {
            let index = min(used - 1, done * used / max(total, 1))
            groups[index].append(chunk)
            done += count
        }
        return zip(Self.shardNames(base), groups).enumerated().map { index, file in
            var w = CodeWriter()
            header(&w)
            if file.1.isEmpty && index > 0 {
                w.line()
                w.line("// Empty: this spec's \(base.lowercased()) fit in fewer files (see Renderer.shards).")
            }
            var text = w.text
            text.reserveCapacity(file.1.reduce(text.utf8.count + preamble.utf8.count + 1) { $0 + $1.utf8.count + 1 })
            if index == 0, !preamble.isEmpty { text += "\n" + preamble }
            for chunk in file.1 {
                text += "\n"
                text += chunk
            }
            return (file.0, text)
        }
    }

    func header(_ w: inout CodeWriter) {
        w.line("// Generated from \(module.sourceName) by arize-openapi-generator. Do not edit.")
        w.line()
        w.line("import ArizeOpenAPIRuntime")
        w.line("import Foundation")
    }

    // MARK: Types

    /// One piece of source per top-level type (aliases bring their nested types along).
    func typeChunks() -> [String] {
        module.types.map { decl in
            var w = CodeWriter()
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
    func access(of decl: TypeDecl) -> String { decl.isPublic ? "public" : module.access }

    /// A member of a type with `access` is only as visible as the types in its signature.
    func memberAccess(_ access: String, _ types: [TypeRef]) -> String {
        access == "public" && !types.allSatisfy(isVisible) ? module.access : access
    }

    func memberAccess(_ access: String, _ type: TypeRef) -> String { memberAccess(access, [type]) }

    func isVisible(_ type: TypeRef) -> Bool {
        switch type {
        case .named(let name, _): module.publicNames.contains(name)
        case .array(let item, _): isVisible(item)
        case .map(let value): isVisible(value)
        case .boxed(let inner): isVisible(inner)
        default: true
        }
    }

    func renderNested(_ decl: TypeDecl, _ w: inout CodeWriter) {
        for nested in decl.nested {
            w.line()
            render(nested, &w)
        }
    }


}
