@_exported import ArizeOpenAPIRuntime
import ArizeOpenAPI

// The generated models a user of the facade works with, under the facade's module.
// Operations and the generated APIClient stay internal: the facade is the public surface.

/// An API key as listed (never with its secret). Generated from the spec's `ApiKey`.
public typealias APIKey = ArizeOpenAPI.APIKey
/// A key just created or refreshed, with its one-time secret in `key`. Generated from `ApiKeyCreated`.
public typealias APIKeyCreated = ArizeOpenAPI.APIKeyCreated
/// One page of keys: `apiKeys` and `pagination`. Generated from `ApiKeyListResponse`.
public typealias APIKeyListResponse = ArizeOpenAPI.APIKeyListResponse
/// `hasMore` and `nextCursor` of a page. Generated from `PaginationMetadata`.
public typealias PaginationMetadata = ArizeOpenAPI.PaginationMetadata
/// `.user` or `.service`. Generated from `ApiKeyType`.
public typealias APIKeyType = ArizeOpenAPI.APIKeyType
/// `.active` or `.revoked` (unknown values decode to `.unknown`). Generated from `ApiKeyStatus`.
public typealias APIKeyStatus = ArizeOpenAPI.APIKeyStatus
/// `.admin`, `.member`, `.readOnly`. Generated from `ApiKeySpaceRole`.
public typealias APIKeySpaceRole = ArizeOpenAPI.APIKeySpaceRole
/// `.admin`, `.member`, `.readOnly`. Generated from `ApiKeyOrganizationRole`.
public typealias APIKeyOrganizationRole = ArizeOpenAPI.APIKeyOrganizationRole
/// `.admin`, `.member`. Generated from `ApiKeyAccountRole`.
public typealias APIKeyAccountRole = ArizeOpenAPI.APIKeyAccountRole
/// The roles of a service key. Generated from `ApiKeyRoles`.
public typealias APIKeyRoles = ArizeOpenAPI.APIKeyRoles
/// A request to create a key (what `create` and `createServiceKey` send). Generated from `ApiKeyCreate`.
public typealias APIKeyCreate = ArizeOpenAPI.APIKeyCreate
/// A request to refresh a key (what `refresh` sends). Generated from `ApiKeyRefresh`.
public typealias APIKeyRefresh = ArizeOpenAPI.APIKeyRefresh
/// A space. Generated from `Space`.
public typealias Space = ArizeOpenAPI.Space
/// One page of spaces. Generated from `SpaceListResponse`.
public typealias SpaceListResponse = ArizeOpenAPI.SpaceListResponse
/// An RFC 9457 problem detail, the body of every error response. Generated from `Problem`.
public typealias Problem = ArizeOpenAPI.Problem
