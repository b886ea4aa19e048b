import ArizeOpenAPIRuntime
import Foundation
import Testing

@Suite struct RequestBuildingTests {
    @Test func pathQueryAndHeaderParameters() throws {
        let since = Date(timeIntervalSince1970: 1_767_225_600)
        let input = Operations.GetPet.Input(petID: "a/b c", tags: ["x", "y"], kinds: [.cat, .readOnly], since: since, limit: 3, xRequestID: "r1")
        let request = try Operations.GetPet.makeRequest(input)
        #expect(request.method == .get)
        #expect(request.path == "/pets/a%2Fb%20c")
        #expect(request.query.map(\.name) == ["tags", "tags", "kinds", "since", "limit"])
        #expect(request.query.map(\.value) == ["x", "y", "cat,read-only", "2026-01-01T00:00:00+00:00", "3"])
        #expect(request.headers["X-Request-ID"] == "r1")
        #expect(request.headers["accept"] == "application/json, application/problem+json, text/plain")
        #expect(request.body == nil)
        let url = request.url(relativeTo: URL(string: "https://fixture.example.com/api")!)
        #expect(url?.absoluteString == "https://fixture.example.com/api/pets/a%2Fb%20c?tags=x&tags=y&kinds=cat%2Cread-only&since=2026-01-01T00%3A00%3A00%2B00%3A00&limit=3")
    }

    /// An operation with nothing to add builds its request as it is (a `let`: the build would warn on a `var`).
    @Test func anOperationWithNothingToAdd() throws {
        let request = try Operations.Ping.makeRequest(.init())
        #expect(request.method == .get && request.path == "/ping" && request.query.isEmpty && request.body == nil)
        #expect(request.headers["Accept"] == nil)
    }

    /// A body that is a list of models reads through the models' fast path.
    @Test func aListOfModelsDecodes() throws {
        let body = Data(#"[{"id":"o1","email":"a@example.com"},{"id":"o2","email":"b@example.com","pets":[]}]"#.utf8)
        let output = try Operations.ListOwners.decodeResponse(TransportResponse(statusCode: 200, body: body))
        guard case .ok(let owners) = output else { Issue.record("got \(output)"); return }
        #expect(owners.map(\.id) == ["o1", "o2"] && owners[1].pets == [])
        #expect(throws: ResponseDecodingError.self) {
            try Operations.ListOwners.decodeResponse(TransportResponse(statusCode: 200, body: Data(#"[{"id":"o1"}]"#.utf8)))
        }
    }

    @Test func nilOptionalsAreOmitted() throws {
        let request = try Operations.GetPet.makeRequest(.init(petID: "1"))
        #expect(request.query.isEmpty)
        #expect(request.headers["X-Request-ID"] == nil)
    }

    @Test func validationRunsBeforeBuilding() throws {
        #expect(throws: ValidationError(field: "limit", reason: "must be at most 10 (is 11)")) {
            try Operations.GetPet.makeRequest(.init(petID: "1", limit: 11))
        }
        #expect(throws: ValidationError(field: "petID", reason: "must not be empty")) { try Operations.GetPet.makeRequest(.init(petID: "")) }
        #expect(throws: ValidationError(field: "toys[1].label", reason: "must be at most 3 characters long (is 4)")) {
            try Operations.PutPet.makeRequest(.init(petID: "1", body: .init(name: "ab", toys: [.init(label: "ok"), .init(label: "long")])))
        }
        #expect(throws: ValidationError(field: "name", reason: "must be at least 2 characters long")) {
            try Operations.PutPet.makeRequest(.init(petID: "1", body: .init(name: "a")))
        }
    }

    @Test func jsonBodyIsEncoded() throws {
        let request = try Operations.PutPet.makeRequest(.init(petID: "1", body: .init(name: "Rex", mood: .wild)))
        #expect(request.method == .put)
        #expect(request.headers["Content-Type"] == "application/json")
        #expect(String(decoding: request.body ?? Data(), as: UTF8.self) == #"{"mood":"wild","name":"Rex"}"#)
        let optional = try Operations.RecordEvent.makeRequest(.init())
        #expect(optional.body == nil && optional.headers["Content-Type"] == nil)
    }
}

@Suite struct ResponseDecodingTests {
    private func response(_ status: Int, _ body: String = "", headers: TransportHeaders = [:]) -> TransportResponse {
        TransportResponse(statusCode: status, headers: headers, body: Data(body.utf8))
    }

    @Test func documentedStatusesDecodeWithHeaders() throws {
        let ok = try Operations.GetPet.decodeResponse(response(200, #"{"pet_type":"cat","name":"Tom"}"#,
                                                                headers: ["x-rate-remaining": "7", "X-Cached": "true"]))
        guard case .ok(let pet, let headers) = ok else { Issue.record("expected ok, got \(ok)"); return }
        #expect(pet == .cat(Components.Schemas.Cat(petType: "cat", name: "Tom")))
        #expect(headers == .init(xRateRemaining: 7, xCached: true))
        #expect(ok.statusCode == 200 && ok.isSuccess)

        let notModified = try Operations.GetPet.decodeResponse(response(304))
        #expect(notModified.statusCode == 304 && notModified.decodedBody == nil)
        guard case .notModified = notModified else { Issue.record("expected notModified"); return }
    }

    @Test func rangeAndDefaultResponses() throws {
        let clientError = try Operations.GetPet.decodeResponse(response(418, #"{"title":"teapot","status":418}"#))
        guard case .clientError(let status, let problem) = clientError else { Issue.record("expected clientError"); return }
        #expect(status == 418 && problem.title == "teapot")
        #expect((clientError.decodedBody as? Components.Schemas.Problem)?.status == 418)

        let other = try Operations.GetPet.decodeResponse(response(503, "down"))
        guard case .default(let code, let body) = other else { Issue.record("expected default"); return }
        #expect(code == 503 && String(decoding: body, as: UTF8.self) == "down")
    }

    @Test func referencedResponseChainsAndRetryAfter() throws {
        let output = try Operations.PutPet.decodeResponse(response(422, #"{"title":"bad","status":422}"#, headers: ["Retry-After": "5"]))
        guard case .unprocessableContent(let problem, let headers) = output else { Issue.record("expected 422"); return }
        #expect(problem.title == "bad" && headers.retryAfter == 5)
    }

    @Test func undocumentedStatusKeepsEverything() throws {
        let output = try Operations.PutPet.decodeResponse(response(500, "oops", headers: ["X-Trace": "t"]))
        guard case .undocumented(let raw) = output else { Issue.record("expected undocumented"); return }
        #expect(raw.statusCode == 500 && raw.headers["x-trace"] == "t" && raw.body == Data("oops".utf8))
        #expect(!output.isSuccess)
    }

    @Test func bodyMismatchIsAResponseDecodingError() throws {
        let error = #expect(throws: ResponseDecodingError.self) {
            try Operations.RecordEvent.decodeResponse(response(201, #"{"at":12}"#))
        }
        #expect(error?.operationID == "record_event" && error?.statusCode == 201 && error?.reason.hasPrefix("$.at:") == true)
    }
}

@Suite struct ClientTests {
    struct Echo: HTTPTransport {
        func send(_ request: TransportRequest, baseURL: URL) async throws -> TransportResponse {
            TransportResponse(statusCode: 201, body: request.body ?? Data())
        }
    }

    @Test func clientCallsThroughTheTransport() async throws {
        #expect(APIClient.serverURLs == ["https://fixture.example.com/api"])
        let client = APIClient(baseURL: URL(string: "http://localhost")!, transport: Echo())
        let at = Date(timeIntervalSince1970: 0)
        let output = try await client.recordEvent(.init(body: Components.Schemas.Event(at: at)))
        guard case .created(let event) = output else { Issue.record("expected created"); return }
        #expect(event.at == at)
    }

    @Test func cookieParametersGoInTheCookieHeader() throws {
        let request = try Operations.GetSession.makeRequest(.init(sessionID: "a b", theme: "dark"))
        #expect(request.headers["Cookie"] == "session_id=a%20b; theme=dark")
        #expect(try Operations.GetSession.makeRequest(.init(sessionID: "s")).headers["Cookie"] == "session_id=s")
    }

    @Test func deepObjectParametersAreFlattened() throws {
        let filter = Operations.Search.Filter(name: "a b", tags: ["x", "y"], range: .init(from: 1, to: 5), open: true)
        let request = try Operations.Search.makeRequest(.init(filter: filter))
        #expect(request.query.map { "\($0.name)=\($0.value)" } == ["filter[name]=a b", "filter[open]=true", "filter[range][from]=1",
                                                                   "filter[range][to]=5", "filter[tags]=x", "filter[tags]=y"])
        #expect(try Operations.Search.makeRequest(.init()).query.isEmpty)
    }

    @Test func formBodiesAreEncodedFromTheModel() throws {
        let request = try Operations.Login.makeRequest(.init(body: .init(username: "a b&c", remember: true, scopes: ["read", "write"])))
        #expect(request.headers["Content-Type"] == "application/x-www-form-urlencoded")
        #expect(String(decoding: request.body ?? Data(), as: UTF8.self) == "remember=true&scopes=read&scopes=write&username=a%20b%26c")
    }

    /// Objects and unions in queries and headers (OpenAPI's form and simple styles), and a parameter
    /// described with `content: application/json`.
    @Test func structuredParametersFollowTheirStyle() throws {
        let input = Operations.GetReport.Input(color: .init(r: 100, g: 200), point: .init(x: 3, y: 4), key: .number(7),
                                                where: .init(owner: "a b"), xShape: .init(w: 5, h: 6))
        let request = try Operations.GetReport.makeRequest(input)
        #expect(request.query.map { "\($0.name)=\($0.value)" } == ["G=200", "R=100", "point=x,3,y,4", "key=7", #"where={"owner":"a b"}"#])
        #expect(request.headers["X-Shape"] == "h,6,w,5")
        let byName = try Operations.GetReport.makeRequest(.init(key: .string("alpha")))
        #expect(byName.query.map { "\($0.name)=\($0.value)" } == ["key=alpha"])
    }

    @Test func multipartBodiesAreEncodedFromTheModel() throws {
        let image = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x00, 0xFF])
        let body = Operations.UploadAvatar.Body(userID: "u-1", image: image, thumbnails: [Data([1]), Data([2, 3])],
                                                crop: .init(x: 4, y: 5), visible: false, caption: nil)
        let request = try Operations.UploadAvatar.makeRequest(.init(body: body))
        let contentType = try #require(request.headers["Content-Type"])
        #expect(contentType.hasPrefix("multipart/form-data; boundary="))
        let boundary = String(contentType.dropFirst("multipart/form-data; boundary=".count))
        let parts = try Self.parts(of: try #require(request.body), boundary: boundary)
        #expect(parts.map(\.name) == ["crop", "image", "thumbnails", "thumbnails", "user_id", "visible"])
        #expect(parts[0].headers.contains("Content-Type: application/json"))
        #expect(String(decoding: parts[0].content, as: UTF8.self) == #"{"x":4,"y":5}"#)
        #expect(parts[1].headers.contains(#"filename="image""#) && parts[1].headers.contains("Content-Type: application/octet-stream"))
        #expect(parts[1].content == image)
        #expect(parts[2].content == Data([1]) && parts[3].content == Data([2, 3]))
        #expect(String(decoding: parts[4].content, as: UTF8.self) == "u-1" && !parts[4].headers.contains("filename"))
        #expect(String(decoding: parts[5].content, as: UTF8.self) == "false")
        // Two requests, two boundaries: a boundary is never predictable from outside.
        let again = try Operations.UploadAvatar.makeRequest(.init(body: body))
        #expect(again.headers["Content-Type"] != contentType)
    }

    /// Splits a multipart body into (name, part headers, content), checking its framing.
    static func parts(of body: Data, boundary: String) throws -> [(name: String, headers: String, content: Data)] {
        let bytes = [UInt8](body)
        let delimiter = [UInt8]("--\(boundary)".utf8)
        var starts: [Int] = []
        var index = 0
        while index + delimiter.count <= bytes.count {
            if Array(bytes[index..<index + delimiter.count]) == delimiter { starts.append(index); index += delimiter.count } else { index += 1 }
        }
        let ending: [UInt8] = Array(bytes.suffix(delimiter.count + 4))
        let closingDelimiter: [UInt8] = delimiter + Array("--\r\n".utf8)
        #expect(ending == closingDelimiter, "the body ends with the closing delimiter")
        var parts: [(name: String, headers: String, content: Data)] = []
        for (start, end) in zip(starts, starts.dropFirst()) {
            let part = Array(bytes[(start + delimiter.count + 2)..<(end - 2)])  // after "--b\r\n", before "\r\n--b"
            let separator = Array("\r\n\r\n".utf8)
            let candidates: ClosedRange<Int> = 0...(part.count - separator.count)
            let split: Int = try #require(candidates.first { (offset: Int) -> Bool in Array(part[offset..<offset + separator.count]) == separator })
            let headers = String(decoding: part[..<split], as: UTF8.self)
            let name = try #require(headers.split(separator: "\"").dropFirst().first.map(String.init))
            parts.append((name, headers, Data(part[(split + separator.count)...])))
        }
        return parts
    }
}
