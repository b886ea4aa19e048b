import Foundation
import Synchronization

/// Turns a space name into its id, as the official SDKs do, and remembers the answer for a while.
///
/// A value that base64-decodes to text with a colon (`U3BhY2U6MTIzNDU=` → `Space:12345`)
/// is an id and passes through with no request. Anything else is a name: every page of
/// `GET /v2/spaces?name=…` is read (the filter matches substrings), and only spaces whose
/// name is exactly equal count. Concurrent lookups of one name share one request.
final class SpaceResolver: Sendable {
    private enum Entry {
        case resolved(id: String, expires: ContinuousClock.Instant)
        case pending(Task<String, any Error>)
    }

    private let entries = Mutex<[String: Entry]>([:])
    private let ttl: Duration

    init(ttl: Duration) { self.ttl = ttl }

    /// Whether a value is a space id rather than a name.
    static func isID(_ value: String) -> Bool {
        var text = value.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        guard !text.isEmpty, text.count % 4 != 1 else { return false }
        while text.count % 4 != 0 { text += "=" }
        guard let data = Data(base64Encoded: text), let decoded = String(data: data, encoding: .utf8) else { return false }
        return decoded.contains(":")
    }

    /// The id for `nameOrID`, using `lookup` to list the spaces whose name contains it.
    func resolve(_ nameOrID: String, lookup: @escaping @Sendable (String) async throws -> [Space]) async throws -> String {
        if Self.isID(nameOrID) { return nameOrID }
        while true {
            let now = ContinuousClock.now
            let task: Task<String, any Error> = entries.withLock { entries in
                switch entries[nameOrID] {
                case .resolved(let id, let expires)? where expires > now:
                    return Task { id }
                case .pending(let task)?:
                    return task
                default:
                    let task = Task { try Self.pick(nameOrID, from: try await lookup(nameOrID)) }
                    entries[nameOrID] = .pending(task)
                    return task
                }
            }
            do {
                let id = try await withTaskCancellationHandler { try await task.value } onCancel: { task.cancel() }
                let expires = ContinuousClock.now + ttl
                entries.withLock { entries in
                    if case .pending? = entries[nameOrID] {
                        if ttl > .zero { entries[nameOrID] = .resolved(id: id, expires: expires) } else { entries[nameOrID] = nil }
                    }
                }
                return id
            } catch {
                entries.withLock { entries in
                    if case .pending? = entries[nameOrID] { entries[nameOrID] = nil }
                }
                // Another caller's cancellation ended the shared lookup; this caller goes on.
                if error is CancellationError && !Task.isCancelled { continue }
                throw error
            }
        }
    }

    private static func pick(_ name: String, from spaces: [Space]) throws -> String {
        let matches = spaces.filter { $0.name == name }
        switch matches.count {
        case 1: return matches[0].id
        case 0: throw ArizeError.spaceNotFound(name: name)
        default: throw ArizeError.ambiguousSpace(name: name, candidateIDs: matches.map(\.id))
        }
    }
}
