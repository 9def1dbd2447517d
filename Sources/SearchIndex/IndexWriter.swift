import DutchText
import Foundation
import GRDB
import KaartModel

/// Everything an index is built from. The index holds all of it, so searching needs no other file.
public struct IndexContents: Sendable {
    public struct Record: Sendable {
        public var entry: Entry
        /// The file the record came from, relative to the repository (`Corpus/x.yaml`).
        public var sourceFile: String
        /// The summary residents see and its readability figures; nil stores none.
        public var summary: RecordSummary?
        /// Every source the record came from: one, or several when records were merged.
        public var origins: [Origin]
        /// Ids of records merged into this one: they still lead here (`kaart show OLD-ID`).
        public var aliases: [String]
        /// Names those merged records had, so searching for them still finds this one.
        public var alsoKnownAs: [String]
        /// A hash of everything the record's work depends on, under which a `BuildCache` keeps
        /// it; nil when the build keeps nothing.
        public var contentKey: Data?
        /// The record's work from an earlier build with the same `contentKey`, used instead of
        /// working it out again (the summary is already in `summary` and the entry).
        public var work: RecordWork?

        public init(
            entry: Entry, sourceFile: String, summary: RecordSummary? = nil, origins: [Origin]? = nil,
            aliases: [String] = [], alsoKnownAs: [String] = []
        ) {
            self.entry = entry
            self.sourceFile = sourceFile
            self.summary = summary
            self.origins = origins ?? [Origin(source: "corpus", file: sourceFile, recordID: entry.id)]
            self.aliases = aliases
            self.alsoKnownAs = alsoKnownAs
        }
    }

    /// Where a record came from: a source named in `Indexer/sources.yaml`, the file, and the
    /// record's id in that file (the HSDS or spreadsheet id; the file name for the corpus).
    public struct Origin: Codable, Hashable, Sendable {
        public var source: String
        public var file: String
        public var recordID: String
        public init(source: String, file: String, recordID: String) {
            self.source = source
            self.file = file
            self.recordID = recordID
        }
    }

    public var records: [Record]
    public var taxonomy: Taxonomy
    public var gazetteer: Gazetteer
    public var wordFrequencies: [String: Double]
    public var synonymGroups: [[String]]
    public var builtAt: Date
    /// The sources the index was built from, as `name (format): path`, for `meta`.
    public var sourceNames: [String] = []
    /// The regions the map covers, for "we do not cover that place yet".
    public var coverage: Coverage = .everywhere
    /// The concept lexicon a search reads its words with (`Indexer/concepts.yaml`).
    public var concepts: ConceptLexicon = .empty

    public init(
        records: [Record], taxonomy: Taxonomy, gazetteer: Gazetteer,
        wordFrequencies: [String: Double], synonymGroups: [[String]], builtAt: Date, coverage: Coverage = .everywhere
    ) {
        self.coverage = coverage
        self.records = records
        self.taxonomy = taxonomy
        self.gazetteer = gazetteer
        self.wordFrequencies = wordFrequencies
        self.synonymGroups = synonymGroups
        self.builtAt = builtAt
    }
}

/// Writes an index file. The index is built into a new file beside the target and renamed into
/// place, so a reader sees either the old index or the new one, never half of one, and a failed
/// build leaves the old index untouched.
public enum IndexWriter {
    /// Tokens found in at least this many records get precomputed postings; rarer ones are
    /// matched by FTS5 at search time, which is quick for a short list.
    public static let defaultPostingThreshold = 64

    /// Builds the index at `path`. `progress` is called after each record with (done, total).
    /// `postingThreshold` is the number of records from which a token's postings are precomputed.
    /// With a `cache`, the work of records with a `contentKey` and no `work` yet is kept there,
    /// and the cache forgets every record not in this build.
    public static func build(
        _ contents: IndexContents, at path: String, postingThreshold: Int = defaultPostingThreshold,
        cache: BuildCache? = nil, progress: (Int, Int) -> Void = { _, _ in }, stages: StageReport? = nil
    ) throws {
        let target = URL(fileURLWithPath: path)
        let directory = target.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let temporary = directory.appendingPathComponent(".\(target.lastPathComponent).building-\(ProcessInfo.processInfo.processIdentifier)")
        removeFiles(temporary.path)
        removeAbandonedBuilds(of: target)
        do {
            try write(
                contents, to: temporary.path, postingThreshold: postingThreshold, cache: cache, progress: progress,
                stages: StageClock(report: stages))
            // rename(2) replaces the old file atomically; open readers keep the old one.
            guard rename(temporary.path, target.path) == 0 else {
                throw IndexError.cannotReplace(path: path, reason: String(cString: strerror(errno)))
            }
        } catch {
            removeFiles(temporary.path)
            throw error
        }
    }

    /// Deletes the half-built files of builds whose process is gone (a killed `kaart index`), so
    /// they do not lie beside the index for good. A build still running is left alone.
    static func removeAbandonedBuilds(of target: URL) {
        let directory = target.deletingLastPathComponent()
        let prefix = ".\(target.lastPathComponent).building-"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return }
        for name in names where name.hasPrefix(prefix) {
            guard let pid = Int32(name.dropFirst(prefix.count).prefix { $0.isNumber }),
                pid != ProcessInfo.processInfo.processIdentifier, kill(pid, 0) != 0, errno == ESRCH
            else { continue }
            try? FileManager.default.removeItem(at: directory.appendingPathComponent(name))
        }
    }

    private static func removeFiles(_ path: String) {
        for suffix in ["", "-journal", "-wal", "-shm"] {
            try? FileManager.default.removeItem(atPath: path + suffix)
        }
    }

    /// Told each stage of a build as it ends, with its seconds (`kaart bench`).
    public typealias StageReport = (_ stage: String, _ seconds: Double) -> Void

    /// Times the stages of a build for `kaart bench` (nothing when nobody asked).
    public struct StageClock {
        var report: StageReport?
        var last = ContinuousClock.now

        public init(report: StageReport?) { self.report = report }

        public mutating func done(_ stage: String) {
            guard let report else { return }
            let now = ContinuousClock.now
            report(stage, Self.seconds(now - last))
            last = now
        }

        /// A part of the stage in progress, measured by the caller.
        public func part(_ stage: String, _ duration: Duration) {
            report?(stage, Self.seconds(duration))
        }

        static func seconds(_ duration: Duration) -> Double {
            Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        }
    }

    private static func write(
        _ contents: IndexContents, to path: String, postingThreshold: Int, cache: BuildCache?, progress: (Int, Int) -> Void,
        stages: StageClock
    ) throws {
        var stages = stages
        var configuration = Configuration()
        // Every row that points at an entry is written with the rowid its INSERT just returned,
        // in the same transaction (and the rowids are checked to run 1...n), so checking each
        // reference again costs a B-tree lookup per row and can find nothing: a second per
        // facet row at 100,000 records.
        configuration.foreignKeysEnabled = false
        configuration.journalMode = .default
        // The file is a temporary one, deleted when anything fails and synced to disk once, before
        // it is renamed into place, so it needs no syncing on the way; and a 64 MB page cache
        // (SQLite's default is 2 MB) keeps the B-trees being appended to in memory.
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = OFF; PRAGMA cache_size = -65536")
        }
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        let analyzer = Analyzer(
            lexicon: InMemoryLexicon(contents.wordFrequencies),
            synonyms: SynonymTable(groups: contents.synonymGroups))
        let codec = RecordCodec(taxonomy: contents.taxonomy)
        try queue.write { db in
            try Schema.create(db)
            try writeMeta(contents, codec: codec, db)
            try writeReferenceData(contents, db)
            stages.done("schema and reference data")
            try db.execute(sql: FullTextLoad.begin)
            let statements = try RecordStatements(db)
            let records = contents.records
            let total = records.count
            let batches = stride(from: 0, to: total, by: batchSize).map { $0..<min($0 + batchSize, total) }
            let collector = BuildCollector(taxonomy: contents.taxonomy, analyzer: analyzer, codec: codec)
            // While this thread writes batch k to SQLite, the others prepare batch k + 1.
            var done = 0
            var inserting = Duration.zero
            try pipelined(
                batches.count,
                produce: { step in try collector.prepare(records[batches[step]]) },
                consume: { step, prepared in
                    let started = ContinuousClock.now
                    defer { inserting += ContinuousClock.now - started }
                    var learned: [(key: Data, work: RecordWork)] = []
                    for (record, work) in zip(records[batches[step]], prepared) {
                        // The candidate table and the postings address records by rowid - 1.
                        let rowid = try statements.insert(record, work)
                        guard rowid == Int64(done + 1) else { throw IndexError.corrupt(what: "entry rowids out of order") }
                        done += 1
                        progress(done, total)
                        if cache != nil, record.work == nil, let key = record.contentKey, let summary = record.summary {
                            learned.append((key, RecordWork(summary: summary, record: work.record, text: work.text, words: work.words)))
                        }
                    }
                    // The cache is a help, never a condition: a build goes on without it.
                    try? cache?.add(learned)
                })
            stages.done("records: prepared on every core, written here")
            stages.part("of them, SQLite inserts on the writing thread", inserting)
            // The tables that come from all records together are finished on another core while
            // this one writes the facet rows.
            let finished = Concurrent { try collector.finish(minimumDocuments: max(1, postingThreshold)) }
            try collector.terms.forEachInKeyOrder { facet, code, rowid in try statements.insertTerm(facet, code, rowid) }
            stages.done("facet rows")
            let (data, postings, vocabulary) = try finished.wait()
            stages.done("waiting for postings and the candidate table")
            let insertWord = try db.makeStatement(sql: "INSERT INTO word(word, documents) VALUES (?, ?)")
            for (word, documents) in vocabulary {
                try insertWord.execute(arguments: [word, documents])
            }
            let insertData = try db.makeStatement(sql: "INSERT INTO search_data(key, value) VALUES (?, ?)")
            for (key, value) in data {
                try insertData.execute(arguments: [key, value])
            }
            let insertPosting = try db.makeStatement(
                sql: "INSERT INTO posting(token, document_count, postings) VALUES (?, ?, ?)")
            for (token, count, encoded) in postings {
                try insertPosting.execute(arguments: [token, count, encoded])
            }
            stages.done("words, search data and postings")
            try db.execute(sql: FullTextLoad.end)
            stages.done("FTS5 optimize")
        }
        stages.done("commit")
        // No VACUUM: the file is written once, in one transaction, so it has few free pages
        // (those the FTS5 merge left), and copying it all again took longer than the merge.
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "ANALYZE")
        }
        try queue.close()
        stages.done("ANALYZE")
        // Written without syncing (above), so on disk before it is renamed over the old index:
        // a power cut after the rename must find the whole new file, never half of it.
        try syncToDisk(path)
        stages.done("the file synced to disk")
        if let cache {
            try? cache.forget(allBut: Set(contents.records.compactMap(\.contentKey)))
            stages.done("cache: forgetting records no longer built")
        }
    }

    /// fsync(2) on the file at `path`.
    static func syncToDisk(_ path: String) throws {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw IndexError.cannotReplace(path: path, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else { throw IndexError.cannotReplace(path: path, reason: String(cString: strerror(errno))) }
    }

    /// FTS5 settings for loading every record in one go. FTS5 gathers tokens in a hash table
    /// and writes a segment each time it is full (1 MB by default), merging segments as it goes;
    /// with a large hash and no merging while loading, a build writes a few large segments and
    /// merges them once, in `optimize`. The defaults are put back for whoever opens the file
    /// for writing later.
    enum FullTextLoad {
        static let begin = """
            INSERT INTO entry_text(entry_text, rank) VALUES ('hashsize', \(64 << 20));
            INSERT INTO entry_text(entry_text, rank) VALUES ('automerge', 0);
            """
        static let end = """
            INSERT INTO entry_text(entry_text) VALUES ('optimize');
            INSERT INTO entry_text(entry_text, rank) VALUES ('hashsize', \(1 << 20));
            INSERT INTO entry_text(entry_text, rank) VALUES ('automerge', 4);
            """
    }

    private static func writeMeta(_ contents: IndexContents, codec: RecordCodec, _ db: Database) throws {
        let encoder = jsonEncoder()
        let taxonomy = String(decoding: try encoder.encode(contents.taxonomy), as: UTF8.self)
        let meta: [(String, String)] = [
            ("schema_version", String(Schema.version)),
            ("built_at", ISO8601DateFormatter().string(from: contents.builtAt)),
            ("record_count", String(contents.records.count)),
            ("taxonomy", taxonomy),
            ("sources", contents.sourceNames.joined(separator: "\n")),
            ("coverage", String(decoding: try encoder.encode(contents.coverage), as: UTF8.self)),
            ("concepts", String(decoding: try encoder.encode(contents.concepts), as: UTF8.self)),
            ("record_dictionary", String(decoding: codec.dictionary, as: UTF8.self)),
        ]
        for (key, value) in meta {
            try db.execute(sql: "INSERT INTO meta(key, value) VALUES (?, ?)", arguments: [key, value])
        }
    }

    private static func writeReferenceData(_ contents: IndexContents, _ db: Database) throws {
        let gazetteer = contents.gazetteer
        for area in gazetteer.postcodeAreas.values {
            try db.cachedStatement(sql: "INSERT INTO postcode_area VALUES (?, ?, ?, ?, ?)").execute(
                arguments: [area.digits, area.coordinate.latitude, area.coordinate.longitude, area.place, area.municipality])
        }
        for place in gazetteer.places {
            try db.cachedStatement(sql: "INSERT OR IGNORE INTO place VALUES (?, ?, ?, ?, ?)").execute(
                arguments: [place.name, place.municipality, place.province, place.coordinate.latitude, place.coordinate.longitude])
        }
        for m in gazetteer.municipalities.values {
            try db.cachedStatement(sql: "INSERT INTO municipality VALUES (?, ?, ?, ?, ?)").execute(
                arguments: [m.name, m.code, m.province, m.coordinate.latitude, m.coordinate.longitude])
        }
        let insertWord = try db.cachedStatement(sql: "INSERT OR IGNORE INTO lexicon VALUES (?, ?)")
        for (word, zipf) in contents.wordFrequencies {
            try insertWord.execute(arguments: [word, zipf])
        }
        for (group, words) in contents.synonymGroups.enumerated() {
            for (position, word) in words.enumerated() {
                try db.execute(sql: "INSERT INTO synonym VALUES (?, ?, ?)", arguments: [group, position, word])
            }
        }
    }

    /// The JSON the index stores, with sorted keys: `JSONEncoder` otherwise writes an object's
    /// keys in the order of a dictionary that is seeded anew each time, and the same records
    /// would give a different file on every build.
    static func jsonEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return encoder
    }

    /// Records prepared together on every core before they are written one by one.
    static let batchSize = 1_024

    /// What a record needs written that takes no database: its stored form and its analysed text.
    struct PreparedRecord: Sendable {
        /// The record's JSON, deflated (`RecordCodec`).
        var record = Data()
        var ages: (minimum: Int?, maximum: Int?) = (nil, nil)
        /// The analysed tokens of each full-text column, in `Schema.textColumns` order.
        var columns: [[String]] = []
        /// The same tokens as the full-text table's column values.
        var text: [String] = []
        /// The record's distinct words (folded, letters only, four or more), for the `word` table.
        var words: [String] = []
    }

    /// Encoding, deflating and Dutch analysis are most of a record's cost and need nothing
    /// shared, so a batch is prepared on all cores; the results are in input order, so the index
    /// is the same whatever the number of cores.
    static func prepare(
        _ batch: ArraySlice<IndexContents.Record>, taxonomy: Taxonomy, analyzer: Analyzer, codec: RecordCodec
    ) throws -> [PreparedRecord] {
        try Array(batch).orderedParallelMap { record in
            Result { () throws -> PreparedRecord in
                if let kept = record.work {
                    // The exact inverse of joining the columns' tokens with spaces.
                    let columns = kept.text.map { $0.isEmpty ? [] : $0.split(separator: " ", omittingEmptySubsequences: false).map(String.init) }
                    return PreparedRecord(
                        record: kept.record, ages: effectiveAges(record.entry, taxonomy), columns: columns, text: kept.text,
                        words: kept.words)
                }
                var text = IndexedText(record.entry, taxonomy: taxonomy)
                if !record.alsoKnownAs.isEmpty { text.name += ". " + record.alsoKnownAs.joined(separator: ". ") }
                var words: [String] = []
                let columns = [text.name, text.tags, text.summary, text.body].map { analyzer.indexTokens($0, words: &words) }
                return PreparedRecord(
                    record: try codec.compress(try jsonEncoder().encode(record.entry)),
                    ages: effectiveAges(record.entry, taxonomy),
                    columns: columns, text: columns.map { $0.joined(separator: " ") }, words: Vocabulary.distinct(words))
            }
        }.map { try $0.get() }
    }

    /// Ages from the record, or else from its target groups when every group has a bound
    /// (a record only for `jongeren` is for 12 to 18).
    static func effectiveAges(_ entry: Entry, _ taxonomy: Taxonomy) -> (minimum: Int?, maximum: Int?) {
        let groups = entry.targetGroups.compactMap { taxonomy.term(.targetGroups, code: $0) }
        var minimum = entry.minimumAge
        var maximum = entry.maximumAge
        if minimum == nil, !groups.isEmpty, groups.allSatisfy({ $0.minimumAge != nil }) {
            minimum = groups.compactMap(\.minimumAge).min()
        }
        if maximum == nil, !groups.isEmpty, groups.allSatisfy({ $0.maximumAge != nil }) {
            maximum = groups.compactMap(\.maximumAge).max()
        }
        return (minimum, maximum)
    }
}

/// The text of a record as the full-text columns see it.
struct IndexedText {
    var name: String
    var tags: String
    var summary: String
    var body: String

    init(_ entry: Entry, taxonomy: Taxonomy) {
        name = [entry.name, entry.alternateName, entry.organization?.name].compactMap { $0 }.joined(separator: ". ")
        var tags: [String] = []
        let facets: [(Taxonomy.Facet, [String])] = [
            (.domains, entry.domains), (.targetGroups, entry.targetGroups),
            (.supportTypes, entry.supportTypes), (.sectors, entry.sector.map { [$0] } ?? []),
        ]
        for (facet, codes) in facets {
            for code in codes {
                guard let term = taxonomy.term(facet, code: code) else { continue }
                tags += [term.dutch, term.english] + term.synonyms
            }
        }
        tags += [entry.municipality, entry.address?.city].compactMap { $0 }
        self.tags = tags.joined(separator: ". ")
        summary = entry.summaryB1 ?? ""
        // `when_to_refer` is for professionals only (issue 19): words a resident never sees do
        // not decide what a resident finds.
        body = [
            entry.description, entry.applicationProcess, entry.schedule,
            entry.feesDescription, entry.accessibility,
        ].compactMap { $0 }.joined(separator: "\n")
    }
}

public enum IndexError: Error, CustomStringConvertible {
    case cannotReplace(path: String, reason: String)
    case missing(path: String)
    case incompatible(path: String, found: String)
    case tooManyCodes(facet: String)
    case corrupt(what: String)
    case unreadable(path: String, reason: String)

    public var description: String {
        switch self {
        case .cannotReplace(let path, let reason):
            "could not put the new index in place at \(path): \(reason). The old index is unchanged."
        case .missing(let path):
            "there is no index at \(path). Build it first with: kaart index"
        case .unreadable(let path, let reason):
            "cannot read the index at \(path) (\(reason)). Rebuild it with: kaart index"
        case .incompatible(let path, let found):
            "the index at \(path) was built by another version (schema \(found)). Rebuild it with: kaart index"
        case .tooManyCodes(let facet):
            "more than the index can hold of \(facet) (64 taxonomy codes per facet, 65,536 areas or languages). Check Indexer/taxonomy.yaml"
        case .corrupt(let what):
            "the index is damaged (\(what)). Rebuild it with: kaart index"
        }
    }
}
