import Foundation
import PackagePlugin

/// Runs `arize-openapi-generator` before compiling a target.
///
/// The spec is the target's own `openapi.json` if it has one (exclude it from the
/// target's sources), otherwise the single `.json` file in the package's top-level
/// `openapi/` folder. An optional `arize-openapi-generator.json` in the target's folder
/// (also excluded) sets the options: `{"access": "package", "publicTypes": ["Pet"]}`.
/// Outputs have fixed names, so SwiftPM knows them before the run and reruns the
/// generator only when the spec or the options change.
@main
struct ArizeOpenAPIGeneratorPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let target = target as? SourceModuleTarget else { return [] }
        let spec = try specURL(package: context.package.directoryURL, target: target.directoryURL)
        let output = context.pluginWorkDirectoryURL.appending(path: "GeneratedSources")
        let generator = try context.tool(named: "arize-openapi-generator").url
        var arguments = [spec.path, "--output", output.path]
        var inputs = [spec]
        let config = target.directoryURL.appending(path: "arize-openapi-generator.json")
        if FileManager.default.fileExists(atPath: config.path) {
            arguments += try options(config)
            inputs.append(config)
        }
        return [
            .buildCommand(
                displayName: "Generating Swift from \(spec.lastPathComponent) for \(target.name)",
                executable: generator,
                arguments: arguments,
                inputFiles: inputs,
                outputFiles: Self.outputNames.map { output.appending(path: $0) }
            )
        ]
    }

    /// What the generator writes (`Generator.fileNames`; a plugin cannot import the generator):
    /// the client, then types and operations in sixteen alternating parts, so that the compiler's
    /// parallel jobs, which split a target's files by count in name order, each get a share.
    /// Built with a plain loop: the same list as one chained expression took the type checker over
    /// a second, on the critical path of every clean build of a package that uses the plugin.
    static let outputNames: [String] = {
        var names = ["Client.swift"]
        for part in 1...16 {
            let number = part < 10 ? "0" + String(part) : String(part)
            names.append("Part" + number + "Operations.swift")
            names.append("Part" + number + "Types.swift")
        }
        return names
    }()

    /// Generator flags from the target's `arize-openapi-generator.json`.
    private func options(_ url: URL) throws -> [String] {
        guard let data = FileManager.default.contents(atPath: url.path),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw PluginFailure(message: "\(url.path): not a JSON object like {\"access\": \"package\", \"publicTypes\": [\"Pet\"]}")
        }
        var flags: [String] = []
        if let access = object["access"] as? String { flags += ["--access", access] }
        if let types = object["publicTypes"] as? [String], !types.isEmpty { flags += ["--public-types", types.joined(separator: ",")] }
        return flags
    }

    private func specURL(package: URL, target: URL) throws -> URL {
        let own = target.appending(path: "openapi.json")
        if FileManager.default.fileExists(atPath: own.path) { return own }
        let folder = package.appending(path: "openapi")
        let candidates = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasSuffix(".json") }.sorted()
        guard candidates.count == 1 else {
            throw PluginFailure(message: "no spec: put openapi.json in the target's folder, or exactly one .json file in \(folder.path) (found \(candidates.count))")
        }
        return folder.appending(path: candidates[0])
    }
}

struct PluginFailure: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
