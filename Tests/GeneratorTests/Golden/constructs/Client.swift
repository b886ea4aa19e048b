// Generated from openapi.json by arize-openapi-generator. Do not edit.

import ArizeOpenAPIRuntime
import Foundation

/// Calls the operations of Constructs fixture through any `HTTPTransport`.
public struct APIClient: Sendable {
    /// The servers the spec lists; the first is its default.
    public static let serverURLs: [String] = ["https://fixture.example.com/api"]

    /// Where requests go.
    public var baseURL: URL
    /// What sends them.
    public var transport: any HTTPTransport

    /// Creates a client.
    public init(baseURL: URL, transport: any HTTPTransport) {
        self.baseURL = baseURL
        self.transport = transport
    }

    /// S CRLF
    ///
    /// `POST /hostile`
    public func hostilePublicLetInjectedOp1(_ input: Operations.HostilePublicLetInjectedOp1.Input) async throws -> Operations.HostilePublicLetInjectedOp1.Output {
        try await transport.perform(Operations.HostilePublicLetInjectedOp1.self, input, baseURL: baseURL)
    }

    /// Fetch a pet
    ///
    /// `GET /pets/{pet_id}`
    public func getPet(_ input: Operations.GetPet.Input) async throws -> Operations.GetPet.Output {
        try await transport.perform(Operations.GetPet.self, input, baseURL: baseURL)
    }

    /// `PUT /pets/{pet_id}`
    public func putPet(_ input: Operations.PutPet.Input) async throws -> Operations.PutPet.Output {
        try await transport.perform(Operations.PutPet.self, input, baseURL: baseURL)
    }

    /// `POST /events`
    public func recordEvent(_ input: Operations.RecordEvent.Input = .init()) async throws -> Operations.RecordEvent.Output {
        try await transport.perform(Operations.RecordEvent.self, input, baseURL: baseURL)
    }
}
