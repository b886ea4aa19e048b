import ArizeAPIKeys
import Foundation

// Reads ARIZE_API_KEY (and ARIZE_API_HOST, ARIZE_API_SCHEME or ARIZE_REGION) from the environment.
let client = try ArizeClient()

// A user key that expires in 30 days. Its secret is returned only this once.
let created = try await client.apiKeys.create(
    name: "ci-pipeline",
    description: "Key for the CI pipeline",
    expiresAt: Date().addingTimeInterval(30 * 86_400)
)
print("created \(created.id): \(created.key)")  // prints <redacted>, never the secret
let secret: String = created.key.revealed       // hand this to your secret store

// A service key in a space, by name or id; roles left out get the server's defaults.
let bot = try await client.apiKeys.createServiceKey(name: "nightly-bot", space: "production", spaceRole: .member)

// One page, or every key lazily.
let page = try await client.apiKeys.list(keyType: .service, space: "production", limit: 25)
print(page.apiKeys.map(\.name), page.pagination.hasMore)
for try await key in client.apiKeys.listAll(keyType: .user) {
    print(key.id, key.name, key.status)
}

// Rotate with a grace period, then revoke and delete.
let rotated = try await client.apiKeys.refresh(apiKeyID: bot.id, gracePeriodSeconds: 300)
try await client.apiKeys.revoke(apiKeyID: rotated.id)
try await client.apiKeys.delete(apiKeyID: created.id)
_ = secret
