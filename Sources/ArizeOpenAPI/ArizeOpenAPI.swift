// The rest of this module is generated at build time from openapi/arize-api-keys.json
// by the ArizeOpenAPIGeneratorPlugin (see Generator/). Nothing here restates the spec.
@_exported import ArizeOpenAPIRuntime
