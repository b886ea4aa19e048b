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

    func header(_ w: inout CodeWriter) {
        w.line("// Generated from \(module.sourceName) by arize-openapi-generator. Do not edit.")
        w.line()
        w.line("import ArizeOpenAPIRuntime")
        w.line("import Foundation")
    }

    // MARK: Types

    func renderTypes() -> String {
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
