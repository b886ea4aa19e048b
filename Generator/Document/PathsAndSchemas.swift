/// Reading the parts of a document: paths, operations, parameters, bodies and schemas. Kept apart
/// from the reader's entry point and reference handling so the module's files are of similar size
/// (the compiler shares files among its jobs by count).
extension DocumentReader {
    // MARK: Document

    package mutating func readDocument() throws -> Document {
        let top = try object(root, "#")
        if top["swagger"] != nil { throw GeneratorError("#/swagger", "Swagger 2.0 is not supported; convert the document to OpenAPI 3.0 or 3.1") }
        guard let version = try string(top["openapi"], "#/openapi") else { throw GeneratorError("#/openapi", "missing; expected \"3.0.x\" or \"3.1.x\"") }
        guard version.hasPrefix("3.0") || version.hasPrefix("3.1") || version.hasPrefix("3.2") else {
            throw GeneratorError("#/openapi", "unsupported version \"\(version)\"; expected 3.0.x, 3.1.x or 3.2.x")
        }
        if version.hasPrefix("3.2") {
            warn("#/openapi", "OpenAPI \(version) is read as 3.1: what 3.2 adds (the QUERY method, additionalOperations, "
                + "streaming itemSchema, tag hierarchies) is not generated")
            for (path, item) in (present(top["paths"])?.objectValue?.entries ?? []) {
                for key in ["query", "additionalOperations"] where item.objectValue?[key] != nil {
                    warn(Pointer.child(Pointer.child("#/paths", path), key), "not supported (OpenAPI 3.2); left out")
                }
            }
        }
        if let webhooks = present(top["webhooks"])?.objectValue, !webhooks.entries.isEmpty {
            warn("#/webhooks", "webhooks are requests the API sends, not operations a client calls: "
                + "\(webhooks.entries.count) left out (\(webhooks.entries.prefix(5).map { $0.key }.joined(separator: ", ")))")
        }
        let info = try object(top["info"], "#/info")
        let title = try string(info["title"], "#/info/title") ?? ""
        let apiVersion = try string(info["version"], "#/info/version") ?? ""
        var servers: [String] = []
        for (i, server) in (try array(top["servers"], "#/servers") ?? []).enumerated() {
            let pointer = "#/servers/\(i)"
            if let url = try string(try object(server, pointer)["url"], pointer + "/url") { servers.append(url) }
        }

        var schemas: [(String, Schema)] = []
        if let components = present(top["components"]) {
            let components = try object(components, "#/components")
            if let schemaMap = present(components["schemas"]) {
                for (name, value) in try object(schemaMap, "#/components/schemas").entries {
                    let pointer = Pointer.child("#/components/schemas", name)
                    if let schema = attempt({ try $0.readSchema(value, pointer) }) { schemas.append((name, schema)) }
                }
            }
        }

        // 3.1 allows a document of components alone: then only the models are generated.
        guard let pathsJSON = present(top["paths"]) ?? (top["components"] != nil || top["webhooks"] != nil ? .object(JSONObject()) : nil) else {
            throw GeneratorError("#/paths", "missing; a document needs `paths`, `components` or `webhooks`")
        }
        var operations: [Operation] = []
        let methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"]
        for (path, itemJSON) in try object(pathsJSON, "#/paths").entries {
            let itemPointer = Pointer.child("#/paths", path)
            guard let (item, shared) = attempt({ reader -> (JSONObject, [Parameter]) in
                guard path.hasPrefix("/") else { throw GeneratorError(itemPointer, "a path must start with '/'") }
                let (item, itemLocation, _) = try reader.follow(itemJSON, at: itemPointer)
                return (item, try reader.readParameters(item["parameters"], itemLocation + "/parameters"))
            }) else { continue }
            for key in item.keys {
                let pointer = Pointer.child(itemPointer, key)
                if methods.contains(key) {
                    if let operation = attempt({ try $0.readOperation(method: key, path: path, json: item[key]!, pointer: pointer, shared: shared) }) {
                        operations.append(operation)
                    }
                } else if !["parameters", "summary", "description", "servers", "$ref"].contains(key) && !key.hasPrefix("x-")
                            && !(version.hasPrefix("3.2") && ["query", "additionalOperations"].contains(key)) {  // warned about above
                    diagnostics.errors.append(GeneratorError(pointer, "\"\(key)\" is not a field of a path item (methods are "
                        + methods.joined(separator: ", ") + "; extensions start with x-)"))
                }
            }
        }
        // Problems collected above are in `diagnostics`: `read` refuses the document for them.
        return Document(openapiVersion: version, title: title, version: apiVersion, servers: servers,
                        operations: operations, schemas: schemas, root: root)
    }

    private mutating func readOperation(method: String, path: String, json: JSON, pointer: String, shared: [Parameter]) throws -> Operation {
        let op = try object(json, pointer)
        var parameters = shared
        for parameter in try readParameters(op["parameters"], pointer + "/parameters") {
            parameters.removeAll { $0.name == parameter.name && $0.location == parameter.location }
            parameters.append(parameter)
        }
        var body: RequestBody?
        if let bodyJSON = present(op["requestBody"]) {
            let (bodyObject, location, _) = try follow(bodyJSON, at: pointer + "/requestBody")
            body = RequestBody(required: try bool(bodyObject["required"], location + "/required") ?? false,
                               description: try string(bodyObject["description"], location + "/description"),
                               content: try readContent(bodyObject["content"], location + "/content"),
                               pointer: pointer + "/requestBody")
        }
        // OpenAPI 3.1 lets an operation leave its responses out: every answer is then undocumented.
        let responsesJSON = present(op["responses"]) ?? .object(JSONObject())
        var responses: [Response] = []
        for (status, value) in try object(responsesJSON, pointer + "/responses").entries {
            let responsePointer = Pointer.child(pointer + "/responses", status)
            if status.hasPrefix("x-") { continue }
            let (response, location, chain) = try follow(value, at: responsePointer)
            var headers: [Header] = []
            if let headersJSON = present(response["headers"]) {
                for (name, headerJSON) in try object(headersJSON, location + "/headers").entries {
                    let headerPointer = Pointer.child(location + "/headers", name)
                    let (header, headerLocation, _) = try follow(headerJSON, at: headerPointer)
                    let schema = try header["schema"].map { try readSchema($0, headerLocation + "/schema") }
                    if header["content"] != nil { warn(headerPointer, "header `content` is not supported; the header is read as a string") }
                    headers.append(Header(name: name, description: try string(header["description"], headerLocation + "/description"),
                                          schema: schema, pointer: headerPointer))
                }
            }
            let componentName = chain.last.flatMap { ref -> String? in
                ref.hasPrefix("#/components/responses/") ? String(ref.dropFirst("#/components/responses/".count)) : nil
            }
            responses.append(Response(statusKey: status, description: try string(response["description"], location + "/description"),
                                      headers: headers, content: try readContent(response["content"], location + "/content"),
                                      pointer: responsePointer, componentName: componentName))
        }
        if responses.isEmpty { warn(pointer + "/responses", "no responses are documented; every answer is returned as undocumented") }
        if op["callbacks"] != nil { warn(pointer + "/callbacks", "callbacks are not supported and are not generated") }
        return Operation(method: method, path: path, operationID: try string(op["operationId"], pointer + "/operationId"),
                         summary: try string(op["summary"], pointer + "/summary"),
                         description: try string(op["description"], pointer + "/description"),
                         deprecated: try bool(op["deprecated"], pointer + "/deprecated") ?? false,
                         parameters: parameters, requestBody: body, responses: responses, pointer: pointer)
    }

    private mutating func readParameters(_ json: JSON?, _ pointer: String) throws -> [Parameter] {
        var result: [Parameter] = []
        for (i, value) in (try array(json, pointer) ?? []).enumerated() {
            let itemPointer = "\(pointer)/\(i)"
            let (p, location, _) = try follow(value, at: itemPointer)
            guard let name = try string(p["name"], location + "/name") else { throw GeneratorError(location + "/name", "missing parameter name") }
            guard let inValue = try string(p["in"], location + "/in") else { throw GeneratorError(location + "/in", "missing parameter location") }
            guard let place = Parameter.Location(rawValue: inValue) else {
                throw GeneratorError(location + "/in", "unknown parameter location \"\(inValue)\"")
            }
            let schema: Schema
            var contentType: String?
            if let schemaJSON = p["schema"] {
                schema = try readSchema(schemaJSON, location + "/schema")
            } else if let content = present(p["content"]) {
                // `content` instead of `schema`: the (single) media type's schema; JSON is sent as JSON text.
                let media = try readContent(content, location + "/content")
                guard let first = media.first, let mediaSchema = first.schema else {
                    throw GeneratorError(itemPointer, "parameter \"\(name)\" has no schema in its content")
                }
                if !first.isJSON {
                    warn(location + "/content", "parameter \"\(name)\" is described with `content`; its value is sent as plain text, not encoded as \(first.contentType)")
                }
                contentType = first.contentType
                schema = mediaSchema
            } else {
                throw GeneratorError(itemPointer, "parameter \"\(name)\" has no schema")
            }
            let style = try string(p["style"], location + "/style")
            let required = try bool(p["required"], location + "/required") ?? false
            if place == .path && !required { throw GeneratorError(location + "/required", "path parameters must be required") }
            result.append(Parameter(name: name, location: place, required: required,
                                    description: try string(p["description"], location + "/description"), schema: schema,
                                    explode: try bool(p["explode"], location + "/explode") ?? (style.map { $0 == "form" } ?? (place == .query || place == .cookie)),
                                    pointer: itemPointer, style: style, contentType: contentType))
        }
        return result
    }

    private mutating func readContent(_ json: JSON?, _ pointer: String) throws -> [MediaType] {
        guard let json else { return [] }
        var result: [MediaType] = []
        for (type, value) in try object(json, pointer).entries {
            let mediaPointer = Pointer.child(pointer, type)
            let media = try object(value, mediaPointer)
            var examples: [Example] = []
            if let example = media["example"] { examples.append(Example(name: "example", value: example, pointer: mediaPointer + "/example")) }
            if let examplesJSON = present(media["examples"]) {
                for (name, exampleJSON) in try object(examplesJSON, mediaPointer + "/examples").entries {
                    let examplePointer = Pointer.child(mediaPointer + "/examples", name)
                    let (example, _, _) = try follow(exampleJSON, at: examplePointer)
                    if let value = example["value"] { examples.append(Example(name: name, value: value, pointer: examplePointer + "/value")) }
                }
            }
            result.append(MediaType(contentType: type, schema: try media["schema"].map { try readSchema($0, mediaPointer + "/schema") },
                                    examples: examples, pointer: mediaPointer))
        }
        return result
    }

    // MARK: Schemas

    private static let ignoredKeywords: Set<String> = [
        "example", "examples", "readOnly", "writeOnly", "deprecated", "xml", "externalDocs", "$schema", "$id", "$comment",
        "$anchor", "$defs", "definitions", "contentMediaType", "contentEncoding", "uniqueItems", "multipleOf", "pattern",
        "minProperties", "maxProperties", "$dynamicAnchor",
    ]
    private static let unsupportedKeywords: Set<String> = [
        "not", "if", "then", "else", "dependentSchemas", "dependentRequired", "prefixItems", "patternProperties",
        "unevaluatedProperties", "unevaluatedItems", "contains", "propertyNames", "$dynamicRef",
    ]

    /// Reads one schema. `$ref`s are kept (component schemas become named types).
    package mutating func readSchema(_ json: JSON, _ pointer: String) throws -> Schema {
        let schema = Schema(pointer: pointer)
        if case .bool(let allowed) = json {
            if !allowed {
                warn(pointer, "the schema `false` allows no value: generated as `NoValue`, which nothing decodes to")
                schema.allowsNothing = true
            }
            return schema
        }
        let object = try self.object(json, pointer)
        for key in object.keys {
            if Self.unsupportedKeywords.contains(key) {
                warn(Pointer.child(pointer, key), "`\(key)` is not supported; the value is generated without this constraint")
            } else if key == "pattern" {
                warn(Pointer.child(pointer, key), "`pattern` is not checked by generated validation")
            }
        }
        if let ref = object["$ref"] {
            guard let target = ref.stringValue else { throw GeneratorError(pointer + "/$ref", "expected a string") }
            _ = try lookup(target, from: pointer + "/$ref")
            schema.ref = target
        }
        switch object["type"] {
        case nil: break
        case .string(let type)?: schema.types = [type]
        case .array(let types)?:
            schema.types = try types.enumerated().map { i, t in
                // `type: [string, null]` in YAML is the value null, not the string: it means the same.
                if case .null = t { return "null" }
                guard let s = t.stringValue else { throw GeneratorError("\(pointer)/type/\(i)", "expected a string") }
                return s
            }
        case let other?: throw GeneratorError(pointer + "/type", "expected a string or an array of strings, found \(other.typeName)")
        }
        let known = ["string", "integer", "number", "boolean", "array", "object", "null"]
        for type in schema.types where !known.contains(type) {
            throw GeneratorError(pointer + "/type", "unknown type \"\(type)\"")
        }
        if schema.types.contains("null") { schema.nullable = true; schema.types.removeAll { $0 == "null" } }
        if try bool(object["nullable"], pointer + "/nullable") == true { schema.nullable = true }
        if schema.types.count > 1 {
            // Kept as any JSON value rather than refusing the whole document.
            warn(pointer + "/type", "a value of several types (\(schema.types.joined(separator: ", "))) is generated as OpenAPIValue; a oneOf would be typed")
            schema.types = []
        }
        schema.format = try string(object["format"], pointer + "/format")
        schema.title = try string(object["title"], pointer + "/title")
        schema.description = try string(object["description"], pointer + "/description")
        if let values = try array(object["enum"], pointer + "/enum") {
            schema.enumValues = values
            if values.contains(.null) { schema.nullable = true; schema.enumValues = values.filter { $0 != .null } }
        }
        schema.constValue = object["const"]
        if let props = present(object["properties"]) {
            for (name, value) in try self.object(props, pointer + "/properties").entries {
                schema.properties.append((name, try readSchema(value, Pointer.child(pointer + "/properties", name))))
            }
        }
        if let required = try array(object["required"], pointer + "/required") {
            schema.required = try required.enumerated().map { i, r in
                guard let s = r.stringValue else { throw GeneratorError("\(pointer)/required/\(i)", "expected a string") }
                return s
            }
        }
        if let items = object["items"] {
            if case .array = items { throw GeneratorError(pointer + "/items", "tuple-style `items` arrays are not supported") }
            schema.items = try readSchema(items, pointer + "/items")
        }
        switch object["additionalProperties"] {
        case nil, .bool(true)?: break
        case .bool(false)?: schema.additionalPropertiesForbidden = true
        case let value?: schema.additionalProperties = try readSchema(value, pointer + "/additionalProperties")
        }
        for (key, keyPath) in [("allOf", \Schema.allOf), ("oneOf", \Schema.oneOf), ("anyOf", \Schema.anyOf)] {
            if let list = try array(object[key], pointer + "/" + key) {
                if list.isEmpty { throw GeneratorError(pointer + "/" + key, "must not be empty") }
                schema[keyPath: keyPath] = try list.enumerated().map { i, s in try readSchema(s, "\(pointer)/\(key)/\(i)") }
            }
        }
        if let discriminator = present(object["discriminator"]) {
            let d = try self.object(discriminator, pointer + "/discriminator")
            guard let name = try string(d["propertyName"], pointer + "/discriminator/propertyName") else {
                throw GeneratorError(pointer + "/discriminator/propertyName", "missing")
            }
            var mapping: [(String, String)] = []
            if let m = present(d["mapping"]) {
                for (value, ref) in try self.object(m, pointer + "/discriminator/mapping").entries {
                    guard let target = ref.stringValue else { throw GeneratorError(Pointer.child(pointer + "/discriminator/mapping", value), "expected a string") }
                    mapping.append((value, target.hasPrefix("#") ? target : "#/components/schemas/" + target))
                }
            }
            schema.discriminator = (name, mapping)
        }
        schema.minLength = try int(object["minLength"], pointer + "/minLength")
        schema.maxLength = try int(object["maxLength"], pointer + "/maxLength")
        schema.minItems = try int(object["minItems"], pointer + "/minItems")
        schema.maxItems = try int(object["maxItems"], pointer + "/maxItems")
        schema.minimum = try number(object["minimum"], pointer + "/minimum")
        schema.maximum = try number(object["maximum"], pointer + "/maximum")
        // 3.0 uses booleans beside minimum/maximum; 3.1 uses numbers.
        switch object["exclusiveMinimum"] {
        case .bool(true)?: schema.exclusiveMinimum = schema.minimum; schema.minimum = nil
        case .bool(false)?, nil: break
        case let value?: schema.exclusiveMinimum = try number(value, pointer + "/exclusiveMinimum")
        }
        switch object["exclusiveMaximum"] {
        case .bool(true)?: schema.exclusiveMaximum = schema.maximum; schema.maximum = nil
        case .bool(false)?, nil: break
        case let value?: schema.exclusiveMaximum = try number(value, pointer + "/exclusiveMaximum")
        }
        schema.defaultValue = object["default"]
        if let example = object["example"] { schema.examples.append(example) }
        if let examples = try array(object["examples"], pointer + "/examples") { schema.examples += examples }
        return schema
    }
}
