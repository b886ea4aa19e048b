import ArizeAPIKeys
import Foundation

/// Carries out one parsed command against a client.
struct Runner {
    let client: ArizeClient
    let terminal: ArizeAPIKeysCommand.Terminal
    let format: Invocation.Format

    func run(_ command: Invocation.Command) async throws -> Int32 {
        switch command {
        case .list(let options): return try await list(options)
        case .create(let options):
            let key = try await client.apiKeys.create(name: options.name, description: options.description, expiresAt: options.expiresAt)
            return try await deliver(key, envFile: options.envFile)
        case .createServiceKey(let options):
            let key = if let space = options.oneSpace {
                try await client.apiKeys.createServiceKey(name: options.create.name, space: space.space, description: options.create.description,
                                                          expiresAt: options.create.expiresAt, spaceRole: space.role, accountRole: options.accountRole)
            } else {
                try await client.apiKeys.createServiceKey(
                    name: options.create.name, organizations: options.organizations, description: options.create.description,
                    expiresAt: options.create.expiresAt, accountRole: options.accountRole)
            }
            return try await deliver(key, envFile: options.create.envFile)
        case .spaces(let options):
            return try await spaces(options)
        case .refresh(let options):
            let key = try await client.apiKeys.refresh(apiKeyID: options.id, expiresAt: options.expiresAt, gracePeriod: options.grace)
            return try await deliver(key, envFile: options.envFile)
        case .revoke(let id, let force):
            if !force {
                guard terminal.inputIsTerminal else {
                    terminal.err("error: revoke asks for confirmation, and there is no terminal to ask on; pass --force\n")
                    return 2
                }
                terminal.err("Revoke API key \(id)? It stops working at once, for good. [y/N] ")
                guard let answer = terminal.readLine()?.trimmingCharacters(in: .whitespaces).lowercased(), answer == "y" || answer == "yes" else {
                    // The user's own choice, not a failure.
                    terminal.err("nothing revoked\n")
                    return 0
                }
            }
            try await client.apiKeys.revoke(apiKeyID: id)
            terminal.err("revoked \(id)\n")
            return 0
        }
    }

    private func list(_ options: Invocation.ListOptions) async throws -> Int32 {
        let deadline = options.expiringWithin.map { Date().addingTimeInterval(TimeInterval($0.components.seconds)) }
        func keep(_ key: APIKey) -> Bool {
            (options.name.map { key.name == $0 } ?? true) && (deadline.map { limit in key.expiresAt.map { $0 <= limit } ?? false } ?? true)
        }
        var keys: [APIKey] = []
        var nextCursor: String?
        if options.all {
            for try await key in client.apiKeys.listAll(keyType: options.keyType, status: options.status, space: options.space,
                                                        userID: options.userID, limit: options.limit) {
                try Task.checkCancellation()
                if keep(key) { keys.append(key) }
                if terminal.errorIsTerminal && keys.count % 100 == 0 { terminal.err("\rfetched \(keys.count) keys…") }
            }
            if terminal.errorIsTerminal { terminal.err("\r\u{1B}[K") }
        } else {
            let page = try await client.apiKeys.list(keyType: options.keyType, status: options.status, space: options.space,
                                                     userID: options.userID, limit: options.limit, cursor: options.cursor)
            keys = page.apiKeys.filter(keep)
            nextCursor = page.pagination.hasMore ? page.pagination.nextCursor : nil
        }
        terminal.out(try Output.keys(keys, format: format))
        if let nextCursor { terminal.err("more keys: add --cursor \(nextCursor) (same filters), or use --all\n") }
        return 0
    }

    /// Prints the new key with its secret, or writes the secret to the env file. If that write
    /// fails, the new key is revoked so no secret is left orphaned.
    private func deliver(_ key: CreatedAPIKey, envFile: String?) async throws -> Int32 {
        guard let envFile else {
            terminal.out(try Output.created(key, showSecret: true, format: format))
            return 0
        }
        do {
            try EnvFile.write(secret: key.key.revealed, to: envFile)
        } catch {
            terminal.err("error: \(error); revoking the new key \(key.id) so its secret is not left anywhere\n")
            do {
                try await client.apiKeys.revoke(apiKeyID: key.id)
            } catch {
                terminal.err("error: could not revoke \(key.id) either: \(error); revoke it yourself\n")
            }
            return 1
        }
        terminal.out(try Output.created(key, showSecret: false, format: format))
        terminal.err("wrote ARIZE_API_KEY to \(envFile)\n")
        return 0
    }

    /// The spaces (one page, or every page with `--all`): where `create-service-key` finds its ids.
    private func spaces(_ options: Invocation.SpacesOptions) async throws -> Int32 {
        var spaces: [Space] = []
        var cursor: String?
        repeat {
            try Task.checkCancellation()
            let page = try await client.apiKeys.listSpaces(organizationID: options.organizationID, name: options.name,
                                                           limit: options.limit, cursor: cursor)
            spaces += page.spaces
            cursor = page.nextCursor
        } while options.all && cursor != nil
        terminal.out(try Output.spaces(spaces, format: format))
        if !options.all, cursor != nil { terminal.err("more spaces: add --all\n") }
        return 0
    }
}
