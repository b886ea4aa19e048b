import ArizeOpenAPIRuntime
import Foundation

/// The entry point: holds the configuration and transport, and exposes the API keys API.
///
/// ```swift
/// let client = try ArizeClient()   // ARIZE_API_KEY, ARIZE_API_HOST, ARIZE_API_SCHEME, ARIZE_REGION
/// let page = try await client.apiKeys.list()
/// ```
/// A client is `Sendable`: share one across tasks.
public final class ArizeClient: Sendable {
    /// This SDK's version, sent as `User-Agent: arize-swift/<version>`.
    public static let sdkVersion = "0.1.0"

    /// List, create, rotate, revoke and delete API keys.
    public let apiKeys: APIKeysClient

    /// Where requests go.
    public var baseURL: URL { apiKeys.pipeline.resolved.baseURL }

    /// The configuration the client was made with.
    public let configuration: ArizeConfiguration

    /// Creates a client from a full configuration.
    /// - Parameters:
    ///   - configuration: every setting; see ``ArizeConfiguration``.
    ///   - transport: sends the requests; by default libcurl directly on Linux (`URLSession` where it
    ///     cannot be loaded, on macOS, or with `ARIZE_HTTP_TRANSPORT=urlsession`), with the configured
    ///     timeout and CA bundle; `ARIZE_HTTP_TRANSPORT` is read from the configuration's environment.
    ///     Pass a `FakeArize` (from `ArizeAPIKeysTesting`) in tests.
    /// - Throws: `ArizeError.missingAPIKey` or `.invalidConfiguration`, before any request.
    public init(configuration: ArizeConfiguration, transport: (any HTTPTransport)? = nil) throws {
        let resolved = try configuration.resolve()
        let chosen: any HTTPTransport
        if let transport {
            chosen = transport
        } else {
            do {
                chosen = try makeDefaultTransport(timeout: configuration.timeout, caBundle: resolved.caBundle,
                                                  environment: configuration.environment)
            } catch {
                throw ArizeError.invalidConfiguration(reason: error.description)
            }
        }
        let pipeline = RequestPipeline(configuration: configuration, resolved: resolved,
                                       transport: configuration.wrapTransport.map { $0(chosen) } ?? chosen)
        self.configuration = configuration
        self.apiKeys = APIKeysClient(pipeline: pipeline, spaces: SpaceResolver(ttl: configuration.spaceCacheTTL))
    }

    /// A `JSONEncoder` that writes the SDK's models as the API does: its field names, RFC 3339
    /// dates (`2026-01-02T03:04:05+00:00`), keys sorted. For printing or storing what you received.
    public static func makeJSONEncoder() -> JSONEncoder { JSONCoding.makeEncoder() }

    /// A `JSONDecoder` that reads what ``makeJSONEncoder()`` (or the API) writes, dates with or without fractions.
    public static func makeJSONDecoder() -> JSONDecoder { JSONCoding.makeDecoder() }

    /// Creates a client; anything not given comes from the environment, then defaults.
    /// - Parameters:
    ///   - apiKey: the API key; `nil` reads `ARIZE_API_KEY`.
    ///   - baseURL: a full base URL, e.g. `http://127.0.0.1:8080`. Not with `region`.
    ///   - region: an Arize region. Not with `baseURL`.
    ///   - transport: sends the requests; by default libcurl on Linux, `URLSession` elsewhere.
    public convenience init(apiKey: String? = nil, baseURL: URL? = nil, region: ArizeRegion? = nil,
                            transport: (any HTTPTransport)? = nil) throws {
        try self.init(configuration: ArizeConfiguration(apiKey: apiKey, region: region, baseURL: baseURL), transport: transport)
    }
}
