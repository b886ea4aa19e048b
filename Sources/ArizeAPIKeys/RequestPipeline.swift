import ArizeOpenAPI
import Foundation

/// Runs generated operations for the facade: warnings, validation, auth and default headers,
/// retries for idempotent methods, and mapping of error responses to ``ArizeError``.
struct RequestPipeline: Sendable {
    let configuration: ArizeConfiguration
    let resolved: ArizeConfiguration.Resolved
    let transport: any HTTPTransport
    let userAgent = "arize-swift/\(ArizeClient.sdkVersion)"

    /// Sends one operation and returns its (2xx) output.
    /// - Parameter warningKey: the ALPHA warning to show once, e.g. `api_keys.list`.
    func perform<Operation: APIOperation>(_ operation: Operation.Type, _ input: Operation.Input,
                                          warningKey: String? = nil) async throws -> Operation.Output {
        if let warningKey {
            configuration.prereleaseRegistry.warnOnce(warningKey, mode: configuration.prereleaseWarnings,
                                                      environment: configuration.environment)
        }
        var request: HTTPRequest
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
        var attempt = 1
        while true {
            try Task.checkCancellation()
            let canRetry = retryable && attempt < max(1, policy.maxAttempts)
            let response: HTTPResponse
            do {
                response = try await transport.send(request, baseURL: resolved.baseURL)
            } catch is CancellationError {
                throw CancellationError()
            } catch {
                if Task.isCancelled { throw CancellationError() }
                if canRetry {
                    try await configuration.sleep(backoff(attempt: attempt, policy: policy))
                    attempt += 1
                    continue
                }
                throw ArizeError.transport(operationID: Operation.operationID, reason: String(describing: error))
            }

            let retryAfter = response.integerHeader("Retry-After")
            if canRetry && policy.retryableStatuses.contains(response.statusCode) {
                if let retryAfter {
                    let wait = Duration.seconds(max(0, retryAfter))
                    if wait <= policy.maxBackoff {
                        try await configuration.sleep(wait)
                        attempt += 1
                        continue
                    }
                } else {
                    try await configuration.sleep(backoff(attempt: attempt, policy: policy))
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
                                          retryAfterSeconds: retryAfter)
                }
                throw ArizeError.undecodableResponse(operationID: Operation.operationID, statusCode: error.statusCode, reason: error.reason)
            }
            if output.isSuccess { return output }
            // A status the spec does not list for this operation may still carry a problem document.
            let problem = output.decodedBody as? Problem ?? (try? JSONCoding.decode(Problem.self, from: response.body))
            throw ArizeError.from(statusCode: output.statusCode, problem: problem,
                                  operationID: Operation.operationID, retryAfterSeconds: retryAfter)
        }
    }

    /// Exponential backoff with jitter: a random wait between half and all of `initial × 2^(attempt-1)`, capped.
    private func backoff(attempt: Int, policy: RetryPolicy) -> Duration {
        let base = policy.initialBackoff * (1 << min(attempt - 1, 20))
        let capped = min(base, policy.maxBackoff)
        return capped * Double.random(in: 0.5...1.0)
    }
}

/// A 2xx output of a generated operation without the body this caller expects.
func unexpectedSuccess(_ operationID: String, _ statusCode: Int) -> ArizeError {
    .undecodableResponse(operationID: operationID, statusCode: statusCode, reason: "a success status without the documented body")
}
