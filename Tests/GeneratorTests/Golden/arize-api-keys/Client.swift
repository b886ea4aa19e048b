// Generated from arize-api-keys.json by arize-openapi-generator. Do not edit.

import ArizeOpenAPIRuntime
import Foundation

/// Calls the operations of Arize REST API v2: API keys through any `HTTPTransport`.
public struct APIClient: Sendable {
    /// The servers the spec lists; the first is its default.
    public static let serverURLs: [String] = ["https://api.arize.com", "https://api.ca-central-1a.arize.com", "https://api.eu-west-1a.arize.com", "https://api.us-central-1a.arize.com", "https://api.us-east-1b.arize.com"]

    /// Where requests go.
    public var baseURL: URL
    /// What sends them.
    public var transport: any HTTPTransport

    /// Creates a client.
    public init(baseURL: URL, transport: any HTTPTransport) {
        self.baseURL = baseURL
        self.transport = transport
    }

    /// List API keys
    ///
    /// `GET /v2/api-keys`
    public func apiKeysList(_ input: Operations.APIKeysList.Input = .init()) async throws -> Operations.APIKeysList.Output {
        try await transport.perform(Operations.APIKeysList.self, input, baseURL: baseURL)
    }

    /// Create an API key
    ///
    /// `POST /v2/api-keys`
    public func apiKeysCreate(_ input: Operations.APIKeysCreate.Input) async throws -> Operations.APIKeysCreate.Output {
        try await transport.perform(Operations.APIKeysCreate.self, input, baseURL: baseURL)
    }

    /// Delete an API key
    ///
    /// `DELETE /v2/api-keys/{api_key_id}`
    public func apiKeysDelete(_ input: Operations.APIKeysDelete.Input) async throws -> Operations.APIKeysDelete.Output {
        try await transport.perform(Operations.APIKeysDelete.self, input, baseURL: baseURL)
    }

    /// Revoke an API key
    ///
    /// `PUT /v2/api-keys/{api_key_id}/revoke`
    public func apiKeysRevoke(_ input: Operations.APIKeysRevoke.Input) async throws -> Operations.APIKeysRevoke.Output {
        try await transport.perform(Operations.APIKeysRevoke.self, input, baseURL: baseURL)
    }

    /// Refresh (rotate) an API key
    ///
    /// `POST /v2/api-keys/{api_key_id}/refresh`
    public func apiKeysRefresh(_ input: Operations.APIKeysRefresh.Input) async throws -> Operations.APIKeysRefresh.Output {
        try await transport.perform(Operations.APIKeysRefresh.self, input, baseURL: baseURL)
    }

    /// List spaces
    ///
    /// `GET /v2/spaces`
    public func spacesList(_ input: Operations.SpacesList.Input = .init()) async throws -> Operations.SpacesList.Output {
        try await transport.perform(Operations.SpacesList.self, input, baseURL: baseURL)
    }
}
