import Foundation

extension SyntheticSpec {
    /// A document in the style of large public APIs (GitHub's, Stripe's, OpenAI's): per resource a
    /// dozen schemas — deep `allOf` chains, discriminated and plain `oneOf`/`anyOf`, enums written
    /// as `const` branches, `type` arrays, maps, recursion by value, description-only branches —
    /// names with every kind of punctuation, and six operations (list with `deepObject`, form-style
    /// and cookie parameters, create, update, delete, multipart upload, form login), with shared
    /// responses and headers. Deterministic: the same count gives the same bytes.
    public static func makePublicAPIStyle(operations: Int) -> String {
        let resources = max(1, operations / 6)
        var paths: [String] = []
        var schemas: [String] = [shared]
        for i in 0..<resources {
            // Component names as public documents spell them (dots, dashes, underscores, leading
            // digits; the key pattern allows no more), operation ids and properties with anything.
            let r = ["issue-event.for_issue\(i)", "stripe.charge-v\(i)", "Org_Team-member\(i)", "\(i)-leading-digit",
                     "UPPER_SNAKE.\(i)", "resource_\(i)"][i % 6]
            let id = ["repos/get-content (v\(i))", "Charges.create:\(i)", "\(i)", "ünï-cödé \(i)", "a__b--c..\(i)", "resource_\(i)"][i % 6]
            let ref = { (suffix: String) in "{\"$ref\": \"#/components/schemas/\(Self.pointerEscaped(r + suffix))\"}" }
            schemas.append("""
                "\(r).status": {"oneOf": [{"const": "active", "description": "In use."}, {"const": "paused"}, {"const": "read-only"}]},
                "\(r).kind": {"type": "string", "enum": ["alpha", "beta", "gamma-ray", "delta_v", "EPSILON"]},
                "\(r).base": {"type": "object", "required": ["id", "object", "created"], "properties": {
                  "id": {"type": "string", "minLength": 1, "maxLength": 255}, "object": {"type": "string", "const": "\(r)"},
                  "created": {"type": "integer", "format": "int64", "minimum": 0, "maximum": 9223372036854775807},
                  "livemode": {"type": "boolean"}, "metadata": {"type": "object", "additionalProperties": {"type": "string", "maxLength": 500}}}},
                "\(r).audited": {"allOf": [\(ref(".base")), {"description": "Only words, as public documents write them."},
                  {"type": "object", "properties": {"updated_at": {"type": ["string", "null"], "format": "date-time"},
                  "updated_by": {"anyOf": [{"type": "string"}, \(ref(".owner")), {"type": "null"}]}}}]},
                "\(r)": {"allOf": [\(ref(".audited")), {"properties": {}}, {"type": "object", "required": ["name", "status"], "properties": {
                  "name": {"type": "string", "maxLength": 256}, "status": \(ref(".status")), "kind": \(ref(".kind")),
                  "score": {"type": "number", "format": "double", "exclusiveMinimum": 0}, "ratio": {"type": "number", "format": "float"},
                  "count": {"type": "integer", "format": "int32", "minimum": -2147483648, "maximum": 2147483647},
                  "tags": {"type": "array", "maxItems": 100, "items": {"type": "string"}},
                  "owner": \(ref(".owner")), "source": \(ref(".source")), "parent": \(ref("")),
                  "children": {"type": "array", "items": \(ref(""))}, "settings": {"type": "object", "properties": {
                    "notify": {"type": "boolean"}, "channels": {"type": "array", "items": {"type": "string", "enum": ["email", "sms", "web-hook"]}},
                    "limits": {"type": "object", "additionalProperties": {"type": "integer"}}}},
                  "extra": {}, "secret": {"type": "string", "format": "password"}, "self": {"type": "string", "format": "uri"},
                  "+1": {"type": "integer"}, "-1": {"type": "integer"}, "@context": {"type": "string"}, "a.b/c d": {"type": "string"},
                  "ünï": {"type": "string"}, "Type": {"type": "string"}, "default": {"type": "boolean"}}}]},
                "\(r).owner": {"type": "object", "required": ["login"], "properties": {"login": {"type": "string"},
                  "email": {"type": ["string", "null"]}, "site_admin": {"type": "boolean"}, "resource": \(ref(".ref"))}},
                "\(r).ref": {"type": "object", "properties": {"owner": \(ref(".owner")), "url": {"type": "string"}}},
                "\(r).card": {"type": "object", "required": ["type", "last4"], "properties": {"type": {"type": "string"}, "last4": {"type": "string"},
                  "exp_month": {"type": "integer", "format": "int8"}}},
                "\(r).bank": {"type": "object", "required": ["type", "iban"], "properties": {"type": {"type": "string"}, "iban": {"type": "string"}}},
                "\(r).source": {"oneOf": [\(ref(".card")), \(ref(".bank"))], "discriminator": {"propertyName": "type",
                  "mapping": {"card": "#/components/schemas/\(Self.pointerEscaped(r + ".card"))", "bank_account": "#/components/schemas/\(Self.pointerEscaped(r + ".bank"))"}}},
                "\(r).id-or-name": {"oneOf": [{"type": "integer"}, {"type": "string"}]},
                "\(r).list": {"type": "object", "required": ["data", "has_more"], "properties": {
                  "data": {"type": "array", "items": \(ref(""))}, "has_more": {"type": "boolean"}, "next_page": {"type": ["string", "null"]},
                  "total": {"type": ["integer", "null"]}}},
                "\(r).create": {"type": "object", "additionalProperties": false, "required": ["name"], "properties": {
                  "name": {"type": "string", "minLength": 1}, "kind": \(ref(".kind")), "key": \(ref(".id-or-name")),
                  "source": \(ref(".source")), "metadata": {"type": "object", "additionalProperties": {"type": "string"}}}}
                """)
            let path = "/v1/\(r.replacingOccurrences(of: " ", with: "-").lowercased())"
            paths.append("""
                "\(path)": {
                  "get": {"operationId": "\(id).list", "summary": "List \(r)", "parameters": [
                    {"$ref": "#/components/parameters/limit"}, {"name": "starting_after", "in": "query", "schema": {"type": "string"}},
                    {"name": "status", "in": "query", "schema": \(ref(".status"))},
                    {"name": "kinds", "in": "query", "explode": false, "schema": {"type": "array", "items": \(ref(".kind"))}},
                    {"name": "created", "in": "query", "style": "deepObject", "explode": true, "schema": {"type": "object", "properties": {
                      "gt": {"type": "integer"}, "lte": {"type": "integer"}}}},
                    {"name": "since", "in": "query", "schema": {"type": "string", "format": "date-time"}},
                    {"name": "X-GitHub-Api-Version", "in": "header", "schema": {"type": "string"}},
                    {"name": "session", "in": "cookie", "schema": {"type": "string"}}],
                    "responses": {"200": {"description": "A page.", "headers": {"X-RateLimit-Remaining": {"$ref": "#/components/headers/remaining"}},
                      "content": {"application/json": {"schema": \(ref(".list"))}}}, "4XX": {"$ref": "#/components/responses/error"},
                      "default": {"$ref": "#/components/responses/error"}}},
                  "post": {"operationId": "\(id).create", "requestBody": {"required": true, "content": {"application/json": {"schema": \(ref(".create"))}}},
                    "responses": {"201": {"description": "Created.", "content": {"application/json": {"schema": \(ref(""))}}},
                      "422": {"$ref": "#/components/responses/error"}}}
                },
                "\(path)/{id}": {
                  "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
                  "patch": {"operationId": "\(id).update", "requestBody": {"content": {"application/merge-patch+json": {"schema": \(ref(".create"))}}},
                    "responses": {"200": {"description": "Updated.", "content": {"application/json": {"schema": \(ref(""))}}},
                      "404": {"$ref": "#/components/responses/error"}}},
                  "delete": {"operationId": "\(id).delete", "responses": {"204": {"description": "Gone."}, "404": {"$ref": "#/components/responses/error"}}}
                },
                "\(path)/{id}/files": {
                  "post": {"operationId": "\(id).upload", "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
                    "requestBody": {"required": true, "content": {"multipart/form-data": {"schema": {"type": "object", "required": ["file"], "properties": {
                      "file": {"type": "string", "format": "binary"}, "purpose": {"type": "string", "enum": ["assistants", "fine-tune"]}}}}}},
                    "responses": {"200": {"description": "Stored.", "content": {"application/json": {"schema": {"type": "object", "properties": {
                      "id": {"type": "string"}, "bytes": {"type": "integer"}}}}}}}}
                },
                "\(path)/{id}/token": {
                  "post": {"operationId": "\(id).token", "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
                    "requestBody": {"content": {"application/x-www-form-urlencoded": {"schema": {"type": "object", "properties": {
                      "grant_type": {"type": "string"}, "scope": {"type": "array", "items": {"type": "string"}}}}}}},
                    "responses": {"200": {"description": "A token.", "content": {"text/plain": {"schema": {"type": "string"}}}}}}
                }
                """)
        }
        return """
            {"openapi": "3.1.0", "info": {"title": "Synthetic public API", "version": "2026-11-30"},
             "servers": [{"url": "https://api.example.com"}],
             "paths": {\(paths.joined(separator: ",\n"))},
             "components": {
               "parameters": {"limit": {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 100}}},
               "headers": {"remaining": {"schema": {"type": "integer"}}},
               "responses": {"error": {"description": "An error.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/error"}}}}},
               "schemas": {\(schemas.joined(separator: ",\n"))}}}
            """
    }

    private static let shared = """
        "error": {"type": "object", "required": ["error"], "properties": {"error": {"type": "object", "required": ["message"], "properties": {
          "message": {"type": "string"}, "type": {"type": "string"}, "param": {"type": ["string", "null"]}, "code": {"type": ["string", "null"]}}}}}
        """

    /// A component name as it appears in a `$ref` (JSON pointer escapes, then URI fragment escapes).
    static func pointerEscaped(_ name: String) -> String {
        let pointer = name.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
        var out = ""
        for byte in pointer.utf8 {
            if byte < 0x80, byte > 0x20, byte != UInt8(ascii: "%"), byte != UInt8(ascii: "\""), byte != UInt8(ascii: "#") {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                out += String(format: "%%%02X", byte)
            }
        }
        return out
    }
}
