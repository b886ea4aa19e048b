import Foundation
import PackagePlugin

/// Runs `arize-openapi-generator` before compiling a target.
///
/// The spec is the target's own `openapi.json` if it has one (exclude it from the
/// target's sources), otherwise the single `.json` file in the package's top-level
/// `openapi/` folder. Outputs have fixed names, so SwiftPM knows them before the run
/// and reruns the generator only when the spec changes.
@main
struct ArizeOpenAPIGeneratorPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let target = target as? SourceModuleTarget else { return [] }
        let spec = try specURL(package: context.package.directoryURL, target: target.directoryURL)
        let output = context.pluginWorkDirectoryURL.appending(path: "GeneratedSources")
        let generator = try context.tool(named: "arize-openapi-generator").url
        return [
            .buildCommand(
                displayName: "Generating Swift from \(spec.lastPathComponent) for \(target.name)",
                executable: generator,
                arguments: [spec.path, "--output", output.path],
                inputFiles: [spec],
                outputFiles: ["Types.swift", "Operations.swift", "Client.swift"].map { output.appending(path: $0) }
            )
        ]
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
