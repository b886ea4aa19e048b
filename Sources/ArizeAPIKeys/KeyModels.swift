import ArizeOpenAPIRuntime
import Foundation

/// The service account behind a service key: a bot user with its roles, resolved by the server
/// (defaults filled in). In listings by space, `organizations` is empty.
public struct BotUser: Sendable, Hashable {
    /// One organization of the bot user.
    public struct OrganizationAssignment: Sendable, Hashable {
        /// The organization's id.
        public var organizationID: String
        /// The bot user's role there.
        public var role: OrganizationRole
        /// The spaces of that organization the bot user belongs to.
        public var spaces: [SpaceAssignment]
    }

    /// One space of the bot user.
    public struct SpaceAssignment: Sendable, Hashable {
        /// The space's id.
        public var spaceID: String
        /// The bot user's role there.
        public var role: SpaceRole
    }

    /// The bot user's id (a user id, usable in role bindings).
    public var id: String
    /// Its display name.
    public var name: String
    /// Its role in the account.
    public var accountRole: AccountRole
    /// Its organizations, each with its spaces.
    public var organizations: [OrganizationAssignment]

    init(_ bot: Components.Schemas.ServiceKeyBotUser) {
        id = bot.id
        name = bot.name
        accountRole = AccountRole(bot.accountRole)
        organizations = bot.organizations.map { org in
            OrganizationAssignment(organizationID: org.orgID, role: OrganizationRole(org.role),
                                   spaces: org.spaces.map { SpaceAssignment(spaceID: $0.spaceID, role: SpaceRole($0.role)) })
        }
    }
}

extension APIKey {
    /// The service account behind a service key; `nil` for user keys and key types this SDK does not know.
    public var botUser: BotUser? {
        if case .service(let key) = self { return BotUser(key.botUser) }
        return nil
    }
}

/// A key just created or refreshed, with its secret: the only time the secret is returned.
///
/// `key` prints as `<redacted>`; read it with `key.revealed` and store it at once.
public struct CreatedAPIKey: Sendable, Hashable, CustomReflectable {
    package enum Source: Sendable, Equatable {
        case created(Components.Schemas.CreateAPIKeyResponse)
        case refreshed(Components.Schemas.RefreshAPIKeyResponse)
    }

    /// The generated response this key came in (for this package's tools, e.g. JSON output).
    package let source: Source

    init(_ source: Source) { self.source = source }

    /// Hashes the key's id (equal keys have equal ids; the generated responses are only `Equatable`).
    public func hash(into hasher: inout Hasher) { hasher.combine(id) }

    /// The key's id (a refreshed key has a new one).
    public var id: String { switch source { case .created(let k): k.id; case .refreshed(let k): k.id } }
    /// The key's name.
    public var name: String { switch source { case .created(let k): k.name; case .refreshed(let k): k.name } }
    /// What the key is for.
    public var description: String? { switch source { case .created(let k): k.description; case .refreshed(let k): k.description } }
    /// `.user` or `.service`.
    public var keyType: APIKeyType { switch source { case .created(let k): k.keyType; case .refreshed(let k): k.keyType } }
    /// `.active` for a new key.
    public var status: APIKeyStatus { switch source { case .created(let k): k.status; case .refreshed(let k): k.status } }
    /// A display form of the secret, e.g. `ak-abc...xyz`.
    public var redactedKey: String { switch source { case .created(let k): k.redactedKey; case .refreshed(let k): k.redactedKey } }
    /// When the key was created.
    public var createdAt: Date { switch source { case .created(let k): k.createdAt; case .refreshed(let k): k.createdAt } }
    /// When the key expires; `nil` when it never does.
    public var expiresAt: Date? { switch source { case .created(let k): k.expiresAt; case .refreshed(let k): k.expiresAt } }
    /// Who created the key.
    public var createdByUserID: String { switch source { case .created(let k): k.createdByUserID; case .refreshed(let k): k.createdByUserID } }
    /// When the key was last used; `nil` for a new key.
    public var lastUsedAt: Date? { switch source { case .created(let k): k.lastUsedAt; case .refreshed(let k): k.lastUsedAt } }
    /// The secret. Prints as `<redacted>`; read it with `.revealed`.
    public var key: Secret { switch source { case .created(let k): k.key; case .refreshed(let k): k.key } }

    /// A new service key's bot user; `nil` for user keys and for refresh results (the server does not return it there).
    public var botUser: BotUser? {
        if case .created(.service(let key)) = source { return BotUser(key.botUser) }
        return nil
    }

    /// What `print` and `dump` show: the key's fields, the secret as `<redacted>`.
    public var customMirror: Mirror {
        Mirror(self, children: ["id": id, "name": name, "description": description as Any, "keyType": keyType, "status": status,
                                "redactedKey": redactedKey, "expiresAt": expiresAt as Any, "key": key], displayStyle: .struct)
    }
}
