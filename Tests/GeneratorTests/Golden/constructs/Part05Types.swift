// Generated from openapi.json by arize-openapi-generator. Do not edit.

@_spi(Generated) import ArizeOpenAPIRuntime
import Foundation

internal struct Sheet: Encodable, Equatable, Sendable, Validatable, JSONReadable {
    /// An alias of an inline type: its reader must name the declared type.
    internal var rows: Rows?
    internal var cells: Cells?

    /// Creates a value; optional properties default to `nil`.
    internal init(rows: Rows? = nil, cells: Cells? = nil) {
        self.rows = rows
        self.cells = cells
    }

    /// Encodes the properties under their JSON names.
    internal func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        try container.encodeIfPresent(self.rows, forKey: AnyCodingKey("rows"))
        try container.encodeIfPresent(self.cells, forKey: AnyCodingKey("cells"))
    }

    /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
    internal init(reading reader: inout JSONReader) throws {
        var _rows: Rows? = nil
        var _cells: Cells? = nil
        try reader.readObject { key, reader in
            switch key {
            case "rows": _rows = try reader.readOptional { r0 in try r0.readArray { r1 in try RowsValueItem(reading: &r1) } }
            case "cells": _cells = try reader.readOptional { r0 in try r0.readMap { r1 in try CellsValueValue(reading: &r1) } }
            default: try reader.skipValue()
            }
        }
        self.init(rows: _rows, cells: _cells)
    }

    /// Checks the constraints the spec sets on this value.
    internal func validate() throws(ValidationError) {
        if let value = rows {
            for (index, element) in value.enumerated() {
                try Check.nested(element, field: "rows[\(index)]")
            }
        }
        if let value = cells {
            for (key, element) in value {
                try Check.nested(element, field: "cells[\(key)]")
            }
        }
    }
}

/// Property names that are also the coders' local names.
internal struct Clashing: Encodable, Equatable, Sendable, Validatable, JSONReadable {
    internal var container: String?
    internal var others: String?
    internal var key: String?
    internal var value: String?
    /// Properties the spec does not name, by name.
    internal var additionalProperties: [String: String]

    /// Creates a value; optional properties default to `nil`.
    internal init(container: String? = nil, others: String? = nil, key: String? = nil, value: String? = nil, additionalProperties: [String: String] = [:]) {
        self.container = container
        self.others = others
        self.key = key
        self.value = value
        self.additionalProperties = additionalProperties
    }

    /// Encodes the properties under their JSON names.
    internal func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in additionalProperties {
            try container.encode(value, forKey: AnyCodingKey(key))
        }
        try container.encodeIfPresent(self.container, forKey: AnyCodingKey("container"))
        try container.encodeIfPresent(self.others, forKey: AnyCodingKey("others"))
        try container.encodeIfPresent(self.key, forKey: AnyCodingKey("key"))
        try container.encodeIfPresent(self.value, forKey: AnyCodingKey("value"))
    }

    /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
    internal init(reading reader: inout JSONReader) throws {
        var _container: String? = nil
        var _others: String? = nil
        var _key: String? = nil
        var _value: String? = nil
        var _additionalProperties: [String: String] = [:]
        try reader.readObject { key, reader in
            switch key {
            case "container": _container = try reader.readOptional { r0 in try r0.readString() }
            case "others": _others = try reader.readOptional { r0 in try r0.readString() }
            case "key": _key = try reader.readOptional { r0 in try r0.readString() }
            case "value": _value = try reader.readOptional { r0 in try r0.readString() }
            default: _additionalProperties[key.stringValue] = try reader.readString()
            }
        }
        self.init(container: _container, others: _others, key: _key, value: _value, additionalProperties: _additionalProperties)
    }

    /// Checks the constraints the spec sets on this value.
    internal func validate() throws(ValidationError) {}
}

/// Contains itself by value: the parent is boxed.
internal struct Node: Encodable, Equatable, Sendable, Validatable, JSONReadable {
    internal var name: String
    /// Contains itself by value: the parent is boxed.
    internal var parent: Indirect<Node>?

    /// Creates a value; optional properties default to `nil`.
    internal init(name: String, parent: Indirect<Node>? = nil) {
        self.name = name
        self.parent = parent
    }

    /// Encodes the properties under their JSON names.
    internal func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        try container.encode(self.name, forKey: AnyCodingKey("name"))
        try container.encodeIfPresent(self.parent, forKey: AnyCodingKey("parent"))
    }

    /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
    internal init(reading reader: inout JSONReader) throws {
        var _name: String? = nil
        var _parent: Indirect<Node>? = nil
        try reader.readObject { key, reader in
            switch key {
            case "name": _name = try reader.readString()
            case "parent": _parent = try reader.readOptional { r0 in Indirect(try Node(reading: &r0)) }
            default: try reader.skipValue()
            }
        }
        guard let _name else { throw reader.missing("name") }
        self.init(name: _name, parent: _parent)
    }

    /// Checks the constraints the spec sets on this value.
    internal func validate() throws(ValidationError) {
        if let value = parent {
            try Check.nested(value.value, field: "parent")
        }
    }
}
