// Generated from arize-api-keys.json by arize-openapi-generator. Do not edit.

@_spi(Generated) import ArizeOpenAPIRuntime
import Foundation

// Empty: this spec's operations fit in fewer files (see Renderer.shards).
