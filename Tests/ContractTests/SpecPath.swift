import Foundation

/// The bundled spec, found from this file's location.
let specPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("openapi/arize-api-keys.json").path
