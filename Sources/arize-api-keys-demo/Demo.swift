import ArizeAPIKeys
import ArizeAPIKeysTesting
import Foundation

enum Demo {
    /// The lifecycle against an in-process fake: no account, no network.
    static func offline() async throws {
        let fake = FakeArize()
        let client = try ArizeClient(configuration: ArizeConfiguration(apiKey: fake.apiKey, environment: [:]), transport: fake)
        print("Arize API keys: the whole lifecycle against an in-process FakeArize (no account, no network).")
        print("The [ALPHA] lines on standard error are the SDK's one-time prerelease warnings.\n")
        try await lifecycle(client, space: "production")

        print("\nWhat errors look like:")
        do {
            _ = try await client.apiKeys.createServiceKey(name: "x", space: "analytics")
        } catch let error as ArizeError {
            print("  createServiceKey(space: \"analytics\") → \(error)")
        }
        do {
            try await client.apiKeys.delete(apiKeyID: "QXBpS2V5Ojk5OTk=")
        } catch let error as ArizeError {
            print("  delete(apiKeyID: \"QXBpS2V5Ojk5OTk=\") → \(error)")
        }
        do {
            _ = try await client.apiKeys.create(name: String(repeating: "x", count: 300))
        } catch let error as ArizeError {
            print("  create(name: <300 characters>) → \(error)")
        }
    }

    /// The lifecycle against a real server. Creates its own keys and removes them at the end.
    static func live() async throws {
        let client = try ArizeClient()
        print("Arize API keys against \(client.baseURL.absoluteString). Only keys this run creates are changed.\n")
        let space = ProcessInfo.processInfo.environment["ARIZE_DEMO_SPACE"]
        try await lifecycle(client, space: space)
    }

    static func lifecycle(_ client: ArizeClient, space: String?) async throws {
        let keys = client.apiKeys
        let suffix = String(UInt32.random(in: 0...UInt32.max), radix: 36)
        var mine: [String] = []
        // Whatever happens, remove what this run made.
        func cleanUp() async {
            for id in mine { try? await keys.delete(apiKeyID: id) }
        }
        do {
            let before = try await keys.list()
            print("1. list(): \(before.apiKeys.count) user key(s) on the first page")

            let user = try await keys.create(name: "demo-ci-\(suffix)", description: "created by arize-api-keys-demo",
                                             expiresAt: Date().addingTimeInterval(7 * 86_400))
            mine.append(user.id)
            print("2. create(name: \"\(user.name)\") → id \(user.id), secret \(user.key) (\(user.redactedKey)); read it once with .key.revealed")

            var service: APIKeyCreated?
            if let space {
                let created = try await keys.createServiceKey(name: "demo-bot-\(suffix)", space: space, spaceRole: .member)
                mine.append(created.id)
                service = created
                print("3. createServiceKey(space: \"\(space)\") → id \(created.id) (the space name was resolved to its id)")
            } else {
                print("3. createServiceKey skipped: set ARIZE_DEMO_SPACE to a space name or id to try it")
            }

            let rotated = try await keys.refresh(apiKeyID: user.id, gracePeriodSeconds: 300)
            mine.append(rotated.id)
            print("4. refresh(gracePeriodSeconds: 300) → new id \(rotated.id), new secret \(rotated.key); the old key works 5 more minutes")

            try await keys.revoke(apiKeyID: rotated.id)
            print("5. revoke(apiKeyID: \(rotated.id)) → done (revoking again is a no-op)")

            var rows: [[String]] = [["ID", "NAME", "TYPE", "STATUS", "KEY", "CREATED"]]
            for try await key in keys.listAll(keyType: .user) where mine.contains(key.id) {
                rows.append(row(key))
            }
            for try await key in keys.listAll(keyType: .user, status: .revoked) where mine.contains(key.id) {
                rows.append(row(key))
            }
            if let service, let space {
                for try await key in keys.listAll(space: space) where key.id == service.id { rows.append(row(key)) }
            }
            print("6. listAll(): the keys this run made\n")
            print(table(rows))
        } catch {
            await cleanUp()
            throw error
        }
        await cleanUp()
        print("\n7. delete(): removed the \(mine.count) key(s) this run made")
    }

    static func row(_ key: APIKey) -> [String] {
        [key.id, key.name, key.keyType.rawValue, key.status.rawValue, key.redactedKey, RFC3339.string(from: key.createdAt)]
    }

    static func table(_ rows: [[String]]) -> String {
        let widths = rows[0].indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            let cells = row.enumerated().map { $0.element.padding(toLength: widths[$0.offset], withPad: " ", startingAt: 0) }
            return ("   " + cells.joined(separator: "  ")).replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        }.joined(separator: "\n")
    }
}
