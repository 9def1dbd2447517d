import Foundation
import KaartModel
import PostgresNIO

extension PostgresFeedbackStore {
    public func recordOutcome(entryID: String, succeeded: Bool, day: Day) async throws {
        let month = OutcomeCount.month(of: day)
        let yes = succeeded ? 1 : 0
        let no = succeeded ? 0 : 1
        _ = try await changed("""
            INSERT INTO outcome_month (month, entry_id, yes, no) VALUES (\(month), \(entryID), \(yes), \(no))
            ON CONFLICT (month, entry_id) DO UPDATE SET yes = outcome_month.yes + excluded.yes, no = outcome_month.no + excluded.no
            """)
    }

    public func outcomes(from: Day, to: Day) async throws -> [OutcomeCount] {
        let first = OutcomeCount.month(of: from)
        let last = OutcomeCount.month(of: to)
        return try await read("""
            SELECT entry_id, month, yes::bigint, no::bigint FROM outcome_month WHERE month BETWEEN \(first) AND \(last) ORDER BY month, entry_id
            """) { rows in
            var found: [OutcomeCount] = []
            for try await (entry, month, yes, no) in rows.decode((String, String, Int, Int).self) {
                found.append(OutcomeCount(entryID: entry, month: month, yes: yes, no: no))
            }
            return found
        }
    }
}
