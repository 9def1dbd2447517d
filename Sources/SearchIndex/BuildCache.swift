import DutchText
import Foundation
import GRDB

/// What a build works out for one record from its content alone: the summary residents see, the
/// record's JSON and its analysed text. The same content gives the same work, so a build keeps
/// it (`BuildCache`) and the next build redoes only the records that changed.
public struct RecordWork: Sendable, Equatable {
    public var summary: RecordSummary
    /// The record as the index stores it (`entry.record`: its JSON, generated summary
    /// included, deflated by `RecordCodec`).
    public var record: Data
    /// The analysed tokens of each full-text column, space-separated, in `Schema.textColumns`
    /// order: what `entry_text` gets.
    public var text: [String]
    /// The record's distinct words, for the `word` table.
    public var words: [String]

    public init(summary: RecordSummary, record: Data, text: [String], words: [String]) {
        self.summary = summary
        self.record = record
        self.text = text
        self.words = words
    }
}

/// The work of the last build, per record content, in a SQLite file beside the index
/// (`kaart.sqlite.cache`). A record's key is a hash of everything its work depends on (its
/// fields and merged names, `IndexBuild`); the file as a whole belongs to one `fingerprint` (the
/// reference data and the `kaart` that wrote it), and a file with another fingerprint is emptied,
/// so new stemming or a new word list never meets old tokens. Only the records of the last
/// build are kept, so the file does not grow with every change. The cache is never needed: a
/// missing, damaged or locked one is built again, and the index is the same either way.
public final class BuildCache: @unchecked Sendable {
    public static let fileSuffix = ".cache"
    private let queue: DatabaseQueue
    private static let version = "2"

    /// The cache file of the index at `index`.
    public static func url(forIndex index: URL) -> URL {
        index.deletingLastPathComponent().appendingPathComponent(index.lastPathComponent + fileSuffix)
    }

    /// Opens (or creates) the cache at `path`; empties it if it was written for another fingerprint.
    public init(path: String, fingerprint: String) throws {
        var configuration = Configuration()
        configuration.journalMode = .default
        // Another build (a correction while `kaart serve --sync` runs) may be writing it.
        configuration.busyMode = .timeout(10)
        queue = try DatabaseQueue(path: path, configuration: configuration)
        let stamp = Self.version + ":" + fingerprint
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL) WITHOUT ROWID")
            let found = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'fingerprint'")
            if found != stamp {
                // Another version may have kept other columns: the table is made anew.
                try db.execute(sql: "DROP TABLE IF EXISTS work")
                try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES ('fingerprint', ?)", arguments: [stamp])
            }
            try db.execute(sql: """
                CREATE TABLE IF NOT EXISTS work (
                    key BLOB PRIMARY KEY NOT NULL,
                    summary TEXT NOT NULL,
                    origin TEXT NOT NULL,
                    verdict TEXT NOT NULL,
                    flesch_douma REAL,
                    mean_sentence_length REAL NOT NULL,
                    longest_sentence INTEGER NOT NULL,
                    word_count INTEGER NOT NULL,
                    sentence_count INTEGER NOT NULL,
                    rare_word_count INTEGER NOT NULL,
                    jargon_count INTEGER NOT NULL,
                    stigmatising_count INTEGER NOT NULL,
                    passive_sentence_count INTEGER NOT NULL,
                    nominal_word_count INTEGER NOT NULL,
                    record BLOB NOT NULL,
                    name_tokens TEXT NOT NULL,
                    tags_tokens TEXT NOT NULL,
                    summary_tokens TEXT NOT NULL,
                    body_tokens TEXT NOT NULL,
                    words TEXT NOT NULL
                );
                """)
        }
    }

    /// Opens the cache beside `index`, or nil when it cannot be used (the build then works
    /// everything out, as without a cache).
    public static func open(forIndex index: URL, fingerprint: String) -> BuildCache? {
        let path = url(forIndex: index).path
        // The first build of an index makes its folder.
        try? FileManager.default.createDirectory(at: index.deletingLastPathComponent(), withIntermediateDirectories: true)
        do {
            return try BuildCache(path: path, fingerprint: fingerprint)
        } catch let error as DatabaseError where [.SQLITE_NOTADB, .SQLITE_CORRUPT].contains(error.resultCode) {
            // A damaged file: start again.
            for suffix in ["", "-journal"] { try? FileManager.default.removeItem(atPath: path + suffix) }
            return try? BuildCache(path: path, fingerprint: fingerprint)
        } catch {
            // Busy with another build for longer than the timeout, or a folder not writable.
            return nil
        }
    }

    /// The kept work for each key, nil where there is none. One pass over the table in its own
    /// order: the cache holds the last build's records, so nearly every row is wanted, and a
    /// point lookup per record (a random key, then its row) took 100 µs each at 50,000 records.
    public func work(for keys: [Data]) throws -> [RecordWork?] {
        var positions: [Data: [Int]] = [:]
        positions.reserveCapacity(keys.count)
        for (position, key) in keys.enumerated() { positions[key, default: []].append(position) }
        var found = [RecordWork?](repeating: nil, count: keys.count)
        try queue.read { db in
            let rows = try Row.fetchCursor(db, sql: "SELECT \(Self.columns) FROM work")
            while let row = try rows.next() {
                // The key first: a row nobody asked for is not decoded.
                guard let wanted = positions[row[0] as Data], let work = Self.work(row) else { continue }
                for position in wanted { found[position] = work }
            }
        }
        return found
    }

    /// The columns `work(_:)` reads, by position.
    private static let columns = """
        key, summary, origin, verdict, flesch_douma, mean_sentence_length, longest_sentence, word_count, sentence_count,
        rare_word_count, jargon_count, stigmatising_count, passive_sentence_count, nominal_word_count, record,
        name_tokens, tags_tokens, summary_tokens, body_tokens, words
        """

    private static func work(_ row: Row) -> RecordWork? {
        guard let origin = RecordSummary.Origin(rawValue: row[2]),
            let verdict = B1Verdict(rawValue: row[3])
        else { return nil }
        let figures = ReadabilityFigures(
            wordCount: row[7], sentenceCount: row[8], meanSentenceLength: row[5], longestSentence: row[6],
            fleschDouma: row[4], rareWordCount: row[9], jargonCount: row[10], stigmatisingCount: row[11],
            passiveSentenceCount: row[12], nominalWordCount: row[13], verdict: verdict)
        let words: String = row[19]
        return RecordWork(
            summary: RecordSummary(text: row[1], origin: origin, figures: figures), record: row[14],
            text: [row[15], row[16], row[17], row[18]],
            words: words.isEmpty ? [] : words.split(separator: " ").map(String.init))
    }

    /// Keeps the work of a build's new records.
    public func add(_ added: [(key: Data, work: RecordWork)]) throws {
        guard !added.isEmpty else { return }
        try queue.write { db in
            let insert = try BulkInsert(db, """
                INSERT OR REPLACE INTO work VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            for (key, work) in added {
                let s = work.summary
                let f = s.figures
                try insert.run { row in
                    row.blob(key); row.text(s.text); row.text(s.origin.rawValue); row.text(f.verdict.rawValue)
                    row.double(f.fleschDouma); row.double(f.meanSentenceLength); row.int(f.longestSentence)
                    row.int(f.wordCount); row.int(f.sentenceCount); row.int(f.rareWordCount); row.int(f.jargonCount)
                    row.int(f.stigmatisingCount); row.int(f.passiveSentenceCount); row.int(f.nominalWordCount)
                    row.blob(work.record); row.text(work.text[0]); row.text(work.text[1]); row.text(work.text[2])
                    row.text(work.text[3]); row.text(work.words.joined(separator: " "))
                }
            }
        }
    }

    /// Forgets the work of every record not in `kept` (the keys of the build just written), so
    /// the cache holds the records of the last build and does not grow with every change.
    public func forget(allBut kept: Set<Data>) throws {
        try queue.write { db in
            let stale = try Data.fetchAll(db, sql: "SELECT key FROM work").filter { !kept.contains($0) }
            let delete = try db.makeStatement(sql: "DELETE FROM work WHERE key = ?")
            for key in stale { try delete.execute(arguments: [key]) }
        }
    }

    /// How many records' work the cache holds.
    public func count() throws -> Int {
        try queue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM work") ?? 0 }
    }

    public func close() throws { try queue.close() }
}
