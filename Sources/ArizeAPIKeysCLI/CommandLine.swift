import ArizeAPIKeys
import ArizeAPIKeysTesting
import ArizeOpenAPIRuntime
import Foundation

/// The `arize-api-keys` command, testable in-process: arguments, environment and terminal in,
/// exit code out.
package enum ArizeAPIKeysCommand {
    /// Where the command reads and writes.
    package struct Terminal: Sendable {
        /// Standard output.
        package var out: @Sendable (String) -> Void
        /// Standard error.
        package var err: @Sendable (String) -> Void
        /// Reads one line from standard input (`nil` at its end).
        package var readLine: @Sendable () -> String?
        /// Whether standard input is a terminal a person can answer on.
        package var inputIsTerminal: Bool
        /// Whether standard error is a terminal (for progress lines).
        package var errorIsTerminal: Bool

        /// Creates a terminal.
        package init(out: @escaping @Sendable (String) -> Void, err: @escaping @Sendable (String) -> Void,
                     readLine: @escaping @Sendable () -> String?, inputIsTerminal: Bool, errorIsTerminal: Bool) {
            self.out = out
            self.err = err
            self.readLine = readLine
            self.inputIsTerminal = inputIsTerminal
            self.errorIsTerminal = errorIsTerminal
        }
    }

    /// Runs the command line; returns the exit code (see `--help`).
    /// - Parameter transport: what the client sends with (tests pass a fake); `nil` for the real network.
    /// - Parameter interrupts: what Ctrl-C does; the executable's signal handler calls its `interrupt()`.
    package static func run(_ arguments: [String], environment: [String: String], terminal: Terminal,
                            transport: (any HTTPTransport)? = nil, interrupts: Interrupts? = nil) async -> Int32 {
        let interrupts = interrupts ?? Interrupts(say: terminal.err)
        if arguments.isEmpty || arguments == ["-h"] || arguments == ["--help"] || arguments == ["help"] {
            terminal.out(Help.main + "\n")
            return 0
        }
        if arguments.contains("--help") || arguments.contains("-h") {
            let command = arguments.first { !$0.hasPrefix("-") } ?? ""
            terminal.out((Help.text(for: command) ?? Help.main) + "\n")
            return 0
        }
        let invocation: Invocation
        do {
            invocation = try ArgumentParser.parse(arguments)
        } catch {
            terminal.err(error.text)
            return 2
        }
        var environment = environment
        var transport = transport
        if invocation.fake {
            let fake = seededFake()
            environment["ARIZE_API_KEY"] = fake.apiKey
            transport = fake
        }
        do {
            var configuration = ArizeConfiguration(region: try invocation.region.map(region), host: invocation.host,
                                                   prereleaseWarnings: .silent, environment: environment)
            if invocation.fake { configuration.baseURL = URL(string: "https://fake.invalid") }
            // The one request that can make a key is watched, so a Ctrl-C during it does not lose the secret.
            let pending: Interrupts.Pending? = switch invocation.command {
            case .create(let options): .init(command: "create", name: options.name)
            case .createServiceKey(let options): .init(command: "create-service-key", name: options.create.name)
            case .refresh: .init(command: "refresh")
            default: nil
            }
            if let pending { configuration.wrapTransport = { interrupts.watching($0, pending) } }
            let client = try ArizeClient(configuration: configuration, transport: transport)
            return try await Runner(client: client, terminal: terminal, format: invocation.format).run(invocation.command)
        } catch is CancellationError {
            terminal.err(interrupts.afterCancellation)
            return 130
        } catch ArizeError.missingAPIKey {
            terminal.err("error: no API key: set ARIZE_API_KEY (or try the tool with --fake)\n")
            return 5
        } catch let error as ArizeError {
            terminal.err("error: \(error.description)\n")
            return exitCode(for: error)
        } catch let error as UsageError {
            terminal.err(error.text)
            return 2
        } catch {
            terminal.err("error: \(error)\n")
            return 1
        }
    }

    static func region(_ text: String) throws -> ArizeRegion {
        guard let region = ArizeRegion(rawValue: text) else {
            throw UsageError(message: "--region takes one of " + ArizeRegion.allCases.map(\.rawValue).joined(separator: ", "), command: nil)
        }
        return region
    }

    static func exitCode(for error: ArizeError) -> Int32 {
        switch error {
        case .unauthorized, .forbidden: 3
        case .notFound, .spaceNotFound: 4
        case .missingAPIKey, .invalidConfiguration: 5
        case .invalidArgument, .ambiguousSpace: 2
        default: 1
        }
    }

    /// The `--fake` world: a few keys and spaces, no account.
    static func seededFake() -> FakeArize {
        let fake = FakeArize()
        fake.seedKeys(count: 3, keyType: .user, namePrefix: "laptop")
        fake.seedKeys(count: 2, keyType: .service, spaceID: fake.spaces[0].id, namePrefix: "etl-bot")
        // Something for --expiring-within to show.
        fake.seedKeys(count: 1, keyType: .user, namePrefix: "expiring", expiresIn: .seconds(3 * 86_400))
        return fake
    }
}
