import ArizeAPIKeys
import ArizeOpenAPIRuntime
import Foundation

/// What Ctrl-C does: before a request that can create a key has been sent, it stops the command at
/// once; once one has been sent, the first Ctrl-C waits for the server's answer (so the new secret
/// is printed or written, not lost) and a second one abandons it, saying how to find the key that
/// may now exist.
package final class Interrupts: Sendable {
    private struct State {
        /// The key-creating request under way (`POST`).
        var sending: Pending?
        var count = 0
        var abandoned: Pending?
    }

    /// What a `POST` under way would make: which command sent it, and the key's name when known.
    struct Pending: Sendable {
        var command: String
        var name: String?
    }

    private let state = Locked(State())
    private let say: @Sendable (String) -> Void

    /// - Parameter say: where the messages go (standard error).
    package init(say: @escaping @Sendable (String) -> Void) { self.say = say }

    /// A Ctrl-C. Returns whether to cancel the command now.
    package func interrupt() -> Bool {
        let (cancel, message) = state.withLock { state -> (Bool, String?) in
            state.count += 1
            guard let sending = state.sending else { return (true, nil) }
            if state.count == 1 {
                return (false, "\nwaiting for the server's answer so the new key's secret is not lost; press Ctrl-C again to abandon it\n")
            }
            state.abandoned = sending
            return (true, nil)
        }
        if let message { say(message) }
        return cancel
    }

    /// What to tell the user after the command was cancelled: nothing more than "interrupted" when
    /// nothing that creates a key was under way; otherwise that one may exist, and how to find it.
    var afterCancellation: String {
        guard let pending = state.withLock({ $0.abandoned }) else { return "interrupted\n" }
        let keyType = pending.command == "create-service-key" ? "service" : "user"
        let what = pending.command == "refresh" ? "rotated the key (its replacement keeps the name)" : "made the key"
        // The name, quoted for a shell, so the command can be pasted as it is.
        let name = pending.name.map { " --name '" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" } ?? ""
        return "interrupted: the server may have \(what) anyway. Find it with\n"
            + "  arize-api-keys list --key-type \(keyType) --all\(name)\n"
            + "and, if it is there and you do not want it, revoke it with\n"
            + "  arize-api-keys revoke API_KEY_ID --force\n"
    }

    /// A transport that tells this object when a key-creating request goes out and when its answer is in.
    func watching(_ transport: any HTTPTransport, _ pending: Pending) -> any HTTPTransport {
        Watcher(inner: transport, interrupts: self, pending: pending)
    }

    private struct Watcher: HTTPTransport {
        let inner: any HTTPTransport
        let interrupts: Interrupts
        let pending: Pending

        func send(_ request: TransportRequest, baseURL: URL) async throws -> TransportResponse {
            guard !request.method.isIdempotent else { return try await inner.send(request, baseURL: baseURL) }
            interrupts.state.withLock { $0.sending = pending }
            defer { interrupts.state.withLock { $0.sending = nil } }
            return try await inner.send(request, baseURL: baseURL)
        }
    }
}
