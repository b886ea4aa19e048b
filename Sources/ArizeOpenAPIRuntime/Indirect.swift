import Foundation

/// A value kept behind a reference, so that a schema containing itself by value (a node with a
/// `parent` node) can still be a Swift struct. Generated code uses it for the one property that
/// closes such a cycle; read the value with ``value``.
public struct Indirect<Wrapped> {
    private final class Storage: @unchecked Sendable {  // immutable after init
        let value: Wrapped
        init(_ value: Wrapped) { self.value = value }
    }

    private let storage: Storage

    /// Wraps a value.
    public init(_ value: Wrapped) { storage = Storage(value) }

    /// The wrapped value.
    public var value: Wrapped { storage.value }
}

extension Indirect: Sendable where Wrapped: Sendable {}

extension Indirect: Equatable where Wrapped: Equatable {
    /// Equal when the wrapped values are.
    public static func == (lhs: Indirect, rhs: Indirect) -> Bool { lhs.value == rhs.value }
}

extension Indirect: Hashable where Wrapped: Hashable {
    /// Hashes the wrapped value.
    public func hash(into hasher: inout Hasher) { hasher.combine(value) }
}

extension Indirect: Decodable where Wrapped: Decodable {
    /// Decodes the wrapped value as it is (no extra level in the JSON).
    public init(from decoder: any Decoder) throws { self.init(try Wrapped(from: decoder)) }
}

extension Indirect: Encodable where Wrapped: Encodable {
    /// Encodes the wrapped value as it is.
    public func encode(to encoder: any Encoder) throws { try value.encode(to: encoder) }
}

extension Indirect: JSONReadable where Wrapped: JSONReadable {
    /// Reads the wrapped value.
    public init(reading reader: inout JSONReader) throws { self.init(try Wrapped(reading: &reader)) }
}
