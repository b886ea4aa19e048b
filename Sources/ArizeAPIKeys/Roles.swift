import ArizeOpenAPIRuntime

/// A service key's role in a space.
///
/// On the wire a predefined role is `{"type":"PREDEFINED","name":"READ_ONLY"}` and a custom one
/// `{"type":"CUSTOM","id":"…"}`. Leaving a role `nil` in a request sends nothing: the server's
/// default applies (`.member` for spaces). The server, not this SDK, decides which roles a key may
/// have (e.g. `.annotator` on a service key is refused with 422).
#if hasAttribute(nonexhaustive)
@nonexhaustive  // later versions may add cases: switches outside this module need `@unknown default`
#endif
public enum SpaceRole: Sendable, Hashable {
    /// `ADMIN`
    case admin
    /// `MEMBER`
    case member
    /// `READ_ONLY`
    case readOnly
    /// `ANNOTATOR`
    case annotator
    /// A custom RBAC role by id (a base64 `Role:…` id). `name` is the display name the server
    /// returns; it is never sent.
    case custom(id: String, name: String? = nil)
    /// A predefined role name or role kind this SDK does not know, as the server sent it.
    /// Passing it in a request throws `ArizeError.invalidArgument`.
    case unknown(String)
}

/// A service key's role in an organization. Same cases and rules as ``SpaceRole``; the server's
/// default is `.readOnly`, and it refuses `.annotator` and custom roles for service keys (422).
#if hasAttribute(nonexhaustive)
@nonexhaustive  // later versions may add cases: switches outside this module need `@unknown default`
#endif
public enum OrganizationRole: Sendable, Hashable {
    /// `ADMIN`
    case admin
    /// `MEMBER`
    case member
    /// `READ_ONLY`
    case readOnly
    /// `ANNOTATOR`
    case annotator
    /// A custom RBAC role by id; `name` is returned by the server, never sent.
    case custom(id: String, name: String? = nil)
    /// A role this SDK does not know, as the server sent it; refused in requests.
    case unknown(String)
}

/// A service key's bot user's role in the account. The server's default is `.member`; for service
/// keys it accepts `.admin` and `.member`, refuses `.memberUIOnly` and `.annotator` (400) and
/// custom roles (422).
#if hasAttribute(nonexhaustive)
@nonexhaustive  // later versions may add cases: switches outside this module need `@unknown default`
#endif
public enum AccountRole: Sendable, Hashable {
    /// `ADMIN`
    case admin
    /// `MEMBER`
    case member
    /// `MEMBER_UI_ONLY`
    case memberUIOnly
    /// `ANNOTATOR`
    case annotator
    /// A custom RBAC role by id; `name` is returned by the server, never sent.
    case custom(id: String, name: String? = nil)
    /// A role this SDK does not know, as the server sent it; refused in requests.
    case unknown(String)
}

/// What the three role families share, so converting to and from the generated assignment types
/// is written once: the predefined cases with their wire names, `.custom`, and `.unknown`.
package protocol RoleFamily: Hashable {
    /// Each predefined case with its wire name (`READ_ONLY`).
    static var predefined: [(role: Self, wireName: String)] { get }
    /// `.unknown(raw)`.
    static func unknownRole(_ raw: String) -> Self
}

extension RoleFamily {
    /// The case for a predefined role's wire name; `.unknown` for names this SDK does not know.
    package init(wireName: String) { self = Self.predefined.first { $0.wireName == wireName }?.role ?? Self.unknownRole(wireName) }

    /// The wire name of a predefined case; `nil` for `.custom` and `.unknown`.
    package var wireName: String? { Self.predefined.first { $0.role == self }?.wireName }
}

/// The refusal for an `.unknown` role in a request: nothing is sent.
private func unsendableRole(_ raw: String, field: String) -> ArizeError {
    .invalidArgument(name: field, reason: "\"\(raw)\" is not a role this SDK can send; use a predefined case or .custom(id:)")
}

extension SpaceRole: RoleFamily {
    package static let predefined: [(role: SpaceRole, wireName: String)] = [(.admin, "ADMIN"), (.member, "MEMBER"), (.readOnly, "READ_ONLY"), (.annotator, "ANNOTATOR")]
    package static func unknownRole(_ raw: String) -> SpaceRole { .unknown(raw) }

    init(_ assignment: Components.Schemas.SpaceRoleAssignment) {
        switch assignment {
        case .predefined(let role): self.init(wireName: role.name.rawValue)
        case .custom(let role): self = .custom(id: role.id, name: role.name)
        case .unknown(let other): self = .unknown(other.type.rawValue)
        }
    }

    func request(field: String) throws(ArizeError) -> Components.Schemas.SpaceRoleAssignmentRequest {
        switch self {
        case .custom(let id, _): return .custom(.init(id: id))
        case .unknown(let raw): throw unsendableRole(raw, field: field)
        default: return .predefined(.init(name: Components.Schemas.SpaceRoleName(rawValue: wireName ?? "")))
        }
    }
}

extension OrganizationRole: RoleFamily {
    package static let predefined: [(role: OrganizationRole, wireName: String)] = [(.admin, "ADMIN"), (.member, "MEMBER"), (.readOnly, "READ_ONLY"), (.annotator, "ANNOTATOR")]
    package static func unknownRole(_ raw: String) -> OrganizationRole { .unknown(raw) }

    init(_ assignment: Components.Schemas.OrganizationRoleAssignment) {
        switch assignment {
        case .predefined(let role): self.init(wireName: role.name.rawValue)
        case .custom(let role): self = .custom(id: role.id, name: role.name)
        case .unknown(let other): self = .unknown(other.type.rawValue)
        }
    }

    func request(field: String) throws(ArizeError) -> Components.Schemas.OrganizationRoleAssignmentRequest {
        switch self {
        case .custom(let id, _): return .custom(.init(id: id))
        case .unknown(let raw): throw unsendableRole(raw, field: field)
        default: return .predefined(.init(name: Components.Schemas.OrganizationRoleName(rawValue: wireName ?? "")))
        }
    }
}

extension AccountRole: RoleFamily {
    package static let predefined: [(role: AccountRole, wireName: String)] = [(.admin, "ADMIN"), (.member, "MEMBER"), (.memberUIOnly, "MEMBER_UI_ONLY"), (.annotator, "ANNOTATOR")]
    package static func unknownRole(_ raw: String) -> AccountRole { .unknown(raw) }

    init(_ assignment: Components.Schemas.AccountRoleAssignment) {
        switch assignment {
        case .predefined(let role): self.init(wireName: role.name.rawValue)
        case .custom(let role): self = .custom(id: role.id, name: role.name)
        case .unknown(let other): self = .unknown(other.type.rawValue)
        }
    }

    func request(field: String) throws(ArizeError) -> Components.Schemas.AccountRoleAssignmentRequest {
        switch self {
        case .custom(let id, _): return .custom(.init(id: id))
        case .unknown(let raw): throw unsendableRole(raw, field: field)
        default: return .predefined(.init(name: Components.Schemas.AccountRoleName(rawValue: wireName ?? "")))
        }
    }
}
