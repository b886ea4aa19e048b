import ArizeOpenAPIDocument

/// The access level of generated declarations; its description is the Swift keyword.
package enum AccessLevel: String, Sendable, CaseIterable, CustomStringConvertible {
    case `public`, `package`, `internal`

    package var description: String { rawValue }
}

/// How generated code is exposed.
package struct GeneratorOptions: Sendable, Equatable {
    /// The access level of generated declarations: `public`, `package` or `internal` (the default,
    /// so generated plumbing stays inside the module that wraps it).
    package var access: AccessLevel
    /// Component schemas (by their name in the document) that are `public` whatever `access` says,
    /// with the types their cases need: the models a facade hands to its users.
    package var publicTypes: [String]
    /// One file per kind (`Client.swift`, `Operations.swift`, `Types.swift`) instead of the parts the
    /// plugin declares: for golden tests, where one schema added early in a spec would otherwise
    /// move half the output from part to part.
    package var onePartPerKind: Bool

    /// Creates options.
    package init(access: AccessLevel = .internal, publicTypes: [String] = [], onePartPerKind: Bool = false) {
        self.access = access
        self.publicTypes = publicTypes
        self.onePartPerKind = onePartPerKind
    }
}

/// The generator's entry point: spec bytes in, Swift files out.
package enum Generator {
    /// One generated file.
    package struct File: Sendable, Equatable {
        /// The file name (one of ``fileNames``).
        package var name: String
        /// The Swift source.
        package var contents: String
    }

    /// What a run produced.
    package struct Result: Sendable {
        /// The files, always the same names in the same order.
        package var files: [File]
        /// Constructs generated partially; printed by the CLI.
        package var warnings: [GeneratorWarning]
    }

    /// The names every run writes, whatever the spec holds.
    package static var fileNames: [String] { Renderer.fileNames }

    /// Parses, translates and renders a spec.
    /// - Parameters:
    ///   - spec: the document's bytes (OpenAPI 3.0.x or 3.1.x, JSON).
    ///   - sourceName: the file name to name in each file's header.
    ///   - options: access levels.
    /// - Throws: ``GeneratorError`` with the JSON pointer of the first problem.
    package static func generate(spec: [UInt8], sourceName: String, options: GeneratorOptions = GeneratorOptions()) throws(GeneratorError) -> Result {
        // One Diagnostics value flows through the stages; the run fails once, with everything it found.
        let read = try DocumentReader.read(spec)
        var diagnostics = read.diagnostics
        var translator = Translator(document: read.document)
        var module = translator.translate(sourceName: sourceName)
        if !translator.diagnostics.hasErrors {
            do {
                try translator.runPasses(on: &module, options: options)
            } catch {
                diagnostics.errors.append(error as? GeneratorError ?? GeneratorError("", "internal error: \(error)"))
            }
        }
        diagnostics.append(translator.diagnostics)
        guard !diagnostics.hasErrors else { throw diagnostics.failure }
        module.documentText = String(decoding: spec.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(spec.dropFirst(3)) : spec, as: UTF8.self)
        let files = Renderer(module: module, onePartPerKind: options.onePartPerKind).render().map { File(name: $0.name, contents: $0.contents) }
        return Result(files: files, warnings: diagnostics.warnings)
    }

    /// Parses and reads a document without generating code (for tools such as validators).
    package static func readDocument(spec: [UInt8]) throws(GeneratorError) -> Document {
        try DocumentReader.read(spec).document
    }
}
