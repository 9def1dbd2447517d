import Foundation
import KaartModel

/// What `kaart sync` keeps of one remote source in `var/sources/NAME/`: the snapshots as
/// fetched (`2026-11-24T101500Z.ndjson`, `.json` or `.csv`), the accepted state
/// (`state.json`) and the run log (`runs.ndjson`). `kaart index` reads the snapshot and state
/// the last accepted run named; nothing here is read from the network.
public struct SyncFolder: Sendable {
    public let url: URL

    public init(_ url: URL) { self.url = url }

    public var stateFile: URL { url.appendingPathComponent("state.json") }
    public var runLog: URL { url.appendingPathComponent("runs.ndjson") }
    public func file(_ name: String) -> URL { url.appendingPathComponent(name) }

    /// The accepted state, or nil before the first accepted run.
    public func state() throws -> SyncState? {
        guard let data = FileManager.default.contents(atPath: stateFile.path) else { return nil }
        do {
            return try SyncState.decoder.decode(SyncState.self, from: data)
        } catch {
            throw ImportError.unreadable(stateFile.path, "the sync state cannot be read (\(error)); move it away and run kaart sync again for a full run")
        }
    }

    /// Writes the state atomically: a reader sees the old state or the new one, never half.
    public func write(_ state: SyncState) throws {
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        try SyncState.encoder.encode(state).write(to: stateFile, options: .atomic)
    }

    /// Appends one run to the log (one JSON object per line).
    public func append(_ run: SyncRun) throws {
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        var line = try SyncState.encoder.encode(run)
        line.append(UInt8(ascii: "\n"))
        if let handle = FileHandle(forWritingAtPath: runLog.path) {
            defer { try? handle.close() }
            try handle.seekToEnd()
            try handle.write(contentsOf: line)
        } else {
            try line.write(to: runLog)
        }
    }

    /// The run log, oldest first; a line that cannot be read is skipped.
    public func runs() -> [SyncRun] {
        guard let data = FileManager.default.contents(atPath: runLog.path) else { return [] }
        return data.split(separator: UInt8(ascii: "\n")).compactMap { try? SyncState.decoder.decode(SyncRun.self, from: Data($0)) }
    }
}

/// The accepted state of one remote source after its last applied run.
public struct SyncState: Codable, Sendable {
    public var source: String
    /// The snapshot file (in the source's folder) the index reads.
    public var snapshot: String
    /// When that snapshot was fetched.
    public var fetchedAt: Date
    /// The last run that fetched everything (not only what changed), for `modified_after`.
    public var lastFullRun: Date?
    /// Applied runs so far.
    public var runs: Int
    /// Every record the source has or had, by our id.
    public var records: [String: RecordState]

    public init(source: String, snapshot: String, fetchedAt: Date, lastFullRun: Date?, runs: Int, records: [String: RecordState]) {
        self.source = source
        self.snapshot = snapshot
        self.fetchedAt = fetchedAt
        self.lastFullRun = lastFullRun
        self.runs = runs
        self.records = records
    }

    /// One record: a fingerprint of its fields, where it is in the snapshot, its dates, and,
    /// when the snapshot no longer holds it, the record as last seen.
    public struct RecordState: Codable, Sendable {
        /// The fields' fingerprint (`RecordFields.fingerprint`), to see a change without the old record.
        public var hash: String
        /// The snapshot line the record is on (ndjson), to read the old version back; 0 otherwise.
        public var line: Int
        /// The source's own date for it (its `assured_date`, else `last_modified`); nil when the
        /// source gives none.
        public var assured: Day?
        /// The run that added or last changed it.
        public var updated: Day
        /// Successful full runs in a row without it.
        public var missing: Int
        /// The first run without it.
        public var goneSince: Day?
        /// The record as last seen, while the snapshot no longer holds it.
        public var kept: Entry?

        public init(hash: String, line: Int, assured: Day?, updated: Day, missing: Int = 0, goneSince: Day? = nil, kept: Entry? = nil) {
            self.hash = hash
            self.line = line
            self.assured = assured
            self.updated = updated
            self.missing = missing
            self.goneSince = goneSince
            self.kept = kept
        }

        enum CodingKeys: String, CodingKey {
            case hash = "h", line = "l", assured = "a", updated = "u", missing = "m", goneSince = "g", kept = "k"
        }
    }

    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }()

    static let decoder: JSONDecoder = {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }()
}

/// One line of a source's run log: what was fetched, how long it took, how many records, what
/// changed, and what went wrong. No secrets and no personal data.
public struct SyncRun: Codable, Sendable {
    public enum Outcome: String, Codable, Sendable {
        /// Changes applied; the index was rebuilt.
        case applied
        /// Fetched and checked; nothing changed, nothing rebuilt.
        case unchanged
        /// Fetched and checked, but held back by a guard rail until `--accept`.
        case held
        /// Could not be fetched or read; the previous snapshot and index stay.
        case failed
        /// `--dry-run`: the difference was shown, nothing was kept.
        case dryRun = "dry-run"
    }

    public var source: String
    public var startedAt: Date
    public var seconds: Double
    public var outcome: Outcome
    /// `full`, `changes since …` (modified_after), or the file's address.
    public var fetched: String
    public var requests: Int
    public var bytes: Int
    /// Records the source gave this run (valid ones).
    public var records: Int
    public var added: Int
    public var changed: Int
    public var gone: Int
    public var retired: Int
    public var returned: Int
    public var errors: Int
    public var warnings: Int
    /// What went wrong or why the run was held back, with what to do; nil when all went well.
    public var message: String?

    public init(source: String, startedAt: Date, outcome: Outcome, fetched: String) {
        self.source = source
        self.startedAt = startedAt
        self.seconds = 0
        self.outcome = outcome
        self.fetched = fetched
        self.requests = 0
        self.bytes = 0
        self.records = 0
        self.added = 0
        self.changed = 0
        self.gone = 0
        self.retired = 0
        self.returned = 0
        self.errors = 0
        self.warnings = 0
    }
}
