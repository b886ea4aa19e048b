import ArizeAPIKeys
@_spi(Generated) import ArizeOpenAPIRuntime
import Foundation

/// A command line, parsed: what to do, and how to print it.
struct Invocation {
    enum Command {
        case list(ListOptions)
        case create(CreateOptions)
        case createServiceKey(ServiceKeyOptions)
        case refresh(RefreshOptions)
        case revoke(id: String, force: Bool)
        case spaces(SpacesOptions)
    }

    struct SpacesOptions {
        var organizationID: String?
        var name: String?
        var limit: Int?
        var all = false
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
        /// Only keys with exactly this name (filtered here: the API has no such filter).
        var name: String?
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
        /// A `--space` given without `--org`: its organization is looked up.
        var oneSpace: SpaceBinding?
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

/// A wrong command line: the message, in the words of the flags the user typed, and the command
/// whose help to point to (`nil`: the tool's).
struct UsageError: Error {
    var message: String
    var command: String?

    /// Two lines: the error, and where to read more (not the whole help, which buries the error).
    var text: String { "error: \(message)\nsee: arize-api-keys \(command.map { $0 + " " } ?? "")--help\n" }
}

/// Parses the arguments (without the program name). `--help` is answered by ``Help``.
enum ArgumentParser {
    static func parse(_ arguments: [String]) throws(UsageError) -> Invocation {
        var rest = arguments[...]
        var fake = false, region: String?, host: String?
        var format = Invocation.Format.table, formatGiven = false
        // Global options may come before the command.
        while let first = rest.first, first.hasPrefix("-") {
            rest.removeFirst()
            switch first {
            case "--fake": fake = true
            case "--region": region = try value(after: first, in: &rest, command: nil)
            case "--host": host = try value(after: first, in: &rest, command: nil)
            case "-o", "--output": format = try self.format(try value(after: first, in: &rest, command: nil), command: nil); formatGiven = true
            default: throw UsageError(message: "unknown option \(first)", command: nil)
            }
        }
        guard let name = rest.popFirst() else { throw UsageError(message: "no command given", command: nil) }
        let command: String? = Help.text(for: name) == nil ? nil : name
        var list = Invocation.ListOptions(), create = Invocation.CreateOptions(), service = Invocation.ServiceKeyOptions()
        var refresh = Invocation.RefreshOptions(), force = false, spaces = Invocation.SpacesOptions()
        var looseSpaces: [SpaceBinding] = []
        var positional: [String] = []
        var orgRoleTarget: Int?
        while let argument = rest.popFirst() {
            func next() throws(UsageError) -> String { try value(after: argument, in: &rest, command: command) }
            switch (name, argument) {
            case (_, "--fake"): fake = true
            case (_, "--region"): region = try next()
            case (_, "--host"): host = try next()
            case (_, "-o"), (_, "--output"):
                format = try self.format(try next(), command: command)
                formatGiven = true
            case ("list", "--key-type"):
                let text = try next()
                guard ["user", "service"].contains(text.lowercased()) else { throw UsageError(message: "--key-type takes user or service", command: command) }
                list.keyType = APIKeyType(rawValue: text)
            case ("list", "--status"):
                let text = try next()
                guard ["active", "revoked"].contains(text.lowercased()) else { throw UsageError(message: "--status takes active or revoked", command: command) }
                list.status = APIKeyStatus(rawValue: text)
            case ("list", "--space"): list.space = try next()
            case ("list", "--user-id"): list.userID = try next()
            case ("list", "--limit"), ("spaces", "--limit"):
                let text = try next()
                guard let limit = Int(text), (1...100).contains(limit) else { throw UsageError(message: "--limit must be 1…100, not \(text)", command: command) }
                if name == "list" { list.limit = limit } else { spaces.limit = limit }
            case ("spaces", "--org"): spaces.organizationID = try next()
            case ("spaces", "--name"): spaces.name = try next()
            case ("spaces", "--all"): spaces.all = true
            case ("list", "--cursor"): list.cursor = try next()
            case ("list", "--name"): list.name = try next()
            case ("list", "--all"): list.all = true
            case ("list", "--expiring-within"): list.expiringWithin = try duration(try next(), option: argument, command: command)
            case ("create", "--name"), ("create-service-key", "--name"): create.name = try next()
            case ("create", "--description"), ("create-service-key", "--description"): create.description = try next()
            case ("create", "--expires-at"), ("create-service-key", "--expires-at"):
                create.expiresAt = try futureDate(try next(), option: argument, command: command)
            case ("create", "--env-file"), ("create-service-key", "--env-file"): create.envFile = try next()
            case ("create-service-key", "--org"):
                service.organizations.append(OrganizationBinding(organizationID: try next(), spaces: []))
                orgRoleTarget = service.organizations.count - 1
            case ("create-service-key", "--space"):
                // Without an --org, one space whose organization is looked up (the SDK's one-space form).
                guard !service.organizations.isEmpty else { looseSpaces.append(try spaceBinding(try next(), command: command)); continue }
                service.organizations[service.organizations.count - 1].spaces.append(try spaceBinding(try next(), command: command))
            case ("create-service-key", "--org-role"):
                guard let target = orgRoleTarget else { throw UsageError(message: "--org-role must follow the --org it is for", command: command) }
                guard case .organization(let role) = try self.role(try next(), level: .organization, option: argument, command: command) else { continue }
                service.organizations[target].role = role
            case ("create-service-key", "--account-role"):
                guard case .account(let role) = try self.role(try next(), level: .account, option: argument, command: command) else { continue }
                service.accountRole = role
            case ("refresh", "--expires-at"): refresh.expiresAt = try futureDate(try next(), option: argument, command: command)
            case ("refresh", "--grace"):
                let text = try next()
                let grace = try duration(text, option: argument, command: command)
                // The API's limit (86,400 s), said in the flag's own units.
                guard grace <= .seconds(86_400) else { throw UsageError(message: "--grace must be at most 24h, not \(text)", command: command) }
                refresh.grace = grace
            case ("refresh", "--env-file"): refresh.envFile = try next()
            case ("revoke", "--force"), ("revoke", "-f"): force = true
            default:
                if argument.hasPrefix("-") { throw UsageError(message: "unknown option \(argument) for \(name)", command: command) }
                positional.append(argument)
            }
        }
        // An option that would do nothing is a mistake to point out, not to ignore.
        if fake && (host != nil || region != nil) {
            throw UsageError(message: "--fake talks to an in-process fake: it cannot be combined with " + (host != nil ? "--host" : "--region"), command: nil)
        }
        if name == "revoke" && formatGiven { throw UsageError(message: "-o does nothing for revoke, which prints no listing", command: command) }
        if name == "list" && list.all && list.cursor != nil {
            throw UsageError(message: "--cursor cannot be combined with --all, which reads every page from the first", command: command)
        }
        if let empty = service.organizations.first(where: { $0.spaces.isEmpty }) {
            throw UsageError(message: "a --space must follow each --org (--org \(empty.organizationID) has none)", command: command)
        }
        let parsed: Invocation.Command
        switch name {
        case "list": parsed = .list(list)
        case "create":
            guard !create.name.isEmpty else { throw UsageError(message: "create needs --name", command: command) }
            parsed = .create(create)
        case "create-service-key":
            guard !create.name.isEmpty else { throw UsageError(message: "create-service-key needs --name", command: command) }
            if !looseSpaces.isEmpty {
                guard service.organizations.isEmpty, looseSpaces.count == 1, orgRoleTarget == nil else {
                    throw UsageError(message: "--space must follow the --org it belongs to (only one --space may go without --org)", command: command)
                }
                service.oneSpace = looseSpaces[0]
            } else if service.organizations.isEmpty {
                throw UsageError(message: "create-service-key needs --space NAME_OR_ID, or --org ORG_ID --space NAME_OR_ID ...", command: command)
            }
            service.create = create
            parsed = .createServiceKey(service)
        case "spaces": parsed = .spaces(spaces)
        case "refresh", "revoke":
            guard positional.count == 1 else { throw UsageError(message: "\(name) needs one API_KEY_ID", command: command) }
            if name == "refresh" { refresh.id = positional[0]; parsed = .refresh(refresh) } else { parsed = .revoke(id: positional[0], force: force) }
        default:
            throw UsageError(message: "unknown command \(name)", command: nil)
        }
        if name != "refresh" && name != "revoke" && !positional.isEmpty {
            throw UsageError(message: "unexpected argument \(positional[0])", command: command)
        }
        return Invocation(command: parsed, format: format, fake: fake, region: region, host: host)
    }

    private static func value(after option: String, in rest: inout ArraySlice<String>, command: String?) throws(UsageError) -> String {
        guard let value = rest.popFirst() else { throw UsageError(message: "\(option) needs a value", command: command) }
        return value
    }

    /// `7d`, `12h`, `30m` or `45s`. A bare number is refused: `--grace 5` could mean seconds or minutes.
    static func duration(_ text: String, option: String, command: String?) throws(UsageError) -> Duration {
        let units: [Character: Int64] = ["s": 1, "m": 60, "h": 3_600, "d": 86_400]
        guard let last = text.last, let unit = units[last] else {
            if Int64(text) != nil { throw UsageError(message: "\(option) needs a unit: \(text)s, \(text)m, \(text)h or \(text)d", command: command) }
            throw UsageError(message: "\(option) takes a duration like 30s, 5m, 12h or 7d, not \(text)", command: command)
        }
        // Bounded so the product cannot overflow: ten years is past any limit the API has.
        guard let number = Int64(text.dropLast()), number >= 0, number <= 315_360_000 / unit else {
            throw UsageError(message: "\(option) takes a duration like 30s, 5m, 12h or 7d, not \(text)", command: command)
        }
        return .seconds(number * unit)
    }

    static func format(_ text: String, command: String?) throws(UsageError) -> Invocation.Format {
        guard let chosen = Invocation.Format(rawValue: text) else { throw UsageError(message: "-o takes table, json or csv, not \(text)", command: command) }
        return chosen
    }

    /// An RFC 3339 date in the future, for `option`.
    static func futureDate(_ text: String, option: String, command: String?, now: Date = Date()) throws(UsageError) -> Date {
        let date = try self.date(text, command: command)
        guard date > now else { throw UsageError(message: "\(option) must be in the future, not \(text)", command: command) }
        return date
    }

    static func date(_ text: String, command: String?) throws(UsageError) -> Date {
        guard let date = RFC3339.date(from: text) else {
            throw UsageError(message: "--expires-at takes an RFC 3339 date such as 2027-01-31T00:00:00Z, not \(text)", command: command)
        }
        return date
    }

    enum Level { case space, organization, account }
    enum ParsedRole { case space(SpaceRole), organization(OrganizationRole), account(AccountRole) }

    /// `admin`, `member`, `read-only`, `annotator`, `member-ui-only` (accounts) or `custom:<id>`.
    static func role(_ text: String, level: Level, option: String, command: String?) throws(UsageError) -> ParsedRole {
        let lower = text.lowercased()
        if lower.hasPrefix("custom:") {
            let id = String(text.dropFirst("custom:".count))
            guard !id.isEmpty else { throw UsageError(message: "\(option) custom: needs a role id", command: command) }
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
            // Each flag lists its own roles: an account has no read-only, and only an account has member-ui-only.
            let names = level == .account ? "admin, member, member-ui-only, annotator" : "admin, member, read-only, annotator"
            throw UsageError(message: "\(option) takes \(names) or custom:<id>, not \(text)", command: command)
        }
        return parsed
    }

    /// `NAME_OR_ID` or `NAME_OR_ID:ROLE` (base64 ids hold no colon).
    static func spaceBinding(_ text: String, command: String?) throws(UsageError) -> SpaceBinding {
        if let colon = text.firstIndex(of: ":"), !text[text.index(after: colon)...].isEmpty {
            let space = String(text[..<colon])
            guard case .space(let role) = try role(String(text[text.index(after: colon)...]), level: .space, option: "--space NAME:ROLE", command: command) else {
                return SpaceBinding(space: space)
            }
            return SpaceBinding(space: space, role: role)
        }
        return SpaceBinding(space: text)
    }
}
