import ArizeOpenAPIRuntime

/// One page of API keys, which knows how to fetch the page after it with the same filters.
///
/// ```swift
/// var page: APIKeyPage? = try await client.apiKeys.list(keyType: .service, space: "production", limit: 25)
/// while let current = page {
///     for key in current.apiKeys { print(key.name) }
///     page = try await current.next()
/// }
/// ```
/// Passing `pagination.nextCursor` to `list(cursor:)` by hand works too, but only with the same
/// filters: a cursor means nothing for others (servers refuse it).
public struct APIKeyPage: Sendable {
    /// The keys on this page.
    public let apiKeys: [APIKey]
    /// Whether more pages follow, and the cursor of the next.
    public let pagination: PaginationMetadata

    let client: APIKeysClient
    let filters: Filters

    /// What a page was listed with, so the next page is listed with the same.
    struct Filters: Sendable {
        var keyType: APIKeyType?
        var status: APIKeyStatus?
        var spaceID: String?
        var userID: String?
        var limit: Int?
    }

    /// The next page, with the same filters and page size; `nil` after the last page.
    public func next() async throws -> APIKeyPage? {
        guard pagination.hasMore, let cursor = pagination.nextCursor else { return nil }
        return try await client.list(keyType: filters.keyType, status: filters.status, space: filters.spaceID, userID: filters.userID,
                                     limit: filters.limit, cursor: cursor, warningKey: nil)
    }
}
