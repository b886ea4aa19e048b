import ArizeAPIKeys
import ArizeOpenAPIRuntime
import Foundation

/// What a listed key and a new key both show, so one row serves both.
protocol KeyFields {
    var id: String { get }
    var name: String { get }
    var keyType: APIKeyType { get }
    var status: APIKeyStatus { get }
    var redactedKey: String { get }
    var createdAt: Date { get }
    var expiresAt: Date? { get }
}

extension APIKey: KeyFields {}
extension CreatedAPIKey: KeyFields {}

/// Keys as a table, JSON (the API's field names, RFC 3339 dates) or CSV.
enum Output {
    static let columns = ["id", "name", "key_type", "status", "redacted_key", "created_at", "expires_at"]

    static func row(_ key: some KeyFields) -> [String] {
        [key.id, key.name, key.keyType.rawValue, key.status.rawValue, key.redactedKey, RFC3339.string(from: key.createdAt),
         key.expiresAt.map(RFC3339.string(from:)) ?? ""]
    }

    static func keys(_ keys: [APIKey], format: Invocation.Format) throws -> String {
        switch format {
        case .json: return String(decoding: try ArizeClient.makeJSONEncoder().encode(keys), as: UTF8.self) + "\n"
        case .csv: return csv([columns] + keys.map(row))
        case .table: return table([columns.map { $0.uppercased() }] + keys.map(row))
        }
    }

    /// A new key with its secret (the only output that ever shows one).
    static func created(_ key: CreatedAPIKey, showSecret: Bool, format: Invocation.Format) throws -> String {
        switch format {
        case .json:
            var data: Data
            switch key.source {
            case .created(let response): data = try ArizeClient.makeJSONEncoder().encode(response)
            case .refreshed(let response): data = try ArizeClient.makeJSONEncoder().encode(response)
            }
            if !showSecret, var object = try JSONSerialization.jsonObject(with: data) as? [String: Any] {
                object["key"] = nil
                data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
            }
            return String(decoding: data, as: UTF8.self) + "\n"
        case .csv:
            return csv([columns + (showSecret ? ["key"] : [])] + [row(key) + (showSecret ? [key.key.revealed] : [])])
        case .table:
            var text = table([columns.map { $0.uppercased() }, row(key)])
            if showSecret { text += "\nKEY (shown once, store it now): \(key.key.revealed)\n" }
            return text
        }
    }

    static let spaceColumns = ["id", "name", "organization_id", "is_private"]

    /// Spaces as a table, JSON (the API's field names) or CSV.
    static func spaces(_ spaces: [Space], format: Invocation.Format) throws -> String {
        let rows = spaces.map { [$0.id, $0.name, $0.organizationID ?? "", String($0.isPrivate)] }
        switch format {
        case .json:
            let objects: [[String: Any]] = spaces.map {
                ["id": $0.id, "name": $0.name, "organization_id": $0.organizationID ?? NSNull(), "is_private": $0.isPrivate]
            }
            let data = try JSONSerialization.data(withJSONObject: objects, options: [.sortedKeys, .withoutEscapingSlashes])
            return String(decoding: data, as: UTF8.self) + "\n"
        case .csv: return csv([spaceColumns] + rows)
        case .table: return table([spaceColumns.map { $0.uppercased() }] + rows)
        }
    }

    static func table(_ rows: [[String]]) -> String {
        let widths = rows[0].indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { $0.element.padding(toLength: widths[$0.offset], withPad: " ", startingAt: 0) }
                .joined(separator: "  ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        }.joined(separator: "\n") + "\n"
    }

    static func csv(_ rows: [[String]]) -> String {
        rows.map { row in
            row.map { field in
                field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                    ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
            }.joined(separator: ",")
        }.joined(separator: "\n") + "\n"
    }
}
