import ArizeAPIKeys
import ArizeOpenAPIRuntime
import Foundation

/// A command line, parsed: what to do, and how to print it.
struct Invocation {
    enum Command {
        case list(ListOptions)
        case create(CreateOptions)
        case createServiceKey(ServiceKeyOptions)
        case refresh(RefreshOptions)
        case revoke(id: String, force: Bool)
    }

    struct ListOptions {
        var keyType: APIKeyType?
        var status: APIKeyStatus?
        var space: String?
        var userID: String?
        var limit: Int?
        var cursor: String?
        var all = false
        var expiringWithin: Duration?
    }

    struct CreateOptions {
        var name = ""
        var description: String?
        var expiresAt: Date?
        var envFile: String?
    }

    struct ServiceKeyOptions {
        var create = CreateOptions()
        var organizations: [OrganizationBinding] = []
        var accountRole: AccountRole?
    }

    struct RefreshOptions {
        var id = ""
        var expiresAt: Date?
        var grace: Duration?
        var envFile: String?
    }

    enum Format: String { case table, json, csv }

    var command: Command
    var format = Format.table
    var fake = false
    var region: String?
    var host: String?
}

/// A wrong command line: the message, and the usage to show with it.
struct UsageError: Error {
    var message: String
    var usage: String
}

/// Parses the arguments (without the program name). `--help` is answered by ``Help``.
enum ArgumentParser {
    static func parse(_ arguments: [String]) throws(UsageError) -> Invocation {
        var rest = arguments[...]
        var fake = false, region: String?, host: String?
        var format = Invocation.Format.table
        // Global options may come before the command.
        while let first = rest.first, first.hasPrefix("-") {
            rest.removeFirst()
            switch first {
            case "--fake": fake = true
            case "--region": region = try value(after: first, in: &rest, usage: Help.main)
            case "--host": host = try value(after: first, in: &rest, usage: Help.main)
            default: throw UsageError(message: "unknown option \(first)", usage: Help.main)
            }
        }
        guard let name = rest.popFirst() else { throw UsageError(message: "no command given", usage: Help.main) }
        let usage = Help.text(for: name) ?? Help.main
        var list = Invocation.ListOptions(), create = Invocation.CreateOptions(), service = Invocation.ServiceKeyOptions()
        var refresh = Invocation.RefreshOptions(), force = false
        var positional: [String] = []
        var orgRoleTarget: Int?
        while let argument = rest.popFirst() {
            func next() throws(UsageError) -> String { try value(after: argument, in: &rest, usage: usage) }
            switch (name, argument) {
            case (_, "--fake"): fake = true
            case (_, "--region"): region = try next()
            case (_, "--host"): host = try next()
            case (_, "-o"), (_, "--output"):
                let text = try next()
                guard let chosen = Invocation.Format(rawValue: text) else { throw UsageError(message: "-o takes table, json or csv, not \(text)", usage: usage) }
                format = chosen
            case ("list", "--key-type"):
                let text = try next()
                guard ["user", "service"].contains(text.lowercased()) else { throw UsageError(message: "--key-type takes user or service", usage: usage) }
                list.keyType = APIKeyType(rawValue: text)
            case ("list", "--status"):
                let text = try next()
                guard ["active", "revoked"].contains(text.lowercased()) else { throw UsageError(message: "--status takes active or revoked", usage: usage) }
                list.status = APIKeyStatus(rawValue: text)
            case ("list", "--space"): list.space = try next()
            case ("list", "--user-id"): list.userID = try next()
            case ("list", "--limit"):
                let text = try next()
                guard let limit = Int(text) else { throw UsageError(message: "--limit takes a number", usage: usage) }
                list.limit = limit
            case ("list", "--cursor"): list.cursor = try next()
            case ("list", "--all"): list.all = true
            case ("list", "--expiring-within"): list.expiringWithin = try duration(try next(), option: argument, usage: usage)
            case ("create", "--name"), ("create-service-key", "--name"): create.name = try next()
            case ("create", "--description"), ("create-service-key", "--description"): create.description = try next()
            case ("create", "--expires-at"), ("create-service-key", "--expires-at"):
                create.expiresAt = try date(try next(), usage: usage)
            case ("create", "--env-file"), ("create-service-key", "--env-file"): create.envFile = try next()
            case ("create-service-key", "--org"):
                service.organizations.append(OrganizationBinding(organizationID: try next(), spaces: []))
                orgRoleTarget = service.organizations.count - 1
            case ("create-service-key", "--space"):
                guard !service.organizations.isEmpty else { throw UsageError(message: "--space must follow the --org it belongs to", usage: usage) }
                service.organizations[service.organizations.count - 1].spaces.append(try spaceBinding(try next(), usage: usage))
            case ("create-service-key", "--org-role"):
                guard let target = orgRoleTarget else { throw UsageError(message: "--org-role must follow the --org it is for", usage: usage) }
                guard case .organization(let role) = try self.role(try next(), level: .organization, usage: usage) else { continue }
                service.organizations[target].role = role
            case ("create-service-key", "--account-role"):
                guard case .account(let role) = try self.role(try next(), level: .account, usage: usage) else { continue }
                service.accountRole = role
            case ("refresh", "--expires-at"): refresh.expiresAt = try date(try next(), usage: usage)
            case ("refresh", "--grace"): refresh.grace = try duration(try next(), option: argument, usage: usage)
            case ("refresh", "--env-file"): refresh.envFile = try next()
            case ("revoke", "--force"), ("revoke", "-f"): force = true
            default:
                if argument.hasPrefix("-") { throw UsageError(message: "unknown option \(argument) for \(name)", usage: usage) }
                positional.append(argument)
            }
        }
        let command: Invocation.Command
        switch name {
        case "list": command = .list(list)
        case "create":
            guard !create.name.isEmpty else { throw UsageError(message: "create needs --name", usage: usage) }
            command = .create(create)
        case "create-service-key":
            guard !create.name.isEmpty else { throw UsageError(message: "create-service-key needs --name", usage: usage) }
            guard !service.organizations.isEmpty else { throw UsageError(message: "create-service-key needs --org ORG_ID --space NAME_OR_ID", usage: usage) }
            service.create = create
            command = .createServiceKey(service)
        case "refresh", "revoke":
            guard positional.count == 1 else { throw UsageError(message: "\(name) needs one API_KEY_ID", usage: usage) }
            if name == "refresh" { refresh.id = positional[0]; command = .refresh(refresh) } else { command = .revoke(id: positional[0], force: force) }
        default:
            throw UsageError(message: "unknown command \(name)", usage: Help.main)
        }
        if name != "refresh" && name != "revoke" && !positional.isEmpty {
            throw UsageError(message: "unexpected argument \(positional[0])", usage: usage)
        }
        return Invocation(command: command, format: format, fake: fake, region: region, host: host)
    }

    private static func value(after option: String, in rest: inout ArraySlice<String>, usage: String) throws(UsageError) -> String {
        guard let value = rest.popFirst() else { throw UsageError(message: "\(option) needs a value", usage: usage) }
        return value
    }

    /// `7d`, `12h`, `30m`, `45s`, or plain seconds.
    static func duration(_ text: String, option: String, usage: String) throws(UsageError) -> Duration {
        let units: [Character: Int64] = ["s": 1, "m": 60, "h": 3_600, "d": 86_400]
        var digits = Substring(text)
        var unit: Int64 = 1
        if let last = text.last, let factor = units[last] { unit = factor; digits = text.dropLast() }
        guard let number = Int64(digits), number >= 0 else {
            throw UsageError(message: "\(option) takes a duration like 30s, 5m, 12h or 7d, not \(text)", usage: usage)
        }
        return .seconds(number * unit)
    }

    static func date(_ text: String, usage: String) throws(UsageError) -> Date {
        guard let date = RFC3339.date(from: text) else {
            throw UsageError(message: "--expires-at takes an RFC 3339 date such as 2027-01-31T00:00:00Z, not \(text)", usage: usage)
        }
        return date
    }

    enum Level { case space, organization, account }
    enum ParsedRole { case space(SpaceRole), organization(OrganizationRole), account(AccountRole) }

    /// `admin`, `member`, `read-only`, `annotator`, `member-ui-only` (accounts) or `custom:<id>`.
    static func role(_ text: String, level: Level, usage: String) throws(UsageError) -> ParsedRole {
        let lower = text.lowercased()
        if lower.hasPrefix("custom:") {
            let id = String(text.dropFirst("custom:".count))
            guard !id.isEmpty else { throw UsageError(message: "custom: needs a role id", usage: usage) }
            switch level {
            case .space: return .space(.custom(id: id))
            case .organization: return .organization(.custom(id: id))
            case .account: return .account(.custom(id: id))
            }
        }
        // The facade's own tables of predefined roles: `read-only` is READ_ONLY once spelled as on the wire.
        let wireName = EnumSpelling.normalized(text)
        let parsed: ParsedRole? = switch level {
        case .space: SpaceRole(wireName: wireName).wireName.map { _ in .space(SpaceRole(wireName: wireName)) }
        case .organization: OrganizationRole(wireName: wireName).wireName.map { _ in .organization(OrganizationRole(wireName: wireName)) }
        case .account: AccountRole(wireName: wireName).wireName.map { _ in .account(AccountRole(wireName: wireName)) }
        }
        guard let parsed else {
            throw UsageError(message: "unknown role \(text): use admin, member, read-only, annotator"
                + (level == .account ? ", member-ui-only" : "") + " or custom:<id>", usage: usage)
        }
        return parsed
    }

    /// `NAME_OR_ID` or `NAME_OR_ID:ROLE` (base64 ids hold no colon).
    static func spaceBinding(_ text: String, usage: String) throws(UsageError) -> SpaceBinding {
        if let colon = text.firstIndex(of: ":"), !text[text.index(after: colon)...].isEmpty {
            let space = String(text[..<colon])
            guard case .space(let role) = try role(String(text[text.index(after: colon)...]), level: .space, usage: usage) else {
                return SpaceBinding(space: space)
            }
            return SpaceBinding(space: space, role: role)
        }
        return SpaceBinding(space: text)
    }
}
