import Foundation
import GRDB
import KaartModel

/// One report about an entry, as stored.
public struct Report: Codable, Hashable, Sendable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "report"

    public enum Status: String, Codable, Sendable { case open, closed }

    /// Where a report came from; maintainers weigh a wegwijzer's report differently.
    /// Where a report came from; `provider` is the organisation itself, through its "klopt dit
    /// nog?" link (its word about its own entry counts as confirmed).
    public enum Channel: String, Codable, Sendable, CaseIterable { case terminal, web, api, provider }

    public var id: Int64?
    public var entryID: String
    public var reason: ReportReason
    public var text: String?
    /// Deleted when the report is closed: kept only as long as a maintainer may need to ask.
    public var contact: String?
    public var createdAt: Date
    public var status: Status
    public var closedAt: Date?
    public var channel: Channel
    /// Who sent it, as the salted hash the server's rate limiter keeps (never an address; the
    /// salt lives in memory only). Nil from the terminal.
    public var sender: String?
    /// When a maintainer confirmed it; a report from the terminal is confirmed as it is made.
    public var confirmedAt: Date?

    enum CodingKeys: String, CodingKey {
        case id, reason, text, contact, status, channel, sender
        case entryID = "entry_id"
        case createdAt = "created_at"
        case closedAt = "closed_at"
        case confirmedAt = "confirmed_at"
    }

    public static var databaseDateEncodingStrategy: DatabaseDateEncodingStrategy { .iso8601 }
    public static var databaseDateDecodingStrategy: DatabaseDateDecodingStrategy { .iso8601 }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// The feedback file: reports from the terminal, the web form and the API. Its own SQLite file,
/// so re-indexing never touches it; WAL with `synchronous=FULL`, so a report acknowledged to its
/// sender is on disk before the acknowledgement goes out.
public struct FeedbackStore: Sendable {
    /// The open file, or the way to open it once it can be (a read-only `var/` at start).
    let connection: FeedbackConnection
    let now: @Sendable () -> Date
    /// Ceilings that keep the review queue usable whatever arrives.
    public var limits = ReportLimits()
    /// Where the file is, for error messages.
    public let location: String
    /// The open-report counts every search asks for, kept for a moment (`openCountsMaximumAge`).
    private let openCounts = OpenCountsCache()
    /// How long counts read from the file are used before they are read again: reports written
    /// by this store show at once; those written by another process (`kaart meld`) within this.
    public static let openCountsMaximumAge: Duration = .seconds(1)

    /// Opens (or creates) the feedback file at `path` and brings its schema up to date.
    public init(path: String, now: @escaping @Sendable () -> Date) throws(FeedbackStoreError) {
        let writer = try Self.open(path: path)
        try self.init(writer: writer, location: path, now: now)
    }

    /// A store on any GRDB writer: tests pass an in-memory `DatabaseQueue` with the real schema.
    public init(writer: any DatabaseWriter, location: String = ":memory:", now: @escaping @Sendable () -> Date) throws(FeedbackStoreError) {
        try Self.migrate(writer, location: location)
        self.connection = FeedbackConnection(writer: writer)
        self.now = now
        self.location = location
    }

    /// A store that opens the file at `path` when it can: at once if possible, else on each
    /// later use (at most every few seconds). `kaart serve` starts with it on a read-only `var/`,
    /// since searching needs no writes; reports are then refused with a clear 503 until the
    /// file can be written, and `/healthz` says "degraded".
    public static func openingWhenPossible(path: String, now: @escaping @Sendable () -> Date) -> FeedbackStore {
        FeedbackStore(connection: FeedbackConnection(path: path) { () throws(FeedbackStoreError) in
            let writer = try open(path: path)
            try migrate(writer, location: path)
            return writer
        }, location: path, now: now)
    }

    private init(connection: FeedbackConnection, location: String, now: @escaping @Sendable () -> Date) {
        self.connection = connection
        self.location = location
        self.now = now
    }

    /// The file as a pool with `synchronous=FULL` on the writer: GRDB's pool sets NORMAL when
    /// it switches to WAL, after `prepareDatabase`, so FULL is set again on the writer itself.
    /// With FULL, a commit in WAL mode is fsynced before it returns.
    static func open(path: String) throws(FeedbackStoreError) -> DatabasePool {
        var configuration = Configuration()
        configuration.busyMode = .timeout(5)
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = FULL")
        }
        do {
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let pool = try DatabasePool(path: path, configuration: configuration)
            try pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA synchronous = FULL") }
            return pool
        } catch {
            throw .cannotOpen(path: path, Self.failure(error))
        }
    }

    static func migrate(_ writer: any DatabaseWriter, location: String) throws(FeedbackStoreError) {
        do {
            // Only take the write lock when there is something to migrate.
            if try !writer.read({ try Self.migrator.hasCompletedMigrations($0) }) {
                try Self.migrator.migrate(writer)
            }
        } catch {
            throw .cannotOpen(path: location, Self.failure(error))
        }
    }

    /// The writer, or why there is none.
    var writer: any DatabaseWriter {
        get throws(FeedbackStoreError) { try connection.writer() }
    }

    /// `PRAGMA synchronous` as the writer connection has it now (2 is FULL), for tests and checks.
    public func writerSynchronousSetting() throws -> Int {
        try writer.writeWithoutTransaction { db in try Int.fetchOne(db, sql: "PRAGMA synchronous") ?? -1 }
    }

    /// Moves the write-ahead log into the database file and empties it, so the file's size is
    /// the store's size (the benchmark measures it).
    public func checkpoint() throws {
        try writer.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
    }

    /// The schema's history. Migrations are frozen once merged: change the schema by adding one.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("2026-11 reports") { db in
            let reasons = ReportReason.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
            // Frozen: the channels of November 2026; later ones come with their own migration.
            let channels = "'terminal', 'web', 'api'"
            try db.execute(sql: """
                CREATE TABLE report (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    entry_id TEXT NOT NULL CHECK (length(entry_id) BETWEEN 1 AND \(ReportDraft.maximumEntryIDLength)),
                    reason TEXT NOT NULL CHECK (reason IN (\(reasons))),
                    text TEXT CHECK (text IS NULL OR length(text) BETWEEN 1 AND \(ReportDraft.maximumTextLength)),
                    contact TEXT CHECK (contact IS NULL OR length(contact) BETWEEN 1 AND \(ReportDraft.maximumContactLength)),
                    created_at TEXT NOT NULL,
                    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
                    closed_at TEXT,
                    channel TEXT NOT NULL CHECK (channel IN (\(channels))),
                    CHECK ((status = 'closed') = (closed_at IS NOT NULL)),
                    CHECK (status = 'open' OR contact IS NULL)
                );
                CREATE INDEX report_by_entry ON report(entry_id, status);
                """)
        }
        migrator.registerMigration("2026-12 senders, confirmation and health") { db in
            try db.execute(sql: """
                ALTER TABLE report ADD COLUMN sender TEXT CHECK (sender IS NULL OR length(sender) BETWEEN 1 AND 64);
                ALTER TABLE report ADD COLUMN confirmed_at TEXT;
                CREATE TABLE health_check (
                    id INTEGER PRIMARY KEY CHECK (id = 1),
                    checked_at TEXT NOT NULL
                );
                """)
        }
        migrator.registerMigration("2026-12 reports from providers") { db in
            // SQLite cannot widen a CHECK in place: copy the table into one that allows the
            // provider channel, keeping every row and its id.
            let reasons = ReportReason.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
            try db.execute(sql: """
                CREATE TABLE report_new (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    entry_id TEXT NOT NULL CHECK (length(entry_id) BETWEEN 1 AND \(ReportDraft.maximumEntryIDLength)),
                    reason TEXT NOT NULL CHECK (reason IN (\(reasons))),
                    text TEXT CHECK (text IS NULL OR length(text) BETWEEN 1 AND \(ReportDraft.maximumTextLength)),
                    contact TEXT CHECK (contact IS NULL OR length(contact) BETWEEN 1 AND \(ReportDraft.maximumContactLength)),
                    created_at TEXT NOT NULL,
                    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
                    closed_at TEXT,
                    channel TEXT NOT NULL CHECK (channel IN ('terminal', 'web', 'api', 'provider')),
                    sender TEXT CHECK (sender IS NULL OR length(sender) BETWEEN 1 AND 64),
                    confirmed_at TEXT,
                    CHECK ((status = 'closed') = (closed_at IS NOT NULL)),
                    CHECK (status = 'open' OR contact IS NULL)
                );
                INSERT INTO report_new (id, entry_id, reason, text, contact, created_at, status, closed_at, channel, sender, confirmed_at)
                    SELECT id, entry_id, reason, text, contact, created_at, status, closed_at, channel, sender, confirmed_at FROM report;
                DROP TABLE report;
                ALTER TABLE report_new RENAME TO report;
                CREATE INDEX report_by_entry ON report(entry_id, status);
                """)
        }
        registerLinkReports(&migrator)
        registerUsage(&migrator)
        registerSuggestions(&migrator)
        registerCompactUsage(&migrator)
        registerOutcomes(&migrator)
        return migrator
    }

    /// Stores a checked report and returns it with its number. When this returns, the report is
    /// committed to disk; when it throws, nothing was stored and the sender must be told.
    public func submit(
        _ draft: ReportDraft, channel: Report.Channel, sender: String? = nil, isKnownEntry: (String) throws -> Bool
    ) throws -> Report {
        try receive(draft, channel: channel, sender: sender, isKnownEntry: isKnownEntry).report
    }

    /// What happened to a report: stored as it is now, what was left out of its text, and
    /// whether its text speaks of a crisis (answer with the crisis routes first).
    public struct Receipt: Sendable {
        public var report: Report
        public var removed: Set<PersonalData.Kind>
        public var speaksOfCrisis: Bool
    }

    /// Takes in a report: personal data is left out of its text, it is stored if the record and
    /// the whole queue are under their ceilings (`ReportLimits`), and the receipt says what the
    /// sender must hear. A report from the terminal is confirmed at once: whoever can run
    /// `kaart` on the server can edit the corpus too.
    public func receive(
        _ draft: ReportDraft, channel: Report.Channel, sender: String? = nil, isKnownEntry: (String) throws -> Bool
    ) throws -> Receipt {
        var incoming = try IncomingReport(
            draft, channel: channel, sender: sender, createdAt: now(), limits: limits, isKnownEntry: isKnownEntry)
        let limits = incoming.limits
        do {
            try writer.write { db in
                let open = try Int.fetchOne(db, sql: "SELECT count(*) FROM report WHERE status = 'open'") ?? 0
                guard open < limits.openReports else { throw ReportLimitReached.queueFull }
                let aboutEntry = try Int.fetchOne(db, sql: "SELECT count(*) FROM report WHERE status = 'open' AND entry_id = ?", arguments: [draft.entryID]) ?? 0
                guard aboutEntry < limits.openReportsPerEntry else { throw ReportLimitReached.entryFull }
                try incoming.report.insert(db)
            }
            openCounts.invalidate()
        } catch let limit as ReportLimitReached {
            throw limit
        } catch let error as FeedbackStoreError {
            throw FeedbackStoreError.cannotSave(path: location, error.cause)
        } catch {
            throw FeedbackStoreError.cannotSave(path: location, Self.failure(error))
        }
        return incoming.receipt
    }

    /// A maintainer's confirmation: the report now counts in public (`markedReportCounts`).
    @discardableResult
    public func confirm(_ id: Int64) throws -> Bool {
        let confirmedAt = ISO8601DateFormatter().string(from: now())
        defer { openCounts.invalidate() }
        return try writer.write { db in
            try db.execute(
                sql: "UPDATE report SET confirmed_at = ? WHERE id = ? AND status = 'open' AND confirmed_at IS NULL",
                arguments: [confirmedAt, id])
            return db.changesCount > 0
        }
    }

    /// Closes a report and deletes the contact details it carried.
    @discardableResult
    public func close(_ id: Int64) throws -> Bool {
        let closedAt = now()
        defer { openCounts.invalidate() }
        return try writer.write { db in
            guard var report = try Report.fetchOne(db, key: id), report.status == .open else { return false }
            report.status = .closed
            report.closedAt = closedAt
            report.contact = nil
            try report.update(db)
            return true
        }
    }

    /// Closes every open report about `entryID` (a correction answered them) and deletes their
    /// contact details. Returns how many were closed.
    @discardableResult
    public func closeAll(entryID: String) throws -> Int {
        let closedAt = now()
        defer { openCounts.invalidate() }
        return try writer.write { db in
            try db.execute(
                sql: "UPDATE report SET status = 'closed', closed_at = ?, contact = NULL WHERE entry_id = ? AND status = 'open'",
                arguments: [ISO8601DateFormatter().string(from: closedAt), entryID])
            return db.changesCount
        }
    }

    /// Record ids with open reports, and how many each has, whoever sent them: the maintainers'
    /// view (`kaart review`).
    public func openReportCounts() throws -> [String: Int] {
        try writer.read { db in
            var counts: [String: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT entry_id, count(*) FROM report WHERE status = 'open' GROUP BY entry_id") {
                counts[row[0]] = row[1]
            }
            return counts
        }
    }

    /// Record ids whose open reports count in public, and how many: what marks a record
    /// "mogelijk verouderd" in every output and ranks it lower. One anonymous report must not
    /// brand a record, so it takes reports from two different senders or a maintainer's
    /// confirmation; until then the reports wait in `kaart review`.
    /// Every search asks, so the counts are kept for `openCountsMaximumAge`.
    public func markedReportCounts() throws -> [String: Int] {
        let (cached, generation) = openCounts.fresh(maximumAge: Self.openCountsMaximumAge)
        if let cached { return cached }
        let counts = try writer.read { db in
            var counts: [String: Int] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT entry_id, count(*) FROM report WHERE status = 'open' GROUP BY entry_id
                HAVING count(DISTINCT sender) >= 2 OR count(confirmed_at) > 0
                """) {
                counts[row[0]] = row[1]
            }
            return counts
        }
        openCounts.store(counts, readSince: generation)
        return counts
    }

    /// Deletes the contact details of reports older than `days`, open ones included: a sender's
    /// address is kept only as long as a maintainer may reasonably need to ask a question.
    @discardableResult
    public func deleteContacts(olderThanDays days: Int) throws -> Int {
        let cutoff = now().addingTimeInterval(-Double(days) * 86_400)
        return try writer.write { db in
            let before = ISO8601DateFormatter().string(from: cutoff)
            try db.execute(sql: "UPDATE report SET contact = NULL WHERE contact IS NOT NULL AND created_at < ?", arguments: [before])
            let reports = db.changesCount
            try db.execute(sql: "UPDATE suggestion SET contact = NULL WHERE contact IS NOT NULL AND created_at < ?", arguments: [before])
            return reports + db.changesCount
        }
    }

    /// Reports, oldest first, optionally only those with `status`.
    public func reports(status: Report.Status? = nil) throws -> [Report] {
        try writer.read { db in
            var request = Report.order(Column("id"))
            if let status { request = request.filter(Column("status") == status.rawValue) }
            return try request.fetchAll(db)
        }
    }

    public func report(id: Int64) throws -> Report? {
        try writer.read { db in try Report.fetchOne(db, key: id) }
    }

    /// True when a report could be stored now: the file is where it was opened, and a small
    /// write commits (to disk, like a report). Checked at most once a second, for `/healthz`.
    public func canWrite() -> Bool {
        connection.health.answer {
            guard location == ":memory:" || FileManager.default.fileExists(atPath: location) else { return false }
            let checkedAt = ISO8601DateFormatter().string(from: now())
            return (try? writer.write { db in
                try db.execute(
                    sql: "INSERT INTO health_check (id, checked_at) VALUES (1, ?) ON CONFLICT(id) DO UPDATE SET checked_at = excluded.checked_at",
                    arguments: [checkedAt])
            }) != nil
        }
    }

    static func failure(_ error: any Error) -> FeedbackStoreError.Cause {
        guard let error = error as? DatabaseError else { return .other(String(describing: error)) }
        switch error.resultCode {
        case .SQLITE_FULL: return .diskFull
        case .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_AUTH: return .readOnly
        case .SQLITE_BUSY, .SQLITE_LOCKED: return .busy
        case .SQLITE_CANTOPEN: return .cannotOpenFile
        default: return .other(error.message ?? "SQLite error \(error.resultCode.rawValue)")
        }
    }
}

/// The feedback file could not be opened or written: nothing was stored, and the sender is
/// told so, never left believing the report arrived.
public enum FeedbackStoreError: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Cause: Hashable, Sendable {
        case diskFull, readOnly, busy, cannotOpenFile
        case other(String)

        var explanation: String {
            switch self {
            case .diskFull: "de schijf is vol"
            case .readOnly: "het bestand of de map is alleen-lezen"
            case .busy: "het bestand is te lang bezet door een ander proces"
            case .cannotOpenFile: "het bestand kan niet geopend of gemaakt worden"
            case .other(let message): message
            }
        }
    }

    case cannotOpen(path: String, Cause)
    case cannotSave(path: String, Cause)

    public var cause: Cause {
        switch self {
        case .cannotOpen(_, let cause), .cannotSave(_, let cause): cause
        }
    }

    public var description: String {
        switch self {
        case .cannotOpen(let path, let cause):
            "\(path.hasPrefix("postgresql://") ? "de meldingendatabase" : "het meldingenbestand") \(path) kan niet geopend worden: \(cause.explanation). Niets is opgeslagen."
        case .cannotSave(let path, let cause):
            "de melding is NIET opgeslagen in \(path): \(cause.explanation). Probeer het opnieuw als dat is opgelost."
        }
    }
}

/// The last open-report counts read and when (on a monotonic clock, not the store's `now`, which
/// tests fix).
final class OpenCountsCache: Sendable {
    private struct State {
        var counts: [String: Int]?
        var readAt = ContinuousClock.now
        /// Bumped by every write of this store, so counts read while a write went in are not kept.
        var generation = 0
    }
    private let state = Locked(State())

    /// The kept counts if young enough, and the generation to hand to `store` after a read.
    func fresh(maximumAge: Duration) -> ([String: Int]?, Int) {
        state.withLock { s in
            guard let counts = s.counts, ContinuousClock.now - s.readAt < maximumAge else { return (nil, s.generation) }
            return (counts, s.generation)
        }
    }

    func store(_ counts: [String: Int], readSince generation: Int) {
        state.withLock { s in
            guard generation == s.generation else { return }
            s.counts = counts
            s.readAt = .now
        }
    }

    func invalidate() {
        state.withLock { s in
            s.counts = nil
            s.generation += 1
        }
    }
}
