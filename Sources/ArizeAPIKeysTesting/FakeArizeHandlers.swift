import ArizeAPIKeys
import ArizeOpenAPIRuntime
import Foundation

/// The fake's answers, one per operation, following `api-contract-current` (arize 8.61).
/// Shapes, lengths, counts and enum spellings were already checked against the spec; what is
/// left here is what only the server knows: existence, ownership, roles, lifetimes.
extension FakeArize {
    func listKeys(_ query: [String: String], now: Date, path: String) -> TransportResponse {
        let limit = query["limit"].flatMap(Int.init) ?? APIKeysClient.defaultPageSize
        let keyType = query["key_type"].map(APIKeyType.init(rawValue:))
        let status = query["status"].map(APIKeyStatus.init(rawValue:)) ?? .active
        let spaceID = query["space_id"]
        let userID = query["user_id"]
        for (name, value) in [("space_id", spaceID), ("user_id", userID)] where value.map(Self.isBase64ID) == false {
            return Self.problem(400, "\(name) is not a valid id", instance: path)
        }
        let type = keyType ?? (spaceID == nil ? .user : .service)
        let creator = userID ?? (spaceID == nil ? callerUserID : nil)
        let scope = [type.rawValue, status.rawValue, spaceID ?? "", creator ?? ""].joined(separator: "|")
        let after: Int?
        switch Self.start(after: query["cursor"], scope: scope, path: path) {
        case .success(let value): after = value
        case .failure(let response): return response
        }
        return state.withLock { state -> TransportResponse in
            if let spaceID, !state.spaces.contains(where: { $0.id == spaceID }) {
                return Self.problem(404, "No space with id \(spaceID)", instance: path)
            }
            if spaceID == nil, let userID, userID != callerUserID, !state.callerIsAccountAdmin {
                return Self.problem(403, "Only account admins can list another user's keys", instance: path)
            }
            var page: [APIKey] = []
            var lastSequence: Int?
            var hasMore = false
            var index = after.map { state.firstIndex(afterSequence: $0) } ?? 0
            while index < state.keys.count {
                let key = state.keys[index]
                index += 1
                guard key.type == type, key.status(now: now) == status, spaceID.map(key.isBound) ?? true,
                      creator == nil || key.creator == creator else { continue }
                if page.count == limit { hasMore = true; break }
                page.append(key.model(now: now, inSpaceListing: spaceID != nil))
                lastSequence = key.sequence
            }
            let pagination = PaginationMetadata(hasMore: hasMore, nextCursor: hasMore ? lastSequence.map { Self.encodeCursor($0, scope: scope) } : nil)
            return Self.json(200, Components.Schemas.ListAPIKeysResponse(apiKeys: page, pagination: pagination))
        }
    }

    func createKey(_ body: Data?, now: Date, path: String) -> TransportResponse {
        guard let body, let request = try? JSONCoding.decode(Components.Schemas.CreateAPIKeyRequest.self, from: body) else {
            return Self.problem(400, "the body is not a key to create", instance: path)
        }
        if let expiresAt = request.expiresAt, expiresAt <= now {
            return Self.problem(422, "expires_at must be in the future", instance: path)
        }
        switch request {
        case .user(let user):
            return state.withLock { state in
                let index = state.addKey(name: user.name, description: user.description, type: .user, bot: nil,
                                         expiresAt: user.expiresAt, creator: callerUserID, now: now)
                return Self.json(201, state.keys[index].created(now: now))
            }
        case .service(let service):
            return createServiceKey(service, now: now, path: path)
        case .unknown:
            return Self.problem(400, "key_type must be USER or SERVICE", instance: path)
        }
    }

    private func createServiceKey(_ request: Components.Schemas.CreateServiceAPIKeyRequest, now: Date, path: String) -> TransportResponse {
        switch request.accountRole {
        case .predefined(let role)? where role.name != .admin && role.name != .member:
            return Self.problem(400, "account_role \(role.name) cannot be given to a service key", instance: path)
        case .custom?:
            return Self.problem(422, "custom account roles are not yet supported for service keys", instance: path)
        default: break
        }
        return state.withLock { state -> TransportResponse in
            var seenSpaces = Set<String>()
            var seenOrganizations = Set<String>()
            for org in request.organizations {
                guard seenOrganizations.insert(org.orgID).inserted else {
                    return Self.problem(422, "organization \(org.orgID) is listed twice", instance: path)
                }
                guard state.spaces.contains(where: { $0.organizationID == org.orgID }) else {
                    return Self.problem(404, "No organization with id \(org.orgID)", instance: path)
                }
                switch org.role {
                case .predefined(let role)? where role.name == .annotator:
                    return Self.problem(422, "ANNOTATOR cannot be given to a service key in an organization", instance: path)
                case .custom?:
                    return Self.problem(422, "custom organization roles are not yet supported for service keys", instance: path)
                default: break
                }
                for space in org.spaces {
                    guard let stored = state.spaces.first(where: { $0.id == space.spaceID }) else {
                        return Self.problem(404, "No space with id \(space.spaceID)", instance: path)
                    }
                    guard stored.organizationID == org.orgID else {
                        return Self.problem(422, "space \(space.spaceID) does not belong to organization \(org.orgID)", instance: path)
                    }
                    guard seenSpaces.insert(space.spaceID).inserted else {
                        return Self.problem(422, "space \(space.spaceID) is listed twice", instance: path)
                    }
                    switch space.role {
                    case .predefined(let role)? where role.name == .annotator:
                        return Self.problem(422, "ANNOTATOR cannot be given to a service key in a space", instance: path)
                    case .custom(let role)? where !state.customRoles.contains(where: { $0.id == role.id }):
                        return Self.problem(404, "No role with id \(role.id)", instance: path)
                    default: break
                    }
                }
            }
            let bot = Self.botUser(name: request.name, sequence: state.takeSequence(), account: request.accountRole,
                                   organizations: request.organizations.map { ($0.orgID, $0.role, $0.spaces.map { ($0.spaceID, $0.role) }) },
                                   roles: state.customRoles)
            let index = state.addKey(name: request.name, description: request.description, type: .service, bot: bot,
                                     expiresAt: request.expiresAt, creator: callerUserID, now: now)
            return Self.json(201, state.keys[index].created(now: now))
        }
    }

    /// A new bot user with every role resolved: defaults filled in, custom roles named.
    static func botUser(name: String, sequence: Int, account: Components.Schemas.AccountRoleAssignmentRequest?,
                        organizations: [(String, Components.Schemas.OrganizationRoleAssignmentRequest?, [(String, Components.Schemas.SpaceRoleAssignmentRequest?)])],
                        roles: [(id: String, name: String)]) -> Components.Schemas.ServiceKeyBotUser {
        let accountRole: Components.Schemas.AccountRoleAssignment = if case .predefined(let role)? = account {
            .predefined(.init(name: role.name))
        } else {
            .predefined(.init(name: .member))
        }
        return Components.Schemas.ServiceKeyBotUser(
            id: encodeID("User", 1000 + sequence), name: "\(name) (service account)", accountRole: accountRole,
            organizations: organizations.map { orgID, orgRole, spaces in
                let role: Components.Schemas.OrganizationRoleAssignment = if case .predefined(let r)? = orgRole { .predefined(.init(name: r.name)) }
                    else { .predefined(.init(name: .readOnly)) }
                return Components.Schemas.ServiceKeyBotUserOrgAssignment(orgID: orgID, role: role, spaces: spaces.map { spaceID, spaceRole in
                    let role: Components.Schemas.SpaceRoleAssignment = switch spaceRole {
                    case .predefined(let r)?: .predefined(.init(name: r.name))
                    case .custom(let r)?: .custom(.init(id: r.id, name: roles.first { $0.id == r.id }?.name))
                    default: .predefined(.init(name: .member))
                    }
                    return Components.Schemas.ServiceKeyBotUserSpaceAssignment(spaceID: spaceID, role: role)
                })
            })
    }

    func revokeKey(_ id: String, now: Date, path: String) -> TransportResponse {
        state.withLock { state -> TransportResponse in
            guard let index = state.keys.firstIndex(where: { $0.id == id }) else {
                return Self.problem(404, "No API key with id \(id)", instance: path)
            }
            if state.keys[index].status(now: now) == .active { state.keys[index].revokedAt = now }
            return TransportResponse(statusCode: 204)
        }
    }

    func refreshKey(_ id: String, body: Data?, now: Date, path: String) -> TransportResponse {
        var request = Components.Schemas.RefreshAPIKeyRequest()
        if let body, !body.isEmpty {
            guard let decoded = try? JSONCoding.decode(Components.Schemas.RefreshAPIKeyRequest.self, from: body) else {
                return Self.problem(400, "the body is not a refresh request", instance: path)
            }
            request = decoded
        }
        let grace = Int(request.gracePeriodSeconds ?? 0)
        if let expiresAt = request.expiresAt, expiresAt <= now {
            return Self.problem(422, "expires_at must be in the future", instance: path)
        }
        return state.withLock { state -> TransportResponse in
            guard let index = state.keys.firstIndex(where: { $0.id == id }) else {
                return Self.problem(404, "No API key with id \(id)", instance: path)
            }
            let old = state.keys[index]
            guard old.status(now: now) == .active else {
                return Self.problem(400, "API key \(id) is revoked and cannot be refreshed", instance: path)
            }
            // A replacement cannot outlive the key it replaces.
            if let oldExpiry = old.expiresAt {
                guard let requested = request.expiresAt else {
                    return Self.problem(422, "expires_at is required to refresh a key that expires", instance: path)
                }
                if requested > oldExpiry {
                    return Self.problem(422, "expires_at must not be later than the key's own expiry", instance: path)
                }
            }
            // The old key stays valid for the grace period, never past its own expiry.
            var until = now.addingTimeInterval(TimeInterval(grace))
            if let expiry = old.expiresAt, expiry < until { until = expiry }
            state.keys[index].revokedAt = until
            let newIndex = state.addKey(name: old.name, description: old.description, type: old.type, bot: old.bot,
                                        expiresAt: request.expiresAt, creator: old.creator, now: now)
            return Self.json(200, state.keys[newIndex].refreshed(now: now))
        }
    }

    func listSpaces(_ query: [String: String], path: String) -> TransportResponse {
        let limit = query["limit"].flatMap(Int.init) ?? APIKeysClient.defaultPageSize
        let name = query["name"]?.lowercased()
        let org = query["org_id"]
        let scope = (name ?? "") + "|" + (org ?? "")
        let after: Int?
        switch Self.start(after: query["cursor"], scope: scope, path: path) {
        case .success(let value): after = value
        case .failure(let response): return response
        }
        return state.withLock { state -> TransportResponse in
            let matching = state.spaces.filter { space in
                (name == nil || space.name.lowercased().contains(name!)) && (org == nil || space.organizationID == org)
                    && (after == nil || space.sequence > after!)
            }
            let page = Array(matching.prefix(limit))
            let hasMore = matching.count > limit
            let pagination = PaginationMetadata(hasMore: hasMore, nextCursor: hasMore ? page.last.map { Self.encodeCursor($0.sequence, scope: scope) } : nil)
            return Self.json(200, Components.Schemas.ListSpacesResponse(spaces: page.map(\.model), pagination: pagination))
        }
    }
}
