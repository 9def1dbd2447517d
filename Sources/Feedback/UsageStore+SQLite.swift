import Foundation
import GRDB
import KaartModel

extension FeedbackStore {
    /// Adds a batch of counts to the daily totals, and deletes days older than `keepDays`.
    public func addUsage(_ batch: UsageBatch, keepDays: Int) throws {
        let cutoff = Day(now()).adding(days: -keepDays).description
        try writer.write { db in
            for (key, count) in batch.counts {
                try db.execute(sql: """
                    INSERT INTO usage_day (day, municipality, channel, event, domain, filters, size, count)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (day, municipality, channel, event, domain, filters, size) DO UPDATE SET count = count + excluded.count
                    """, arguments: [key.day.description, key.municipality, key.channel.rawValue, key.event.rawValue, key.domain, key.filters, key.size.rawValue, count])
            }
            for (gap, count) in batch.gaps {
                try db.execute(sql: """
                    INSERT INTO usage_gap (day, municipality, concept, count) VALUES (?, ?, ?, ?)
                    ON CONFLICT (day, municipality, concept) DO UPDATE SET count = count + excluded.count
                    """, arguments: [gap.day.description, gap.municipality, gap.concept, count])
            }
            try db.execute(sql: "DELETE FROM usage_day WHERE day < ?", arguments: [cutoff])
            try db.execute(sql: "DELETE FROM usage_gap WHERE day < ?", arguments: [cutoff])
        }
    }

    /// The totals from `from` to `to` (both included), for one gemeente or all.
    public func usage(from: Day, to: Day, municipality: String?) throws -> UsageTotals {
        try writer.read { db in
            var filter = "day BETWEEN ? AND ?"
            var arguments: StatementArguments = [from.description, to.description]
            if let municipality {
                filter += " AND municipality = ?"
                _ = arguments.append(contentsOf: [municipality])
            }
            var rows: [UsageTotals.Row] = []
            for row in try Row.fetchAll(db, sql: """
                SELECT municipality, channel, event, domain, filters, size, sum(count) FROM usage_day WHERE \(filter)
                GROUP BY municipality, channel, event, domain, filters, size
                """, arguments: arguments) {
                guard let channel = UsageChannel(rawValue: row[1]), let event = UsageEvent(rawValue: row[2]), let size = ResultSize(rawValue: row[5]) else { continue }
                rows.append(UsageTotals.Row(municipality: row[0], channel: channel, event: event, domain: row[3], filters: row[4], size: size, count: row[6]))
            }
            var gaps: [(String, Int)] = []
            for row in try Row.fetchAll(db, sql: """
                SELECT concept, sum(count) AS n FROM usage_gap WHERE \(filter)
                GROUP BY concept HAVING sum(count) >= \(UsagePolicy.minimumSharedGap) ORDER BY n DESC, concept
                """, arguments: arguments) {
                gaps.append((row[0], row[1]))
            }
            return UsageTotals(rows: rows, gaps: gaps)
        }
    }

    static func registerUsage(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("2026-12 usage counts") { db in
            try db.execute(sql: """
                CREATE TABLE usage_day (
                    day TEXT NOT NULL CHECK (length(day) = 10),
                    municipality TEXT NOT NULL CHECK (length(municipality) <= 80),
                    channel TEXT NOT NULL CHECK (channel IN ('page', 'api')),
                    event TEXT NOT NULL CHECK (event IN ('search', 'view', 'handout', 'found-yes', 'found-no')),
                    domain TEXT NOT NULL CHECK (length(domain) <= 80),
                    filters TEXT NOT NULL CHECK (length(filters) <= 200),
                    size TEXT NOT NULL CHECK (size IN ('', '0', '1-3', '4+')),
                    count INTEGER NOT NULL CHECK (count > 0),
                    PRIMARY KEY (day, municipality, channel, event, domain, filters, size)
                ) WITHOUT ROWID;
                CREATE TABLE usage_gap (
                    day TEXT NOT NULL CHECK (length(day) = 10),
                    municipality TEXT NOT NULL CHECK (length(municipality) <= 80),
                    concept TEXT NOT NULL CHECK (length(concept) BETWEEN 1 AND 80),
                    count INTEGER NOT NULL CHECK (count > 0),
                    PRIMARY KEY (day, municipality, concept)
                ) WITHOUT ROWID;
                """)
        }
    }

    /// The assistant (`/advies`) is a channel of its own (issue 19): SQLite changes a CHECK only
    /// by rebuilding the table, so the counts are copied into the new one.
    static func registerAssistantUsage(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("2026-12 usage by the assistant") { db in
            try db.execute(sql: """
                CREATE TABLE usage_day_new (
                    day TEXT NOT NULL CHECK (length(day) = 10),
                    municipality TEXT NOT NULL CHECK (length(municipality) <= 80),
                    channel TEXT NOT NULL CHECK (channel IN ('page', 'api', 'assistant')),
                    event TEXT NOT NULL CHECK (event IN ('search', 'view', 'handout', 'found-yes', 'found-no')),
                    domain TEXT NOT NULL CHECK (length(domain) <= 80),
                    filters TEXT NOT NULL CHECK (length(filters) <= 200),
                    size TEXT NOT NULL CHECK (size IN ('', '0', '1-3', '4+')),
                    count INTEGER NOT NULL CHECK (count > 0),
                    PRIMARY KEY (day, municipality, channel, event, domain, filters, size)
                ) WITHOUT ROWID;
                INSERT INTO usage_day_new (day, municipality, channel, event, domain, filters, size, count)
                    SELECT day, municipality, channel, event, domain, filters, size, count FROM usage_day;
                DROP TABLE usage_day;
                ALTER TABLE usage_day_new RENAME TO usage_day;
                """)
        }
    }
}
