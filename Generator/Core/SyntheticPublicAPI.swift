import ArizeOpenAPIDocument
import Foundation

extension SyntheticSpec {
    /// A document in the style of large public APIs (GitHub's, Stripe's, OpenAI's): per resource a
    /// dozen schemas — deep `allOf` chains, discriminated and plain `oneOf`/`anyOf`, enums written
    /// as `const` branches, `type` arrays, maps, recursion by value, description-only branches —
    /// names with every kind of punctuation, and six operations (list with `deepObject`, form-style
    /// and cookie parameters, create, update, delete, multipart upload, form login), with shared
    /// responses and headers. Deterministic: the same count gives the same bytes.
    package static func makePublicAPIStyle(operations: Int) -> String {
        let resources = max(1, operations / 6)
        var paths: [String] = []
        var schemas: [String] = [shared]
        for i in 0..<resources {
            // Component names as public documents spell them (dots, dashes, underscores, leading
            // digits; the key pattern allows no more), operation ids and properties with anything.
            let r = ["issue-event.for_issue\(i)", "stripe.charge-v\(i)", "Org_Team-member\(i)", "\(i)-leading-digit",
                     "UPPER_SNAKE.\(i)", "resource_\(i)"][i % 6]
            let id = ["repos/get-content (v\(i))", "Charges.create:\(i)", "\(i)", "ünï-cödé \(i)", "a__b--c..\(i)", "resource_\(i)"][i % 6]
            let ref = { (suffix: String) in "{\"$ref\": \"\(Pointer.child("#/components/schemas", r + suffix))\"}" }
            // Public documents are mostly prose and examples: the same here, so sizes compare.
            let prose = "\\n\\nThis endpoint is part of the `\(r)` resource. Results are paginated with `starting_after`; "
                + "see [pagination](https://docs.example.com/pagination \\\"Pagination\\\") for details. Rate limits apply per token: "
                + "read `X-RateLimit-Remaining`. Fields marked *beta* may change without notice.\\n\\n"
                + "Errors: `400` when a parameter is malformed, `401` without a valid token, `403` when the token lacks the scope, "
                + "`404` for an unknown id, `409` when another request changed the object first, `422` when the body breaks a rule "
                + "(the `error.param` property names the field), `429` when rate limited (wait for `Retry-After` seconds) and "
                + "`5XX` when the service failed; retry those with backoff and an idempotency key.\\n\\n```json\\n{\\\"id\\\": \\\"\(i)\\\"}\\n```"
            let example = """
                {"id": "obj_\(i)", "object": "\(r)", "created": 1700000000, "livemode": false, "name": "Example \(i)", "status": "active",
                 "kind": "alpha", "score": 0.5, "tags": ["a", "b"], "owner": {"login": "octocat", "email": null, "site_admin": false},
                 "source": {"type": "card", "last4": "4242", "exp_month": 12}, "children": [], "settings": {"notify": true, "channels": ["email"],
                 "limits": {"daily": 10}}, "metadata": {"order_id": "6735"}, "+1": 3, "-1": 0}
                """
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
                  "name": {"type": "string", "maxLength": 256, "description": "The display name, shown in dashboards and emails; at most 256 characters.\(prose)"},
                  "status": \(ref(".status")), "kind": \(ref(".kind")),
                  "score": {"type": "number", "format": "double", "exclusiveMinimum": 0, "description": "A positive score.\(prose)"}, "ratio": {"type": "number", "format": "float"},
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
                  "mapping": {"card": "\(Pointer.child("#/components/schemas", r + ".card"))", "bank_account": "\(Pointer.child("#/components/schemas", r + ".bank"))"}}},
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
                  "get": {"operationId": "\(id).list", "summary": "List \(r)", "description": "Returns a list of `\(r)` objects.\(prose)", "parameters": [
                    {"$ref": "#/components/parameters/limit"}, {"name": "starting_after", "in": "query", "schema": {"type": "string"}},
                    {"name": "status", "in": "query", "schema": \(ref(".status"))},
                    {"name": "kinds", "in": "query", "explode": false, "schema": {"type": "array", "items": \(ref(".kind"))}},
                    {"name": "created", "in": "query", "style": "deepObject", "explode": true, "schema": {"type": "object", "properties": {
                      "gt": {"type": "integer"}, "lte": {"type": "integer"}}}},
                    {"name": "since", "in": "query", "schema": {"type": "string", "format": "date-time"}},
                    {"name": "X-GitHub-Api-Version", "in": "header", "schema": {"type": "string"}},
                    {"name": "session", "in": "cookie", "schema": {"type": "string"}}],
                    "responses": {"200": {"description": "A page.", "headers": {"X-RateLimit-Remaining": {"$ref": "#/components/headers/remaining"}},
                      "content": {"application/json": {"schema": \(ref(".list")), "example": {"data": [\(example)], "has_more": false, "next_page": null}}}}, "4XX": {"$ref": "#/components/responses/error"},
                      "default": {"$ref": "#/components/responses/error"}}},
                  "post": {"operationId": "\(id).create", "description": "Creates a `\(r)`.\(prose)", "requestBody": {"required": true, "content": {"application/json": {"schema": \(ref(".create"))}}},
                    "responses": {"201": {"description": "Created.", "content": {"application/json": {"schema": \(ref("")), "example": \(example)}}},
                      "422": {"$ref": "#/components/responses/error"}}}
                },
                "\(path)/{id}": {
                  "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
                  "patch": {"operationId": "\(id).update", "description": "Updates a `\(r)`; properties left out are unchanged.\(prose)", "requestBody": {"content": {"application/merge-patch+json": {"schema": \(ref(".create"))}}},
                    "responses": {"200": {"description": "Updated.", "content": {"application/json": {"schema": \(ref("")), "example": \(example)}}},
                      "404": {"$ref": "#/components/responses/error"}}},
                  "delete": {"operationId": "\(id).delete", "description": "Deletes a `\(r)` for good.\(prose)", "responses": {"204": {"description": "Gone."}, "404": {"$ref": "#/components/responses/error"}}}
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
}
