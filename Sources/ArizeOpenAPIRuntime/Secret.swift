/// A secret string (an API key, a token) that never shows itself by accident.
///
/// `description`, `debugDescription`, string interpolation, `print`, `dump` and
/// mirrors all show `<redacted>`. The value is read only through ``revealed``,
/// so every place that handles the secret itself is easy to find in review.
/// Encoding (for example to JSON) writes the real value: that is how it travels
/// to a server or a secret store.
public struct Secret: Sendable, Hashable, Codable, CustomStringConvertible, CustomDebugStringConvertible,
    CustomReflectable, ExpressibleByStringLiteral
{
    private let value: String

    /// Wraps a secret value.
    public init(_ value: String) { self.value = value }

    /// Wraps a literal; meant for tests and examples.
    public init(stringLiteral value: String) { self.value = value }

    /// The secret itself. Read it only to hand it to where it belongs.
    public var revealed: String { value }

    /// Whether the secret is the empty string.
    public var isEmpty: Bool { value.isEmpty }

    /// Always `<redacted>`.
    public var description: String { "<redacted>" }

    /// Always `Secret(<redacted>)`.
    public var debugDescription: String { "Secret(<redacted>)" }

    /// A mirror with no children, so `dump` and reflection see nothing.
    public var customMirror: Mirror { Mirror(self, children: [], displayStyle: .struct) }

    /// Decodes from a plain JSON string.
    public init(from decoder: any Decoder) throws {
        self.value = try decoder.singleValueContainer().decode(String.self)
    }

    /// Encodes as a plain JSON string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }
}
