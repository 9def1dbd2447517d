import Foundation
import GRDB
import KaartModel

/// "Is het gelukt?" on a professional's list handout (issue 19): per record and month, how
/// often someone answered yes and how often no. Counts only: no name, no free text, no time
/// of day, no address.
public struct OutcomeCount: Codable, Hashable, Sendable {
    public var entryID: String
    /// "2026-11".
    public var month: String
    public var yes: Int
    public var no: Int

    public init(entryID: String, month: String, yes: Int, no: Int) {
        self.entryID = entryID
        self.month = month
        self.yes = yes
        self.no = no
    }

    /// The month a day falls in, as stored: "2026-11".
    public static func month(of day: Day) -> String { String(day.description.prefix(7)) }
}

extension FeedbackStore {
    /// Counts one answer for `entryID` in the month of `day`.
    public func recordOutcome(entryID: String, succeeded: Bool, day: Day) throws {
        let column = succeeded ? "yes" : "no"
        do {
            try writer.write { db in
                try db.execute(sql: """
                    INSERT INTO outcome_month (month, entry_id, yes, no) VALUES (?, ?, ?, ?)
                    ON CONFLICT (month, entry_id) DO UPDATE SET \(column) = \(column) + 1
                    """, arguments: [OutcomeCount.month(of: day), entryID, succeeded ? 1 : 0, succeeded ? 0 : 1])
            }
        } catch {
            throw FeedbackStoreError.cannotSave(path: location, Self.failure(error))
        }
    }

    /// The counts of the months from `from` to `to` (both included), by month then record.
    public func outcomes(from: Day, to: Day) throws -> [OutcomeCount] {
        try writer.read { db in
            try Row.fetchAll(db, sql: """
                SELECT entry_id, month, yes, no FROM outcome_month WHERE month BETWEEN ? AND ? ORDER BY month, entry_id
                """, arguments: [OutcomeCount.month(of: from), OutcomeCount.month(of: to)]).map {
                OutcomeCount(entryID: $0[0], month: $0[1], yes: $0[2], no: $0[3])
            }
        }
    }

    static func registerOutcomes(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("2026-12 referral outcomes") { db in
            try db.execute(sql: """
                CREATE TABLE outcome_month (
                    month TEXT NOT NULL CHECK (length(month) = 7),
                    entry_id TEXT NOT NULL CHECK (length(entry_id) BETWEEN 1 AND \(ReportDraft.maximumEntryIDLength)),
                    yes INTEGER NOT NULL CHECK (yes >= 0),
                    no INTEGER NOT NULL CHECK (no >= 0),
                    PRIMARY KEY (month, entry_id)
                ) WITHOUT ROWID;
                """)
        }
    }
}

extension OutcomeCount {
    /// The "is het gelukt?" counts for `kaart gebruik`: per month and record, yes and no, with
    /// the record's name where the index still has it. Empty when nobody answered.
    public static func text(_ counts: [OutcomeCount], names: [String: String]) -> String {
        guard !counts.isEmpty else { return "" }
        var out = "\n\"Is het gelukt?\" na een verwijzing (lijstje van een verwijzer), per maand:\n"
        for count in counts {
            let name = names[count.entryID].map { "\($0) (\(count.entryID))" } ?? count.entryID
            out += "- \(count.month)  \(name): ja \(count.yes), nee \(count.no)\n"
        }
        return out
    }
}
