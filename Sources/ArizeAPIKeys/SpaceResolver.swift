import ArizeOpenAPIRuntime
import Foundation

/// A space found by name or id: its id, and its organization when the server said.
struct ResolvedSpace: Sendable, Hashable {
    var id: String
    var organizationID: String?
}

/// Turns a space name into its id, as the official SDKs do, and remembers the answer for a while.
///
/// A value that base64-decodes to text with a colon (`U3BhY2U6MTIzNDU=` → `Space:12345`)
/// is an id and passes through with no request. Anything else is a name: every page of
/// `GET /v2/spaces?name=…` is read (the filter matches substrings), and only spaces whose
/// name is exactly equal count. Concurrent lookups of one value share one request.
final class SpaceResolver: Sendable {
    private enum Entry {
        case resolved(ResolvedSpace, expires: ContinuousClock.Instant)
        case pending(Task<ResolvedSpace, any Error>)
    }

    private let entries = Locked<[String: Entry]>([:])
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

    /// The one space named exactly `name` among `spaces`.
    static func pick(_ name: String, from spaces: [Space]) throws -> ResolvedSpace {
        let matches = spaces.filter { $0.name == name }
        switch matches.count {
        case 1: return ResolvedSpace(id: matches[0].id, organizationID: matches[0].organizationID)
        case 0: throw ArizeError.spaceNotFound(name: name)
        default: throw ArizeError.ambiguousSpace(name: name, candidateIDs: matches.map(\.id))
        }
    }

    /// The cached answer for `key`, or `compute`'s, shared by every caller asking at the same time.
    func cached(_ key: String, compute: @escaping @Sendable () async throws -> ResolvedSpace) async throws -> ResolvedSpace {
        while true {
            let now = ContinuousClock.now
            let task: Task<ResolvedSpace, any Error> = entries.withLock { entries in
                switch entries[key] {
                case .resolved(let space, let expires)? where expires > now:
                    return Task { space }
                case .pending(let task)?:
                    return task
                default:
                    let task = Task { try await compute() }
                    entries[key] = .pending(task)
                    return task
                }
            }
            do {
                let space = try await withTaskCancellationHandler { try await task.value } onCancel: { task.cancel() }
                let expires = ContinuousClock.now + ttl
                entries.withLock { entries in
                    if case .pending? = entries[key] {
                        if ttl > .zero { entries[key] = .resolved(space, expires: expires) } else { entries[key] = nil }
                    }
                }
                return space
            } catch {
                entries.withLock { entries in
                    if case .pending? = entries[key] { entries[key] = nil }
                }
                // Another caller's cancellation ended the shared lookup; this caller goes on.
                if error is CancellationError && !Task.isCancelled { continue }
                throw error
            }
        }
    }
}
