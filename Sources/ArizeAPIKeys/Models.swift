// The models users handle, under the names they know. The generator declares every type of the
// spec in `Components.Schemas` (so a schema can never collide with a facade type or a Swift
// name); these aliases are the only place the facade repeats a generated name at its top level.

/// An API key as listed: a user key or a service key, told apart by `key_type`. The secret itself
/// is never listed. (Generated from the spec's `ApiKey`.)
public typealias APIKey = Components.Schemas.APIKey

/// A user key, as listed. (Generated from the spec's `UserApiKey`.)
public typealias UserAPIKey = Components.Schemas.UserAPIKey

/// A service key, as listed, with its bot user. (Generated from the spec's `ServiceApiKey`.)
public typealias ServiceAPIKey = Components.Schemas.ServiceAPIKey

/// What a key authenticates as: `.user` or `.service`. (Generated from the spec's `ApiKeyType`.)
public typealias APIKeyType = Components.Schemas.APIKeyType

/// Whether a key still authenticates: `.active` or `.revoked`. (Generated from the spec's `ApiKeyStatus`.)
public typealias APIKeyStatus = Components.Schemas.APIKeyStatus

/// Where a page stands in the whole list. (Generated from the spec's `PaginationMetadata`.)
public typealias PaginationMetadata = Components.Schemas.PaginationMetadata

/// A space: the unit that holds models, projects and service keys. (Generated from the spec's `Space`.)
public typealias Space = Components.Schemas.Space
