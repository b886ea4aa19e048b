import ArizeOpenAPIRuntime
import Foundation

/// Remembers which prerelease (BETA) warnings this process has shown, so each shows once,
/// even when many tasks make their first call at the same moment.
final class PrereleaseRegistry: Sendable {
    /// The process-wide registry every client uses.
    static let shared = PrereleaseRegistry()

    private let shown = Locked<Set<String>>([])

    /// Shows the warning for `key` (e.g. `api_keys.list`) unless it was shown before or warnings are off.
    func warnOnce(_ key: String, mode: PrereleaseWarningMode, environment: [String: String]) {
        if case .silent = mode { return }
        if let disabled = environment["DISABLE_PRERELEASE_WARNING"], ["true", "1", "yes"].contains(disabled.lowercased()) { return }
        guard shown.withLock({ $0.insert(key).inserted }) else { return }
        let message = "[BETA] \(key) is a beta API in arize-swift v\(ArizeClient.sdkVersion) and may change without notice."
        switch mode {
        case .standardError: FileHandle.standardError.write(Data((message + "\n").utf8))
        case .handler(let handle): handle(message)
        case .silent: break
        }
    }
}
