import Foundation
import KaartModel
import SearchIndex

/// Where the indexer finds its inputs and puts its output.
public struct IndexPaths: Sendable {
    public var corpus: URL
    public var indexer: URL
    public var index: URL
    /// Diagnostics name files relative to this folder.
    public var root: URL

    public init(corpus: URL, indexer: URL, index: URL, root: URL) {
        self.corpus = corpus
        self.indexer = indexer
        self.index = index
        self.root = root
    }

    /// The layout of this repository, relative to `root`.
    public static func standard(root: URL) -> IndexPaths {
        IndexPaths(
            corpus: root.appendingPathComponent("Corpus"),
            indexer: root.appendingPathComponent("Indexer"),
            index: root.appendingPathComponent("var/kaart.sqlite"),
            root: root)
    }
}

/// What `kaart index` did: counts for the summary and the diagnostics.
public struct IndexReport: Sendable {
    public var load: CorpusLoad
    public var seconds: Double
    public var indexBytes: Int64?

    public var countsByKind: [(Entry.Kind, Int)] {
        Entry.Kind.allCases.map { kind in (kind, load.records.filter { $0.entry.kind == kind }.count) }
    }

    /// Records per municipality, most first; online and unplaced records under their own label.
    public var countsByMunicipality: [(String, Int)] {
        var counts: [String: Int] = [:]
        for record in load.records {
            let key = record.entry.locationType == .virtual ? "(online)" : record.entry.municipality ?? "(zonder plaats)"
            counts[key, default: 0] += 1
        }
        return counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
    }
}

/// The indexing pipeline: read → decode → validate → analyse → write.
public enum IndexBuild {
    /// Checks the corpus without writing anything.
    public static func check(_ paths: IndexPaths, today: Day) throws -> CorpusLoad {
        let reference = try ReferenceData.load(from: paths.indexer)
        return try CorpusLoader.load(directory: paths.corpus, reference: reference, today: today, relativeTo: paths.root)
    }

    /// Checks the corpus and how every record's summary reads (`kaart check --b1`).
    public static func checkSummaries(_ paths: IndexPaths, today: Day) throws -> (CorpusLoad, CorpusSummaryReview) {
        let reference = try ReferenceData.load(from: paths.indexer)
        let load = try CorpusLoader.load(directory: paths.corpus, reference: reference, today: today, relativeTo: paths.root)
        return (load, B1Review.review(load, reference: reference))
    }

    /// Each record with the summary residents see: the maintainer's, else a generated one,
    /// which also goes into the record so every output shows it.
    static func withSummaries(_ load: CorpusLoad, reference: ReferenceData) -> [IndexContents.Record] {
        let review = B1Review.review(load, reference: reference)
        return zip(load.records, review.records).map { record, summary in
            var record = record
            if summary.shown.origin == .generated { record.entry.generatedSummaryB1 = summary.shown.text }
            record.summary = summary.shown
            return record
        }
    }

    /// Builds the index from the good records; the records with errors are left out and
    /// reported. The old index stays in place if anything fails.
    public static func run(
        _ paths: IndexPaths, today: Day, now: Date, progress: (Int, Int) -> Void = { _, _ in }
    ) throws -> IndexReport {
        let started = Date()
        let reference = try ReferenceData.load(from: paths.indexer)
        let load = try CorpusLoader.load(directory: paths.corpus, reference: reference, today: today, relativeTo: paths.root)
        let contents = IndexContents(
            records: withSummaries(load, reference: reference), taxonomy: reference.taxonomy, gazetteer: reference.gazetteer,
            wordFrequencies: reference.wordFrequencies, synonymGroups: reference.synonymGroups, builtAt: now)
        try IndexWriter.build(contents, at: paths.index.path, progress: progress)
        let size = (try? FileManager.default.attributesOfItem(atPath: paths.index.path)[.size] as? NSNumber)?.int64Value
        return IndexReport(load: load, seconds: Date().timeIntervalSince(started), indexBytes: size)
    }
}
