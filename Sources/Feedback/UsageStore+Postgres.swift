import Foundation
import KaartModel
import PostgresNIO

extension PostgresFeedbackStore {
    public func addUsage(_ batch: UsageBatch, keepDays: Int) async throws {
        let cutoff = Day(now()).adding(days: -keepDays).description
        let logger = logger
        do {
            try await within { [client] in
                try await client.withTransaction(logger: logger) { connection in
                    for (key, count) in batch.counts {
                        try await connection.query("""
                            INSERT INTO usage_day (day, municipality, channel, event, domain, filters, size, count)
                            VALUES (\(key.day.description), \(key.municipality), \(key.channel.rawValue), \(key.event.rawValue),
                                    \(key.domain), \(key.filters), \(key.size.rawValue), \(count))
                            ON CONFLICT (day, municipality, channel, event, domain, filters, size)
                            DO UPDATE SET count = usage_day.count + excluded.count
                            """, logger: logger).drain()
                    }
                    for (gap, count) in batch.gaps {
                        try await connection.query("""
                            INSERT INTO usage_gap (day, municipality, concept, count)
                            VALUES (\(gap.day.description), \(gap.municipality), \(gap.concept), \(count))
                            ON CONFLICT (day, municipality, concept) DO UPDATE SET count = usage_gap.count + excluded.count
                            """, logger: logger).drain()
                    }
                    try await connection.query("DELETE FROM usage_day WHERE day < \(cutoff)", logger: logger).drain()
                    try await connection.query("DELETE FROM usage_gap WHERE day < \(cutoff)", logger: logger).drain()
                }
            }
        } catch {
            throw FeedbackStoreError.cannotSave(path: location, Self.failure(error))
        }
    }

    public func usage(from: Day, to: Day, municipality: String?) async throws -> UsageTotals {
        var binds = PostgresBindings()
        binds.append(from.description)
        binds.append(to.description)
        var filter = "day BETWEEN $1 AND $2"
        if let municipality {
            binds.append(municipality)
            filter += " AND municipality = $3"
        }
        let rows = try await read(PostgresQuery(unsafeSQL: """
            SELECT municipality, channel, event, domain, filters, size, sum(count)::bigint FROM usage_day WHERE \(filter)
            GROUP BY municipality, channel, event, domain, filters, size
            """, binds: binds)) { rows in
            var found: [UsageTotals.Row] = []
            for try await (municipality, channel, event, domain, filters, size, count)
                in rows.decode((String, String, String, String, String, String, Int).self) {
                guard let channel = UsageChannel(rawValue: channel), let event = UsageEvent(rawValue: event), let size = ResultSize(rawValue: size) else { continue }
                found.append(UsageTotals.Row(municipality: municipality, channel: channel, event: event, domain: domain, filters: filters, size: size, count: count))
            }
            return found
        }
        let gaps = try await read(PostgresQuery(unsafeSQL: """
            SELECT concept, sum(count)::bigint AS n FROM usage_gap WHERE \(filter)
            GROUP BY concept HAVING sum(count) >= \(UsagePolicy.minimumSharedGap) ORDER BY n DESC, concept
            """, binds: binds)) { rows in
            var found: [GapCount] = []
            for try await (concept, count) in rows.decode((String, Int).self) { found.append(GapCount(concept: concept, count: count)) }
            return found
        }
        return UsageTotals(rows: rows, gaps: gaps.map { ($0.concept, $0.count) })
    }

    struct GapCount: Sendable {
        var concept: String
        var count: Int
    }
}
