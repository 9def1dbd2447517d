import Foundation
import KaartModel
import Logging
import PostgresNIO

/// The feedback store in one PostgreSQL database, for a region that runs more than one server
/// behind a balancer: every server takes in reports into the same tables, and `kaart review` on
/// any machine sees them all (docs/more-servers.md). The same schema and rules as the SQLite
/// file (`FeedbackStore`); the same test suite runs against both.
///
/// Every call has a deadline (`callTimeout`): an unreachable or lost database makes a report fail
/// with `FeedbackStoreError` (503 with a retry hint on the web) instead of hanging, and searches
/// never wait for it. The pool reconnects by itself when the database is back.
public final class PostgresFeedbackStore: ReportStore {
    public let location: String
    let client: PostgresClient
    let now: @Sendable () -> Date
    let logger: Logger
    public let limits: ReportLimits
    /// How long one call may take before it counts as failed.
    public let callTimeout: Duration
    private let running: Task<Void, Never>
    private let openCounts = OpenCountsCache()
    private let lastMarks = Locked<[String: Int]>([:])
    private let health = AsyncHealthAnswer()

    /// Connects to the database at `url` (`postgresql://user:password@host:port/database`,
    /// `?sslmode=disable|prefer|require`), brings its schema up to date and returns the store.
    /// Throws `FeedbackStoreError.cannotOpen` with the reason when the database cannot be
    /// reached or migrated within `callTimeout`.
    public static func connect(
        url: String, now: @escaping @Sendable () -> Date, limits: ReportLimits = ReportLimits(),
        callTimeout: Duration = .seconds(5), logger: Logger = Logger(label: "kaart.postgres")
    ) async throws(FeedbackStoreError) -> PostgresFeedbackStore {
        let address = try DatabaseAddress(url)
        let store = PostgresFeedbackStore(address: address, now: now, limits: limits, callTimeout: callTimeout, logger: logger)
        do {
            try await store.within { try await PostgresMigrations.migrate(store.client, logger: logger) }
        } catch {
            await store.shutdown()
            throw .cannotOpen(path: address.location, Self.failure(error))
        }
        return store
    }

    private init(address: DatabaseAddress, now: @escaping @Sendable () -> Date, limits: ReportLimits, callTimeout: Duration, logger: Logger) {
        var configuration = address.configuration
        configuration.options.connectTimeout = callTimeout
        configuration.options.maximumConnections = 8
        // The pool tells of every failed connection attempt at info level; the store says once,
        // in words, what failed and what to do, so the pool's own lines stay at warning and up.
        var background = logger
        background.logLevel = max(logger.logLevel, .warning)
        client = PostgresClient(configuration: configuration, backgroundLogger: background)
        let client = client
        running = Task { await client.run() }
        location = address.location
        self.now = now
        self.limits = limits
        self.callTimeout = callTimeout
        self.logger = logger
    }

    /// Closes the pool; waits for it at most `callTimeout` (a pool still trying to reach a
    /// database that is gone may take longer to notice, and a command must not hang on it).
    public func shutdown() async {
        running.cancel()
        let running = running
        _ = try? await within { await running.value }
    }

    // MARK: Reports

    public func receive(
        _ draft: ReportDraft, channel: Report.Channel, sender: String?, isKnownEntry: (String) throws -> Bool
    ) async throws -> FeedbackStore.Receipt {
        var incoming = try IncomingReport(
            draft, channel: channel, sender: sender, createdAt: now(), limits: limits, isKnownEntry: isKnownEntry)
        let report = incoming.report
        let limits = incoming.limits
        let logger = logger
        do {
            let id = try await within { [client] in
                try await client.withTransaction(logger: logger) { connection -> Int64 in
                    // One report at a time across every server, so the ceilings hold.
                    try await connection.query("SELECT pg_advisory_xact_lock(\(PostgresMigrations.reportLock))", logger: logger).drain()
                    let open = try await connection.query("SELECT count(*) FROM report WHERE status = 'open'", logger: logger).single(Int.self) ?? 0
                    guard open < limits.openReports else { throw ReportLimitReached.queueFull }
                    let aboutEntry = try await connection.query(
                        "SELECT count(*) FROM report WHERE status = 'open' AND entry_id = \(report.entryID)", logger: logger
                    ).single(Int.self) ?? 0
                    guard aboutEntry < limits.openReportsPerEntry else { throw ReportLimitReached.entryFull }
                    let inserted = try await connection.query("""
                        INSERT INTO report (entry_id, reason, text, contact, created_at, status, channel, sender, confirmed_at)
                        VALUES (\(report.entryID), \(report.reason.rawValue), \(report.text), \(report.contact), \(report.createdAt),
                                'open', \(report.channel.rawValue), \(report.sender), \(report.confirmedAt))
                        RETURNING id
                        """, logger: logger).single(Int64.self)
                    guard let inserted else { throw FeedbackStoreError.cannotSave(path: "", .other("geen nummer teruggekregen")) }
                    return inserted
                }
            }
            incoming.report.id = id
            openCounts.invalidate()
        } catch let limit as ReportLimitReached {
            throw limit
        } catch let error as PostgresTransactionError {
            if let limit = error.closureError as? ReportLimitReached { throw limit }
            throw FeedbackStoreError.cannotSave(path: location, Self.failure(error))
        } catch {
            throw FeedbackStoreError.cannotSave(path: location, Self.failure(error))
        }
        return incoming.receipt
    }

    public func confirm(_ id: Int64) async throws -> Bool {
        defer { openCounts.invalidate() }
        let at = now()
        return try await changed("UPDATE report SET confirmed_at = \(at) WHERE id = \(id) AND status = 'open' AND confirmed_at IS NULL RETURNING id") > 0
    }

    public func close(_ id: Int64) async throws -> Bool {
        defer { openCounts.invalidate() }
        let at = now()
        return try await changed("UPDATE report SET status = 'closed', closed_at = \(at), contact = NULL WHERE id = \(id) AND status = 'open' RETURNING id") > 0
    }

    public func closeAll(entryID: String) async throws -> Int {
        defer { openCounts.invalidate() }
        let at = now()
        return try await changed("UPDATE report SET status = 'closed', closed_at = \(at), contact = NULL WHERE entry_id = \(entryID) AND status = 'open' RETURNING id")
    }

    public func openReportCounts() async throws -> [String: Int] {
        try await counts("SELECT entry_id, count(*) FROM report WHERE status = 'open' GROUP BY entry_id")
    }

    /// Every search asks, so the answer is kept for a second; and since searches must not wait
    /// for a database that is gone, the read has a short deadline (`marksTimeout`), and when it
    /// fails the last counts read are kept for that second too (the error is thrown once).
    public func markedReportCounts() async throws -> [String: Int] {
        let (cached, generation) = openCounts.fresh(maximumAge: FeedbackStore.openCountsMaximumAge)
        if let cached { return cached }
        do {
            let counts = try await counts("""
                SELECT entry_id, count(*) FROM report WHERE status = 'open' GROUP BY entry_id
                HAVING count(DISTINCT sender) >= 2 OR count(confirmed_at) > 0
                """, timeout: Self.marksTimeout)
            openCounts.store(counts, readSince: generation)
            lastMarks.withLock { $0 = counts }
            return counts
        } catch {
            openCounts.store(lastMarks.withLock { $0 }, readSince: generation)
            throw error
        }
    }

    /// How long a search waits at most for the "mogelijk verouderd" marks.
    static let marksTimeout: Duration = .milliseconds(500)

    public func deleteContacts(olderThanDays days: Int) async throws -> Int {
        let cutoff = now().addingTimeInterval(-Double(days) * 86_400)
        let reports = try await changed("UPDATE report SET contact = NULL WHERE contact IS NOT NULL AND created_at < \(cutoff) RETURNING id")
        return reports + (try await changed("UPDATE suggestion SET contact = NULL WHERE contact IS NOT NULL AND created_at < \(cutoff) RETURNING id"))
    }

    public func reports(status: Report.Status?) async throws -> [Report] {
        let columns = "id, entry_id, reason, text, contact, created_at, status, closed_at, channel, sender, confirmed_at"
        if let status {
            return try await reports(PostgresQuery(unsafeSQL: "SELECT \(columns) FROM report WHERE status = $1 ORDER BY id", binds: Self.binds(status.rawValue)))
        }
        return try await reports(PostgresQuery(unsafeSQL: "SELECT \(columns) FROM report ORDER BY id"))
    }

    public func report(id: Int64) async throws -> Report? {
        let columns = "id, entry_id, reason, text, contact, created_at, status, closed_at, channel, sender, confirmed_at"
        return try await reports(PostgresQuery(unsafeSQL: "SELECT \(columns) FROM report WHERE id = $1", binds: Self.binds(id))).first
    }

    public func canWrite() async -> Bool {
        await health.answer { [self] in
            let at = now()
            return (try? await read(
                "INSERT INTO health_check (id, checked_at) VALUES (1, \(at)) ON CONFLICT (id) DO UPDATE SET checked_at = excluded.checked_at"
            ) { try await $0.drain() }) != nil
        }
    }

    // MARK: Link reports

    public func recordLinkCheck(entryID: String, url: String, problem: String?) async throws -> FeedbackStore.LinkTransition {
        let checkedAt = now()
        let logger = logger
        return try await within { [client] in
            try await client.withTransaction(logger: logger) { connection -> FeedbackStore.LinkTransition in
                let rows = try await connection.query("""
                    SELECT status, failures, problem, failing_since, opened_at, closed_at FROM link_report
                    WHERE entry_id = \(entryID) AND url = \(url) FOR UPDATE
                    """, logger: logger)
                var report = LinkReport(entryID: entryID, url: url, status: .ok, failures: 0, checkedAt: checkedAt)
                for try await (status, failures, problem, failingSince, openedAt, closedAt) in rows.decode((String, Int, String?, Date?, Date?, Date?).self) {
                    report.status = LinkReport.Status(rawValue: status) ?? .ok
                    report.failures = failures
                    report.problem = problem
                    report.failingSince = failingSince
                    report.openedAt = openedAt
                    report.closedAt = closedAt
                }
                let transition = report.check(at: checkedAt, problem: problem)
                try await connection.query("""
                    INSERT INTO link_report (entry_id, url, status, failures, problem, failing_since, checked_at, opened_at, closed_at)
                    VALUES (\(report.entryID), \(report.url), \(report.status.rawValue), \(report.failures), \(report.problem),
                            \(report.failingSince), \(report.checkedAt), \(report.openedAt), \(report.closedAt))
                    ON CONFLICT (entry_id, url) DO UPDATE SET status = excluded.status, failures = excluded.failures,
                        problem = excluded.problem, failing_since = excluded.failing_since, checked_at = excluded.checked_at,
                        opened_at = excluded.opened_at, closed_at = excluded.closed_at
                    """, logger: logger).drain()
                return transition
            }
        }
    }

    public func linkReports(all: Bool) async throws -> [LinkReport] {
        let filter = all ? "" : "WHERE status = 'open'"
        let query = PostgresQuery(unsafeSQL: """
            SELECT entry_id, url, status, failures, problem, failing_since, checked_at, opened_at, closed_at
            FROM link_report \(filter) ORDER BY entry_id, url
            """)
        return try await read(query) { rows in
            var reports: [LinkReport] = []
            for try await (entryID, url, status, failures, problem, failingSince, checkedAt, openedAt, closedAt)
                in rows.decode((String, String, String, Int, String?, Date?, Date, Date?, Date?).self) {
                var report = LinkReport(entryID: entryID, url: url, status: LinkReport.Status(rawValue: status) ?? .ok, failures: failures, checkedAt: checkedAt)
                report.problem = problem
                report.failingSince = failingSince
                report.openedAt = openedAt
                report.closedAt = closedAt
                reports.append(report)
            }
            return reports
        }
    }

    // MARK: Plumbing

    /// Runs `work` within `callTimeout`; past it this throws at once and the work is cancelled
    /// (without waiting for it: a dead connection may take long to notice).
    func within<T: Sendable>(timeout: Duration? = nil, _ work: @escaping @Sendable () async throws -> T) async throws -> T {
        let timeout = timeout ?? callTimeout
        let waiting = Locked<CheckedContinuation<T, any Error>?>(nil)
        let take: @Sendable () -> CheckedContinuation<T, any Error>? = {
            waiting.withLock { continuation in
                defer { continuation = nil }
                return continuation
            }
        }
        return try await withCheckedThrowingContinuation { continuation in
            waiting.withLock { $0 = continuation }
            let worker = Task {
                do {
                    let value = try await work()
                    take()?.resume(returning: value)
                } catch {
                    take()?.resume(throwing: error)
                }
            }
            Task {
                try? await Task.sleep(for: timeout)
                if let late = take() {
                    worker.cancel()
                    late.resume(throwing: DatabaseTimeout(after: timeout))
                }
            }
        }
    }

    /// Runs one statement and hands its rows to `consume`, within the deadline; every failure
    /// becomes `FeedbackStoreError` naming the database.
    func read<T: Sendable>(
        _ query: PostgresQuery, timeout: Duration? = nil, _ consume: @escaping @Sendable (PostgresRowSequence) async throws -> T
    ) async throws -> T {
        do {
            let logger = logger
            return try await within(timeout: timeout) { [client] in
                try await client.withConnection { connection in
                    try await consume(try await connection.query(query, logger: logger))
                }
            }
        } catch {
            throw FeedbackStoreError.cannotSave(path: location, Self.failure(error))
        }
    }

    /// How many rows an `UPDATE … RETURNING id` touched.
    func changed(_ query: PostgresQuery) async throws -> Int {
        try await read(query) { rows in
            var count = 0
            for try await _ in rows { count += 1 }
            return count
        }
    }

    func counts(_ query: PostgresQuery, timeout: Duration? = nil) async throws -> [String: Int] {
        try await read(query, timeout: timeout) { rows in
            var counts: [String: Int] = [:]
            for try await (entryID, count) in rows.decode((String, Int).self) { counts[entryID] = count }
            return counts
        }
    }

    func reports(_ query: PostgresQuery) async throws -> [Report] {
        try await read(query) { rows in
            var reports: [Report] = []
            for try await (id, entryID, reason, text, contact, createdAt, status, closedAt, channel, sender, confirmedAt)
                in rows.decode((Int64, String, String, String?, String?, Date, String, Date?, String, String?, Date?).self) {
                guard let reason = ReportReason(rawValue: reason), let status = Report.Status(rawValue: status),
                    let channel = Report.Channel(rawValue: channel)
                else { throw FeedbackStoreError.cannotOpen(path: "report \(id)", .other("onbekende waarde in de database")) }
                reports.append(Report(
                    id: id, entryID: entryID, reason: reason, text: text, contact: contact, createdAt: createdAt,
                    status: status, closedAt: closedAt, channel: channel, sender: sender, confirmedAt: confirmedAt))
            }
            return reports
        }
    }

    static func binds<Value: PostgresNonThrowingEncodable>(_ value: Value) -> PostgresBindings {
        var binds = PostgresBindings()
        binds.append(value)
        return binds
    }

    /// Why the database failed, in words a maintainer can act on; never the password.
    static func failure(_ error: any Error) -> FeedbackStoreError.Cause {
        switch error {
        case let error as FeedbackStoreError: return error.cause
        case let error as DatabaseTimeout: return .other(error.description)
        case let error as PostgresTransactionError:
            guard let inner = error.closureError ?? error.beginError ?? error.commitError ?? error.rollbackError else {
                return .other("de transactie mislukte")
            }
            return failure(inner)
        case let error as PSQLError:
            switch error.code {
            case .connectionError, .serverClosedConnection, .clientClosedConnection, .uncleanShutdown:
                return .other("de database is niet bereikbaar (\(error.underlying.map { "\($0)" } ?? "\(error.code)"))")
            case .server:
                return .other("de database weigert: \(error.serverInfo?[.message] ?? "onbekende fout")")
            default:
                return .other("PostgreSQL: \(error.code)")
            }
        default:
            return .other(String(describing: error))
        }
    }
}

/// A call to the database took longer than the store's deadline.
struct DatabaseTimeout: Error, CustomStringConvertible {
    let after: Duration
    var description: String { "de database antwoordt niet binnen \(after.components.seconds) s" }
}

extension PostgresRowSequence {
    /// Reads every row, so the connection is free for the next statement.
    func drain() async throws {
        for try await _ in self {}
    }

    /// The first column of the only row, if any.
    func single<T: PostgresDecodable & Sendable>(_ type: T.Type) async throws -> T? {
        var value: T?
        for try await (column) in decode(T.self) { value = column }
        return value
    }
}

/// A database URL taken apart into PostgresNIO's settings, and its printable form without the
/// password.
struct DatabaseAddress {
    var configuration: PostgresClient.Configuration
    var location: String

    init(_ url: String) throws(FeedbackStoreError) {
        guard let parts = URLComponents(string: url), parts.scheme == "postgres" || parts.scheme == "postgresql",
            let host = parts.host, !host.isEmpty
        else {
            throw .cannotOpen(path: "de database-URL", .other("geef een URL als postgresql://gebruiker:wachtwoord@host:5432/database"))
        }
        let database = parts.path.hasPrefix("/") ? String(parts.path.dropFirst()) : parts.path
        let sslmode = parts.queryItems?.first { $0.name == "sslmode" }?.value ?? "prefer"
        let tls: PostgresClient.Configuration.TLS
        switch sslmode {
        case "disable": tls = .disable
        case "prefer", "allow": tls = .prefer(.makeClientConfiguration())
        case "require", "verify-ca", "verify-full": tls = .require(.makeClientConfiguration())
        default: throw .cannotOpen(path: "de database-URL", .other("sslmode=\(sslmode) ken ik niet; gebruik disable, prefer of require"))
        }
        let port = parts.port ?? 5432
        configuration = PostgresClient.Configuration(
            host: host, port: port, username: parts.user ?? "postgres", password: parts.password,
            database: database.isEmpty ? nil : database, tls: tls)
        location = "postgresql://\(host):\(port)/\(database)"
    }
}

/// `HealthAnswer` for an async check: one database round trip a second at most.
final class AsyncHealthAnswer: Sendable {
    private let last = Locked<(answer: Bool, at: ContinuousClock.Instant)?>(nil)
    let maximumAge: Duration = .seconds(1)

    func answer(_ work: @Sendable () async -> Bool) async -> Bool {
        if let known = last.withLock({ $0 }), ContinuousClock.now - known.at < maximumAge { return known.answer }
        let answer = await work()
        last.withLock { $0 = (answer, .now) }
        return answer
    }
}
