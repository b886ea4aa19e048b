import ArizeOpenAPIDocument
/// Turns spec names into Swift names that follow the API Design Guidelines:
/// `created_by_user_id` → `createdByUserID`, `ApiKey` → `APIKey`, `read-only` → `readOnly`.
package enum Naming {
    /// Words always written in capitals (`id` → `ID`).
    static let acronyms: Set<String> = ["id", "ids", "api", "url", "uri", "http", "https", "json", "uuid", "sql", "ip", "ui", "tls", "ssl", "html", "xml", "jwt", "sdk", "cpu", "gpu"]

    /// Words every Swift identifier would need backticks for.
    static let keywords: Set<String> = [
        "associatedtype", "class", "deinit", "enum", "extension", "fileprivate", "func", "import", "init", "inout",
        "internal", "let", "open", "operator", "private", "precedencegroup", "protocol", "public", "rethrows", "static",
        "struct", "subscript", "typealias", "var", "break", "case", "catch", "continue", "default", "defer", "do",
        "else", "fallthrough", "for", "guard", "if", "in", "repeat", "return", "throw", "switch", "where", "while",
        "Any", "as", "false", "is", "nil", "self", "Self", "super", "true", "try", "throws", "await", "Type", "Protocol",
    ]

    /// The type names a document's names cannot take, whatever the document; such schemas get a
    /// `Schema` suffix, other types `Value`. Not a list of everything generated code might collide
    /// with: document types live in `Components.Schemas` and `Operations`, and generated code writes
    /// every outside type with its module (`Swift.String`). What is left are the names that
    /// qualification itself relies on and the names the generator declares beside a document's:
    static let reservedTypeNames: Set<String> = [
        // Names the language gives a meaning after a dot (`Foo.Type`, `Foo.Self`) or reserves.
        "Type", "Protocol", "Self", "Any",
        // The modules generated code qualifies names with.
        "Swift", "Foundation", "ArizeOpenAPIRuntime",
        // The generator's own: the namespace operations reach schemas through, and the types it
        // nests in unions (`Unrecognized`, the private `Tag`) next to references to schemas.
        "Components", "Unrecognized", "Tag",
    ]

    /// Splits a name into lowercase words at separators, case changes and digit runs.
    /// Works on scalars, not Characters: grapheme breaking is slow and names are nearly always ASCII.
    static func words(_ name: String) -> [String] {
        enum Kind { case lower, upper, digit, other }
        func kind(_ scalar: Unicode.Scalar) -> Kind {
            switch scalar.value {
            case 0x61...0x7A: return .lower
            case 0x41...0x5A: return .upper
            case 0x30...0x39: return .digit
            default:
                if scalar.properties.isUppercase { return .upper }
                if scalar.properties.isAlphabetic { return .lower }
                if scalar.properties.numericType != nil { return .digit }
                return .other
            }
        }
        let scalars = Array(name.unicodeScalars)
        var words: [String] = []
        var current = String.UnicodeScalarView()
        var last: Kind = .other
        for (i, scalar) in scalars.enumerated() {
            let k = kind(scalar)
            if k == .other {
                if !current.isEmpty { words.append(String(current)); current = String.UnicodeScalarView() }
                last = .other
                continue
            }
            if !current.isEmpty {
                let nextIsLower = i + 1 < scalars.count && kind(scalars[i + 1]) == .lower
                let boundary = (last == .lower && k == .upper) || (last == .upper && k == .upper && nextIsLower)
                    || ((last == .digit) != (k == .digit))
                if boundary { words.append(String(current)); current = String.UnicodeScalarView() }
            }
            current.append(scalar)
            last = k
        }
        if !current.isEmpty { words.append(String(current)) }
        return words.map { $0.lowercased() }
    }

    private static func capitalized(_ word: String) -> String {
        if acronyms.contains(word) { return word.uppercased() }
        return word.prefix(1).uppercased() + word.dropFirst()
    }

    /// `api_key_created` → `APIKeyCreated`.
    package static func typeName(_ raw: String) -> String {
        var name = words(raw).map(capitalized).joined()
        if name.isEmpty { name = "Value" }
        if name.first!.isNumber { name = "_" + name }
        return name
    }

    /// `created_by_user_id` → `createdByUserID`; leading acronyms stay lowercase (`id`, `apiKeyID`, `urlPath`).
    package static func memberName(_ raw: String) -> String {
        let parts = words(raw)
        guard let first = parts.first else { return "value" }
        var name = first + parts.dropFirst().map(capitalized).joined()
        if name.first!.isNumber { name = "_" + name }
        // Backticks are not enough for these: a parameter named `self` hides self, `.init` is the initializer.
        if name == "self" || name == "init" { name += "Value" }
        return name
    }

    /// An argument label at a call site, where only `inout`, `var` and `let` need backticks.
    package static func argumentLabel(_ identifier: String) -> String {
        ["inout", "var", "let"].contains(identifier) ? "`\(identifier)`" : identifier
    }

    /// Wraps a Swift keyword in backticks.
    package static func escaped(_ identifier: String) -> String {
        keywords.contains(identifier) ? "`\(identifier)`" : identifier
    }
}

/// Hands out names that are unique within one scope, deterministically: the first taker
/// of a name keeps it, later ones get a numbered suffix (`userID`, `userID2`).
struct NameScope {
    /// Names taken in enclosing scopes; shared, never copied (a spec can have thousands).
    private let outer: Set<String>
    private var taken: Set<String> = []

    init(reserved: Set<String> = []) { outer = reserved }

    init(outer: Set<String>, reserved: [String]) {
        self.outer = outer
        taken = Set(reserved)
    }

    mutating func claim(_ candidate: String) -> String {
        var name = candidate
        var n = 2
        while taken.contains(name) || outer.contains(name) { name = candidate + String(n); n += 1 }
        taken.insert(name)
        return name
    }
}
