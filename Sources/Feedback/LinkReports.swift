import Foundation
import GRDB

/// The state of one web address of one record, as `kaart links` last found it: a link that
/// fails twice in a row is a machine-made report ("website werkt niet: 404 sinds DATUM"),
/// which closes itself when the link works again.
public struct LinkReport: Codable, Hashable, Sendable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "link_report"

    public enum Status: String, Codable, Sendable {
        /// The link worked the last time.
        case ok
        /// It failed once; one more failure opens a report.
        case failing
        /// It failed twice or more in a row: a report for maintainers.
        case open
    }

    public var entryID: String
    public var url: String
    public var status: Status
    /// Failed checks in a row (0 when it works).
    public var failures: Int
    /// What went wrong the last time ("404", "geen antwoord binnen 10 s").
    public var problem: String?
    /// The first failed check of the current run of failures.
    public var failingSince: Date?
    public var checkedAt: Date
    public var openedAt: Date?
    public var closedAt: Date?

    enum CodingKeys: String, CodingKey {
        case url, status, failures, problem
        case entryID = "entry_id"
        case failingSince = "failing_since"
        case checkedAt = "checked_at"
        case openedAt = "opened_at"
        case closedAt = "closed_at"
    }

    public static var databaseDateEncodingStrategy: DatabaseDateEncodingStrategy { .iso8601 }
    public static var databaseDateDecodingStrategy: DatabaseDateDecodingStrategy { .iso8601 }
}

extension LinkReport {
    /// One check of the link at `checkedAt`, `problem` nil when it worked: two failures in a row
    /// open a report, a success closes it. The same rule in every store.
    mutating func check(at checkedAt: Date, problem: String?) -> FeedbackStore.LinkTransition {
        var transition = FeedbackStore.LinkTransition.none
        self.checkedAt = checkedAt
        if let problem {
            failures += 1
            self.problem = problem
            if failingSince == nil { failingSince = checkedAt }
            if failures >= 2 && status != .open {
                status = .open
                openedAt = checkedAt
                closedAt = nil
                transition = .opened
            } else if status == .ok {
                status = .failing
            }
        } else {
            if status == .open {
                closedAt = checkedAt
                transition = .closed
            }
            status = .ok
            failures = 0
            failingSince = nil
        }
        return transition
    }
}

extension FeedbackStore {
    /// What one check did to a link's report.
    public enum LinkTransition: Sendable, Equatable {
        case none
        /// The second failure in a row: a report is now open.
        case opened
        /// The link works again: its report closed itself.
        case closed
    }

    /// Records one check of `url` in record `entryID`: `problem` nil when it worked. Two
    /// failures in a row open a report; a success closes it.
    @discardableResult
    public func recordLinkCheck(entryID: String, url: String, problem: String?) throws -> LinkTransition {
        let checkedAt = now()
        return try writer.write { db in
            var report = try LinkReport.fetchOne(db, key: ["entry_id": entryID, "url": url])
                ?? LinkReport(entryID: entryID, url: url, status: .ok, failures: 0, checkedAt: checkedAt)
            let transition = report.check(at: checkedAt, problem: problem)
            try report.save(db)
            return transition
        }
    }

    /// Link reports, by record and address; only open ones unless `all`.
    public func linkReports(all: Bool = false) throws -> [LinkReport] {
        try writer.read { db in
            var request = LinkReport.order(Column("entry_id"), Column("url"))
            if !all { request = request.filter(Column("status") == LinkReport.Status.open.rawValue) }
            return try request.fetchAll(db)
        }
    }

    static func registerLinkReports(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("2026-12 link reports") { db in
            try db.execute(sql: """
                CREATE TABLE link_report (
                    entry_id TEXT NOT NULL CHECK (length(entry_id) BETWEEN 1 AND 120),
                    url TEXT NOT NULL CHECK (length(url) BETWEEN 1 AND 2000),
                    status TEXT NOT NULL CHECK (status IN ('ok', 'failing', 'open')),
                    failures INTEGER NOT NULL CHECK (failures >= 0),
                    problem TEXT,
                    failing_since TEXT,
                    checked_at TEXT NOT NULL,
                    opened_at TEXT,
                    closed_at TEXT,
                    PRIMARY KEY (entry_id, url),
                    CHECK ((status = 'open') = (failures >= 2)),
                    CHECK (status = 'ok' OR failing_since IS NOT NULL)
                );
                """)
        }
    }
}
