import ArizeOpenAPIDocument

/// Operations: parameters, bodies, responses and their headers.
extension Translator {
    // MARK: Operations

    private static let statusNames: [Int: String] = [
        100: "continue", 101: "switchingProtocols", 200: "ok", 201: "created", 202: "accepted", 203: "nonAuthoritativeInformation",
        204: "noContent", 205: "resetContent", 206: "partialContent", 300: "multipleChoices", 301: "movedPermanently",
        302: "found", 303: "seeOther", 304: "notModified", 307: "temporaryRedirect", 308: "permanentRedirect",
        400: "badRequest", 401: "unauthorized", 402: "paymentRequired", 403: "forbidden", 404: "notFound",
        405: "methodNotAllowed", 406: "notAcceptable", 408: "requestTimeout", 409: "conflict", 410: "gone",
        411: "lengthRequired", 412: "preconditionFailed", 413: "contentTooLarge", 414: "uriTooLong",
        415: "unsupportedMediaType", 416: "rangeNotSatisfiable", 417: "expectationFailed", 421: "misdirectedRequest",
        422: "unprocessableContent", 423: "locked", 424: "failedDependency", 425: "tooEarly", 426: "upgradeRequired",
        428: "preconditionRequired", 429: "tooManyRequests", 431: "requestHeaderFieldsTooLarge",
        451: "unavailableForLegalReasons", 500: "internalServerError", 501: "notImplemented", 502: "badGateway",
        503: "serviceUnavailable", 504: "gatewayTimeout", 505: "httpVersionNotSupported",
    ]

    mutating func translateOperation(_ operation: Operation, id: String, typeName: String, methodName: String) throws -> OperationDecl {
        var context = NestContext(names: NameScope(outer: topLevelNames, reserved: ["Input", "Output", typeName]))
        var paramScope = NameScope(reserved: ["body", "validate"])
        var parameters: [ParameterDecl] = []
        for parameter in operation.parameters {
            let swiftName = paramScope.claim(Naming.memberName(parameter.name))
            let use = try typeRef(for: parameter.schema, suggested: Naming.typeName(parameter.name), context: &context)
            let (type, nullable, constraints) = (use.type, use.nullable, use.constraints)
            // What cannot be put in a URL or header yet is left out, loudly, rather than refusing the document.
            let isObject: Bool = { if case .named(_, .structure) = type.underlying { true } else if case .map = type.underlying { true } else { false } }()
            let deepObject = parameter.style == "deepObject" && parameter.location == .query && isObject
            if let style = parameter.style, !["form", "simple"].contains(style), !deepObject {
                guard parameter.location != .path else { throw GeneratorError(parameter.pointer, "path parameter style \"\(style)\" is not supported") }
                warn(parameter.pointer, "parameter \"\(parameter.name)\" has style \(style), which is not generated yet; the operation is generated without it")
                continue
            }
            let jsonText = parameter.contentType.map(MediaType.isJSON) ?? false
            // Objects, unions and free-form values go in queries and headers through their JSON encoding.
            let structured = !deepObject && !jsonText && !Self.serializable(type) && (parameter.location == .query || parameter.location == .header)
            guard deepObject || jsonText || structured || Self.serializable(type) else {
                guard parameter.location != .path else {
                    throw GeneratorError(parameter.pointer, "path parameter \"\(parameter.name)\" of type \(type.swift) cannot be serialized")
                }
                warn(parameter.pointer, "\(parameter.location.rawValue) parameter \"\(parameter.name)\" of type \(type.swift) cannot be serialized yet; "
                    + "the operation is generated without it")
                continue
            }
            if case .array = type.underlying, parameter.location == .path {
                throw GeneratorError(parameter.pointer, "array path parameters are not supported")
            }
            parameters.append(ParameterDecl(name: swiftName, wireName: parameter.name, location: parameter.location, type: type,
                                            optional: !parameter.required || nullable, doc: Self.docLines(parameter.description),
                                            constraints: constraints, explode: parameter.explode, deepObject: deepObject,
                                            structured: structured, jsonText: jsonText))
        }
        // Every `{name}` in the path needs a path parameter, and every path parameter a `{name}`.
        let templateNames = Self.templateNames(operation.path)
        for name in templateNames where !operation.parameters.contains(where: { $0.location == .path && $0.name == name }) {
            throw GeneratorError(operation.pointer, "path \"\(operation.path)\" names {\(name)} but no path parameter \"\(name)\" is declared")
        }
        for parameter in operation.parameters where parameter.location == .path && !templateNames.contains(parameter.name) {
            throw GeneratorError(parameter.pointer, "path parameter \"\(parameter.name)\" does not appear in \"\(operation.path)\"")
        }

        var body: BodyDecl?
        if let requestBody = operation.requestBody {
            if let media = requestBody.content.first(where: \.isJSON) {
                for other in requestBody.content where other.contentType != media.contentType {
                    warn(other.pointer, "only the JSON request body (\(media.contentType)) is generated")
                }
                var type = TypeRef.any
                if let schema = media.schema { type = try typeRef(for: schema, suggested: "Body", context: &context).type }
                body = BodyDecl(type: type, required: requestBody.required, contentType: media.contentType,
                                doc: Self.docLines(requestBody.description))
            } else if let media = requestBody.content.first(where: { $0.contentType.lowercased().hasPrefix("application/x-www-form-urlencoded") }),
                      let schema = media.schema, case let type = try typeRef(for: schema, suggested: "Body", context: &context).type,
                      case .named(_, .structure) = type.underlying {
                body = BodyDecl(type: type, required: requestBody.required, contentType: "application/x-www-form-urlencoded",
                                doc: Self.docLines(requestBody.description), encoding: .form)
            } else if let media = requestBody.content.first(where: { $0.contentType.lowercased().hasPrefix("multipart/form-data") }),
                      let schema = media.schema, case let type = try typeRef(for: schema, suggested: "Body", context: &context).type,
                      case .named(_, .structure) = type.underlying {
                body = BodyDecl(type: type, required: requestBody.required, contentType: "multipart/form-data",
                                doc: Self.docLines(requestBody.description), encoding: .multipart(binaryFields: binaryProperties(of: schema)))
            } else if let media = requestBody.content.first {
                // Forms, multipart, binary: not typed yet, but the operation is still generated, with the body as bytes.
                let contentType = media.contentType.contains("*") ? "application/octet-stream" : media.contentType
                warn(media.pointer, "a \(media.contentType) body is generated as raw Data (sent as \(contentType)); encode it yourself")
                body = BodyDecl(type: .data, required: requestBody.required, contentType: contentType,
                                doc: Self.docLines(requestBody.description), encoding: .raw)
            } else {
                throw GeneratorError(requestBody.pointer + "/content", "a request body needs at least one media type")
            }
        }

        var responses: [ResponseDecl] = []
        var caseScope = NameScope(reserved: ["undocumented", "statusCode", "decodedBody"])
        var acceptTypes: [String] = []
        for response in operation.responses {
            let status: StatusMatch
            let baseName: String
            if response.statusKey == "default" {
                status = .default
                baseName = "default"
            } else if let code = Int(response.statusKey), (100...599).contains(code) {
                status = .exact(code)
                baseName = Self.statusNames[code] ?? "status\(code)"
            } else if response.statusKey.count == 3, response.statusKey.uppercased().hasSuffix("XX"),
                      let digit = Int(String(response.statusKey.first!)), (1...5).contains(digit) {
                status = .range(digit)
                baseName = ["informational", "success", "redirection", "clientError", "serverError"][digit - 1]
            } else {
                throw GeneratorError(response.pointer, "\"\(response.statusKey)\" is not a status code, a range like 4XX, or default")
            }
            let caseName = caseScope.claim(baseName)
            var bodyKind: ResponseDecl.Body?
            if let media = response.content.first(where: \.isJSON) {
                var type = TypeRef.any
                if let schema = media.schema {
                    type = try typeRef(for: schema, suggested: Naming.typeName(caseName) + "Body", context: &context).type
                }
                bodyKind = .json(type)
                if !acceptTypes.contains(media.contentType) { acceptTypes.append(media.contentType) }
                for other in response.content where other.contentType != media.contentType {
                    warn(other.pointer, "only \(media.contentType) is decoded for this response")
                }
            } else if let media = response.content.first {
                bodyKind = .raw
                if !acceptTypes.contains(media.contentType) { acceptTypes.append(media.contentType) }
            }
            var headers: [HeaderDecl] = []
            var headerScope = NameScope()
            for header in response.headers where header.name.lowercased() != "content-type" {
                var type = TypeRef.string
                if let schema = header.schema {
                    var ignored = NestContext(names: NameScope(reserved: topLevelNames))
                    let resolved = try typeRef(for: schema, suggested: "Header", context: &ignored).type.underlying
                    switch resolved {
                    case .integer, .floating, .bool, .string: type = resolved
                    default: warn(header.pointer, "header of type \(resolved.swift) is read as a string")
                    }
                }
                headers.append(HeaderDecl(name: headerScope.claim(Naming.memberName(header.name)), wireName: header.name, type: type,
                                          doc: Self.docLines(header.description)))
            }
            let headersTypeName = headers.isEmpty ? nil : context.names.claim(Naming.typeName(caseName) + "Headers")
            responses.append(ResponseDecl(status: status, caseName: caseName, doc: Self.docLines(response.description),
                                          body: bodyKind, headers: headers, headersTypeName: headersTypeName))
        }
        let summaryDoc = Self.docLines(operation.summary, operation.description)
        return OperationDecl(typeName: typeName, methodName: methodName, operationID: id, method: operation.method.uppercased(),
                             path: operation.path, doc: summaryDoc, parameters: parameters, body: body, responses: responses,
                             nested: context.decls, accept: acceptTypes.joined(separator: ", "), deprecated: operation.deprecated)
    }

    static func templateNames(_ path: String) -> [String] {
        var names: [String] = []
        var rest = Substring(path)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.append(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }

    static func serializable(_ type: TypeRef) -> Bool {
        switch type.underlying {
        case .string, .integer, .floating, .bool, .date, .named(_, .stringEnum): return true
        case .array(let item, _): if case .array = item.underlying { return false }; return serializable(item)
        default: return false
        }
    }

    /// The JSON names of an object schema's properties that hold bytes (`format: binary`, alone or
    /// as array items), through `$ref`s and `allOf`: the file parts of a multipart body.
    func binaryProperties(of schema: Schema) -> [String] {
        func resolved(_ schema: Schema) -> Schema {
            var schema = schema
            var hops = 0
            while let ref = schema.ref, let target = componentSchemas[ref], hops < 64 { schema = target; hops += 1 }
            return schema
        }
        var names: [String] = []
        var stack = [schema]
        var visited = 0
        while let next = stack.popLast(), visited < 1_000 {
            visited += 1
            let object = resolved(next)
            for (name, property) in object.properties {
                var value = resolved(property)
                if value.types.first == "array", let items = value.items { value = resolved(items) }
                if value.types.first == "string", value.format == "binary", !names.contains(name) { names.append(name) }
            }
            stack += object.allOf.reversed()
        }
        return names
    }
}
