import Foundation

/// Writes `ARIZE_API_KEY=<secret>` into an env file: other lines kept, mode 0600, replaced
/// atomically (a temporary file in the same folder, then a rename), so no reader sees half a file.
enum EnvFile {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The line with its value replaced, keeping what the file's owner wrote around it: an
    /// `export ` prefix and the value's quotes (`"…"` or `'…'`), so a file that is `source`d still is.
    static func replacing(_ line: String, with secret: String) -> String {
        guard let equals = line.firstIndex(of: "=") else { return "ARIZE_API_KEY=" + secret }
        let name = line[...equals]
        switch line[line.index(after: equals)...].first {
        case "\""?:
            let escaped = secret.reduce(into: "") { text, character in
                if "\\\"$`".contains(character) { text.append("\\") }
                text.append(character)
            }
            return name + "\"" + escaped + "\""
        case "'"? where !secret.contains("'"):
            return name + "'" + secret + "'"
        case "'"?:
            return replacing(String(name) + "\"\"", with: secret)
        default:
            return name + secret
        }
    }

    static func write(secret: String, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        var lines: [String] = []
        if FileManager.default.fileExists(atPath: path) {
            guard let data = FileManager.default.contents(atPath: path) else { throw Failure(description: "cannot read \(path)") }
            lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            if lines.last == "" { lines.removeLast() }
        }
        if let index = lines.firstIndex(where: { $0.hasPrefix("ARIZE_API_KEY=") || $0.hasPrefix("export ARIZE_API_KEY=") }) {
            lines[index] = replacing(lines[index], with: secret)
        } else {
            lines.append("ARIZE_API_KEY=" + secret)
        }
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        let contents = Data((lines.joined(separator: "\n") + "\n").utf8)
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil, attributes: [.posixPermissions: 0o600]) else {
            throw Failure(description: "cannot write in \(url.deletingLastPathComponent().path)")
        }
        do {
            let handle = try FileHandle(forWritingTo: temporary)
            try handle.write(contentsOf: contents)
            try handle.synchronize()
            try handle.close()
            guard rename(temporary.path, url.path) == 0 else { throw Failure(description: "cannot replace \(path) (error \(errno))") }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error as? Failure ?? Failure(description: "cannot write \(path): \(error.localizedDescription)")
        }
    }
}
