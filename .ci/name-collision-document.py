#!/usr/bin/env python3
"""Writes an OpenAPI document whose names are everything generated code could collide with, and a
Swift file that declares each of those names at a module's top level, as a facade beside generated
code does. Usage: name-collision-document.py NAMES_FILE DOCUMENT_OUT SHADOWS_OUT

NAMES_FILE holds one name per line: every public (and SPI) top-level name of this package's modules,
read from their symbol graphs by name-collision-check.sh, to which this script adds the common names
of Swift, Foundation and generated code. Each name becomes:
  - a component schema (an object with a property named after it, a discriminator and an inline
    enum, so each schema also nests a type of that name),
  - a property of `Everything` referring to the schema of that name, and of `Inline` holding an
    inline object of that name (a nested type named like it),
  - an enum value, a union branch, and
  - an operation with that operationId, whose path, query and header parameters carry the name, whose
    body and answer are that schema.
"""
import json, sys

COMMON = """String Substring Character Int Int8 Int16 Int32 Int64 UInt UInt8 UInt16 UInt32 UInt64 Double Float
Bool Decimal Data Date URL UUID Error Result Task Never Void Array Dictionary Set Optional Range Sequence
Collection Decoder Encoder Codable Decodable Encodable Hashable Equatable Sendable CaseIterable
RawRepresentable CustomStringConvertible CodingKey CodingKeys DecodingError EncodingError Duration Mirror
JSONDecoder JSONEncoder URLSession URLRequest ProcessInfo Operation Client Server Input Output Body Headers
Request Response Value Values Type Self Protocol Any AnyObject Swift Foundation FoundationEssentials
ArizeOpenAPIRuntime ArizeJSON ArizeAPIKeys Components Schemas Operations APIClient OpenAPISpec Unrecognized
Tag Option1 Unknown Undocumented AdditionalProperty Kind""".split()

# Names a Swift file cannot declare at the top level (keywords), or that the generator declares there.
NOT_DECLARABLE = {"Type", "Self", "Protocol", "Any", "AnyObject", "Swift", "Foundation", "FoundationEssentials",
                  "ArizeOpenAPIRuntime", "ArizeJSON", "ArizeAPIKeys", "Components", "Operations", "APIClient", "OpenAPISpec"}


def main():
    names_file, document_out, shadows_out = sys.argv[1:4]
    names = sorted({line.strip() for line in open(names_file) if line.strip().isidentifier()} | set(COMMON))
    schemas = {}
    ref = lambda name: {"$ref": "#/components/schemas/" + name}
    for name in names:
        schemas[name] = {
            "type": "object",
            "description": f"A schema named {name}.",
            "required": ["kind", name],
            "properties": {
                "kind": {"type": "string"},
                name: {"type": "string", "enum": [name, "other"]},  # an inline enum: a nested type named like the schema
                "again": ref(name),  # itself: a reference closing a cycle (generated as `Indirect`)
                "when": {"type": "string", "format": "date-time"},
                "bytes": {"type": "string", "format": "byte"},
                "any": {},
            },
        }
    schemas["Everything"] = {"type": "object", "properties": {name: ref(name) for name in names}}
    schemas["Inline"] = {"type": "object", "properties": {
        name: {"type": "object", "properties": {"value": {"type": "string"}, "count": {"type": "integer"}}} for name in names}}
    schemas["Plain"] = {"type": "object", "required": names[:40], "properties": {
        name: [{"type": "string"}, {"type": "integer"}, {"type": "number"}, {"type": "boolean"},
               {"type": "array", "items": {"type": "string"}}, {"type": "object", "additionalProperties": {"type": "integer"}},
               {"type": "string", "format": "uuid"}, {"type": "string", "format": "uri"}][i % 8] for i, name in enumerate(names)}}
    schemas["Names"] = {"type": "string", "enum": names}
    schemas["Union"] = {"oneOf": [ref(name) for name in names], "discriminator": {
        "propertyName": "kind", "mapping": {name: "#/components/schemas/" + name for name in names}}}
    schemas["Either"] = {"oneOf": [ref(name) for name in names[:10]] + [{"type": "string"}]}
    paths = {}
    for name in names:
        paths[f"/ops/{name}/{{{name}}}"] = {"post": {
            "operationId": name,
            "summary": f"An operation named {name}.",
            "parameters": [
                {"name": name, "in": "path", "required": True, "schema": {"type": "string"}},
                {"name": name, "in": "query", "schema": ref("Names")},
                {"name": name, "in": "header", "schema": {"type": "integer"}},
            ],
            "requestBody": {"required": True, "content": {"application/json": {"schema": ref(name)}}},
            "responses": {
                "200": {"description": "The schema of the same name.", "content": {"application/json": {"schema": ref(name)}},
                        "headers": {name: {"schema": {"type": "string"}}}},
                "201": {"description": "An inline answer: an object nested in the operation, referring to schemas.",
                        "content": {"application/json": {"schema": {
                    "type": "object", "required": ["names"], "additionalProperties": ref(name), "properties": {
                        name: {"type": "object", "properties": {"n": {"type": "string"}}},
                        "same": ref(name), "list": {"type": "array", "items": ref(name)},
                        "names": {"allOf": [ref("Names")], "const": names[0]}}}}}},
                "default": {"description": "Anything else.", "content": {"application/json": {"schema": ref("Union")}}},
            },
        }}
    document = {"openapi": "3.1.0", "info": {"title": "Collisions", "version": "1"},
                "servers": [{"url": "https://example.com"}], "paths": paths, "components": {"schemas": schemas}}
    json.dump(document, open(document_out, "w"), separators=(",", ":"))
    with open(shadows_out, "w") as out:
        out.write("// Every name at this module's top level, as a facade's types are beside generated code.\n")
        for name in names:
            if name not in NOT_DECLARABLE:
                out.write(f"enum {name} {{}}\n")
    print(f"{len(names)} names: {len(schemas)} schemas, {len(paths)} operations")


main()
