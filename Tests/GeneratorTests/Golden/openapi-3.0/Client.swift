// Generated from openapi-3.0.json by arize-openapi-generator. Do not edit.

import ArizeOpenAPIRuntime
import Foundation

/// Calls the operations of OpenAPI 3.0 fixture through any `HTTPTransport`.
public struct APIClient: Sendable {
    /// The servers the spec lists; the first is its default.
    public static let serverURLs: [String] = []

    /// Where requests go.
    public var baseURL: URL
    /// What sends them.
    public var transport: any HTTPTransport

    /// Creates a client.
    public init(baseURL: URL, transport: any HTTPTransport) {
        self.baseURL = baseURL
        self.transport = transport
    }

    /// `GET /items`
    public func listItems(_ input: Operations.ListItems.Input = .init()) async throws -> Operations.ListItems.Output {
        try await transport.perform(Operations.ListItems.self, input, baseURL: baseURL)
    }
}
