// Generated from arize-api-keys.json by arize-openapi-generator. Do not edit.

@_spi(Generated) import ArizeOpenAPIRuntime
import Foundation

/// Where a page stands in the whole list.
internal struct PaginationMetadata: Encodable, Equatable, Sendable, Validatable, JSONReadable {
    /// Whether another page follows.
    internal var hasMore: Bool
    /// The cursor of the next page; present when `has_more` is true.
    internal var nextCursor: String?

    /// Creates a value; optional properties default to `nil`.
    internal init(hasMore: Bool, nextCursor: String? = nil) {
        self.hasMore = hasMore
        self.nextCursor = nextCursor
    }

    /// Encodes the properties under their JSON names.
    internal func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        try container.encode(self.hasMore, forKey: AnyCodingKey("has_more"))
        try container.encodeIfPresent(self.nextCursor, forKey: AnyCodingKey("next_cursor"))
    }

    /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
    internal init(reading reader: inout JSONReader) throws {
        var _hasMore: Bool? = nil
        var _nextCursor: String? = nil
        try reader.readObject { key, reader in
            switch key {
            case "has_more": _hasMore = try reader.readBool()
            case "next_cursor": _nextCursor = try reader.readOptional { r0 in try r0.readString() }
            default: try reader.skipValue()
            }
        }
        guard let _hasMore else { throw reader.missing("has_more") }
        self.init(hasMore: _hasMore, nextCursor: _nextCursor)
    }

    /// Checks the constraints the spec sets on this value.
    internal func validate() throws(ValidationError) {}
}

/// One page of API keys.
internal struct ListAPIKeysResponse: Encodable, Equatable, Sendable, Validatable, JSONReadable {
    /// The keys on this page.
    internal var apiKeys: [APIKey]
    /// Where a page stands in the whole list.
    internal var pagination: PaginationMetadata

    /// Creates a value; optional properties default to `nil`.
    internal init(apiKeys: [APIKey], pagination: PaginationMetadata) {
        self.apiKeys = apiKeys
        self.pagination = pagination
    }

    /// Encodes the properties under their JSON names.
    internal func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        try container.encode(self.apiKeys, forKey: AnyCodingKey("api_keys"))
        try container.encode(self.pagination, forKey: AnyCodingKey("pagination"))
    }

    /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
    internal init(reading reader: inout JSONReader) throws {
        var _apiKeys: [APIKey]? = nil
        var _pagination: PaginationMetadata? = nil
        try reader.readObject { key, reader in
            switch key {
            case "api_keys": _apiKeys = try reader.readArray { r0 in try APIKey(reading: &r0) }
            case "pagination": _pagination = try PaginationMetadata(reading: &reader)
            default: try reader.skipValue()
            }
        }
        guard let _apiKeys else { throw reader.missing("api_keys") }
        guard let _pagination else { throw reader.missing("pagination") }
        self.init(apiKeys: _apiKeys, pagination: _pagination)
    }

    /// Checks the constraints the spec sets on this value.
    internal func validate() throws(ValidationError) {
        for (index, element) in apiKeys.enumerated() {
            try Check.nested(element, field: "apiKeys[\(index)]")
        }
        try Check.nested(pagination, field: "pagination")
    }
}

/// A space: the unit that holds models, projects and service keys.
internal struct Space: Encodable, Equatable, Sendable, Validatable, JSONReadable {
    /// The space's opaque id.
    internal var id: String
    /// The id of the organization the space belongs to (older servers may omit it).
    internal var organizationID: String?
    /// The space's name; not unique across organizations.
    internal var name: String
    /// What the space is for.
    internal var description: String
    /// When the space was created.
    internal var createdAt: Date
    /// Whether only invited members see the space.
    internal var isPrivate: Bool
    /// Whether ML models are enabled in the space.
    internal var mlModelsEnabled: Bool?
    /// Start color of the space's badge.
    internal var gradientStartColor: String?
    /// End color of the space's badge.
    internal var gradientEndColor: String?
    /// The space's default LLM integration.
    internal var defaultLlmIntegration: DefaultLlmIntegration?
    /// The space's default agent runtime.
    internal var defaultAgentRuntime: DefaultAgentRuntime?

    /// Creates a value; optional properties default to `nil`.
    internal init(id: String, organizationID: String? = nil, name: String, description: String, createdAt: Date, isPrivate: Bool, mlModelsEnabled: Bool? = nil, gradientStartColor: String? = nil, gradientEndColor: String? = nil, defaultLlmIntegration: DefaultLlmIntegration? = nil, defaultAgentRuntime: DefaultAgentRuntime? = nil) {
        self.id = id
        self.organizationID = organizationID
        self.name = name
        self.description = description
        self.createdAt = createdAt
        self.isPrivate = isPrivate
        self.mlModelsEnabled = mlModelsEnabled
        self.gradientStartColor = gradientStartColor
        self.gradientEndColor = gradientEndColor
        self.defaultLlmIntegration = defaultLlmIntegration
        self.defaultAgentRuntime = defaultAgentRuntime
    }

    /// Encodes the properties under their JSON names.
    internal func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        try container.encode(self.id, forKey: AnyCodingKey("id"))
        try container.encodeIfPresent(self.organizationID, forKey: AnyCodingKey("organization_id"))
        try container.encode(self.name, forKey: AnyCodingKey("name"))
        try container.encode(self.description, forKey: AnyCodingKey("description"))
        try container.encode(self.createdAt, forKey: AnyCodingKey("created_at"))
        try container.encode(self.isPrivate, forKey: AnyCodingKey("is_private"))
        try container.encodeIfPresent(self.mlModelsEnabled, forKey: AnyCodingKey("ml_models_enabled"))
        try container.encodeIfPresent(self.gradientStartColor, forKey: AnyCodingKey("gradient_start_color"))
        try container.encodeIfPresent(self.gradientEndColor, forKey: AnyCodingKey("gradient_end_color"))
        try container.encodeIfPresent(self.defaultLlmIntegration, forKey: AnyCodingKey("default_llm_integration"))
        try container.encodeIfPresent(self.defaultAgentRuntime, forKey: AnyCodingKey("default_agent_runtime"))
    }

    /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
    internal init(reading reader: inout JSONReader) throws {
        var _id: String? = nil
        var _organizationID: String? = nil
        var _name: String? = nil
        var _description: String? = nil
        var _createdAt: Date? = nil
        var _isPrivate: Bool? = nil
        var _mlModelsEnabled: Bool? = nil
        var _gradientStartColor: String? = nil
        var _gradientEndColor: String? = nil
        var _defaultLlmIntegration: DefaultLlmIntegration? = nil
        var _defaultAgentRuntime: DefaultAgentRuntime? = nil
        try reader.readObject { key, reader in
            switch key {
            case "id": _id = try reader.readString()
            case "organization_id": _organizationID = try reader.readOptional { r0 in try r0.readString() }
            case "name": _name = try reader.readString()
            case "description": _description = try reader.readString()
            case "created_at": _createdAt = try reader.readDate()
            case "is_private": _isPrivate = try reader.readBool()
            case "ml_models_enabled": _mlModelsEnabled = try reader.readOptional { r0 in try r0.readBool() }
            case "gradient_start_color": _gradientStartColor = try reader.readOptional { r0 in try r0.readString() }
            case "gradient_end_color": _gradientEndColor = try reader.readOptional { r0 in try r0.readString() }
            case "default_llm_integration": _defaultLlmIntegration = try reader.readOptional { r0 in try DefaultLlmIntegration(reading: &r0) }
            case "default_agent_runtime": _defaultAgentRuntime = try reader.readOptional { r0 in try DefaultAgentRuntime(reading: &r0) }
            default: try reader.skipValue()
            }
        }
        guard let _id else { throw reader.missing("id") }
        guard let _name else { throw reader.missing("name") }
        guard let _description else { throw reader.missing("description") }
        guard let _createdAt else { throw reader.missing("created_at") }
        guard let _isPrivate else { throw reader.missing("is_private") }
        self.init(id: _id, organizationID: _organizationID, name: _name, description: _description, createdAt: _createdAt, isPrivate: _isPrivate, mlModelsEnabled: _mlModelsEnabled, gradientStartColor: _gradientStartColor, gradientEndColor: _gradientEndColor, defaultLlmIntegration: _defaultLlmIntegration, defaultAgentRuntime: _defaultAgentRuntime)
    }

    /// Checks the constraints the spec sets on this value.
    internal func validate() throws(ValidationError) {
        if let value = defaultLlmIntegration {
            try Check.nested(value, field: "defaultLlmIntegration")
        }
        if let value = defaultAgentRuntime {
            try Check.nested(value, field: "defaultAgentRuntime")
        }
    }

    /// The space's default LLM integration.
    internal struct DefaultLlmIntegration: Encodable, Equatable, Sendable, Validatable, JSONReadable {
        /// The integration's id.
        internal var integrationID: String?
        /// The model it uses.
        internal var modelName: String?

        /// Creates a value; optional properties default to `nil`.
        internal init(integrationID: String? = nil, modelName: String? = nil) {
            self.integrationID = integrationID
            self.modelName = modelName
        }

        /// Encodes the properties under their JSON names.
        internal func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: AnyCodingKey.self)
            try container.encodeIfPresent(self.integrationID, forKey: AnyCodingKey("integration_id"))
            try container.encodeIfPresent(self.modelName, forKey: AnyCodingKey("model_name"))
        }

        /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
        internal init(reading reader: inout JSONReader) throws {
            var _integrationID: String? = nil
            var _modelName: String? = nil
            try reader.readObject { key, reader in
                switch key {
                case "integration_id": _integrationID = try reader.readOptional { r0 in try r0.readString() }
                case "model_name": _modelName = try reader.readOptional { r0 in try r0.readString() }
                default: try reader.skipValue()
                }
            }
            self.init(integrationID: _integrationID, modelName: _modelName)
        }

        /// Checks the constraints the spec sets on this value.
        internal func validate() throws(ValidationError) {}
    }

    /// The space's default agent runtime.
    internal struct DefaultAgentRuntime: Encodable, Equatable, Sendable, Validatable, JSONReadable {
        /// The integration's id.
        internal var integrationID: String?

        /// Creates a value; optional properties default to `nil`.
        internal init(integrationID: String? = nil) {
            self.integrationID = integrationID
        }

        /// Encodes the properties under their JSON names.
        internal func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: AnyCodingKey.self)
            try container.encodeIfPresent(self.integrationID, forKey: AnyCodingKey("integration_id"))
        }

        /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
        internal init(reading reader: inout JSONReader) throws {
            var _integrationID: String? = nil
            try reader.readObject { key, reader in
                switch key {
                case "integration_id": _integrationID = try reader.readOptional { r0 in try r0.readString() }
                default: try reader.skipValue()
                }
            }
            self.init(integrationID: _integrationID)
        }

        /// Checks the constraints the spec sets on this value.
        internal func validate() throws(ValidationError) {}
    }
}
