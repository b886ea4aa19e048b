import ArizeOpenAPIRuntime
import Foundation

extension APIKeysClient {
    /// Creates a service key: a new bot user joins every listed organization and space with the
    /// given roles, and the key authenticates as that bot user.
    ///
    /// ```swift
    /// let bot = try await client.apiKeys.createServiceKey(name: "etl", organizations: [
    ///     OrganizationBinding(organizationID: orgID, role: .member, spaces: [
    ///         SpaceBinding(space: "production", role: .readOnly),
    ///     ]),
    /// ])
    /// ```
    /// Checked before anything is sent: 1…100 organizations, 1…100 spaces in each, no organization
    /// twice, no space twice in one organization; every space name is resolved first, among its
    /// organization's spaces (so a name is ambiguous only within one organization), and nothing
    /// is created if one cannot be. Roles left `nil` are not sent (server defaults). Never retried.
    /// - Parameters:
    ///   - name: up to 256 characters.
    ///   - organizations: the organizations, each with its spaces.
    ///   - description: up to 1000 characters.
    ///   - expiresAt: in the future; `nil` never expires (or the account's maximum).
    ///   - accountRole: the bot user's account role; `nil` for `.member`.
    public func createServiceKey(name: String, organizations: [OrganizationBinding], description: String? = nil,
                                 expiresAt: Date? = nil, accountRole: AccountRole? = nil) async throws -> CreatedAPIKey {
        try checkFuture(expiresAt)
        // Everything that can be checked without the server first, names still unresolved.
        var body = Components.Schemas.CreateServiceAPIKeyRequest(
            name: name, description: description, expiresAt: expiresAt, accountRole: try accountRole?.request(field: "accountRole"),
            organizations: try organizations.enumerated().map { i, org in
                Components.Schemas.ServiceKeyOrgAssignment(orgID: org.organizationID, role: try org.role?.request(field: "organizations[\(i)].role"),
                                        spaces: try org.spaces.enumerated().map { j, space in
                                            Components.Schemas.ServiceKeySpaceAssignment(spaceID: space.space,
                                                                      role: try space.role?.request(field: "organizations[\(i)].spaces[\(j)].role"))
                                        })
            })
        try checked(body)
        var seenOrganizations = Set<String>()
        for (i, org) in organizations.enumerated() where !seenOrganizations.insert(org.organizationID).inserted {
            throw ArizeError.invalidArgument(name: "organizations[\(i)]", reason: "organization \(org.organizationID) is listed twice")
        }
        for i in body.organizations.indices {
            var seenSpaces = Set<String>()
            for j in body.organizations[i].spaces.indices {
                // A name is looked up among this organization's spaces only: another organization's
                // space of the same name neither makes it ambiguous nor is picked instead.
                let id = try await spaceID(for: body.organizations[i].spaces[j].spaceID, organizationID: body.organizations[i].orgID)
                guard seenSpaces.insert(id).inserted else {
                    throw ArizeError.invalidArgument(name: "organizations[\(i)].spaces[\(j)]", reason: "space \(id) is listed twice in one organization")
                }
                body.organizations[i].spaces[j].spaceID = id
            }
        }
        return try await send(.service(body), warningKey: "api_keys.create_service_key")
    }

    /// Creates a service key in one space, with the space's organization looked up for you (the
    /// form of the June 2026 API and of the Go and Python docs).
    ///
    /// The organization comes from `GET /v2/spaces` (`organization_id`); a server that does not
    /// send it gets `ArizeError.invalidArgument(name: "space", …)`: use
    /// ``createServiceKey(name:organizations:description:expiresAt:accountRole:)`` then.
    /// - Parameters:
    ///   - name: up to 256 characters.
    ///   - space: a space name or id.
    ///   - description: up to 1000 characters.
    ///   - expiresAt: in the future; `nil` never expires (or the account's maximum).
    ///   - spaceRole: the bot user's role in the space; `nil` for `.member`.
    ///   - orgRole: its role in the space's organization; `nil` for `.readOnly`.
    ///   - accountRole: its account role; `nil` for `.member`.
    public func createServiceKey(name: String, space: String, description: String? = nil, expiresAt: Date? = nil,
                                 spaceRole: SpaceRole? = nil, orgRole: OrganizationRole? = nil,
                                 accountRole: AccountRole? = nil) async throws -> CreatedAPIKey {
        try checkFuture(expiresAt)
        if space.isEmpty { throw ArizeError.invalidArgument(name: "space", reason: "must not be empty") }
        let spaceRequest = try spaceRole?.request(field: "spaceRole")
        let orgRequest = try orgRole?.request(field: "orgRole")
        var body = Components.Schemas.CreateServiceAPIKeyRequest(
            name: name, description: description, expiresAt: expiresAt, accountRole: try accountRole?.request(field: "accountRole"),
            organizations: [Components.Schemas.ServiceKeyOrgAssignment(orgID: "pending", role: orgRequest,
                                                    spaces: [Components.Schemas.ServiceKeySpaceAssignment(spaceID: space, role: spaceRequest)])])
        try checked(body)
        let resolved = try await spaceWithOrganization(for: space)
        guard let organizationID = resolved.organizationID else {
            throw ArizeError.invalidArgument(name: "space", reason: "the server did not say which organization space \(resolved.id) "
                + "belongs to; pass organizations: [OrganizationBinding(organizationID: …, spaces: […])] instead")
        }
        body.organizations = [Components.Schemas.ServiceKeyOrgAssignment(orgID: organizationID, role: orgRequest,
                                                      spaces: [Components.Schemas.ServiceKeySpaceAssignment(spaceID: resolved.id, role: spaceRequest)])]
        return try await send(.service(body), warningKey: "api_keys.create_service_key")
    }

    // MARK: Spaces

    /// The id of a space given by name or id (ids pass through with no request); a name is looked
    /// up in `organizationID` only, when one is given.
    func spaceID(for space: String, organizationID: String? = nil) async throws -> String {
        if space.isEmpty { throw ArizeError.invalidArgument(name: "space", reason: "must not be empty") }
        if SpaceResolver.isID(space) { return space }
        return try await spaceNamed(space, organizationID: organizationID).id
    }

    /// A space with its organization: by the name search for a name, by paging the account's spaces for an id.
    func spaceWithOrganization(for space: String) async throws -> ResolvedSpace {
        if space.isEmpty { throw ArizeError.invalidArgument(name: "space", reason: "must not be empty") }
        guard SpaceResolver.isID(space) else { return try await spaceNamed(space) }
        return try await spaces.cached("id:" + space) { [self] in
            var cursor: String?
            repeat {
                let page = try await listSpaces(limit: 100, cursor: cursor)
                if let found = page.spaces.first(where: { $0.id == space }) {
                    return ResolvedSpace(id: found.id, organizationID: found.organizationID)
                }
                cursor = page.nextCursor
            } while cursor != nil
            throw ArizeError.spaceNotFound(name: space)
        }
    }

    /// The one space called `name`, in `organizationID` when given. The organization goes to the
    /// server as `org_id` (arize 8.61 sends none, and so finds names across every organization),
    /// and is checked here too, in case a server ignores it.
    private func spaceNamed(_ name: String, organizationID: String? = nil) async throws -> ResolvedSpace {
        let key = organizationID.map { "name:\($0.count):\($0):\(name)" } ?? "name:" + name
        return try await spaces.cached(key) { [self] in
            var found: [Space] = []
            var cursor: String?
            repeat {
                let page = try await listSpaces(organizationID: organizationID, name: name, limit: 100, cursor: cursor)
                found += page.spaces
                cursor = page.nextCursor
            } while cursor != nil
            if let organizationID { found.removeAll { $0.organizationID != nil && $0.organizationID != organizationID } }
            return try SpaceResolver.pick(name, from: found)
        }
    }
}

/// One page of spaces, and the cursor of the next page (`nil` on the last).
package struct SpacesPage: Sendable {
    package var spaces: [Space]
    package var nextCursor: String?
}

extension APIKeysClient {
    /// One page of the account's spaces, filtered by organization and (a substring of) name: what
    /// space-name resolution pages through, and what the command-line tool's `spaces` command shows.
    package func listSpaces(organizationID: String? = nil, name: String? = nil, limit: Int? = nil,
                            cursor: String? = nil) async throws -> SpacesPage {
        let input = Operations.ListSpaces.Input(orgID: organizationID, name: name, limit: limit.map { Int32(clamping: $0) }, cursor: cursor)
        guard case .ok(let page) = try await pipeline.perform(Operations.ListSpaces.self, input) else {
            throw unexpectedSuccess(Operations.ListSpaces.operationID, 200)
        }
        return SpacesPage(spaces: page.spaces, nextCursor: page.pagination.hasMore ? page.pagination.nextCursor : nil)
    }
}
