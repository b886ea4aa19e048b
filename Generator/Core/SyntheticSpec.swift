import ArizeOpenAPIDocument
/// Builds large specs for benchmarks: every construct the generator handles, repeated.
package enum SyntheticSpec {
    /// A spec with `operations` operations (two per resource: list with query parameters, update with a body).
    package static func make(operations: Int) -> String {
        let resources = max(1, operations / 2)
        var paths: [String] = []
        var schemas: [String] = []
        for i in 0..<resources {
            let name = "Resource\(i)"
            schemas.append("""
                "\(name)Status": {"type": "string", "enum": ["active", "paused", "read-only"]},
                "\(name)Base": {"type": "object", "required": ["id", "created_at"], "properties": {
                  "id": {"type": "string", "minLength": 1}, "created_at": {"type": "string", "format": "date-time"}}},
                "\(name)": {"allOf": [{"$ref": "#/components/schemas/\(name)Base"}, {"type": "object", "required": ["name", "status"], "properties": {
                  "name": {"type": "string", "maxLength": 256}, "status": {"$ref": "#/components/schemas/\(name)Status"},
                  "tags": {"type": "array", "items": {"type": "string"}}, "score": {"type": "number", "format": "double"},
                  "owner": {"type": "object", "properties": {"user_id": {"type": "string"}, "email": {"type": ["string", "null"]}}},
                  "labels": {"type": "object", "additionalProperties": {"type": "string"}}}}]},
                "\(name)Page": {"type": "object", "required": ["items", "has_more"], "properties": {
                  "items": {"type": "array", "items": {"$ref": "#/components/schemas/\(name)"}}, "has_more": {"type": "boolean"},
                  "next_cursor": {"type": "string"}}}
                """)
            paths.append("""
                "/v1/resources\(i)/{resource_id}": {
                  "get": {"operationId": "list_resource\(i)", "parameters": [
                    {"name": "resource_id", "in": "path", "required": true, "schema": {"type": "string"}},
                    {"name": "status", "in": "query", "schema": {"$ref": "#/components/schemas/\(name)Status"}},
                    {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 100}},
                    {"name": "since", "in": "query", "schema": {"type": "string", "format": "date-time"}}],
                    "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/\(name)Page"}}}},
                      "429": {"$ref": "#/components/responses/TooManyRequests"}}},
                  "put": {"operationId": "update_resource\(i)", "parameters": [
                    {"name": "resource_id", "in": "path", "required": true, "schema": {"type": "string"}}],
                    "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/\(name)"}}}},
                    "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/\(name)"}}}},
                      "404": {"description": "missing", "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}}}
                }
                """)
        }
        return """
            {"openapi": "3.1.0", "info": {"title": "Synthetic", "version": "1"},
             "paths": {\(paths.joined(separator: ",\n"))},
             "components": {
               "responses": {"TooManyRequests": {"description": "slow down",
                 "headers": {"Retry-After": {"schema": {"type": "integer"}}},
                 "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}},
               "schemas": {
                 "Problem": {"type": "object", "required": ["title", "status"], "properties": {"title": {"type": "string"}, "status": {"type": "integer"}}},
                 \(schemas.joined(separator: ",\n"))
               }}}
            """
    }
}
