import ArizeOpenAPIRuntime
/// One organization a new service key's bot user joins, with its spaces.
///
/// Checked before anything is sent: 1…100 spaces, each space at most once (after names are
/// resolved). `role` left `nil` sends nothing: the server's default (`.readOnly`) applies.
public struct OrganizationBinding: Sendable, Hashable {
    /// The organization's id (an id only: organizations are not looked up by name).
    public var organizationID: String
    /// The bot user's role in the organization; `nil` for the server's default.
    public var role: OrganizationRole?
    /// The spaces of this organization the bot user joins.
    public var spaces: [SpaceBinding]

    /// Binds an organization and its spaces.
    public init(organizationID: String, role: OrganizationRole? = nil, spaces: [SpaceBinding]) {
        self.organizationID = organizationID
        self.role = role
        self.spaces = spaces
    }
}

/// One space a new service key's bot user joins.
public struct SpaceBinding: Sendable, Hashable {
    /// A space name or id; names are resolved to ids before the key is created.
    public var space: String
    /// The bot user's role in the space; `nil` for the server's default (`.member`).
    public var role: SpaceRole?

    /// Binds a space, by name or id.
    public init(space: String, role: SpaceRole? = nil) {
        self.space = space
        self.role = role
    }
}
