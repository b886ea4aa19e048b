@testable import ArizeAPIKeys
import ArizeOpenAPIRuntime
import Foundation
import Testing

/// A server newer (or older) than this SDK must not break a listing: unknown values are kept,
/// new fields ignored, and older spellings read as the current ones. (arize 8.61 fails the whole
/// page on any of these.)
@Suite struct ToleranceTests {
    static let page = #"""
    {"api_keys":[
      {"id":"a","name":"user","key_type":"USER","status":"SUSPENDED","redacted_key":"r","created_at":"2026-01-01T00:00:00.5Z","created_by_user_id":"u","new_field":{"x":[1]}},
      {"id":"b","name":"robot","key_type":"ROBOT","status":"ACTIVE","redacted_key":"r","created_at":"2026-01-01T00:00:00Z","created_by_user_id":"u","robot_arm":true},
      {"id":"c","name":"bot","key_type":"SERVICE","status":"ACTIVE","redacted_key":"r","created_at":"2026-01-01T00:00:00Z","created_by_user_id":"u",
       "bot_user":{"id":"v","name":"bot (service account)","account_role":{"type":"INHERITED","from":"x"},"extra":1,
         "organizations":[{"org_id":"o","role":{"type":"PREDEFINED","name":"OWNER"},"spaces":[{"space_id":"s","role":{"type":"PREDEFINED","name":"TRIAGER"}}]}]}},
      {"id":"d","name":"legacy","key_type":"service","status":"active","redacted_key":"r","created_at":"2026-01-01T00:00:00Z","created_by_user_id":"u",
       "bot_user":{"id":"v","name":"n","account_role":{"type":"predefined","name":"member"},
         "organizations":[{"org_id":"o","role":{"type":"predefined","name":"read-only"},"spaces":[{"space_id":"s","role":{"type":"custom","id":"R"}}]}]}}
    ],"pagination":{"has_more":false,"total":4}}
    """#

    @Test func aPageWithUnknownValuesDecodesWhole() async throws {
        let keys = try await makeClient(ScriptedTransport([json(200, Self.page)])).apiKeys.list().apiKeys
        #expect(keys.map(\.id) == ["a", "b", "c", "d"])
        #expect(keys[0].status == .unknown("SUSPENDED") && keys[0].keyType == .user)
        // An unknown key type keeps the fields every key has.
        #expect(keys[1].keyType == .unknown("ROBOT") && keys[1].name == "robot" && keys[1].botUser == nil)
        guard case .unknown = keys[1] else { Issue.record("expected the unknown case"); return }
        let bot = try #require(keys[2].botUser)
        #expect(bot.accountRole == .unknown("INHERITED"))
        #expect(bot.organizations[0].role == .unknown("OWNER") && bot.organizations[0].spaces[0].role == .unknown("TRIAGER"))
    }

    @Test func legacySpellingsReadAsTheCurrentOnes() async throws {
        let keys = try await makeClient(ScriptedTransport([json(200, Self.page)])).apiKeys.list().apiKeys
        #expect(keys[3].keyType == .service && keys[3].status == .active)
        let bot = try #require(keys[3].botUser)
        #expect(bot.accountRole == .member && bot.organizations[0].role == .readOnly)
        #expect(bot.organizations[0].spaces[0].role == .custom(id: "R"))
        // What is sent back is the current spelling.
        #expect(keys[3].keyType.rawValue == "SERVICE" && APIKeyStatus(rawValue: "revoked").rawValue == "REVOKED")
    }
}
