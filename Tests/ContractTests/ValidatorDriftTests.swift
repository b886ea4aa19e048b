import ArizeAPIKeys
import ArizeAPIKeysTesting
import Foundation
import Testing

/// The validator is only worth something if it fails on drift: these feed it requests and
/// responses that differ from the spec in one way each and expect the JSON pointer of the difference.
@Suite struct ValidatorDriftTests {
    let validator: SpecValidator
    init() throws { validator = try SpecValidator(specPath: specPath) }

    func request(_ method: HTTPMethod, _ path: String, query: [(String, String)] = [], body: String? = nil, operation: String) -> HTTPRequest {
        var request = HTTPRequest(operationID: operation, method: method, path: path, query: query.map { (name: $0.0, value: $0.1) })
        if let body {
            request.body = Data(body.utf8)
            request.headers["Content-Type"] = "application/json"
        }
        return request
    }

    @Test func conformingRequestsPass() {
        #expect(validator.validate(request: request(.get, "/v2/api-keys", query: [("limit", "50"), ("status", "active")], operation: "api_keys_list")) == [])
        #expect(validator.validate(request: request(.post, "/v2/api-keys/QXBp%2F/refresh", body: "{}", operation: "api_keys_refresh")) == [])
    }

    @Test func requestDriftIsCaught() {
        let cases: [(HTTPRequest, String)] = [
            (request(.get, "/v2/api-keys", query: [("limit", "0")], operation: "api_keys_list"),
             "query limit (schema #/components/parameters/LimitQuery/schema): 0.0 is below the minimum 1.0"),
            (request(.get, "/v2/api-keys", query: [("status", "deleted")], operation: "api_keys_list"),
             "query status (schema #/components/schemas/ApiKeyStatus): \"deleted\" is not one of the enum values"),
            (request(.get, "/v2/api-keys", query: [("page", "2")], operation: "api_keys_list"),
             "#/paths/~1v2~1api-keys/get/parameters: undeclared query parameter \"page\""),
            (request(.post, "/v2/api-keys", body: #"{"name":"a","space":"prod"}"#, operation: "api_keys_create"),
             "request body #/space: property \"space\" is not declared by #/components/schemas/ApiKeyCreate"),
            (request(.post, "/v2/api-keys", body: #"{"description":"d"}"#, operation: "api_keys_create"),
             "request body # (schema #/components/schemas/ApiKeyCreate): required property \"name\" is missing"),
            (request(.post, "/v2/api-keys", body: #"{"name":"a","key_type":"bot"}"#, operation: "api_keys_create"),
             "request body #/key_type (schema #/components/schemas/ApiKeyType): \"bot\" is not one of the enum values"),
            (request(.post, "/v2/api-keys", operation: "api_keys_create"),
             "#/paths/~1v2~1api-keys/post/requestBody: required body is missing"),
            (request(.post, "/v2/api-keys/x/refresh", body: #"{"grace_period_seconds":90000}"#, operation: "api_keys_refresh"),
             "request body #/grace_period_seconds (schema #/components/schemas/ApiKeyRefresh/properties/grace_period_seconds): 90000.0 is above the maximum 86400.0"),
            (request(.delete, "/v2/api-keys/x/revoke", operation: "api_keys_revoke"), "DELETE /v2/api-keys/x/revoke: no operation in the spec"),
        ]
        for (request, expected) in cases {
            #expect(validator.validate(request: request) == [expected])
        }
    }

    @Test func responseDriftIsCaught() {
        let list = request(.get, "/v2/api-keys", operation: "api_keys_list")
        func response(_ status: Int, _ body: String, type: String = "application/json") -> HTTPResponse {
            HTTPResponse(statusCode: status, headers: ["Content-Type": type], body: Data(body.utf8))
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
            "#/paths/~1v2~1api-keys/get/responses: status 500 is not documented for api_keys_list",
        ])
    }
}
