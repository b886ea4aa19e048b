// Generated from openapi-3.0.json by arize-openapi-generator. Do not edit.

@_spi(Generated) import ArizeOpenAPIRuntime
import Foundation

// Empty: this spec's types fit in fewer files (see Renderer.shards).
