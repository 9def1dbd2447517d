import Foundation
import GRDB
import KaartModel

/// A suggestion of missing help, as stored. Its contact is deleted when it is handled.
public struct Suggestion: Codable, Hashable, Sendable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "suggestion"

    public var id: Int64?
    public var name: String
    public var what: String
    public var place: String?
    public var url: String?
    public var role: SuggesterRole
    public var contact: String?
    public var createdAt: Date
    public var status: Report.Status
    public var closedAt: Date?
    public var channel: Report.Channel
    public var sender: String?

    enum CodingKeys: String, CodingKey {
        case id, name, what, place, url, role, contact, status, channel, sender
        case createdAt = "created_at"
        case closedAt = "closed_at"
    }

    public static var databaseDateEncodingStrategy: DatabaseDateEncodingStrategy { .iso8601 }
    public static var databaseDateDecodingStrategy: DatabaseDateDecodingStrategy { .iso8601 }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    /// What happened to a suggestion: stored as it is now, what was left out of its free text,
    /// and whether it speaks of a crisis (answer with the crisis routes first).
    public struct Receipt: Sendable {
        public var suggestion: Suggestion
        public var removed: Set<PersonalData.Kind>
        public var speaksOfCrisis: Bool
    }

    /// Open suggestions at most, across servers: a flood cannot bury the review queue.
    public static let maximumOpen = 1_000
}

/// A suggestion as it will be stored, the same for every store: e-mail addresses, phone numbers
/// and the like left out of name, what and where (the contact field is the only place for
/// them), crisis words noticed.
struct IncomingSuggestion {
    var suggestion: Suggestion
    var removed: Set<PersonalData.Kind> = []
    var speaksOfCrisis: Bool

    init(_ draft: SuggestionDraft, channel: Report.Channel, sender: String?, createdAt: Date) {
        var removed: Set<PersonalData.Kind> = []
        func clean(_ text: String?, limit: Int) -> String? {
            guard let text else { return nil }
            let cleaned = PersonalData.removed(from: text)
            removed.formUnion(cleaned.kinds)
            return String(String.UnicodeScalarView(cleaned.text.unicodeScalars.prefix(limit)))
        }
        speaksOfCrisis = [draft.name, draft.what, draft.place ?? ""].contains(where: CrisisLanguage.isPresent(in:))
        suggestion = Suggestion(
            id: nil, name: clean(draft.name, limit: SuggestionDraft.maximumNameLength) ?? draft.name,
            what: clean(draft.what, limit: SuggestionDraft.maximumWhatLength) ?? draft.what,
            place: clean(draft.place, limit: SuggestionDraft.maximumPlaceLength), url: draft.url, role: draft.role,
            contact: draft.contact, createdAt: createdAt, status: .open, closedAt: nil, channel: channel, sender: sender)
        self.removed = removed
    }

    var receipt: Suggestion.Receipt { Suggestion.Receipt(suggestion: suggestion, removed: removed, speaksOfCrisis: speaksOfCrisis) }
}

/// A suggestion refused because `Suggestion.maximumOpen` are waiting; nothing was stored.
public struct SuggestionQueueFull: Error, Hashable, Sendable, CustomStringConvertible {
    public init() {}
    public var description: String { "er wachten al \(Suggestion.maximumOpen) suggesties; handel die eerst af met kaart review" }
}

extension FeedbackStore {
    public func receive(_ draft: SuggestionDraft, channel: Report.Channel, sender: String?) throws -> Suggestion.Receipt {
        var incoming = IncomingSuggestion(draft, channel: channel, sender: sender, createdAt: now())
        do {
            try writer.write { db in
                let open = try Int.fetchOne(db, sql: "SELECT count(*) FROM suggestion WHERE status = 'open'") ?? 0
                guard open < Suggestion.maximumOpen || channel == .terminal else { throw SuggestionQueueFull() }
                try incoming.suggestion.insert(db)
            }
        } catch let full as SuggestionQueueFull {
            throw full
        } catch let error as FeedbackStoreError {
            throw FeedbackStoreError.cannotSave(path: location, error.cause)
        } catch {
            throw FeedbackStoreError.cannotSave(path: location, Self.failure(error))
        }
        return incoming.receipt
    }

    public func suggestions(status: Report.Status?) throws -> [Suggestion] {
        try writer.read { db in
            var request = Suggestion.order(Column("id"))
            if let status { request = request.filter(Column("status") == status.rawValue) }
            return try request.fetchAll(db)
        }
    }

    public func suggestion(id: Int64) throws -> Suggestion? {
        try writer.read { db in try Suggestion.fetchOne(db, key: id) }
    }

    /// Marks a suggestion handled and deletes the contact it carried.
    public func closeSuggestion(_ id: Int64) throws -> Bool {
        let closedAt = ISO8601DateFormatter().string(from: now())
        return try writer.write { db in
            try db.execute(
                sql: "UPDATE suggestion SET status = 'closed', closed_at = ?, contact = NULL WHERE id = ? AND status = 'open'",
                arguments: [closedAt, id])
            return db.changesCount > 0
        }
    }

    static func registerSuggestions(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("2026-12 suggestions") { db in
            try db.execute(sql: """
                CREATE TABLE suggestion (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND \(SuggestionDraft.maximumNameLength)),
                    what TEXT NOT NULL CHECK (length(what) BETWEEN 1 AND \(SuggestionDraft.maximumWhatLength)),
                    place TEXT CHECK (place IS NULL OR length(place) BETWEEN 1 AND \(SuggestionDraft.maximumPlaceLength)),
                    url TEXT CHECK (url IS NULL OR length(url) BETWEEN 1 AND \(SuggestionDraft.maximumURLLength)),
                    role TEXT NOT NULL CHECK (role IN ('inwoner', 'professional')),
                    contact TEXT CHECK (contact IS NULL OR length(contact) BETWEEN 1 AND \(ReportDraft.maximumContactLength)),
                    created_at TEXT NOT NULL,
                    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
                    closed_at TEXT,
                    channel TEXT NOT NULL CHECK (channel IN ('terminal', 'web', 'api')),
                    sender TEXT CHECK (sender IS NULL OR length(sender) BETWEEN 1 AND 64),
                    CHECK ((status = 'closed') = (closed_at IS NOT NULL)),
                    CHECK (status = 'open' OR contact IS NULL)
                );
                """)
        }
    }
}
