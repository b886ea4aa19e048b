import ArizeOpenAPIRuntime

/// A service key's role in a space.
///
/// On the wire a predefined role is `{"type":"PREDEFINED","name":"READ_ONLY"}` and a custom one
/// `{"type":"CUSTOM","id":"…"}`. Leaving a role `nil` in a request sends nothing: the server's
/// default applies (`.member` for spaces). The server, not this SDK, decides which roles a key may
/// have (e.g. `.annotator` on a service key is refused with 422).
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

/// The refusal for an `.unknown` role in a request: nothing is sent.
private func unknownRole(_ raw: String, field: String) -> ArizeError {
    .invalidArgument(name: field, reason: "\"\(raw)\" is not a role this SDK can send; use a predefined case or .custom(id:)")
}

extension SpaceRole {
    init(_ assignment: SpaceRoleAssignment) {
        switch assignment {
        case .predefined(let role):
            switch role.name {
            case .admin: self = .admin
            case .member: self = .member
            case .readOnly: self = .readOnly
            case .annotator: self = .annotator
            case .unknown(let raw): self = .unknown(raw)
            }
        case .custom(let role): self = .custom(id: role.id, name: role.name)
        case .unknown(let other): self = .unknown(other.type.rawValue)
        }
    }

    func request(field: String) throws(ArizeError) -> SpaceRoleAssignmentRequest {
        switch self {
        case .admin: .predefined(.init(name: .admin))
        case .member: .predefined(.init(name: .member))
        case .readOnly: .predefined(.init(name: .readOnly))
        case .annotator: .predefined(.init(name: .annotator))
        case .custom(let id, _): .custom(.init(id: id))
        case .unknown(let raw): throw unknownRole(raw, field: field)
        }
    }
}

extension OrganizationRole {
    init(_ assignment: OrganizationRoleAssignment) {
        switch assignment {
        case .predefined(let role):
            switch role.name {
            case .admin: self = .admin
            case .member: self = .member
            case .readOnly: self = .readOnly
            case .annotator: self = .annotator
            case .unknown(let raw): self = .unknown(raw)
            }
        case .custom(let role): self = .custom(id: role.id, name: role.name)
        case .unknown(let other): self = .unknown(other.type.rawValue)
        }
    }

    func request(field: String) throws(ArizeError) -> OrganizationRoleAssignmentRequest {
        switch self {
        case .admin: .predefined(.init(name: .admin))
        case .member: .predefined(.init(name: .member))
        case .readOnly: .predefined(.init(name: .readOnly))
        case .annotator: .predefined(.init(name: .annotator))
        case .custom(let id, _): .custom(.init(id: id))
        case .unknown(let raw): throw unknownRole(raw, field: field)
        }
    }
}

extension AccountRole {
    init(_ assignment: AccountRoleAssignment) {
        switch assignment {
        case .predefined(let role):
            switch role.name {
            case .admin: self = .admin
            case .member: self = .member
            case .memberUIOnly: self = .memberUIOnly
            case .annotator: self = .annotator
            case .unknown(let raw): self = .unknown(raw)
            }
        case .custom(let role): self = .custom(id: role.id, name: role.name)
        case .unknown(let other): self = .unknown(other.type.rawValue)
        }
    }

    func request(field: String) throws(ArizeError) -> AccountRoleAssignmentRequest {
        switch self {
        case .admin: .predefined(.init(name: .admin))
        case .member: .predefined(.init(name: .member))
        case .memberUIOnly: .predefined(.init(name: .memberUIOnly))
        case .annotator: .predefined(.init(name: .annotator))
        case .custom(let id, _): .custom(.init(id: id))
        case .unknown(let raw): throw unknownRole(raw, field: field)
        }
    }
}
