// Generated from openapi-3.0.json by arize-openapi-generator. Do not edit.

@_spi(Generated) import ArizeOpenAPIRuntime
import Foundation

/// Calls the operations of OpenAPI 3.0 fixture through any `HTTPTransport`.
internal struct APIClient: Swift.Sendable {
    /// The servers the spec lists; the first is its default.
    internal static let serverURLs: [Swift.String] = []

    /// Where requests go.
    internal var baseURL: Foundation.URL
    /// What sends them.
    internal var transport: any ArizeOpenAPIRuntime.HTTPTransport

    /// Creates a client.
    internal init(baseURL: Foundation.URL, transport: any ArizeOpenAPIRuntime.HTTPTransport) {
        self.baseURL = baseURL
        self.transport = transport
    }

    /// `GET /items`
    internal func listItems(_ input: Operations.ListItems.Input = .init()) async throws -> Operations.ListItems.Output {
        try await transport.perform(Operations.ListItems.self, input, baseURL: baseURL)
    }
}

/// The OpenAPI document this module was generated from, so tools that check traffic against it
/// (contract tests, fakes) need no file at run time.
internal enum OpenAPISpec {
    /// The document's JSON text, as given to the generator.
    internal static let json = "{\n  \"openapi\": \"3.0.3\",\n  \"info\": { \"title\": \"OpenAPI 3.0 fixture\", \"version\": \"1\" },\n  \"paths\": {\n    \"/items\": {\n      \"get\": {\n        \"operationId\": \"list_items\",\n        \"parameters\": [ { \"name\": \"min_price\", \"in\": \"query\", \"schema\": { \"type\": \"number\", \"minimum\": 0, \"exclusiveMinimum\": true } } ],\n        \"responses\": {\n          \"200\": { \"description\": \"Items.\", \"content\": { \"application/json\": { \"schema\": { \"type\": \"array\", \"items\": { \"$ref\": \"#/components/schemas/Item\" } } } } }\n        }\n      }\n    }\n  },\n  \"components\": {\n    \"schemas\": {\n      \"Item\": {\n        \"type\": \"object\",\n        \"required\": [\"id\", \"price\"],\n        \"properties\": {\n          \"id\": { \"type\": \"string\" },\n          \"price\": { \"type\": \"number\", \"minimum\": 0, \"exclusiveMinimum\": true },\n          \"note\": { \"type\": \"string\", \"nullable\": true },\n          \"owner\": { \"allOf\": [ { \"$ref\": \"#/components/schemas/Owner\" } ], \"nullable\": true, \"description\": \"Who owns it.\" },\n          \"state\": { \"type\": \"string\", \"enum\": [\"new\", \"used\", null], \"nullable\": true }\n        }\n      },\n      \"Owner\": { \"type\": \"object\", \"properties\": { \"name\": { \"type\": \"string\" } } }\n    }\n  }\n}\n"
}
