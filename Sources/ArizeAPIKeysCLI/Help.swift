/// The `--help` texts.
enum Help {
    static let exitCodes = """
        EXIT CODES:
          0    success
          1    the API or the network failed (the message says how)
          2    usage error: a wrong command line, or revoke without a terminal and without --force
          3    authentication or permission: the key is missing, wrong, expired or not allowed (401/403)
          4    not found: no such key or space
          5    configuration: no API key, or an invalid ARIZE_* setting
          130  interrupted (Ctrl-C)
        """

    static let environment = """
        ENVIRONMENT:
          ARIZE_API_KEY     the API key (required unless --fake)
          ARIZE_REGION      ca-central-1a, eu-west-1a, us-central-1a or us-east-1b (or --region)
          ARIZE_API_HOST    an on-prem host[:port] (or --host); ARIZE_API_SCHEME http|https; ARIZE_API_PORT
        """

    static let main = """
        USAGE: arize-api-keys [--fake] [--region REGION] [--host HOST] COMMAND [OPTIONS]

        Lists, creates, rotates and revokes Arize AX API keys.

        COMMANDS:
          list                 list keys (one page, or --all)
          create               create a user key
          create-service-key   create a service key bound to organizations and spaces
          refresh              rotate a key: a replacement with a new secret
          revoke               revoke a key
          spaces               list spaces, with their ids and organization ids (for create-service-key)

        GLOBAL OPTIONS:
          --fake               run against an in-process fake: no account needed. It holds 6 keys (laptop-0…2,
                               expiring-0, which expires in 3 days, and the service keys etl-bot-0…1), the
                               spaces production, prod, staging and analytics of organization
                               T3JnYW5pemF0aW9uOjE= and another analytics of T3JnYW5pemF0aW9uOjI=, and the
                               custom role Exporter. What you change lasts until the command ends.
          --region REGION      an Arize region
          --host HOST          an on-prem API host[:port]
          -o table|json|csv    output format (table by default)
          -h, --help           show help (`arize-api-keys COMMAND --help` for a command)

        \(environment)

        \(exitCodes)
        """

    static let list = """
        USAGE: arize-api-keys list [--key-type user|service] [--status active|revoked] [--space NAME_OR_ID]
                                   [--user-id ID] [--limit N] [--cursor C] [--all] [--expiring-within 7d] [--name NAME] [-o FORMAT]

        Lists API keys: your user keys by default, or the service keys of --space.
          --all                  every page (progress on stderr when it is a terminal)
          --expiring-within D    only keys that expire within D (30s, 5m, 12h, 7d)
          --cursor C             the next page's cursor, printed after a page that has more (same filters)
          --name NAME            only keys named exactly NAME

        \(exitCodes)
        """

    static let create = """
        USAGE: arize-api-keys create --name NAME [--description D] [--expires-at RFC3339] [--env-file PATH] [-o FORMAT]

        Creates a user key and prints it with its secret, once. With --env-file, the secret is written
        to PATH as ARIZE_API_KEY=… (mode 0600, other lines kept) instead of printed; if that fails, the
        new key is revoked and the command fails.

        \(exitCodes)
        """

    static let createServiceKey = """
        USAGE: arize-api-keys create-service-key --name NAME --org ORG_ID [--org-role ROLE] --space NAME_OR_ID[:ROLE] ...
                                                 [--account-role ROLE] [--description D] [--expires-at T] [--env-file PATH] [-o FORMAT]
               arize-api-keys create-service-key --name NAME --space NAME_OR_ID[:ROLE] [--account-role ROLE] ...

        Creates a service key whose bot user joins the given organizations and spaces. --org and
        --space repeat: each --space (and --org-role) binds to the --org before it, and a space name
        is looked up in that organization. One --space without --org finds its organization itself.
        `arize-api-keys spaces` shows the ids.
        ROLES: admin, member, read-only, annotator, member-ui-only (account only), custom:<role id>.
        Roles left out get the server's defaults (space member, organization read-only, account member).

        \(exitCodes)
        """

    static let refresh = """
        USAGE: arize-api-keys refresh API_KEY_ID [--expires-at T] [--grace 5m] [--env-file PATH] [-o FORMAT]

        Rotates a key: prints (or, with --env-file, writes) the replacement's secret once. With --grace
        the old key keeps working that long (up to 24h). A key that expires can only be refreshed with
        an --expires-at no later than its own.

        \(exitCodes)
        """

    static let revoke = """
        USAGE: arize-api-keys revoke API_KEY_ID [--force]

        Revokes a key at once and for good. Asks for confirmation on a terminal; without a terminal it
        refuses unless --force.

        \(exitCodes)
        """

    static let spaces = """
        USAGE: arize-api-keys spaces [--org ORG_ID] [--name NAME] [--limit N] [--all] [-o FORMAT]

        Lists spaces with their ids, organization ids and privacy: the ids create-service-key takes.
          --org ORG_ID   only this organization's spaces
          --name NAME    only spaces whose name contains NAME (case-insensitive)
          --all          every page

        \(exitCodes)
        """

    static func text(for command: String) -> String? {
        switch command {
        case "list": list
        case "create": create
        case "create-service-key": createServiceKey
        case "refresh": refresh
        case "revoke": revoke
        case "spaces": spaces
        default: nil
        }
    }
}
