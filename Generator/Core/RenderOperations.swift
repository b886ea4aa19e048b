import ArizeOpenAPIDocument

/// Operations (Input, Output, request building, response decoding), the client and the embedded spec.
extension Renderer {
    // MARK: Operations

    /// One piece of source per operation.
    func operationChunks() -> [String] {
        module.operations.map { op in
            var w = CodeWriter()
            w.block("extension Operations") { w in renderOperation(op, &w) }
            return w.text
        }
    }

    func associated(_ r: ResponseDecl) -> [(label: String?, type: String)] {
        var parts: [(String?, String)] = []
        if case .exact = r.status {} else { parts.append(("statusCode", "Swift.Int")) }
        switch r.body {
        case .json(let type)?: parts.append((nil, code(type)))
        case .raw?: parts.append((nil, "Foundation.Data"))
        case nil: break
        }
        if let headers = r.headersTypeName { parts.append(("headers", headers)) }
        return parts
    }

    func renderOperation(_ op: OperationDecl, _ w: inout CodeWriter) {
        var doc = op.doc
        if !doc.isEmpty { doc.append("") }
        doc.append("`\(op.method) \(op.path)` (`\(op.operationID)`)")
        w.doc(doc)
        if op.deprecated { w.line("@available(*, deprecated, message: \"deprecated in the spec\")") }
        w.block("\(module.access) enum \(op.typeName): ArizeOpenAPIRuntime.APIOperation") { w in
            w.line("/// `\(op.operationID)`")
            w.line("\(module.access) static let operationID = \(CodeWriter.literal(op.operationID))")
            w.line("/// `\(op.method)`")
            w.line("\(module.access) static let method = ArizeOpenAPIRuntime.TransportRequest.Method(rawValue: \(CodeWriter.literal(op.method)))")
            w.line("/// The path as the spec writes it.")
            w.line("\(module.access) static let pathTemplate = \(CodeWriter.literal(op.path))")
            w.line()
            renderInput(op, &w)
            for r in op.responses { if let name = r.headersTypeName { w.line(); renderHeaders(r, name, &w) } }
            w.line()
            renderOutput(op, &w)
            w.line()
            renderMakeRequest(op, &w)
            w.line()
            renderDecode(op, &w)
            for nested in op.nested { w.line(); render(nested, &w) }
        }
    }

    func renderInput(_ op: OperationDecl, _ w: inout CodeWriter) {
        w.line("/// The parameters and body of `\(op.operationID)`.")
        w.block("\(module.access) struct Input: Swift.Sendable, Swift.Equatable, ArizeOpenAPIRuntime.Validatable") { w in
            var parameters: [String] = []
            for p in op.parameters {
                var doc = p.doc
                if !doc.isEmpty { doc.append("") }
                doc.append("\(p.location.rawValue.capitalized) parameter `\(p.wireName)`.")
                w.doc(doc)
                let type = code(p.type) + (p.optional ? "?" : "")
                w.line("\(module.access) var \(Naming.escaped(p.name)): \(type)")
                parameters.append("\(Naming.escaped(p.name)): \(type)\(p.optional ? " = nil" : "")")
            }
            if let body = op.body {
                var doc = body.doc
                if !doc.isEmpty { doc.append("") }
                doc.append("The request body (`\(body.contentType)`).")
                w.doc(doc)
                w.line("\(module.access) var body: \(code(body.type))\(body.required ? "" : "?")")
                parameters.append("body: \(code(body.type))\(body.required ? "" : "? = nil")")
            }
            if !op.parameters.isEmpty || op.body != nil { w.line() }
            w.line("/// Creates an input; optional parameters default to `nil`.")
            w.block("\(module.access) init(\(parameters.joined(separator: ", ")))") { w in
                for p in op.parameters { w.line("self.\(Naming.escaped(p.name)) = \(Naming.escaped(p.name))") }
                if op.body != nil { w.line("self.body = body") }
            }
            w.line()
            w.line("/// Checks the constraints the spec sets on the parameters and body.")
            w.block("\(module.access) func validate() throws(ArizeOpenAPIRuntime.ValidationError)") { w in
                for p in op.parameters {
                    validation(type: p.type, constraints: p.constraints, expr: Naming.escaped(p.name), field: p.name, optional: p.optional, &w)
                }
                if let body = op.body, case .named(_, let kind) = body.type.underlying, kind == .structure || kind == .union {
                    w.line(body.required ? "try body.validate()" : "try body?.validate()")
                }
            }
        }
    }

    func renderHeaders(_ r: ResponseDecl, _ name: String, _ w: inout CodeWriter) {
        w.line("/// The headers of the `\(r.caseName)` response.")
        w.block("\(module.access) struct \(name): Swift.Sendable, Swift.Equatable") { w in
            for h in r.headers {
                var doc = h.doc
                if !doc.isEmpty { doc.append("") }
                doc.append("Header `\(h.wireName)`; `nil` when absent or malformed.")
                w.doc(doc)
                w.line("\(module.access) var \(Naming.escaped(h.name)): \(headerSwiftType(h.type))?")
            }
            w.line()
            w.line("/// Creates the headers.")
            w.block("\(module.access) init(\(r.headers.map { "\(Naming.escaped($0.name)): \(headerSwiftType($0.type))? = nil" }.joined(separator: ", ")))") { w in
                for h in r.headers { w.line("self.\(Naming.escaped(h.name)) = \(Naming.escaped(h.name))") }
            }
        }
    }

    func headerSwiftType(_ type: TypeRef) -> String {
        switch type {
        case .integer: "Swift.Int"
        case .floating: "Swift.Double"
        case .bool: "Swift.Bool"
        default: "Swift.String"
        }
    }

    func statusDoc(_ status: StatusMatch) -> String {
        switch status {
        case .exact(let code): "`\(code)`"
        case .range(let digit): "`\(digit)XX`"
        case .default: "any status not listed"
        }
    }

    func renderOutput(_ op: OperationDecl, _ w: inout CodeWriter) {
        w.line("/// The responses of `\(op.operationID)`, one case per documented status.")
        w.block("\(module.access) enum Output: ArizeOpenAPIRuntime.OperationOutput") { w in
            for r in op.responses {
                var doc = r.doc
                if !doc.isEmpty { doc.append("") }
                doc.append("Status \(statusDoc(r.status)).")
                w.doc(doc)
                let parts = associated(r)
                let list = parts.map { ($0.label.map { $0 + ": " } ?? "") + $0.type }.joined(separator: ", ")
                w.line("case \(Naming.escaped(r.caseName))\(parts.isEmpty ? "" : "(" + list + ")")")
            }
            w.line("/// A status the spec does not document for this operation.")
            w.line("case undocumented(ArizeOpenAPIRuntime.UndocumentedResponse)")
            w.line()
            w.line("/// The response's status code.")
            w.block("\(module.access) var statusCode: Swift.Int") { w in
                w.block("switch self") { w in
                    for r in op.responses {
                        let parts = associated(r)
                        if case .exact(let code) = r.status {
                            w.line("case .\(Naming.escaped(r.caseName)): \(code)")
                        } else {
                            let pattern = (["let statusCode"] + Array(repeating: "_", count: parts.count - 1)).joined(separator: ", ")
                            w.line("case .\(Naming.escaped(r.caseName))(\(pattern)): statusCode")
                        }
                    }
                    w.line("case .undocumented(let response): response.statusCode")
                }
            }
            w.line()
            w.line("/// The decoded body, if the response has one.")
            w.block("\(module.access) var decodedBody: (any Swift.Sendable)?") { w in
                w.block("switch self") { w in
                    for r in op.responses {
                        let parts = associated(r)
                        guard let bodyIndex = parts.firstIndex(where: { $0.label == nil }) else {
                            w.line("case .\(Naming.escaped(r.caseName)): nil")
                            continue
                        }
                        let pattern = parts.indices.map { $0 == bodyIndex ? "let body" : "_" }.joined(separator: ", ")
                        w.line("case .\(Naming.escaped(r.caseName))(\(pattern)): body")
                    }
                    w.line("case .undocumented: nil")
                }
            }
        }
    }

    func queryValue(_ type: TypeRef, _ expr: String) -> String {
        switch type.underlying {
        case .string: expr
        case .integer, .floating, .bool: "Swift.String(\(expr))"
        case .date: "ArizeOpenAPIRuntime.RFC3339.string(from: \(expr))"
        case .named(_, .stringEnum): "\(expr).rawValue"
        default: "Swift.String(describing: \(expr))"
        }
    }

    func renderMakeRequest(_ op: OperationDecl, _ w: inout CodeWriter) {
        w.line("/// Validates the input and builds the HTTP request.")
        w.block("\(module.access) static func makeRequest(_ input: Input) throws -> ArizeOpenAPIRuntime.TransportRequest") { w in
            w.line("try input.validate()")
            // Path: literal pieces and encoded parameters.
            var pieces: [String] = []
            var rest = Substring(op.path)
            while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
                if open > rest.startIndex { pieces.append(CodeWriter.literal(String(rest[..<open]))) }
                let name = String(rest[rest.index(after: open)..<close])
                let p = op.parameters.first { $0.location == .path && $0.wireName == name }!
                pieces.append("ArizeOpenAPIRuntime.PercentEncoding.pathSegment(\(queryValue(p.type, "input." + Naming.escaped(p.name))), field: \(CodeWriter.literal(p.name)))")
                rest = rest[rest.index(after: close)...]
            }
            if !rest.isEmpty || pieces.isEmpty { pieces.append(CodeWriter.literal(String(rest))) }
            let hasPathParameters = op.parameters.contains { $0.location == .path }
            // `let` when nothing below changes the request: `var` would be a warning in users' builds.
            let changesRequest = op.parameters.contains { $0.location != .path } || !op.accept.isEmpty || op.body != nil
            w.line("\(changesRequest ? "var" : "let") request = \(hasPathParameters ? "try " : "")ArizeOpenAPIRuntime.TransportRequest(operationID: operationID, method: method, path: \(pieces.joined(separator: " + ")))")
            let hasCookies = op.parameters.contains { $0.location == .cookie }
            if hasCookies { w.line("var cookies: [Swift.String] = []") }
            for p in op.parameters where p.location != .path {
                let target = switch p.location {
                case .query: "request.query.append((name: \(CodeWriter.literal(p.wireName)), value: %@))"
                case .cookie: "cookies.append(\(CodeWriter.literal(p.wireName + "=")) + ArizeOpenAPIRuntime.PercentEncoding.queryComponent(%@))"
                default: "request.headers.append(name: \(CodeWriter.literal(p.wireName)), value: %@)"
                }
                let access = "input." + Naming.escaped(p.name)
                let value = p.optional ? "value" : access
                var lines: [String] = []
                if p.deepObject {
                    lines = ["for item in try ArizeOpenAPIRuntime.DeepObject.queryItems(name: \(CodeWriter.literal(p.wireName)), value: \(value)) { request.query.append(item) }"]
                } else if p.jsonText {
                    lines = [target.replacingOccurrences(of: "%@", with: "try ArizeOpenAPIRuntime.StyledParameter.json(\(value))")]
                } else if p.structured && p.location == .query {
                    lines = ["for item in try ArizeOpenAPIRuntime.StyledParameter.queryItems(name: \(CodeWriter.literal(p.wireName)), value: \(value), explode: \(p.explode)) { request.query.append(item) }"]
                } else if p.structured {
                    lines = [target.replacingOccurrences(of: "%@", with: "try ArizeOpenAPIRuntime.StyledParameter.headerValue(\(value), explode: \(p.explode))")]
                } else if case .array(let item, _) = p.type.underlying {
                    if p.explode && p.location == .query {
                        lines = ["for item in \(value) { \(target.replacingOccurrences(of: "%@", with: queryValue(item, "item"))) }"]
                    } else {
                        lines = [target.replacingOccurrences(of: "%@", with: "\(value).map { \(queryValue(item, "$0")) }.joined(separator: \",\")")]
                    }
                } else {
                    lines = [target.replacingOccurrences(of: "%@", with: queryValue(p.type, value))]
                }
                if p.optional {
                    w.block("if let value = \(access)") { w in lines.forEach { w.line($0) } }
                } else {
                    lines.forEach { w.line($0) }
                }
            }
            if hasCookies { w.line("if !cookies.isEmpty { request.headers[\"Cookie\"] = cookies.joined(separator: \"; \") }") }
            if !op.accept.isEmpty { w.line("request.headers[\"Accept\"] = \(CodeWriter.literal(op.accept))") }
            if let body = op.body {
                let setBody = { (w: inout CodeWriter, expr: String) in
                    let contentType = "request.headers[\"Content-Type\"] = \(CodeWriter.literal(body.contentType))"
                    switch body.encoding {
                    case .json: w.line(contentType); w.line("request.body = try ArizeOpenAPIRuntime.encodeJSONBody(\(expr))")
                    case .raw: w.line(contentType); w.line("request.body = \(expr)")
                    case .form: w.line(contentType); w.line("request.body = try ArizeOpenAPIRuntime.FormEncoding.body(\(expr))")
                    case .multipart(let binaryFields):
                        // The boundary is part of the content type.
                        w.line("let multipart = try ArizeOpenAPIRuntime.MultipartEncoding.body(\(expr), binaryFields: [\(binaryFields.map(CodeWriter.literal).joined(separator: ", "))])")
                        w.line("request.headers[\"Content-Type\"] = multipart.contentType")
                        w.line("request.body = multipart.data")
                    }
                }
                if body.required {
                    setBody(&w, "input.body")
                } else {
                    w.block("if let body = input.body") { w in setBody(&w, "body") }
                }
            }
            w.line("return request")
        }
    }

    func renderDecode(_ op: OperationDecl, _ w: inout CodeWriter) {
        w.line("/// Decodes a response by its status code.")
        w.block("\(module.access) static func decodeResponse(_ response: ArizeOpenAPIRuntime.TransportResponse) throws -> Output") { w in
            w.block("switch response.statusCode") { w in
                let ordered = op.responses.filter { if case .exact = $0.status { true } else { false } }
                    + op.responses.filter { if case .range = $0.status { true } else { false } }
                for r in ordered {
                    let label: String
                    switch r.status {
                    case .exact(let code): label = "case \(code):"
                    case .range(let digit): label = "case \(digit)00...\(digit)99:"
                    case .default: continue
                    }
                    w.line(label)
                    w.line("    return \(construct(r))")
                }
                w.line("default:")
                if let fallback = op.responses.first(where: { $0.status == .default }) {
                    w.line("    return \(construct(fallback))")
                } else {
                    w.line("    return .undocumented(ArizeOpenAPIRuntime.UndocumentedResponse(response))")
                }
            }
        }
    }

    func construct(_ r: ResponseDecl) -> String {
        var arguments: [String] = []
        if case .exact = r.status {} else { arguments.append("statusCode: response.statusCode") }
        switch r.body {
        case .json(let type)?: arguments.append("try response.decodeJSON(\(code(type)).self, operationID: operationID)")
        case .raw?: arguments.append("response.body")
        case nil: break
        }
        if let name = r.headersTypeName {
            let values = r.headers.map { h -> String in
                let read: String
                switch h.type {
                case .integer: read = "response.integerHeader(\(CodeWriter.literal(h.wireName)))"
                case .floating: read = "response.stringHeader(\(CodeWriter.literal(h.wireName))).flatMap(Swift.Double.init)"
                case .bool: read = "response.stringHeader(\(CodeWriter.literal(h.wireName))).flatMap(Swift.Bool.init)"
                default: read = "response.stringHeader(\(CodeWriter.literal(h.wireName)))"
                }
                return "\(Naming.argumentLabel(h.name)): \(read)"
            }
            arguments.append("headers: \(name)(\(values.joined(separator: ", ")))")
        }
        return ".\(Naming.escaped(r.caseName))" + (arguments.isEmpty ? "" : "(" + arguments.joined(separator: ", ") + ")")
    }

    // MARK: Client

    func renderClient() -> String {
        var w = CodeWriter()
        header(&w)
        w.line()
        w.line("/// Calls the operations of \(module.title.isEmpty ? "the spec" : module.title) through any `HTTPTransport`.")
        w.block("\(module.access) struct APIClient: Swift.Sendable") { w in
            w.line("/// The servers the spec lists; the first is its default.")
            w.line("\(module.access) static let serverURLs: [Swift.String] = [\(module.servers.map(CodeWriter.literal).joined(separator: ", "))]")
            w.line()
            w.line("/// Where requests go.")
            w.line("\(module.access) var baseURL: Foundation.URL")
            w.line("/// What sends them.")
            w.line("\(module.access) var transport: any ArizeOpenAPIRuntime.HTTPTransport")
            w.line()
            w.line("/// Creates a client.")
            w.block("\(module.access) init(baseURL: Foundation.URL, transport: any ArizeOpenAPIRuntime.HTTPTransport)") { w in
                w.line("self.baseURL = baseURL")
                w.line("self.transport = transport")
            }
            for op in module.operations {
                w.line()
                var doc = op.doc.prefix(1).map { $0 }
                if !doc.isEmpty { doc.append("") }
                doc.append("`\(op.method) \(op.path)`")
                w.doc(doc)
                if op.deprecated { w.line("@available(*, deprecated, message: \"deprecated in the spec\")") }
                let hasRequired = op.parameters.contains { !$0.optional } || (op.body?.required ?? false)
                let type = "Operations.\(op.typeName)"
                w.block("\(module.access) func \(Naming.escaped(op.methodName))(_ input: \(type).Input\(hasRequired ? "" : " = .init()")) async throws -> \(type).Output") { w in
                    w.line("try await transport.perform(\(type).self, input, baseURL: baseURL)")
                }
            }
        }
        w.line()
        w.line("/// The OpenAPI document this module was generated from, so tools that check traffic against it")
        w.line("/// (contract tests, fakes) need no file at run time.")
        w.block("\(module.access) enum OpenAPISpec") { w in
            w.line("/// The document's JSON text, as given to the generator.")
            w.line("\(module.access) static let json = \(CodeWriter.literal(module.documentText))")
        }
        return w.text
    }
}
