import DutchText
import Foundation
import GRDB
import KaartModel

/// The statements that write one record, prepared once per build and run through SQLite's C
/// interface (`BulkInsert`): a build runs about 20 of them per record.
struct RecordStatements {
    private let entry: BulkInsert
    private let origin: BulkInsert
    private let alias: BulkInsert
    private let summary: BulkInsert
    private let text: BulkInsert
    private let term: BulkInsert
    private let db: Database

    init(_ db: Database) throws {
        self.db = db
        entry = try BulkInsert(db, """
            INSERT INTO entry (id, kind, status, audience, whole_country, free, minimum_age, maximum_age,
                assured_date, modified_date, record)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        origin = try BulkInsert(db, "INSERT INTO entry_origin(entry, position, source, file, record_id) VALUES (?, ?, ?, ?, ?)")
        alias = try BulkInsert(db, "INSERT INTO entry_alias(alias, entry) VALUES (?, ?)")
        summary = try BulkInsert(db, """
            INSERT INTO entry_summary (entry, origin, verdict, flesch_douma, mean_sentence_length,
                longest_sentence, word_count, sentence_count, rare_word_count, jargon_count,
                stigmatising_count, passive_sentence_count, nominal_word_count)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        text = try BulkInsert(db, "INSERT INTO entry_text(rowid, name, tags, summary, body) VALUES (?, ?, ?, ?, ?)")
        term = try BulkInsert(db, "INSERT INTO entry_term(facet, code, entry) VALUES (?, ?, ?)")
    }

    /// Writes a record's row, origins, aliases, summary and full text; returns its rowid.
    /// Its facet rows are written later, all at once (`TermRows`).
    func insert(_ record: IndexContents.Record, _ prepared: IndexWriter.PreparedRecord) throws -> Int64 {
        let e = record.entry
        let ages = prepared.ages
        try entry.run { row in
            row.text(e.id); row.text(e.kind.rawValue); row.text(e.status.rawValue); row.text(e.audience.rawValue)
            row.bool(e.servesWholeCountry); row.bool(e.free); row.int(ages.minimum); row.int(ages.maximum); row.text(e.assuredDate?.description)
            row.text([e.assuredDate, e.lastModified].compactMap { $0 }.max()?.description)
            row.blob(prepared.record)
        }
        let rowid = db.lastInsertedRowID
        for (position, o) in record.origins.enumerated() {
            try origin.run { row in
                row.int(rowid); row.int(position); row.text(o.source); row.text(o.file); row.text(o.recordID)
            }
        }
        for a in record.aliases {
            try alias.run { row in row.text(a); row.int(rowid) }
        }
        if let s = record.summary {
            let f = s.figures
            try summary.run { row in
                row.int(rowid); row.text(s.origin.rawValue); row.text(f.verdict.rawValue)
                row.double(f.fleschDouma); row.double(f.meanSentenceLength); row.int(f.longestSentence)
                row.int(f.wordCount); row.int(f.sentenceCount); row.int(f.rareWordCount); row.int(f.jargonCount)
                row.int(f.stigmatisingCount); row.int(f.passiveSentenceCount); row.int(f.nominalWordCount)
            }
        }
        let t = prepared.text
        try text.run { row in
            row.int(rowid); row.text(t[0]); row.text(t[1]); row.text(t[2]); row.text(t[3])
        }
        return rowid
    }

    func insertTerm(_ facet: String, _ code: String, _ rowid: UInt32) throws {
        try term.run { row in row.text(facet); row.text(code); row.int(Int64(rowid)) }
    }
}

/// What a build gathers across all records: the candidate table, the postings and the facet
/// rows. Its `prepare` runs on the pipeline's producing thread, one batch at a time and in
/// record order, so it needs no lock. After the pipeline, `finish` runs on one thread while the
/// writing thread reads `terms`: they share no property.
final class BuildCollector: @unchecked Sendable {
    private let taxonomy: Taxonomy
    private let analyzer: Analyzer
    private var candidates = CandidateTable.Builder()
    private var postings = PostingsBuilder()
    private var vocabulary = Vocabulary.Counter()
    private(set) var terms = TermRows()

    private let codec: RecordCodec

    init(taxonomy: Taxonomy, analyzer: Analyzer, codec: RecordCodec) {
        self.taxonomy = taxonomy
        self.analyzer = analyzer
        self.codec = codec
    }

    /// Prepares the next batch on every core, then adds it to the tables, in order: the n-th
    /// record prepared gets rowid n.
    func prepare(_ batch: ArraySlice<IndexContents.Record>) throws -> [IndexWriter.PreparedRecord] {
        let prepared = try IndexWriter.prepare(batch, taxonomy: taxonomy, analyzer: analyzer, codec: codec)
        for (record, work) in zip(batch, prepared) {
            let rowid = UInt32(candidates.table.count + 1)
            let areas = terms.add(record.entry, rowid: rowid)
            try candidates.append(record.entry, areas: areas, minimumAge: work.ages.minimum, maximumAge: work.ages.maximum)
            postings.add(rowid: rowid, columns: work.columns)
            vocabulary.add(work.words)
        }
        return prepared
    }

    /// The tables that come from all records together: the candidate table's blobs for
    /// `search_data` (with each record's length in tokens, for the postings' scores), and the
    /// postings of the tokens in at least `minimumDocuments` records.
    func finish(minimumDocuments: Int) throws -> (data: [(String, Data)], postings: [(token: String, count: Int, encoded: Data)], vocabulary: [(String, Int)]) {
        let lengths = ("document_lengths", postings.lengths.withUnsafeBytes { Data($0) })
        return (try candidates.finish().encoded() + [lengths], postings.finish(minimumDocuments: minimumDocuments), vocabulary.counts)
    }
}

/// The `entry_term` rows (taxonomy codes, languages and service-area municipalities), kept
/// while records are prepared and written at the end in key order: SQLite then appends to the
/// table's B-tree, where inserting record by record touched a page all over it for every row.
struct TermRows {
    private struct Key: Hashable {
        var facet: String
        var code: String
    }
    private var keys = Interner<Key>()
    /// key id << 32 | rowid.
    private var rows: [UInt64] = []

    /// Adds one record's rows, each (facet, code) once, and returns its areas: the service area
    /// and the record's own municipality, in that order, without repeats.
    mutating func add(_ entry: Entry, rowid: UInt32) -> [String] {
        var terms: [Key] = []
        terms += entry.domains.map { Key(facet: "domains", code: $0) }
        terms += entry.targetGroups.map { Key(facet: "target_groups", code: $0) }
        terms += entry.supportTypes.map { Key(facet: "support_types", code: $0) }
        terms += entry.access.map { [Key(facet: "access", code: $0)] } ?? []
        terms += entry.languages.map { Key(facet: "languages", code: $0) }
        terms += (entry.serviceArea + [entry.municipality].compactMap { $0 }).map { Key(facet: "area", code: $0) }
        var seen = Set<Key>()
        var areas: [String] = []
        for key in terms where seen.insert(key).inserted {
            rows.append(UInt64(keys.number(key).number) << 32 | UInt64(rowid))
            if key.facet == "area" { areas.append(key.code) }
        }
        return areas
    }

    /// Every row, ordered as the table's primary key orders them (facet, code, entry; text
    /// compared byte by byte, as SQLite's BINARY collation does).
    func forEachInKeyOrder(_ body: (_ facet: String, _ code: String, _ rowid: UInt32) throws -> Void) throws {
        let keys = self.keys.values
        let order = keys.indices.sorted { a, b in
            let x = keys[a], y = keys[b]
            if x.facet != y.facet { return x.facet.utf8.lexicographicallyPrecedes(y.facet.utf8) }
            return x.code.utf8.lexicographicallyPrecedes(y.code.utf8)
        }
        var rank = [UInt64](repeating: 0, count: keys.count)
        for (position, id) in order.enumerated() { rank[id] = UInt64(position) }
        let sorted = rows.map { rank[Int($0 >> 32)] << 32 | ($0 & 0xFFFF_FFFF) }.sorted()
        for row in sorted {
            let key = keys[order[Int(row >> 32)]]
            try body(key.facet, key.code, UInt32(truncatingIfNeeded: row))
        }
    }
}
