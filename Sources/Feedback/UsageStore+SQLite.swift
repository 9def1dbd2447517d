import Foundation
import GRDB
import KaartModel

extension FeedbackStore {
    /// Adds a batch of counts to the daily totals, and deletes days older than `keepDays`.
    /// Cells are stored with their names coded as small numbers (`usage_name`) and the day as a
    /// day number, so a year of cells for every gemeente stays small (`kaart bench --gebruik`).
    public func addUsage(_ batch: UsageBatch, keepDays: Int) throws {
        let cutoff = Day(now()).adding(days: -keepDays).description
        try writer.write { db in
            var codes: [String: Int64] = [:]
            func code(_ name: String) throws -> Int64 {
                if let known = codes[name] { return known }
                try db.execute(sql: "INSERT INTO usage_name (name) VALUES (?) ON CONFLICT (name) DO NOTHING", arguments: [name])
                let id = try Int64.fetchOne(db, sql: "SELECT id FROM usage_name WHERE name = ?", arguments: [name]) ?? 0
                codes[name] = id
                return id
            }
            let addCell = try db.cachedStatement(sql: """
                INSERT INTO usage_cell (day, municipality, channel, event, domain, filters, size, count)
                VALUES (\(Self.dayNumber), ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (day, municipality, channel, event, domain, filters, size) DO UPDATE SET count = count + excluded.count
                """)
            for (key, count) in batch.counts {
                try addCell.execute(arguments: [
                    key.day.description, try code(key.municipality), try code(key.channel.rawValue), try code(key.event.rawValue),
                    try code(key.domain), try code(key.filters), try code(key.size.rawValue), count,
                ])
            }
            let addGap = try db.cachedStatement(sql: """
                INSERT INTO usage_concept (day, municipality, concept, count) VALUES (\(Self.dayNumber), ?, ?, ?)
                ON CONFLICT (day, municipality, concept) DO UPDATE SET count = count + excluded.count
                """)
            for (gap, count) in batch.gaps {
                try addGap.execute(arguments: [gap.day.description, try code(gap.municipality), try code(gap.concept), count])
            }
            try db.execute(sql: "DELETE FROM usage_cell WHERE day < \(Self.dayNumber)", arguments: [cutoff])
            try db.execute(sql: "DELETE FROM usage_concept WHERE day < \(Self.dayNumber)", arguments: [cutoff])
        }
    }

    /// A `YYYY-MM-DD` parameter as the stored day number (days since 1970-01-01).
    static let dayNumber = "CAST(julianday(?) - 2440587.5 AS INTEGER)"

    /// The totals from `from` to `to` (both included), for one gemeente or all.
    public func usage(from: Day, to: Day, municipality: String?) throws -> UsageTotals {
        try writer.read { db in
            let names = Dictionary(
                try Row.fetchAll(db, sql: "SELECT id, name FROM usage_name").map { (row: Row) -> (Int64, String) in (row[0], row[1]) },
                uniquingKeysWith: { a, _ in a })
            var filter = "day BETWEEN \(Self.dayNumber) AND \(Self.dayNumber)"
            var arguments: StatementArguments = [from.description, to.description]
            if let municipality {
                filter += " AND municipality = (SELECT id FROM usage_name WHERE name = ?)"
                _ = arguments.append(contentsOf: [municipality])
            }
            func name(_ row: Row, _ column: Int) -> String { names[row[column] as Int64] ?? "" }
            var rows: [UsageTotals.Row] = []
            for row in try Row.fetchAll(db, sql: """
                SELECT municipality, channel, event, domain, filters, size, sum(count) FROM usage_cell WHERE \(filter)
                GROUP BY municipality, channel, event, domain, filters, size
                """, arguments: arguments) {
                guard let channel = UsageChannel(rawValue: name(row, 1)), let event = UsageEvent(rawValue: name(row, 2)),
                    let size = ResultSize(rawValue: name(row, 5))
                else { continue }
                rows.append(UsageTotals.Row(
                    municipality: name(row, 0), channel: channel, event: event, domain: name(row, 3), filters: name(row, 4), size: size,
                    count: row[6]))
            }
            var gaps: [(String, Int)] = []
            for row in try Row.fetchAll(db, sql: """
                SELECT concept, sum(count) AS n FROM usage_concept WHERE \(filter)
                GROUP BY concept HAVING sum(count) >= \(UsagePolicy.minimumSharedGap)
                """, arguments: arguments) {
                gaps.append((name(row, 0), row[1]))
            }
            gaps.sort { ($0.1, $1.0) > ($1.1, $0.0) }
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

    /// The same cells with their names coded as numbers and the day as a day number: about
    /// half the bytes per cell (`kaart bench --gebruik`). Names are checked in Swift (the enums
    /// of `UsageKey`) before they are coded, so the CHECKs on the text columns are not needed —
    /// which is also why the assistant's channel (issue 19) needs no migration of its own here.
    static func registerCompactUsage(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("2026-12 usage cells with coded names") { db in
            try db.execute(sql: """
                CREATE TABLE usage_name (
                    id INTEGER PRIMARY KEY,
                    name TEXT NOT NULL UNIQUE CHECK (length(name) <= 200)
                );
                CREATE TABLE usage_cell (
                    day INTEGER NOT NULL,
                    municipality INTEGER NOT NULL,
                    channel INTEGER NOT NULL,
                    event INTEGER NOT NULL,
                    domain INTEGER NOT NULL,
                    filters INTEGER NOT NULL,
                    size INTEGER NOT NULL,
                    count INTEGER NOT NULL CHECK (count > 0),
                    PRIMARY KEY (day, municipality, channel, event, domain, filters, size)
                ) WITHOUT ROWID;
                CREATE TABLE usage_concept (
                    day INTEGER NOT NULL,
                    municipality INTEGER NOT NULL,
                    concept INTEGER NOT NULL,
                    count INTEGER NOT NULL CHECK (count > 0),
                    PRIMARY KEY (day, municipality, concept)
                ) WITHOUT ROWID;
                INSERT INTO usage_name (name)
                    SELECT municipality FROM usage_day UNION SELECT channel FROM usage_day UNION SELECT event FROM usage_day
                    UNION SELECT domain FROM usage_day UNION SELECT filters FROM usage_day UNION SELECT size FROM usage_day
                    UNION SELECT municipality FROM usage_gap UNION SELECT concept FROM usage_gap;
                INSERT INTO usage_cell (day, municipality, channel, event, domain, filters, size, count)
                    SELECT CAST(julianday(u.day) - 2440587.5 AS INTEGER), m.id, c.id, e.id, d.id, f.id, s.id, u.count
                    FROM usage_day u
                    JOIN usage_name m ON m.name = u.municipality JOIN usage_name c ON c.name = u.channel
                    JOIN usage_name e ON e.name = u.event JOIN usage_name d ON d.name = u.domain
                    JOIN usage_name f ON f.name = u.filters JOIN usage_name s ON s.name = u.size;
                INSERT INTO usage_concept (day, municipality, concept, count)
                    SELECT CAST(julianday(g.day) - 2440587.5 AS INTEGER), m.id, k.id, g.count
                    FROM usage_gap g JOIN usage_name m ON m.name = g.municipality JOIN usage_name k ON k.name = g.concept;
                DROP TABLE usage_day;
                DROP TABLE usage_gap;
                """)
        }
    }
}
