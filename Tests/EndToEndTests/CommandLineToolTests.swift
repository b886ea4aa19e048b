import ArizeAPIKeys
@testable import ArizeAPIKeysCLI
import ArizeAPIKeysTesting
import ArizeOpenAPIRuntime
import Foundation
import Synchronization
import Testing

/// `arize-api-keys`, run in-process against FakeArize served over HTTP on 127.0.0.1, configured
/// by the same ARIZE_* variables a user sets.
@Suite struct CommandLineToolTests {
    final class Captured: Sendable {
        let out = Mutex(""), err = Mutex("")
        let answers: Mutex<[String]>
        init(answers: [String] = []) { self.answers = Mutex(answers) }
        var stdout: String { out.withLock { $0 } }
        var stderr: String { err.withLock { $0 } }
        func terminal(interactive: Bool, errorIsTerminal: Bool = false) -> ArizeAPIKeysCommand.Terminal {
            ArizeAPIKeysCommand.Terminal(out: { text in self.out.withLock { $0 += text } }, err: { text in self.err.withLock { $0 += text } },
                                         readLine: { self.answers.withLock { $0.isEmpty ? nil : $0.removeFirst() } },
                                         inputIsTerminal: interactive, errorIsTerminal: errorIsTerminal)
        }
    }

    let fake = FakeArize()
    let server: LoopbackServer
    let environment: [String: String]

    init() throws {
        let fake = self.fake
        server = try LoopbackServer { fake.respond(to: $0) }
        environment = ["ARIZE_API_KEY": fake.apiKey, "ARIZE_API_HOST": "127.0.0.1:\(server.port)", "ARIZE_API_SCHEME": "http"]
    }

    func run(_ arguments: [String], interactive: Bool = false, answers: [String] = []) async -> (Int32, Captured) {
        let captured = Captured(answers: answers)
        let code = await ArizeAPIKeysCommand.run(arguments, environment: environment, terminal: captured.terminal(interactive: interactive))
        return (code, captured)
    }

    @Test func listInEveryFormat() async throws {
        defer { server.stop() }
        fake.seedKeys(count: 3, namePrefix: "laptop")
        let (code, table) = await run(["list"])
        #expect(code == 0 && table.stdout.hasPrefix("ID") && table.stdout.contains("laptop-2"))
        let (_, json) = await run(["list", "-o", "json", "--limit", "2"])
        let keys = try ArizeClient.makeJSONDecoder().decode([APIKey].self, from: Data(json.stdout.utf8))
        #expect(keys.map(\.name) == ["laptop-0", "laptop-1"] && json.stderr.contains("--cursor"))
        let (_, csv) = await run(["list", "-o", "csv", "--all", "--limit", "1"])
        #expect(csv.stdout.split(separator: "\n").count == 4 && csv.stdout.hasPrefix("id,name,key_type") && csv.stderr.isEmpty)
        // Progress goes to stderr, and only when it is a terminal.
        fake.seedKeys(count: 250, namePrefix: "bulk")
        let progress = Captured()
        #expect(await ArizeAPIKeysCommand.run(["list", "--all", "--limit", "100"], environment: environment,
                                              terminal: progress.terminal(interactive: false, errorIsTerminal: true)) == 0)
        #expect(progress.stderr.contains("fetched 200 keys") && progress.stdout.split(separator: "\n").count == 254)
        let (_, expiring) = await run(["list", "--expiring-within", "7d"])
        #expect(!expiring.stdout.contains("laptop"), "seeded keys never expire")
    }

    @Test func createPrintsTheSecretOnce() async throws {
        defer { server.stop() }
        let (code, out) = await run(["create", "--name", "ci", "--expires-at", "2099-01-01T00:00:00Z", "-o", "json"])
        #expect(code == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [String: Any])
        #expect(object["name"] as? String == "ci" && (object["key"] as? String)?.hasPrefix("ak-") == true)
        #expect(object["expires_at"] as? String == "2099-01-01T00:00:00+00:00" && !out.stderr.contains("ak-"))
    }

    @Test func createServiceKeyWithSeveralOrganizations() async throws {
        defer { server.stop() }
        let exporter = fake.customRoles[0].id
        let (code, out) = await run(["create-service-key", "--name", "etl", "--org", FakeArize.organizationID(1), "--org-role", "member",
                                     "--space", "production:read-only", "--space", "staging:custom:\(exporter)",
                                     "--org", FakeArize.organizationID(2), "--space", fake.spaces[4].id, "--account-role", "admin"])
        #expect(code == 0, "\(out.stderr)")
        let bot = try #require(fake.keys.last?.botUser)
        #expect(bot.accountRole == .admin && bot.organizations.count == 2 && bot.organizations[0].role == .member)
        #expect(bot.organizations[0].spaces.map(\.role) == [.readOnly, .custom(id: exporter, name: "Exporter")])
        // A --space before any --org while others follow one: which organization it means is unclear.
        let (usage, bad) = await run(["create-service-key", "--name", "x", "--space", "production", "--org", FakeArize.organizationID(1), "--space", "staging"])
        #expect(usage == 2 && bad.stderr.contains("--space must follow the --org"))
    }

    /// The line replaced keeps its `export` and its quoting, so a file that is `source`d still works.
    @Test(arguments: [("export ARIZE_API_KEY=old", "export ARIZE_API_KEY=", ""), ("ARIZE_API_KEY=\"old\"", "ARIZE_API_KEY=\"", "\""),
                      ("export ARIZE_API_KEY='old'", "export ARIZE_API_KEY='", "'"), ("ARIZE_API_KEY=old", "ARIZE_API_KEY=", "")])
    func theEnvFileKeepsExportAndQuotes(line: String, prefix: String, suffix: String) async throws {
        defer { server.stop() }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent(".env")
        try "# keys\n\(line)\nOTHER=1\n".write(to: file, atomically: true, encoding: .utf8)
        let (code, out) = await run(["create", "--name", "ci", "--env-file", file.path])
        #expect(code == 0, "\(out.stderr)")
        let lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.count == 4 && lines[0] == "# keys" && lines[2] == "OTHER=1" && lines[3] == "")
        #expect(lines[1].hasPrefix(prefix + "ak-") && lines[1].hasSuffix(suffix) && !lines[1].contains("old"), "\(lines[1])")
        #expect(EnvFile.replacing("ARIZE_API_KEY=\"x\"", with: #"a"b$c\d`e"#) == #"ARIZE_API_KEY="a\"b\$c\\d\`e""#)
        #expect(EnvFile.replacing("ARIZE_API_KEY='x'", with: "a'b") == #"ARIZE_API_KEY="a'b""#)
    }

    @Test func refreshWritesTheEnvFileAtomically() async throws {
        defer { server.stop() }
        let key = try await ArizeClient(configuration: ArizeConfiguration(prereleaseWarnings: .silent, environment: environment)).apiKeys.create(name: "ci")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent(".env")
        try "OTHER=1\nARIZE_API_KEY=old\n".write(to: file, atomically: true, encoding: .utf8)
        let (code, out) = await run(["refresh", key.id, "--grace", "5m", "--env-file", file.path])
        #expect(code == 0 && out.stderr.contains("wrote ARIZE_API_KEY"))
        let lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n")
        #expect(lines.first == "OTHER=1" && lines.count == 2 && lines[1].hasPrefix("ARIZE_API_KEY=ak-"))
        let secret = String(lines[1].dropFirst("ARIZE_API_KEY=".count))
        #expect(!out.stdout.contains(secret) && !out.stderr.contains(secret), "written, not printed")
        let mode = try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(fake.calls.last?.operationID == "refresh_api_key")
    }

    @Test func aFailedEnvFileWriteRevokesTheNewKey() async throws {
        defer { server.stop() }
        let (code, out) = await run(["create", "--name", "orphan", "--env-file", "/nonexistent-folder/.env"])
        #expect(code == 1 && out.stderr.contains("revoking the new key") && out.stdout.isEmpty)
        let created = try #require(fake.keys.first { $0.name == "orphan" })
        #expect(created.status == .revoked, "no orphaned secret")
    }

    @Test func revokeAsksOnATerminalAndRefusesWithoutOne() async throws {
        defer { server.stop() }
        let key = try await ArizeClient(configuration: ArizeConfiguration(prereleaseWarnings: .silent, environment: environment)).apiKeys.create(name: "ci")
        let sent = fake.requests.count
        let (refused, out) = await run(["revoke", key.id])
        #expect(refused == 2 && out.stderr.contains("--force") && fake.requests.count == sent, "nothing sent")
        // Answering no is the user's choice, not a failure: exit 0, and it says nothing was revoked.
        let (declined, said) = await run(["revoke", key.id], interactive: true, answers: ["n"])
        #expect(declined == 0 && said.stderr.hasSuffix("nothing revoked\n") && fake.keys.first { $0.id == key.id }?.status == .active)
        let (confirmed, _) = await run(["revoke", key.id], interactive: true, answers: ["y"])
        #expect(confirmed == 0 && fake.keys.first { $0.id == key.id }?.status == .revoked)
        let (forced, _) = await run(["revoke", key.id, "--force"])
        #expect(forced == 0)
    }

    @Test func errorsHelpAndExitCodes() async throws {
        defer { server.stop() }
        let (notFound, missing) = await run(["revoke", "QXBpS2V5Ojk5OQ==", "--force"])
        #expect(notFound == 4 && missing.stderr.contains("404"))
        let noKey = Captured()
        #expect(await ArizeAPIKeysCommand.run(["list"], environment: [:], terminal: noKey.terminal(interactive: false)) == 5)
        #expect(noKey.stderr.contains("ARIZE_API_KEY"))
        let wrongKey = Captured()
        #expect(await ArizeAPIKeysCommand.run(["list"], environment: environment.merging(["ARIZE_API_KEY": "wrong"]) { $1 },
                                              terminal: wrongKey.terminal(interactive: false)) == 3)
        for command in ["list", "create", "create-service-key", "refresh", "revoke"] {
            let (code, help) = await run([command, "--help"])
            #expect(code == 0 && help.stdout.contains("USAGE: arize-api-keys \(command)") && help.stdout.contains("EXIT CODES"))
        }
        let (usage, bad) = await run(["list", "--status", "deleted"])
        #expect(usage == 2 && bad.stderr.contains("--status takes active or revoked"))
        let (fakeCode, offline) = await run(["--fake", "list", "--key-type", "service"])
        #expect(fakeCode == 0 && offline.stdout.contains("etl-bot-1"))
    }

    /// A wrong command line is named in the flags the user typed, in one line, followed by where to
    /// read more; nothing is sent.
    @Test(arguments: [
        (["refresh", "QXBpS2V5OjE=", "--grace", "25h"], "--grace must be at most 24h, not 25h", "refresh"),
        (["refresh", "QXBpS2V5OjE=", "--grace", "5"], "--grace needs a unit: 5s, 5m, 5h or 5d", "refresh"),
        (["create", "--name", "x", "--expires-at", "2001-01-01T00:00:00Z"], "--expires-at must be in the future, not 2001-01-01T00:00:00Z", "create"),
        (["create-service-key", "--name", "x", "--org", "T3JnOjE="], "a --space must follow each --org (--org T3JnOjE= has none)", "create-service-key"),
        (["list", "--limit", "1000000000000"], "--limit must be 1…100, not 1000000000000", "list"),
        (["create-service-key", "--name", "x", "--org", "T3JnOjE=", "--space", "production", "--account-role", "read-only"],
         "--account-role takes admin, member, member-ui-only, annotator or custom:<id>, not read-only", "create-service-key"),
        (["create-service-key", "--name", "x", "--org", "T3JnOjE=", "--org-role", "member-ui-only", "--space", "production"],
         "--org-role takes admin, member, read-only, annotator or custom:<id>, not member-ui-only", "create-service-key"),
        (["revoke", "QXBpS2V5OjE=", "--force", "-o", "json"], "-o does nothing for revoke, which prints no listing", "revoke"),
        (["list", "--all", "--cursor", "abc"], "--cursor cannot be combined with --all, which reads every page from the first", "list"),
        (["--fake", "--host", "arize.internal", "list"], "--fake talks to an in-process fake: it cannot be combined with --host", ""),
        (["list", "--fake", "--region", "eu-west-1a"], "--fake talks to an in-process fake: it cannot be combined with --region", ""),
        (["list", "--expiring-within", "7"], "--expiring-within needs a unit: 7s, 7m, 7h or 7d", "list"),
    ])
    func usageErrorsSpeakTheFlagsLanguage(arguments: [String], message: String, command: String) async throws {
        defer { server.stop() }
        let sent = fake.requests.count
        let (code, out) = await run(arguments)
        #expect(code == 2)
        #expect(out.stderr == "error: \(message)\nsee: arize-api-keys \(command.isEmpty ? "" : command + " ")--help\n", "\(out.stderr)")
        #expect(fake.requests.count == sent, "nothing sent")
    }

    /// `-o` is global: before the command as after it.
    @Test func outputFormatBeforeOrAfterTheCommand() async throws {
        defer { server.stop() }
        fake.seedKeys(count: 2, namePrefix: "laptop")
        let (before, first) = await run(["-o", "json", "list"])
        let (after, second) = await run(["list", "-o", "json"])
        #expect(before == 0 && after == 0 && first.stdout == second.stdout && first.stdout.hasPrefix("["))
    }

    /// Every `arize-api-keys --fake …` line in the README and the command-line article runs as written.
    @Test func theREADMEsFakeExamplesWork() async throws {
        defer { server.stop() }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let readme = try ["README.md", "Sources/ArizeAPIKeys/ArizeAPIKeys.docc/CommandLineTool.md"]
            .map { try String(contentsOf: root.appendingPathComponent($0), encoding: .utf8) }.joined(separator: "\n")
        let lines = readme.split(separator: "\n").filter { $0.hasPrefix("arize-api-keys --fake ") }
        #expect(lines.count >= 4)
        for line in lines {
            let arguments = line.split(separator: "#")[0].split(separator: " ").dropFirst().map(String.init)
            let (code, out) = await run(arguments)
            #expect(code == 0 && !out.stdout.isEmpty, "\(line): exit \(code), \(out.stderr)")
        }
    }

    /// `spaces` shows ids, names, organization ids and privacy; `--org` and `--name` filter.
    @Test func spacesShowsTheIdsCreateServiceKeyTakes() async throws {
        defer { server.stop() }
        let (code, table) = await run(["spaces"])
        #expect(code == 0 && table.stdout.hasPrefix("ID") && table.stdout.contains("ORGANIZATION_ID"))
        #expect(fake.spaces.allSatisfy { table.stdout.contains($0.id) })
        let org2 = FakeArize.organizationID(2)
        let (_, csv) = await run(["spaces", "--org", org2, "--name", "ANALYT", "-o", "csv"])
        let analytics = try #require(fake.spaces.first { $0.organizationID == org2 && $0.name == "analytics" })
        #expect(csv.stdout == "id,name,organization_id,is_private\n\(analytics.id),analytics,\(org2),false\n")
        let (_, json) = await run(["spaces", "--limit", "1", "-o", "json"])
        #expect(json.stdout.hasPrefix("[{") && json.stderr.contains("more spaces: add --all"))
        let (_, all) = await run(["spaces", "--limit", "1", "--all", "-o", "csv"])
        #expect(all.stdout.split(separator: "\n").count == fake.spaces.count + 1)
    }

    /// One --space without --org: the SDK's one-space form finds the organization; two are refused.
    @Test func aServiceKeyInOneSpaceNeedsNoOrg() async throws {
        defer { server.stop() }
        let (code, out) = await run(["create-service-key", "--name", "etl", "--space", "staging:admin", "-o", "json"])
        #expect(code == 0, "\(out.stderr)")
        let staging = try #require(fake.spaces.first { $0.name == "staging" })
        #expect(out.stdout.contains(staging.id) && out.stdout.contains(#""name":"ADMIN""#))
        let (refused, bad) = await run(["create-service-key", "--name", "etl", "--space", "staging", "--space", "prod"])
        #expect(refused == 2 && bad.stderr.contains("only one --space may go without --org"))
    }
}
