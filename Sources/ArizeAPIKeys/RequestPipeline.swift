import ArizeOpenAPIRuntime
import Foundation

/// Runs generated operations for the facade: warnings, validation, auth and default headers,
/// retries for idempotent methods, and mapping of error responses to ``ArizeError``.
struct RequestPipeline: Sendable {
    let configuration: ArizeConfiguration
    let resolved: ArizeConfiguration.Resolved
    let transport: any HTTPTransport
    let userAgent = "arize-swift/\(ArizeClient.sdkVersion)"

    /// Sends one operation and returns its (2xx) output.
    /// - Parameter warningKey: the prerelease warning to show once, e.g. `api_keys.list`.
    func perform<Operation: APIOperation>(_ operation: Operation.Type, _ input: Operation.Input,
                                          warningKey: String? = nil) async throws -> Operation.Output {
        if let warningKey {
            configuration.prereleaseRegistry.warnOnce(warningKey, mode: configuration.prereleaseWarnings,
                                                      environment: configuration.environment)
        }
        var request: TransportRequest
        do {
            request = try Operation.makeRequest(input)
        } catch let error as ValidationError {
            throw ArizeError.invalidArgument(name: error.field, reason: error.reason)
        }
        request.headers["Authorization"] = "Bearer " + resolved.apiKey.revealed
        request.headers["User-Agent"] = userAgent
        for header in resolved.headers { request.headers[header.name] = header.value }

        let policy = configuration.retryPolicy
        let retryable = request.method.isIdempotent
        let started = ContinuousClock.now
        var attempt = 1
        /// Whether another attempt may start after waiting `wait`: attempts left, and within the overall bound.
        func mayRetry(after wait: Duration) -> Bool {
            retryable && attempt < max(1, policy.maxAttempts) && ContinuousClock.now - started + wait <= policy.maxTotalTime
        }
        while true {
            try Task.checkCancellation()
            let response: TransportResponse
            do {
                response = try await transport.send(request, baseURL: resolved.baseURL)
            } catch is CancellationError {
                throw CancellationError()
            } catch {
                if Task.isCancelled { throw CancellationError() }
                let wait = backoff(attempt: attempt, policy: policy)
                if mayRetry(after: wait) {
                    try await configuration.sleep(wait)
                    attempt += 1
                    continue
                }
                let reason = String(describing: error)
                let unsent = (error as? TransportConnectionError)?.mayHaveReachedServer == false
                if !retryable && !unsent { throw ArizeError.outcomeUnknown(operationID: Operation.operationID, reason: reason) }
                throw ArizeError.transport(operationID: Operation.operationID, reason: reason)
            }

            if (300...399).contains(response.statusCode) {
                throw ArizeError.redirected(operationID: Operation.operationID, statusCode: response.statusCode,
                                            location: Self.origin(of: response.headers["Location"], relativeTo: request.url(relativeTo: resolved.baseURL)))
            }
            let retryAfter = RetryAfter.delay(response.headers["Retry-After"])
            if policy.retryableStatuses.contains(response.statusCode) {
                // The server's wait is honoured exactly; longer than maxBackoff, the call fails with it instead.
                let wait = retryAfter ?? backoff(attempt: attempt, policy: policy)
                if wait <= policy.maxBackoff && mayRetry(after: wait) {
                    try await configuration.sleep(wait)
                    attempt += 1
                    continue
                }
            }

            let output: Operation.Output
            do {
                output = try Operation.decodeResponse(response)
            } catch let error as ResponseDecodingError {
                if response.statusCode >= 400 {
                    throw ArizeError.from(statusCode: response.statusCode, problem: nil, operationID: Operation.operationID,
                                          retryAfter: retryAfter)
                }
                throw ArizeError.undecodableResponse(operationID: Operation.operationID, statusCode: error.statusCode,
                                                     reason: bounded(error.reason) ?? "")
            }
            if output.isSuccess { return output }
            // A status the spec does not list for this operation may still carry a problem document.
            let problem = output.decodedBody as? Components.Schemas.Problem ?? (try? JSONCoding.decode(Components.Schemas.Problem.self, from: response.body))
            throw ArizeError.from(statusCode: output.statusCode, problem: problem,
                                  operationID: Operation.operationID, retryAfter: retryAfter)
        }
    }

    /// Exponential backoff with jitter: a random wait between half and all of `initial × 2^(attempt-1)`, capped.
    private func backoff(attempt: Int, policy: RetryPolicy) -> Duration {
        let base = policy.initialBackoff * (1 << min(attempt - 1, 20))
        let capped = min(base, policy.maxBackoff)
        return capped * Double.random(in: 0.5...1.0)
    }

    /// `scheme://host[:port]` of a `Location` value: where a redirect pointed, without path,
    /// query or credentials (they may carry secrets).
    static func origin(of location: String?, relativeTo requestURL: URL?) -> String? {
        guard let location, let url = URL(string: location, relativeTo: requestURL)?.absoluteURL,
              let scheme = url.scheme, let host = url.host else { return nil }
        return "\(scheme)://\(host)" + (url.port.map { ":\($0)" } ?? "")
    }
}

/// A 2xx output of a generated operation without the body this caller expects.
func unexpectedSuccess(_ operationID: String, _ statusCode: Int) -> ArizeError {
    .undecodableResponse(operationID: operationID, statusCode: statusCode, reason: "a success status without the documented body")
}
