import ArizeOpenAPIDocument
import Foundation

/// The `arize-openapi-generator` command, kept here (not in the executable) so tests can run it in-process.
package enum CommandLineTool {
    /// What a run printed and its exit code.
    package struct Outcome: Sendable {
        /// 0 success, 1 invalid spec or out-of-date files, 2 usage or I/O errors.
        package var exitCode: Int32
        /// What goes to standard output.
        package var standardOutput: String
        /// What goes to standard error.
        package var standardError: String
    }

    /// The `--help` text.
    package static let usage = """
        USAGE: arize-openapi-generator <spec.json> --output <dir> [--check] [--access LEVEL] [--public-types A,B]
               arize-openapi-generator --benchmark [<spec.json>]
               arize-openapi-generator --synthetic-spec <operations>

        Reads an OpenAPI 3.0/3.1 JSON document and writes Swift code for it:
          Client.swift             APIClient with one async method per operation
          Part01Types.swift        Codable models for components/schemas, in Components.Schemas
          Part01Operations.swift   one namespace per operation, in Operations: Input, Output,
                                   request building, response decoding
          Part02… to Part16…       the same, spread out once large (each file is always written;
                                   the parts a spec does not need are empty)

        OPTIONS:
          --output <dir>   Where to write the files. A file is rewritten only when its contents change.
          --check          Write nothing; exit 1 and list the files that would change (for committed code).
          --access LEVEL   public, package or internal (the default): the access level of what is generated.
          --public-types A,B
                           Component schemas to make public whatever --access says (with the types
                           their cases need): the models a wrapping module hands to its users.
          --benchmark      Print the median parse+generate time for <spec.json> (if given) and for
                           synthetic specs of 500 and 2,000 operations. Build with -c release first.
          --synthetic-spec <operations>
                           Print a synthetic document in the style of large public APIs (deep allOf,
                           unions, punctuation in names, multipart and form bodies) to try the generator.
          --help           Show this text.

        EXIT CODES: 0 success, 1 invalid spec or --check found changes, 2 wrong arguments or unreadable files.
        """

    /// Runs the command with `arguments` (not including the program name).
    package static func run(_ arguments: [String]) -> Outcome {
        var out = ""
        var err = ""
        func fail(_ code: Int32, _ message: String) -> Outcome {
            Outcome(exitCode: code, standardOutput: out, standardError: err + message + "\n")
        }
        var spec: String?
        var output: String?
        var check = false
        var benchmark = false
        var synthetic: Int?
        var options = GeneratorOptions()
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            switch argument {
            case "--help", "-h":
                return Outcome(exitCode: 0, standardOutput: usage + "\n", standardError: "")
            case "--check": check = true
            case "--benchmark": benchmark = true
            case "--synthetic-spec":
                index += 1
                guard index < arguments.count, let count = Int(arguments[index]), (1...100_000).contains(count) else {
                    return fail(2, "error: --synthetic-spec needs a number of operations (1 to 100000)\n\n" + usage)
                }
                synthetic = count
            case "--access":
                index += 1
                guard index < arguments.count, let level = AccessLevel(rawValue: arguments[index]) else {
                    return fail(2, "error: --access needs one of public, package, internal\n\n" + usage)
                }
                options.access = level
            case "--public-types":
                index += 1
                guard index < arguments.count else { return fail(2, "error: --public-types needs a comma-separated list\n\n" + usage) }
                options.publicTypes = arguments[index].split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }
            case "--output", "-o":
                index += 1
                guard index < arguments.count else { return fail(2, "error: --output needs a directory\n\n" + usage) }
                output = arguments[index]
            default:
                if argument.hasPrefix("-") { return fail(2, "error: unknown option \(argument)\n\n" + usage) }
                if spec != nil { return fail(2, "error: more than one spec given\n\n" + usage) }
                spec = argument
            }
            index += 1
        }
        if let synthetic {
            return Outcome(exitCode: 0, standardOutput: SyntheticSpec.makePublicAPIStyle(operations: synthetic) + "\n", standardError: "")
        }
        if benchmark {
            return Outcome(exitCode: 0, standardOutput: Benchmark.run(specPath: spec), standardError: "")
        }
        guard let spec else { return fail(2, "error: no spec given\n\n" + usage) }
        guard let output else { return fail(2, "error: --output is required\n\n" + usage) }
        guard let data = FileManager.default.contents(atPath: spec) else { return fail(2, "error: cannot read \(spec)") }
        let sourceName = URL(fileURLWithPath: spec).lastPathComponent
        let bytes = Array(data)
        /// `file:line:column: ` for a pointer, so editors and IDEs can jump to it.
        func located(_ pointer: String) -> String {
            guard !pointer.isEmpty, let (line, column) = JSONLocator.position(of: pointer, in: bytes) else { return "\(spec): " }
            return "\(spec):\(line):\(column): "
        }
        let result: Generator.Result
        do {
            result = try Generator.generate(spec: Array(data), sourceName: sourceName, options: options)
        } catch {
            for warning in error.warnings { err += located(warning.pointer) + "warning: \(warning.pointer): \(warning.message)\n" }
            var message = located(error.pointer) + "error: \(error)"
            for other in error.others { message += "\n" + located(other.pointer) + "error: \(other)" }
            return fail(1, message)
        }
        for warning in result.warnings { err += located(warning.pointer) + "warning: \(warning.pointer): \(warning.message)\n" }

        let directory = URL(fileURLWithPath: output, isDirectory: true)
        var changed: [String] = []
        for file in result.files {
            let path = directory.appendingPathComponent(file.name).path
            let existing = FileManager.default.contents(atPath: path)
            let bytes = Data(file.contents.utf8)
            if existing == bytes { continue }
            changed.append(file.name)
            if check { continue }
            do {
                try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
                try bytes.write(to: URL(fileURLWithPath: path), options: .atomic)
            } catch {
                return fail(2, "error: cannot write \(path): \(error.localizedDescription)")
            }
        }
        // Files an earlier version of the generator wrote under other names (`Types2.swift` before the
        // parts) would redeclare every type beside the new ones: remove them, or list them with --check.
        for name in staleFiles(in: directory, keeping: Set(result.files.map(\.name))) {
            changed.append(name)
            if check { continue }
            let stale = directory.appendingPathComponent(name)
            do {
                try FileManager.default.removeItem(at: stale)
            } catch {
                return fail(2, "error: cannot remove the outdated generated file \(stale.path): \(error.localizedDescription)")
            }
            out += "removed \(name), written by an earlier version of the generator\n"
        }
        if check {
            if changed.isEmpty {
                out += "up to date: \(result.files.count) files in \(output)\n"
                return Outcome(exitCode: 0, standardOutput: out, standardError: err)
            }
            err += "out of date in \(output): " + changed.joined(separator: ", ") + "\n"
            return Outcome(exitCode: 1, standardOutput: out, standardError: err)
        }
        return Outcome(exitCode: 0, standardOutput: out, standardError: err)
    }

    /// Swift files in `directory` that this generator wrote (their first line passes
    /// ``Renderer/isHeaderLine(_:)``) and that the current run does not write; no other file is touched.
    static func staleFiles(in directory: URL, keeping current: Set<String>) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { name in
            guard name.hasSuffix(".swift"), !current.contains(name),
                  let handle = FileHandle(forReadingAtPath: directory.appendingPathComponent(name).path) else { return false }
            defer { try? handle.close() }
            let start = String(decoding: handle.readData(ofLength: 300), as: UTF8.self)
            return Renderer.isHeaderLine(start.prefix { $0 != "\n" })
        }.sorted()
    }
}
