import ArizeAPIKeys
import ArizeOpenAPIRuntime
import ArizeOpenAPIDocument
import ArizeAPIKeysTesting
import Foundation
import Testing

/// The validator is only worth something if it fails on drift: these feed it requests and
/// responses that differ from the spec in one way each and expect the JSON pointer of the difference.
@Suite struct ValidatorDriftTests {
    let validator: SpecValidator
    init() throws { validator = try SpecValidator(specPath: specPath) }

    func request(_ method: TransportRequest.Method, _ path: String, query: [(String, String)] = [], body: String? = nil, operation: String) -> TransportRequest {
        var request = TransportRequest(operationID: operation, method: method, path: path, query: query.map { (name: $0.0, value: $0.1) })
        if let body {
            request.body = Data(body.utf8)
            request.headers["Content-Type"] = "application/json"
        }
        return request
    }

    @Test func conformingRequestsPass() {
        #expect(validator.validate(request: request(.get, "/v2/api-keys", query: [("limit", "50"), ("status", "ACTIVE")], operation: "list_api_keys")) == [])
        #expect(validator.validate(request: request(.post, "/v2/api-keys/QXBp%2F/refresh", body: "{}", operation: "refresh_api_key")) == [])
    }

    @Test func requestDriftIsCaught() {
        let cases: [(TransportRequest, String)] = [
            (request(.get, "/v2/api-keys", query: [("limit", "0")], operation: "list_api_keys"),
             "query limit (schema #/components/parameters/LimitQuery/schema): 0.0 is below the minimum 1.0"),
            (request(.get, "/v2/api-keys", query: [("status", "deleted")], operation: "list_api_keys"),
             "query status (schema #/components/schemas/ApiKeyStatus): \"deleted\" is not one of the enum values"),
            (request(.get, "/v2/api-keys", query: [("page", "2")], operation: "list_api_keys"),
             "#/paths/~1v2~1api-keys/get/parameters: undeclared query parameter \"page\""),
            (request(.post, "/v2/api-keys", body: #"{"key_type":"USER","name":"a","space":"prod"}"#, operation: "create_api_key"),
             "request body #/space: property \"space\" is not declared by #/components/schemas/CreateUserApiKeyRequest"),
            (request(.post, "/v2/api-keys", body: #"{"key_type":"USER","description":"d"}"#, operation: "create_api_key"),
             "request body # (schema #/components/schemas/CreateUserApiKeyRequest): required property \"name\" is missing"),
            (request(.post, "/v2/api-keys", body: #"{"name":"a","key_type":"user"}"#, operation: "create_api_key"),
             "request body # (schema #/components/schemas/CreateApiKeyRequest): key_type \"user\" is not one of USER, SERVICE"),
            (request(.post, "/v2/api-keys", operation: "create_api_key"),
             "#/paths/~1v2~1api-keys/post/requestBody: required body is missing"),
            (request(.post, "/v2/api-keys/x/refresh", body: #"{"grace_period_seconds":90000}"#, operation: "refresh_api_key"),
             "request body #/grace_period_seconds (schema #/components/schemas/RefreshApiKeyRequest/properties/grace_period_seconds): 90000.0 is above the maximum 86400.0"),
            (request(.delete, "/v2/api-keys/x/revoke", operation: "revoke_api_key"), "DELETE /v2/api-keys/x/revoke: no operation in the spec"),
        ]
        for (request, expected) in cases {
            #expect(validator.validate(request: request) == [expected])
        }
    }

    @Test func responseDriftIsCaught() {
        let list = request(.get, "/v2/api-keys", operation: "list_api_keys")
        func response(_ status: Int, _ body: String, type: String = "application/json") -> TransportResponse {
            TransportResponse(statusCode: status, headers: ["Content-Type": type], body: Data(body.utf8))
        }
        #expect(validator.validate(response: response(200, #"{"api_keys":[],"pagination":{"has_more":false}}"#), for: list) == [])
        #expect(validator.validate(response: response(200, #"{"api_keys":[],"pagination":{"hasMore":false}}"#), for: list) == [
            "response body #/pagination (schema #/components/schemas/PaginationMetadata): required property \"has_more\" is missing",
            "response body #/pagination/hasMore: property \"hasMore\" is not declared by #/components/schemas/PaginationMetadata",
        ])
        #expect(validator.validate(response: response(404, #"{"title":"x","status":404}"#), for: list) == [
            "#/components/responses/NotFound/content/application~1problem+json: Content-Type is application/json, expected application/problem+json",
        ])
        #expect(validator.validate(response: response(500, "{}"), for: list) == [
            "#/paths/~1v2~1api-keys/get/responses: status 500 is not documented for list_api_keys",
        ])
    }
}
