import Foundation
import KaartModel
import Logging
import PostgresNIO

/// The PostgreSQL schema's history, the twin of `FeedbackStore.migrator`: the same tables and
/// checks, in PostgreSQL's types. Each step runs once, in its own transaction, recorded in
/// `kaart_migration`; servers that start together wait for each other on an advisory lock.
/// Migrations are frozen once merged: change the schema by adding one.
enum PostgresMigrations {
    /// Advisory lock keys (any fixed numbers, unique to Sociale Kaart).
    static let migrationLock: Int64 = 2026_12_0001
    static let reportLock: Int64 = 2026_12_0002
    static let suggestionLock: Int64 = 2026_12_0003

    static var steps: [(name: String, sql: [String])] {
        let reasons = ReportReason.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
        return [
            ("2026-12 reports, link reports and health", [
                """
                CREATE TABLE report (
                    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                    entry_id TEXT NOT NULL CHECK (char_length(entry_id) BETWEEN 1 AND \(ReportDraft.maximumEntryIDLength)),
                    reason TEXT NOT NULL CHECK (reason IN (\(reasons))),
                    text TEXT CHECK (text IS NULL OR char_length(text) BETWEEN 1 AND \(ReportDraft.maximumTextLength)),
                    contact TEXT CHECK (contact IS NULL OR char_length(contact) BETWEEN 1 AND \(ReportDraft.maximumContactLength)),
                    created_at TIMESTAMPTZ NOT NULL,
                    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
                    closed_at TIMESTAMPTZ,
                    channel TEXT NOT NULL CHECK (channel IN ('terminal', 'web', 'api', 'provider')),
                    sender TEXT CHECK (sender IS NULL OR char_length(sender) BETWEEN 1 AND 64),
                    confirmed_at TIMESTAMPTZ,
                    CHECK ((status = 'closed') = (closed_at IS NOT NULL)),
                    CHECK (status = 'open' OR contact IS NULL)
                )
                """,
                "CREATE INDEX report_by_entry ON report(entry_id, status)",
                """
                CREATE TABLE link_report (
                    entry_id TEXT NOT NULL CHECK (char_length(entry_id) BETWEEN 1 AND 120),
                    url TEXT NOT NULL CHECK (char_length(url) BETWEEN 1 AND 2000),
                    status TEXT NOT NULL CHECK (status IN ('ok', 'failing', 'open')),
                    failures INTEGER NOT NULL CHECK (failures >= 0),
                    problem TEXT,
                    failing_since TIMESTAMPTZ,
                    checked_at TIMESTAMPTZ NOT NULL,
                    opened_at TIMESTAMPTZ,
                    closed_at TIMESTAMPTZ,
                    PRIMARY KEY (entry_id, url),
                    CHECK ((status = 'open') = (failures >= 2)),
                    CHECK (status = 'ok' OR failing_since IS NOT NULL)
                )
                """,
                """
                CREATE TABLE health_check (
                    id INTEGER PRIMARY KEY CHECK (id = 1),
                    checked_at TIMESTAMPTZ NOT NULL
                )
                """,
            ]),
            ("2026-12 usage counts", [
                """
                CREATE TABLE usage_day (
                    day TEXT NOT NULL CHECK (char_length(day) = 10),
                    municipality TEXT NOT NULL CHECK (char_length(municipality) <= 80),
                    channel TEXT NOT NULL CHECK (channel IN ('page', 'api')),
                    event TEXT NOT NULL CHECK (event IN ('search', 'view', 'handout', 'found-yes', 'found-no')),
                    domain TEXT NOT NULL CHECK (char_length(domain) <= 80),
                    filters TEXT NOT NULL CHECK (char_length(filters) <= 200),
                    size TEXT NOT NULL CHECK (size IN ('', '0', '1-3', '4+')),
                    count BIGINT NOT NULL CHECK (count > 0),
                    PRIMARY KEY (day, municipality, channel, event, domain, filters, size)
                )
                """,
                """
                CREATE TABLE usage_gap (
                    day TEXT NOT NULL CHECK (char_length(day) = 10),
                    municipality TEXT NOT NULL CHECK (char_length(municipality) <= 80),
                    concept TEXT NOT NULL CHECK (char_length(concept) BETWEEN 1 AND 80),
                    count BIGINT NOT NULL CHECK (count > 0),
                    PRIMARY KEY (day, municipality, concept)
                )
                """,
            ]),
            ("2026-12 suggestions", [
                """
                CREATE TABLE suggestion (
                    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                    name TEXT NOT NULL CHECK (char_length(name) BETWEEN 1 AND \(SuggestionDraft.maximumNameLength)),
                    what TEXT NOT NULL CHECK (char_length(what) BETWEEN 1 AND \(SuggestionDraft.maximumWhatLength)),
                    place TEXT CHECK (place IS NULL OR char_length(place) BETWEEN 1 AND \(SuggestionDraft.maximumPlaceLength)),
                    url TEXT CHECK (url IS NULL OR char_length(url) BETWEEN 1 AND \(SuggestionDraft.maximumURLLength)),
                    role TEXT NOT NULL CHECK (role IN ('inwoner', 'professional')),
                    contact TEXT CHECK (contact IS NULL OR char_length(contact) BETWEEN 1 AND \(ReportDraft.maximumContactLength)),
                    created_at TIMESTAMPTZ NOT NULL,
                    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
                    closed_at TIMESTAMPTZ,
                    channel TEXT NOT NULL CHECK (channel IN ('terminal', 'web', 'api')),
                    sender TEXT CHECK (sender IS NULL OR char_length(sender) BETWEEN 1 AND 64),
                    CHECK ((status = 'closed') = (closed_at IS NOT NULL)),
                    CHECK (status = 'open' OR contact IS NULL)
                )
                """,
            ]),
            // The assistant (`/advies`) is a channel of its own (issue 19).
            ("2026-12 usage by the assistant", [
                "ALTER TABLE usage_day DROP CONSTRAINT usage_day_channel_check",
                "ALTER TABLE usage_day ADD CONSTRAINT usage_day_channel_check CHECK (channel IN ('page', 'api', 'assistant'))",
            ]),
            ("2026-12 referral outcomes", [
                """
                CREATE TABLE outcome_month (
                    month TEXT NOT NULL CHECK (char_length(month) = 7),
                    entry_id TEXT NOT NULL CHECK (char_length(entry_id) BETWEEN 1 AND \(ReportDraft.maximumEntryIDLength)),
                    yes BIGINT NOT NULL CHECK (yes >= 0),
                    no BIGINT NOT NULL CHECK (no >= 0),
                    PRIMARY KEY (month, entry_id)
                )
                """,
            ]),
        ]
    }

    /// Brings the database up to date: the steps not yet recorded, in order.
    static func migrate(_ client: PostgresClient, logger: Logger) async throws {
        try await client.withTransaction(logger: logger) { connection in
            try await connection.query("SELECT pg_advisory_xact_lock(\(migrationLock))", logger: logger).drain()
            try await connection.query(
                "CREATE TABLE IF NOT EXISTS kaart_migration (name TEXT PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())",
                logger: logger
            ).drain()
            var done: Set<String> = []
            for try await name in try await connection.query("SELECT name FROM kaart_migration", logger: logger).decode(String.self) {
                done.insert(name)
            }
            for step in steps where !done.contains(step.name) {
                for statement in step.sql {
                    try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger).drain()
                }
                try await connection.query("INSERT INTO kaart_migration (name) VALUES (\(step.name))", logger: logger).drain()
            }
        }
    }
}
