import ArizeAPIKeys
import Foundation

do {
    // Reads ARIZE_API_KEY (and ARIZE_API_HOST, ARIZE_API_SCHEME, ARIZE_API_PORT or ARIZE_REGION) from the environment.
    let client = try ArizeClient()

    // A user key that expires in 30 days. Its secret is returned only this once.
    let created = try await client.apiKeys.create(
        name: "ci-pipeline",
        description: "Key for the CI pipeline",
        expiresAt: Date().addingTimeInterval(30 * 86_400)
    )
    print("created \(created.id): \(created.key)")  // prints <redacted>, never the secret
    let secret: String = created.key.revealed       // hand this to your secret store

    // A service key: a bot user in one or more organizations and spaces (by name or id).
    let bot = try await client.apiKeys.createServiceKey(name: "nightly-bot", organizations: [
        OrganizationBinding(organizationID: "T3JnYW5pemF0aW9uOjE6YWNtZQ==", spaces: [
            SpaceBinding(space: "production", role: .readOnly),
        ]),
    ])
    print(bot.botUser?.name ?? "")

    // One page, or every key lazily.
    let page = try await client.apiKeys.list(keyType: .service, space: "production", limit: 25)
    print(page.apiKeys.map(\.name), page.pagination.hasMore)
    for try await key in client.apiKeys.listAll(keyType: .user) {
        print(key.id, key.name, key.status)
    }

    // Rotate: the replacement keeps working, the old key stops after the grace period (or revoke it now).
    let rotated = try await client.apiKeys.refresh(apiKeyID: created.id, expiresAt: created.expiresAt, gracePeriod: .seconds(300))
    try await client.apiKeys.revoke(apiKeyID: created.id)
    print("rotated to \(rotated.id)")
    _ = secret
} catch {
    // One line (for example, no ARIZE_API_KEY set), not a crash with a backtrace.
    FileHandle.standardError.write(Data("quickstart: \(error)\n".utf8))
    exit(1)
}
