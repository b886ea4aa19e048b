import ArizeOpenAPIRuntime
import Foundation

/// The API keys API: `client.apiKeys`. Every method is BETA: the first call of each in a
/// process prints one `[BETA]` warning (see ``PrereleaseWarningMode``).
///
/// Parameters named `space` take a space name or id; parameters ending in `ID` take an id only.
public struct APIKeysClient: Sendable {
    let pipeline: RequestPipeline
    let spaces: SpaceResolver

    /// The page size used when `limit` is not given (as in the official SDKs).
    public static let defaultPageSize = 50

    /// Lists one page of API keys.
    ///
    /// Without `space`, lists user keys: yours, or with `userID` someone else's (account admins
    /// only; others get 403). With `space`, lists the service keys bound to that space (`keyType`
    /// is then implied `.service`), and `userID` filters by creator; in such a listing every key's
    /// `botUser.organizations` is empty.
    /// - Parameters:
    ///   - keyType: only keys of this type.
    ///   - status: only keys with this status; the server lists `.active` keys when `nil`.
    ///   - space: a space name or id.
    ///   - userID: only keys of (or, with `space`, created by) this user.
    ///   - limit: page size, 1…100; 50 when `nil`.
    ///   - cursor: `pagination.nextCursor` of the previous page, with the same filters (or use ``APIKeyPage/next()``).
    public func list(keyType: APIKeyType? = nil, status: APIKeyStatus? = nil, space: String? = nil, userID: String? = nil,
                     limit: Int? = nil, cursor: String? = nil) async throws -> APIKeyPage {
        try await list(keyType: keyType, status: status, space: space, userID: userID, limit: limit, cursor: cursor,
                       warningKey: "api_keys.list")
    }

    func list(keyType: APIKeyType?, status: APIKeyStatus?, space: String?, userID: String?, limit: Int?, cursor: String?,
              warningKey: String?) async throws -> APIKeyPage {
        if case .unknown(let raw)? = keyType { throw ArizeError.invalidArgument(name: "keyType", reason: "\"\(raw)\" is not a key type this SDK can send") }
        if case .unknown(let raw)? = status { throw ArizeError.invalidArgument(name: "status", reason: "\"\(raw)\" is not a status this SDK can send") }
        var input = Operations.ListAPIKeys.Input(keyType: keyType, status: status, userID: userID,
                                                 limit: Int32(clamping: limit ?? Self.defaultPageSize), cursor: cursor)
        try checked(input)
        if let space { input.spaceID = try await spaceID(for: space) }
        guard case .ok(let page) = try await pipeline.perform(Operations.ListAPIKeys.self, input, warningKey: warningKey) else {
            throw unexpectedSuccess(Operations.ListAPIKeys.operationID, 200)
        }
        return APIKeyPage(apiKeys: page.apiKeys, pagination: page.pagination, client: self,
                          filters: .init(keyType: keyType, status: status, spaceID: input.spaceID, userID: userID, limit: limit))
    }

    /// Every key matching the filters, fetched page by page as you iterate.
    ///
    /// ```swift
    /// for try await key in client.apiKeys.listAll(keyType: .user) { print(key.name) }
    /// ```
    /// Only one page is held at a time; stopping the loop or cancelling the task stops fetching.
    /// - Parameters:
    ///   - keyType: only keys of this type.
    ///   - status: only keys with this status; `.active` when `nil`.
    ///   - space: a space name or id: its service keys.
    ///   - userID: only keys of (or, with `space`, created by) this user.
    ///   - limit: the page size, 1…100; 50 when `nil` (the same name as in ``list(keyType:status:space:userID:limit:cursor:)``).
    public func listAll(keyType: APIKeyType? = nil, status: APIKeyStatus? = nil, space: String? = nil, userID: String? = nil,
                        limit: Int? = nil) -> APIKeySequence {
        APIKeySequence(client: self, keyType: keyType, status: status, space: space, userID: userID,
                       pageSize: limit ?? Self.defaultPageSize)
    }

    /// Every key matching the filters, with the page size under its old name.
    @available(*, deprecated, renamed: "listAll(keyType:status:space:userID:limit:)")
    public func listAll(keyType: APIKeyType? = nil, status: APIKeyStatus? = nil, space: String? = nil, userID: String? = nil,
                        pageSize: Int) -> APIKeySequence {
        listAll(keyType: keyType, status: status, space: space, userID: userID, limit: pageSize)
    }

    /// Creates a user key, which authenticates as you with your permissions.
    ///
    /// The result's `key` holds the secret, returned only this once; it prints as `<redacted>`,
    /// read it with `key.revealed`. Never retried automatically: a retry could mint a second key.
    /// - Parameters:
    ///   - name: up to 256 characters.
    ///   - description: up to 1000 characters.
    ///   - expiresAt: in the future; `nil` never expires (or, when the account limits key
    ///     lifetimes, expires after the account's maximum).
    public func create(name: String, description: String? = nil, expiresAt: Date? = nil) async throws -> CreatedAPIKey {
        try checkFuture(expiresAt)
        let body = Components.Schemas.CreateUserAPIKeyRequest(name: name, description: description, expiresAt: expiresAt)
        try checked(body)
        return try await send(.user(body), warningKey: "api_keys.create")
    }

    func send(_ body: Components.Schemas.CreateAPIKeyRequest, warningKey: String) async throws -> CreatedAPIKey {
        let output = try await pipeline.perform(Operations.CreateAPIKey.self, .init(body: body), warningKey: warningKey)
        guard case .created(let key) = output else { throw unexpectedSuccess(Operations.CreateAPIKey.operationID, output.statusCode) }
        return CreatedAPIKey(.created(key))
    }

    /// Rotates a key: revokes it and issues a replacement with the same name, description, type
    /// and (for service keys) bot user and bindings, and a new id and secret.
    ///
    /// A replacement cannot outlive the key it replaces: when the old key expires, `expiresAt` is
    /// required and no later than the old expiry (the server answers 422 otherwise); a key that
    /// never expires may be refreshed without one. Never retried automatically: a retry could
    /// rotate twice and lose the only copy of the new secret.
    /// - Parameters:
    ///   - apiKeyID: the key to replace.
    ///   - expiresAt: when the replacement expires.
    ///   - gracePeriod: 0…86400 whole seconds the old key stays valid (never past its own
    ///     expiry); `nil` or zero revokes it at once.
    public func refresh(apiKeyID: String, expiresAt: Date? = nil, gracePeriod: Duration? = nil) async throws -> CreatedAPIKey {
        var seconds: Int32?
        if let gracePeriod {
            let (whole, fraction) = gracePeriod.components
            guard fraction == 0 else { throw ArizeError.invalidArgument(name: "gracePeriod", reason: "must be whole seconds") }
            seconds = Int32(clamping: whole)
        }
        return try await refresh(apiKeyID: apiKeyID, expiresAt: expiresAt, seconds: seconds)
    }

    /// Rotates a key, with the grace period in seconds.
    /// - Parameters:
    ///   - apiKeyID: the key to replace.
    ///   - expiresAt: when the replacement expires.
    ///   - gracePeriodSeconds: 0…86400 seconds the old key stays valid.
    @available(*, deprecated, renamed: "refresh(apiKeyID:expiresAt:gracePeriod:)", message: "pass gracePeriod: .seconds(n)")
    public func refresh(apiKeyID: String, expiresAt: Date? = nil, gracePeriodSeconds: Int) async throws -> CreatedAPIKey {
        try await refresh(apiKeyID: apiKeyID, expiresAt: expiresAt, seconds: Int32(clamping: gracePeriodSeconds), field: "gracePeriodSeconds")
    }

    private func refresh(apiKeyID: String, expiresAt: Date?, seconds: Int32?, field: String = "gracePeriod") async throws -> CreatedAPIKey {
        try checkFuture(expiresAt)
        // Always a body, `{}` without options, as the official SDK sends.
        let body = Components.Schemas.RefreshAPIKeyRequest(expiresAt: expiresAt, gracePeriodSeconds: seconds)
        do {
            try checked(body)
        } catch ArizeError.invalidArgument("gracePeriodSeconds", let reason) {
            throw ArizeError.invalidArgument(name: field, reason: reason)
        }
        let output = try await pipeline.perform(Operations.RefreshAPIKey.self, .init(apiKeyID: apiKeyID, body: body),
                                                warningKey: "api_keys.refresh")
        guard case .ok(let key) = output else { throw unexpectedSuccess(Operations.RefreshAPIKey.operationID, output.statusCode) }
        return CreatedAPIKey(.refreshed(key))
    }

    /// Revokes a key at once and for good; it stays listed as `.revoked`. Revoking a revoked key
    /// succeeds and changes nothing.
    public func revoke(apiKeyID: String) async throws {
        _ = try await pipeline.perform(Operations.RevokeAPIKey.self, .init(apiKeyID: apiKeyID), warningKey: "api_keys.revoke")
    }

    /// Revokes a key. The API no longer deletes keys (`DELETE /v2/api-keys/{id}` is gone): this
    /// sends the revoke, and the key stays listed as `.revoked`.
    @available(*, deprecated, renamed: "revoke(apiKeyID:)", message: "the API no longer deletes keys; this revokes")
    public func delete(apiKeyID: String) async throws {
        try await revoke(apiKeyID: apiKeyID)
    }

    // MARK: Helpers

    func checkFuture(_ date: Date?) throws {
        if let date, date <= Date() {
            throw ArizeError.invalidArgument(name: "expiresAt", reason: "must be in the future")
        }
    }

    /// Validates with the spec's own constraints before any request (including a space lookup) is sent.
    func checked(_ value: some Validatable) throws {
        do throws(ValidationError) {
            try value.validate()
        } catch {
            throw ArizeError.invalidArgument(name: error.field, reason: error.reason)
        }
    }
}
