import ArizeOpenAPIDocument
/// The Swift-side model the translator builds and the renderer prints.

/// A reference to a Swift type, with what validation and serialization need to know about it.
indirect enum TypeRef: Equatable {
    case string
    case integer(String)  // Int, Int32, Int64
    case floating(String)  // Double, Float
    case bool
    case date
    case secret
    case data
    case any
    /// The schema `false`: the runtime's `NoValue`, which no JSON value decodes to.
    case noValue
    case named(String, NamedKind)
    case array(TypeRef, optionalItems: Bool)
    case map(TypeRef)
    /// Behind a reference (`Indirect<T>`): the property that closes a cycle of structs containing each other.
    case boxed(TypeRef)

    /// The type as messages and doc comments show it: short names (`String`, `[Pet]`).
    var swift: String { written(qualified: false, schemaPrefix: "", componentNames: []) }

    /// The type as Swift source: with `qualified`, the standard library's, Foundation's and the
    /// runtime's types carry their module (`Swift.String`); a component type (or one nested in it,
    /// `Owner.Role`) gets `schemaPrefix` where code outside `Components.Schemas` refers to it.
    func written(qualified: Bool, schemaPrefix: String, componentNames: Set<String>) -> String {
        func module(_ name: String, _ module: String) -> String { qualified ? module + "." + name : name }
        func inner(_ type: TypeRef) -> String { type.written(qualified: qualified, schemaPrefix: schemaPrefix, componentNames: componentNames) }
        switch self {
        case .string: return module("String", "Swift")
        case .integer(let name), .floating(let name): return module(name, "Swift")
        case .bool: return module("Bool", "Swift")
        case .date: return module("Date", "Foundation")
        case .secret: return module("Secret", "ArizeOpenAPIRuntime")
        case .data: return module("Data", "Foundation")
        case .any: return module("OpenAPIValue", "ArizeOpenAPIRuntime")
        case .noValue: return module("NoValue", "ArizeOpenAPIRuntime")
        case .named(let name, _):
            let isComponent = !schemaPrefix.isEmpty && componentNames.contains(String(name.prefix { $0 != "." }))
            return isComponent ? schemaPrefix + name : name
        case .array(let item, let optionalItems): return "[\(inner(item))\(optionalItems ? "?" : "")]"
        case .map(let value): return "[\(module("String", "Swift")): \(inner(value))]"
        case .boxed(let wrapped): return "\(module("Indirect", "ArizeOpenAPIRuntime"))<\(inner(wrapped))>"
        }
    }

    /// The type behind aliases.
    var underlying: TypeRef {
        if case .named(_, .alias(let target)) = self { return target.underlying }
        return self
    }
}

/// What a named type is, so references know how to validate and serialize it.
indirect enum NamedKind: Equatable {
    case structure
    case stringEnum
    case union
    case alias(TypeRef)
}

/// Constraints from the spec that generated validation enforces.
struct Constraints: Equatable {
    var minLength: Int?
    var maxLength: Int?
    var minItems: Int?
    var maxItems: Int?
    var minimum: Double?
    var maximum: Double?
    var exclusiveMinimum: Double?
    var exclusiveMaximum: Double?

    init() {}

    init(_ schema: Schema) {
        minLength = schema.minLength
        maxLength = schema.maxLength
        minItems = schema.minItems
        maxItems = schema.maxItems
        minimum = schema.minimum
        maximum = schema.maximum
        exclusiveMinimum = schema.exclusiveMinimum
        exclusiveMaximum = schema.exclusiveMaximum
    }

    /// Fills the gaps of `self` with `other`'s values (the nearer schema wins).
    func merged(with other: Constraints) -> Constraints {
        var result = self
        result.minLength = minLength ?? other.minLength
        result.maxLength = maxLength ?? other.maxLength
        result.minItems = minItems ?? other.minItems
        result.maxItems = maxItems ?? other.maxItems
        result.minimum = minimum ?? other.minimum
        result.maximum = maximum ?? other.maximum
        result.exclusiveMinimum = exclusiveMinimum ?? other.exclusiveMinimum
        result.exclusiveMaximum = exclusiveMaximum ?? other.exclusiveMaximum
        return result
    }
}

/// A type declaration.
final class TypeDecl {
    enum Kind {
        case structure(properties: [PropertyDecl], additional: TypeRef?)
        case stringEnum(cases: [(name: String, value: String)])
        /// With a discriminator, `shared` lists the properties every branch has alike (read without a
        /// `switch`), and values with an unknown tag decode into the `Unrecognized` nested struct.
        case union(cases: [UnionCase], discriminator: String?, nullable: Bool, shared: [PropertyDecl])
        case alias(TypeRef)
    }

    let name: String
    let doc: [String]
    var kind: Kind
    var nested: [TypeDecl] = []
    let pointer: String
    /// For unions: whether a case contains the union itself by value, which needs `indirect`
    /// (otherwise left out: boxing every value costs an allocation).
    var containsItself = false
    /// Whether the type is public whatever the module's access level (see ``GeneratorOptions/publicTypes``).
    var isPublic = false
    /// Whether the type is `Decodable` and `Hashable` as well as `Encodable` and `Equatable`
    /// (see `Translator.markDecodable`).
    var isDecodable = false

    init(name: String, doc: [String], kind: Kind, pointer: String) {
        self.name = name
        self.doc = doc
        self.kind = kind
        self.pointer = pointer
    }
}

struct PropertyDecl {
    var name: String
    var jsonName: String
    var type: TypeRef
    var optional: Bool
    /// Required by the schema: when also nullable, `nil` must be sent as `null`, not left out.
    var required: Bool
    var doc: [String]
    var constraints: Constraints
    /// The Swift literal of the schema's `const` value (an enum's raw value): the initializer's default,
    /// checked by `validate()`. See `Renderer.constantCode`.
    var constant: String? = nil
}

struct UnionCase {
    var name: String
    var type: TypeRef
    var discriminatorValues: [String]
}

struct ParameterDecl {
    var name: String
    var wireName: String
    var location: Parameter.Location
    var type: TypeRef
    var optional: Bool
    var doc: [String]
    var constraints: Constraints
    var explode: Bool
    /// `style: deepObject`: an object sent as `name[key]=value` query items.
    var deepObject = false
    /// An object, union or free-form value in a query or header, serialized from its JSON encoding
    /// (`form`/`simple` style, see `StyledParameter`).
    var structured = false
    /// Described with `content: application/json`: sent as the value's JSON text.
    var jsonText = false
}

struct HeaderDecl {
    var name: String
    var wireName: String
    var type: TypeRef
    var doc: [String]
}

enum StatusMatch: Equatable {
    case exact(Int)
    case range(Int)  // 4 for 4XX
    case `default`
}

struct ResponseDecl {
    enum Body { case json(TypeRef), raw }
    var status: StatusMatch
    var caseName: String
    var doc: [String]
    var body: Body?
    var headers: [HeaderDecl]
    var headersTypeName: String?
}

struct BodyDecl {
    var type: TypeRef
    var required: Bool
    var contentType: String
    var doc: [String]
    var encoding: BodyEncoding = .json
}

/// How a request body goes on the wire.
enum BodyEncoding: Equatable {
    case json
    /// The bytes given (a body that is neither JSON nor a form), as they are.
    case raw
    /// `application/x-www-form-urlencoded` from an object model.
    case form
    /// `multipart/form-data` from an object model; the properties (JSON names) that hold file bytes.
    case multipart(binaryFields: [String])
}

struct OperationDecl {
    var typeName: String
    var methodName: String
    var operationID: String
    var method: String
    var path: String
    var doc: [String]
    var parameters: [ParameterDecl]
    var body: BodyDecl?
    var responses: [ResponseDecl]
    var nested: [TypeDecl]
    var accept: String
    var deprecated: Bool
}

/// Everything one spec turns into.
struct GeneratedModule {
    var sourceName: String
    var title: String
    var version: String
    var servers: [String]
    var types: [TypeDecl]
    var operations: [OperationDecl]
    /// The document's text, embedded so tools (contract checks, fakes) need no file at run time.
    var documentText: String = ""
    /// The access level of everything not public.
    var access = AccessLevel.internal
    /// The Swift names of the public types.
    var publicNames: Set<String> = []
}
