import ArizeAPIKeys
@testable import ArizeAPIKeysCLI
import ArizeAPIKeysTesting
import ArizeOpenAPIRuntime
import Foundation
import Testing

/// Ctrl-C against a slow server, in-process: `Interrupts.interrupt()` is what the executable's
/// SIGINT handler calls, and cancelling the task is what it does when told to.
@Suite struct InterruptTests {
    let fake = FakeArize()
    let release = DispatchSemaphore(value: 0)
    let server: LoopbackServer
    let environment: [String: String]

    /// Requests whose method is `held` wait for `release` (up to 60 s) before the fake answers them.
    init(held: TransportRequest.Method = .post) throws {
        let (fake, release) = (fake, release)
        server = try LoopbackServer { request in
            if request.method == held { _ = release.wait(timeout: .now() + 60) }
            return fake.respond(to: request)
        }
        environment = ["ARIZE_API_KEY": fake.apiKey, "ARIZE_API_HOST": "127.0.0.1:\(server.port)", "ARIZE_API_SCHEME": "http"]
    }

    func start(_ arguments: [String]) -> (Task<Int32, Never>, CommandLineToolTests.Captured, Interrupts) {
        let captured = CommandLineToolTests.Captured()
        let terminal = captured.terminal(interactive: false)
        let interrupts = Interrupts(say: terminal.err)
        let environment = self.environment
        let task = Task { await ArizeAPIKeysCommand.run(arguments, environment: environment, terminal: terminal, interrupts: interrupts) }
        return (task, captured, interrupts)
    }

    func waitForTheServer(toSee head: String) async throws {
        while !server.requestHeads.contains(where: { $0.hasPrefix(head) }) { try await Task.sleep(for: .milliseconds(5)) }
    }

    /// The first Ctrl-C after the create went out waits for the answer: the secret is still printed.
    @Test func theFirstCtrlCWaitsForTheNewSecret() async throws {
        defer { server.stop() }
        let (task, out, interrupts) = start(["create", "--name", "slow"])
        try await waitForTheServer(toSee: "POST /v2/api-keys")
        #expect(interrupts.interrupt() == false, "not cancelled")
        #expect(out.stderr.contains("waiting for the server's answer so the new key's secret is not lost; press Ctrl-C again to abandon it"))
        release.signal()
        #expect(await task.value == 0)
        #expect(fake.keys.contains { $0.name == "slow" })
        #expect(out.stdout.contains("KEY (shown once, store it now): ak-"), "the secret was printed")
    }

    /// A second Ctrl-C abandons the answer: exit 130, saying the key may exist and how to find and revoke it.
    @Test func aSecondCtrlCAbandonsAndSaysHowToFindTheKey() async throws {
        defer { server.stop() }
        let (task, out, interrupts) = start(["create", "--name", "slow"])
        try await waitForTheServer(toSee: "POST /v2/api-keys")
        #expect(interrupts.interrupt() == false)
        if interrupts.interrupt() { task.cancel() } else { Issue.record("the second Ctrl-C did not cancel") }
        #expect(await task.value == 130)
        #expect(out.stderr.hasSuffix("""
            interrupted: the server may have made the key anyway. Find it with
              arize-api-keys list --key-type user --all --name 'slow'
            and, if it is there and you do not want it, revoke it with
              arize-api-keys revoke API_KEY_ID --force

            """), "\(out.stderr)")
        #expect(!out.stdout.contains("ak-"))
        release.signal()
        // The command it prints finds the key, once the server has made it.
        while !fake.keys.contains(where: { $0.name == "slow" }) { try await Task.sleep(for: .milliseconds(5)) }
        let found = CommandLineToolTests.Captured()
        let code = await ArizeAPIKeysCommand.run(["list", "--key-type", "user", "--all", "--name", "slow", "-o", "csv"], environment: environment,
                                                 terminal: found.terminal(interactive: false))
        #expect(code == 0 && found.stdout.split(separator: "\n").count == 2 && found.stdout.contains(",slow,"), "\(found.stdout)")
    }

    /// Before anything that creates a key is sent (here: while a space name is being looked up),
    /// Ctrl-C stops the command at once and nothing is created.
    @Test func beforeAnythingIsSentCtrlCExitsAtOnce() async throws {
        let test = try InterruptTests(held: .get)
        defer { test.server.stop() }
        let (task, out, interrupts) = test.start(["create-service-key", "--name", "bot", "--org", FakeArize.organizationID(1), "--space", "production"])
        try await test.waitForTheServer(toSee: "GET /v2/spaces")
        #expect(interrupts.interrupt() == true, "cancelled at once")
        task.cancel()
        #expect(await task.value == 130)
        #expect(out.stderr == "interrupted\n")
        test.release.signal()
        #expect(!test.server.requestHeads.contains { $0.hasPrefix("POST") } && test.fake.keys.allSatisfy { $0.name != "bot" })
    }
}
