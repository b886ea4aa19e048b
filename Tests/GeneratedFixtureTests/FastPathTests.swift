import ArizeOpenAPIRuntime
import Foundation
import Testing

/// Generated types decode two ways: `Codable` (for users' own decoders) and `init(reading:)`
/// (what the runtime uses, without JSONDecoder). Both must agree on every construct.
@Suite struct FastPathTests {
    static func both<T: Codable & JSONReadable & Equatable>(_ type: T.Type, _ json: String) throws -> (T, T) {
        let data = Data(json.utf8)
        return (try JSONCoding.makeDecoder().decode(T.self, from: data), try JSONCoding.decode(T.self, from: data))
    }

    @Test func bothPathsAgree() throws {
        func check<T: Codable & JSONReadable & Equatable>(_ type: T.Type, _ json: String) throws {
            let (codable, fast) = try Self.both(type, json)
            #expect(codable == fast, "\(T.self): \(json)")
        }
        try check(Components.Schemas.Pet.self, #"{"pet_type":"kitten","name":"Kit","indoor":false}"#)
        try check(Components.Schemas.Owner.self, #"{"id":"o","created_at":"2026-01-01T00:00:00.5+01:00","email":"e","pets":[{"pet_type":"dog","name":"Rex","bark_volume":3}],"extra":[1,{"a":null}]}"#)
        try check(Components.Schemas.Nullables.self, #"{"nickname":null,"age":4,"scores":[1,null,2.5],"note":"n"}"#)
        try check(Components.Schemas.Keywords.self, #"{"default":"d","type":"zz","self":false,"user_id":"1","userId":"2"}"#)
        try check(Components.Schemas.Numbers.self, #"{"small":-7,"big":9000000000,"ratio":0.25,"precise":2,"positive":1e3}"#)
        try check(Components.Schemas.Metadata.self, #"{"name":"n","x":1,"y":-2}"#)
        try check(Components.Schemas.Event.self, #"{"at":"2026-01-01T00:00:00Z","payload":{"k":[true,"s\u00e9\n",1.5,null]},"bag":{},"secret":"s"}"#)
        try check(Components.Schemas.Tree.self, #"{"value":1,"children":[{"value":2},{"value":3,"children":[]}]}"#)
        try check(Components.Schemas.Inline.self, #"{"owner":{"name":"ab"},"status":"off","items":[{"n":1},{}],"type":{"x":2}}"#)
        try check(Components.Schemas.PetKind.self, #""SOMETHING_NEW""#)
        try check(Components.Schemas.Shape.self, #"{"side":1}"#)
    }

    @Test func fastPathErrorsNameThePath() throws {
        func failure<T: Codable & JSONReadable>(_ type: T.Type, _ json: String) -> String {
            do {
                _ = try JSONCoding.decode(T.self, from: Data(json.utf8))
                return "no error"
            } catch {
                return JSONCoding.explain(error)
            }
        }
        #expect(failure(Components.Schemas.Owner.self, #"{"id":"o","email":"e","pets":[{"pet_type":"cat","name":"a"},{"pet_type":"dog"}]}"#)
                == "$.pets[1]: missing required property \"name\"")
        #expect(failure(Components.Schemas.Event.self, #"{"at":"noon"}"#) == "$.at: expected an RFC 3339 date-time, found \"noon\"")
        #expect(failure(Components.Schemas.Numbers.self, #"{"small":9000000000}"#) == "$.small: expected Int32, found 9000000000")
        #expect(failure(Components.Schemas.Base.self, #"{"created_at":"2026-01-01T00:00:00Z"}"#) == "$: missing required property \"id\"")
        #expect(failure(Components.Schemas.Base.self, #"{"id":"1"} trailing"#) == "$: unexpected text after the document")
        #expect(failure(Components.Schemas.Base.self, #"{"id":1}"#) == "$.id: expected a string")
    }

    /// A date that does not parse is reported at its opening quote, escaped or not.
    @Test func aBadDatePointsAtItsString() throws {
        for json in [#"{"at": "noon"}"#, #"{"at": "n\u006fon"}"#] {
            var reader = JSONReader(Array(json.utf8), offset: 7)
            let error = #expect(throws: JSONReader.Error.self) { _ = try reader.readDate() }
            #expect(error?.offset == 7, "\(json)")
            #expect(error?.reason == "expected an RFC 3339 date-time, found \"noon\"", "\(json)")
        }
    }
}
