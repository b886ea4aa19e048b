// Generated from openapi-3.0.json by arize-openapi-generator. Do not edit.

import ArizeOpenAPIRuntime
import Foundation

// Empty: Operations.swift holds everything until the spec is large enough to share it out.
