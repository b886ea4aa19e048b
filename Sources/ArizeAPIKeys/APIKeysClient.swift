import ArizeOpenAPI
import Foundation

/// The API keys API: `client.apiKeys`. Every method is ALPHA: the first call of each in a
/// process prints one `[ALPHA]` warning (see ``PrereleaseWarningMode``).
///
/// Parameters named `space` take a space name or id; parameters ending in `ID` take an id only.
public struct APIKeysClient: Sendable {
    let pipeline: RequestPipeline
    let spaces: SpaceResolver

    /// The page size used when `limit` is not given (as in the official SDKs).
    public static let defaultPageSize = 50

    /// Lists one page of API keys.
    ///
    /// With `space`, lists the service keys of that space (`keyType` defaults to `.service`
    /// on the server) and `userID` filters by creator. Without it, lists user keys; `userID`
    /// (someone else's keys) is for account admins only.
    /// - Parameters:
    ///   - keyType: only keys of this type.
    ///   - status: only keys with this status; the server lists `.active` keys when `nil`.
    ///   - space: a space name or id.
    ///   - userID: only keys created by this user.
    ///   - limit: page size, 1…100; 50 when `nil`.
    ///   - cursor: `pagination.nextCursor` of the previous page.
    public func list(keyType: APIKeyType? = nil, status: APIKeyStatus? = nil, space: String? = nil, userID: String? = nil,
                     limit: Int? = nil, cursor: String? = nil) async throws -> APIKeyListResponse {
        try await list(keyType: keyType, status: status, space: space, userID: userID, limit: limit, cursor: cursor,
                       warningKey: "api_keys.list")
    }

    func list(keyType: APIKeyType?, status: APIKeyStatus?, space: String?, userID: String?, limit: Int?, cursor: String?,
              warningKey: String?) async throws -> APIKeyListResponse {
        var input = Operations.APIKeysList.Input(keyType: keyType, status: status, userID: userID,
                                                 limit: Int32(clamping: limit ?? Self.defaultPageSize), cursor: cursor)
        try checked(input)
        if let space { input.spaceID = try await resolveSpace(space) }
        guard case .ok(let page) = try await pipeline.perform(Operations.APIKeysList.self, input, warningKey: warningKey) else {
            throw unexpectedSuccess(Operations.APIKeysList.operationID, 200)
        }
        return page
    }

    /// Every key matching the filters, fetched page by page as you iterate.
    ///
    /// ```swift
    /// for try await key in client.apiKeys.listAll(keyType: .user) { print(key.name) }
    /// ```
    /// Only one page is held at a time; stopping the loop or cancelling the task stops fetching.
    public func listAll(keyType: APIKeyType? = nil, status: APIKeyStatus? = nil, space: String? = nil, userID: String? = nil,
                        pageSize: Int? = nil) -> APIKeySequence {
        APIKeySequence(client: self, keyType: keyType, status: status, space: space, userID: userID,
                       pageSize: pageSize ?? Self.defaultPageSize)
    }

    /// Creates a user key, which authenticates as you with your permissions.
    ///
    /// The result's `key` holds the secret, returned only this once; it prints as `<redacted>`,
    /// read it with `key.revealed`. Never retried automatically: a retry could mint a second key.
    /// - Parameters:
    ///   - name: up to 256 characters.
    ///   - description: up to 1000 characters.
    ///   - expiresAt: in the future; `nil` never expires.
    public func create(name: String, description: String? = nil, expiresAt: Date? = nil) async throws -> APIKeyCreated {
        try checkFuture(expiresAt)
        let body = APIKeyCreate(name: name, description: description, keyType: .user, expiresAt: expiresAt)
        return try await send(body, warningKey: "api_keys.create")
    }

    /// Creates a service key in a space, backed by a bot user with the given roles.
    ///
    /// Roles left `nil` get the server's defaults (space `member`, organization `read-only`,
    /// account `member`); `roles` is sent only when at least one is given. Never retried automatically.
    /// - Parameters:
    ///   - name: up to 256 characters.
    ///   - space: a space name or id.
    ///   - description: up to 1000 characters.
    ///   - expiresAt: in the future; `nil` never expires.
    public func createServiceKey(name: String, space: String, description: String? = nil, expiresAt: Date? = nil,
                                 spaceRole: APIKeySpaceRole? = nil, orgRole: APIKeyOrganizationRole? = nil,
                                 accountRole: APIKeyAccountRole? = nil) async throws -> APIKeyCreated {
        try checkFuture(expiresAt)
        if space.isEmpty { throw ArizeError.invalidArgument(name: "space", reason: "must not be empty") }
        let anyRole = spaceRole != nil || orgRole != nil || accountRole != nil
        var body = APIKeyCreate(name: name, description: description, keyType: .service, expiresAt: expiresAt,
                                roles: anyRole ? APIKeyRoles(spaceRole: spaceRole, orgRole: orgRole, accountRole: accountRole) : nil)
        try checked(body)
        body.spaceID = try await resolveSpace(space)
        return try await send(body, warningKey: "api_keys.create_service_key")
    }

    private func send(_ body: APIKeyCreate, warningKey: String) async throws -> APIKeyCreated {
        let output = try await pipeline.perform(Operations.APIKeysCreate.self, .init(body: body), warningKey: warningKey)
        guard case .created(let key) = output else { throw unexpectedSuccess(Operations.APIKeysCreate.operationID, output.statusCode) }
        return key
    }

    /// Deletes a key at once and for good.
    public func delete(apiKeyID: String) async throws {
        _ = try await pipeline.perform(Operations.APIKeysDelete.self, .init(apiKeyID: apiKeyID), warningKey: "api_keys.delete")
    }

    /// Revokes a key; it stays listed as `.revoked`. Revoking a revoked key succeeds and changes nothing.
    public func revoke(apiKeyID: String) async throws {
        _ = try await pipeline.perform(Operations.APIKeysRevoke.self, .init(apiKeyID: apiKeyID), warningKey: "api_keys.revoke")
    }

    /// Rotates a key: revokes it and issues a replacement with the same name, description, type
    /// and scope, and a new id and secret.
    ///
    /// Never retried automatically: a retry could rotate twice and lose the only copy of the new secret.
    /// - Parameters:
    ///   - expiresAt: when the replacement expires; `nil` never.
    ///   - gracePeriodSeconds: 0…86400 seconds the old key stays valid (not past its own expiry); `nil` or 0 revokes it at once.
    public func refresh(apiKeyID: String, expiresAt: Date? = nil, gracePeriodSeconds: Int? = nil) async throws -> APIKeyCreated {
        try checkFuture(expiresAt)
        let body = APIKeyRefresh(expiresAt: expiresAt, gracePeriodSeconds: gracePeriodSeconds.map { Int32(clamping: $0) })
        let output = try await pipeline.perform(Operations.APIKeysRefresh.self, .init(apiKeyID: apiKeyID, body: body),
                                                warningKey: "api_keys.refresh")
        guard case .ok(let key) = output else { throw unexpectedSuccess(Operations.APIKeysRefresh.operationID, output.statusCode) }
        return key
    }

    // MARK: Helpers

    private func checkFuture(_ date: Date?) throws {
        if let date, date <= Date() {
            throw ArizeError.invalidArgument(name: "expiresAt", reason: "must be in the future")
        }
    }

    /// Validates before any request (including a space lookup) is sent.
    private func checked(_ value: some Validatable) throws {
        do throws(ValidationError) {
            try value.validate()
        } catch {
            throw ArizeError.invalidArgument(name: error.field, reason: error.reason)
        }
    }

    func resolveSpace(_ space: String) async throws -> String {
        if space.isEmpty { throw ArizeError.invalidArgument(name: "space", reason: "must not be empty") }
        let pipeline = self.pipeline
        return try await spaces.resolve(space) { name in
            var found: [Space] = []
            var cursor: String?
            repeat {
                let input = Operations.SpacesList.Input(name: name, limit: 100, cursor: cursor)
                guard case .ok(let page) = try await pipeline.perform(Operations.SpacesList.self, input) else {
                    throw unexpectedSuccess(Operations.SpacesList.operationID, 200)
                }
                found += page.spaces
                cursor = page.pagination.hasMore ? page.pagination.nextCursor : nil
            } while cursor != nil
            return found
        }
    }
}
