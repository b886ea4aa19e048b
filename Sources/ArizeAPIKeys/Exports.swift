// What `import ArizeAPIKeys` shows besides the facade and the models generated into this module:
// the runtime types users meet, one by one (not the whole runtime module). `Secret` is what
// `CreatedAPIKey.key` is; the transport types are for custom transports and test doubles.
@_exported import struct ArizeOpenAPIRuntime.Secret
@_exported import protocol ArizeOpenAPIRuntime.HTTPTransport
@_exported import struct ArizeOpenAPIRuntime.TransportRequest
@_exported import struct ArizeOpenAPIRuntime.TransportResponse
@_exported import struct ArizeOpenAPIRuntime.TransportHeaders
@_exported import class ArizeOpenAPIRuntime.URLSessionTransport
@_exported import struct ArizeOpenAPIRuntime.TransportConnectionError
