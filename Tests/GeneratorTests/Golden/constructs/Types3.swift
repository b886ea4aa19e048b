// Generated from openapi.json by arize-openapi-generator. Do not edit.

import ArizeOpenAPIRuntime
import Foundation

/// An enum written as a oneOf of consts.
internal enum Speed: RawRepresentable, Encodable, Equatable, Sendable, CaseIterable, CustomStringConvertible, JSONReadable {
    /// `fast`
    case fast
    /// `slow`
    case slow
    /// `stopped`
    case stopped
    /// A value this version of the spec does not know, kept as sent so decoding never fails on it.
    case unknown(String)

    /// The case for a wire value; `unknown` for values the spec does not list.
    /// Spellings that differ only in case or in `-`/`_` (`read-only`, `READ_ONLY`) match too.
    internal init(rawValue: String) {
        switch rawValue {
        case "fast": self = .fast
        case "slow": self = .slow
        case "stopped": self = .stopped
        default:
            switch EnumSpelling.normalized(rawValue) {
            case "FAST": self = .fast
            case "SLOW": self = .slow
            case "STOPPED": self = .stopped
            default: self = .unknown(rawValue)
            }
        }
    }

    /// The wire value.
    internal var rawValue: String {
        switch self {
        case .fast: "fast"
        case .slow: "slow"
        case .stopped: "stopped"
        case .unknown(let value): value
        }
    }

    /// The documented cases.
    internal static var allCases: [Self] { [.fast, .slow, .stopped] }

    /// The wire value.
    internal var description: String { rawValue }

    /// Encodes the wire value.
    internal func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// Reads any string, known or not, without `JSONDecoder` (known values make no `String`).
    internal init(reading reader: inout JSONReader) throws {
        let text = try reader.readStringBytes()
        switch text {
        case "fast": self = .fast
        case "slow": self = .slow
        case "stopped": self = .stopped
        default: self.init(rawValue: text.stringValue)
        }
    }
}

internal typealias Described = Base

internal typealias KindAlias = PetKind

/// An alias of an inline type: its reader must name the declared type.
internal typealias Rows = [RowsValueItem]

internal struct RowsValueItem: Encodable, Equatable, Sendable, Validatable, JSONReadable {
    internal var a: String?

    /// Creates a value; optional properties default to `nil`.
    internal init(a: String? = nil) {
        self.a = a
    }

    /// Encodes the properties under their JSON names.
    internal func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        try container.encodeIfPresent(self.a, forKey: AnyCodingKey("a"))
    }

    /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
    internal init(reading reader: inout JSONReader) throws {
        var _a: String? = nil
        try reader.readObject { key, reader in
            switch key {
            case "a": _a = try reader.readOptional { r0 in try r0.readString() }
            default: try reader.skipValue()
            }
        }
        self.init(a: _a)
    }

    /// Checks the constraints the spec sets on this value.
    internal func validate() throws(ValidationError) {}
}

internal typealias Cells = [String: CellsValueValue]

internal struct CellsValueValue: Encodable, Equatable, Sendable, Validatable, JSONReadable {
    internal var b: Int?

    /// Creates a value; optional properties default to `nil`.
    internal init(b: Int? = nil) {
        self.b = b
    }

    /// Encodes the properties under their JSON names.
    internal func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        try container.encodeIfPresent(self.b, forKey: AnyCodingKey("b"))
    }

    /// Reads the value straight from JSON, without `JSONDecoder`; unknown properties are skipped.
    internal init(reading reader: inout JSONReader) throws {
        var _b: Int? = nil
        try reader.readObject { key, reader in
            switch key {
            case "b": _b = try reader.readOptional { r0 in try r0.readInteger(Int.self) }
            default: try reader.skipValue()
            }
        }
        self.init(b: _b)
    }

    /// Checks the constraints the spec sets on this value.
    internal func validate() throws(ValidationError) {}
}

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
