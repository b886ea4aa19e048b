import ArizeAPIKeys
import ArizeOpenAPIRuntime
import ArizeAPIKeysTesting
import Foundation

enum Demo {
    /// The lifecycle against an in-process fake: no account, no network.
    static func offline() async throws {
        let fake = FakeArize()
        let client = try ArizeClient(configuration: ArizeConfiguration(apiKey: fake.apiKey, environment: [:]), transport: fake)
        print("Arize API keys: the whole lifecycle against an in-process FakeArize (no account, no network).")
        print("The [BETA] lines on standard error are the SDK's one-time prerelease warnings.\n")
        let exporter = fake.customRoles[0].id
        try await lifecycle(client, cleanUp: false) { keys, name in
            // The current form: any number of organizations, each with its spaces and roles.
            try await keys.createServiceKey(name: name, organizations: [
                OrganizationBinding(organizationID: FakeArize.organizationID(1), role: .member, spaces: [
                    SpaceBinding(space: "production", role: .readOnly),
                    SpaceBinding(space: "staging", role: .custom(id: exporter)),
                ]),
                OrganizationBinding(organizationID: FakeArize.organizationID(2), spaces: [
                    SpaceBinding(space: fake.spaces.last!.id),  // an id works too; the role is the server's default
                ]),
            ], accountRole: .member)
        }

        print("\nWhat errors look like:")
        do {
            _ = try await client.apiKeys.createServiceKey(name: "x", space: "analytics")
        } catch let error as ArizeError {
            print("  createServiceKey(space: \"analytics\") → \(error)")
        }
        do {
            try await client.apiKeys.revoke(apiKeyID: "QXBpS2V5Ojk5OTk=")
        } catch let error as ArizeError {
            print("  revoke(apiKeyID: \"QXBpS2V5Ojk5OTk=\") → \(error)")
        }
        do {
            _ = try await client.apiKeys.create(name: String(repeating: "x", count: 300))
        } catch let error as ArizeError {
            print("  create(name: <300 characters>) → \(error)")
        }
    }

    /// The lifecycle against a real server. Creates its own keys and revokes them at the end.
    static func live() async throws {
        let client = try ArizeClient()
        print("Arize API keys against \(client.baseURL.absoluteString). Only keys this run creates are changed.\n")
        let space = ProcessInfo.processInfo.environment["ARIZE_DEMO_SPACE"]
        try await lifecycle(client, cleanUp: true) { keys, name in
            guard let space else { return nil }
            return try await keys.createServiceKey(name: name, space: space, spaceRole: .member)
        }
    }

    /// Lists, creates a user key and a service key, rotates the user key (the replacement lives on,
    /// the old key ends revoked), and shows the result.
    static func lifecycle(_ client: ArizeClient, cleanUp: Bool,
                          serviceKey: (APIKeysClient, String) async throws -> CreatedAPIKey?) async throws {
        let keys = client.apiKeys
        let suffix = String(UInt32.random(in: 0...UInt32.max), radix: 36)
        var mine: [String] = []
        // In live runs, whatever happens, revoke what this run made.
        func revokeMine() async {
            for id in mine { try? await keys.revoke(apiKeyID: id) }
        }
        do {
            let before = try await keys.list()
            print("1. list(): \(before.apiKeys.count) user key(s) on the first page")

            let user = try await keys.create(name: "demo-ci-\(suffix)", description: "created by arize-api-keys-demo",
                                             expiresAt: Date().addingTimeInterval(7 * 86_400))
            mine.append(user.id)
            print("2. create(name: \"\(user.name)\") → id \(user.id), secret \(user.key) (\(user.redactedKey)); read it once with .key.revealed")

            if let service = try await serviceKey(keys, "demo-bot-\(suffix)") {
                mine.append(service.id)
                let bot = service.botUser
                let spaces = bot?.organizations.flatMap(\.spaces).count ?? 0
                print("3. createServiceKey → id \(service.id), bot user \"\(bot?.name ?? "?")\" in \(bot?.organizations.count ?? 0) "
                    + "organization(s) and \(spaces) space(s) (space names were resolved to ids first)")
            } else {
                print("3. createServiceKey skipped: set ARIZE_DEMO_SPACE to a space name or id to try it")
            }

            // Rotation: the replacement may not outlive the old key, so it keeps the old expiry.
            let rotated = try await keys.refresh(apiKeyID: user.id, expiresAt: user.expiresAt, gracePeriod: .seconds(300))
            mine.append(rotated.id)
            print("4. refresh(gracePeriod: .seconds(300)) → new id \(rotated.id), new secret \(rotated.key); "
                + "the old key would work 5 more minutes")
            try await keys.revoke(apiKeyID: user.id)
            print("5. revoke(apiKeyID: <old id>) → the old key ends now; the replacement stays active")

            var rows: [[String]] = [["ID", "NAME", "TYPE", "STATUS", "KEY", "CREATED"]]
            for status in [APIKeyStatus.active, .revoked] {
                for try await key in keys.listAll(keyType: .user, status: status) where mine.contains(key.id) { rows.append(row(key)) }
            }
            for try await key in keys.listAll(keyType: .service) where mine.contains(key.id) { rows.append(row(key)) }
            print("6. listAll(): the keys this run made\n")
            print(table(rows))
        } catch {
            if cleanUp { await revokeMine() }
            throw error
        }
        if cleanUp {
            await revokeMine()
            print("\n7. revoke(): revoked the \(mine.count) key(s) this run made")
        }
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
