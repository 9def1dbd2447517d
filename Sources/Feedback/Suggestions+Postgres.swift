import Foundation
import KaartModel
import PostgresNIO

extension PostgresFeedbackStore {
    public func receive(_ draft: SuggestionDraft, channel: Report.Channel, sender: String?) async throws -> Suggestion.Receipt {
        var incoming = IncomingSuggestion(draft, channel: channel, sender: sender, createdAt: now())
        let s = incoming.suggestion
        let logger = logger
        do {
            incoming.suggestion.id = try await within { [client] in
                try await client.withTransaction(logger: logger) { connection -> Int64 in
                    try await connection.query("SELECT pg_advisory_xact_lock(\(PostgresMigrations.suggestionLock))", logger: logger).drain()
                    let open = try await connection.query("SELECT count(*) FROM suggestion WHERE status = 'open'", logger: logger).single(Int.self) ?? 0
                    guard open < Suggestion.maximumOpen || channel == .terminal else { throw SuggestionQueueFull() }
                    let id = try await connection.query("""
                        INSERT INTO suggestion (name, what, place, url, role, contact, created_at, status, channel, sender)
                        VALUES (\(s.name), \(s.what), \(s.place), \(s.url), \(s.role.rawValue), \(s.contact), \(s.createdAt), 'open',
                                \(s.channel.rawValue), \(s.sender))
                        RETURNING id
                        """, logger: logger).single(Int64.self)
                    guard let id else { throw FeedbackStoreError.cannotSave(path: "", .other("geen nummer teruggekregen")) }
                    return id
                }
            }
        } catch let full as SuggestionQueueFull {
            throw full
        } catch let error as PostgresTransactionError {
            if let full = error.closureError as? SuggestionQueueFull { throw full }
            throw FeedbackStoreError.cannotSave(path: location, Self.failure(error))
        } catch {
            throw FeedbackStoreError.cannotSave(path: location, Self.failure(error))
        }
        return incoming.receipt
    }

    public func suggestions(status: Report.Status?) async throws -> [Suggestion] {
        let columns = "id, name, what, place, url, role, contact, created_at, status, closed_at, channel, sender"
        if let status {
            var binds = PostgresBindings()
            binds.append(status.rawValue)
            return try await suggestions(PostgresQuery(unsafeSQL: "SELECT \(columns) FROM suggestion WHERE status = $1 ORDER BY id", binds: binds))
        }
        return try await suggestions(PostgresQuery(unsafeSQL: "SELECT \(columns) FROM suggestion ORDER BY id"))
    }

    public func suggestion(id: Int64) async throws -> Suggestion? {
        let columns = "id, name, what, place, url, role, contact, created_at, status, closed_at, channel, sender"
        var binds = PostgresBindings()
        binds.append(id)
        return try await suggestions(PostgresQuery(unsafeSQL: "SELECT \(columns) FROM suggestion WHERE id = $1", binds: binds)).first
    }

    public func closeSuggestion(_ id: Int64) async throws -> Bool {
        let at = now()
        return try await changed("UPDATE suggestion SET status = 'closed', closed_at = \(at), contact = NULL WHERE id = \(id) AND status = 'open' RETURNING id") > 0
    }

    func suggestions(_ query: PostgresQuery) async throws -> [Suggestion] {
        try await read(query) { rows in
            var found: [Suggestion] = []
            for try await (id, name, what, place, url, role, contact, createdAt, status, closedAt, channel, sender)
                in rows.decode((Int64, String, String, String?, String?, String, String?, Date, String, Date?, String, String?).self) {
                guard let role = SuggesterRole(rawValue: role), let status = Report.Status(rawValue: status), let channel = Report.Channel(rawValue: channel) else {
                    throw FeedbackStoreError.cannotOpen(path: "suggestion \(id)", .other("onbekende waarde in de database"))
                }
                found.append(Suggestion(
                    id: id, name: name, what: what, place: place, url: url, role: role, contact: contact, createdAt: createdAt,
                    status: status, closedAt: closedAt, channel: channel, sender: sender))
            }
            return found
        }
    }
}
