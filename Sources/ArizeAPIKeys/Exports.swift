// The facade re-exports the generated models (APIKey, APIKeyCreated, APIKeyListResponse,
// PaginationMetadata, APIKeyType, APIKeyStatus, the role enums, Space, Problem, …) and the
// runtime types users meet (Secret, HTTPTransport, TransportRequest, TransportResponse), so
// `import ArizeAPIKeys` is all a program needs. Typealiases would not do: Swift does not let a
// dependent module use their enum cases in default arguments without importing the generated module.
@_exported import ArizeOpenAPI
@_exported import ArizeOpenAPIRuntime
