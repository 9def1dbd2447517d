import Crypto
import DutchText
import Foundation
import KaartModel
import SearchIndex

/// Where the indexer finds its inputs and puts its output.
public struct IndexPaths: Sendable {
    public var corpus: URL
    public var indexer: URL
    public var index: URL
    /// Diagnostics name files relative to this folder, and source paths are relative to it.
    public var root: URL
    /// The list of sources (`Indexer/sources.yaml`); without it the corpus is the only source.
    public var sources: URL
    /// Maintainers' merge and not-a-duplicate decisions (`Indexer/duplicates.yaml`).
    public var decisions: URL
    /// Where `kaart sync` keeps each remote source's snapshots, state and run log
    /// (`var/sources/NAME/`).
    public var snapshots: URL

    public init(corpus: URL, indexer: URL, index: URL, root: URL, sources: URL? = nil, decisions: URL? = nil, snapshots: URL? = nil) {
        self.corpus = corpus
        self.indexer = indexer
        self.index = index
        self.root = root
        self.sources = sources ?? indexer.appendingPathComponent("sources.yaml")
        self.decisions = decisions ?? indexer.appendingPathComponent("duplicates.yaml")
        self.snapshots = snapshots ?? root.appendingPathComponent("var/sources", isDirectory: true)
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
    /// All sources together, after merging duplicates.
    public var load: CorpusLoad
    /// Each source as it was read.
    public var sources: [SourceLoad] = []
    /// Records folded together, and pairs that still wait for a maintainer.
    public var deduplication: DeduplicationResult?
    public var seconds: Double
    public var indexBytes: Int64?
    /// Records whose summary, JSON and analysed text came from the build cache, unchanged
    /// since the last build.
    public var reusedRecords = 0

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
    /// which also goes into the record so every output shows it. With a `cache`, each record gets
    /// its `contentKey`, and a record whose content the last build saw gets that build's work
    /// (summary, JSON and analysed text) instead of having it worked out again.
    static func withSummaries(
        _ load: CorpusLoad, reference: ReferenceData, cache: BuildCache? = nil,
        stages: IndexWriter.StageReport? = nil
    ) -> [IndexContents.Record] {
        var clock = IndexWriter.StageClock(report: stages)
        var records = load.records
        var kept = [RecordWork?](repeating: nil, count: records.count)
        if let cache {
            let keys = records.orderedParallelMap(contentKey)
            for index in records.indices { records[index].contentKey = keys[index] }
            clock.done("content keys")
            kept = (try? cache.work(for: keys)) ?? kept
            clock.done("cache reads")
        }
        let missing = records.indices.filter { kept[$0] == nil }
        let shown = B1Review.shownSummaries(missing.map { records[$0].entry }, reference: reference)
        clock.done("B1 summaries of \(missing.count) records")
        func use(_ summary: RecordSummary, at index: Int) {
            if summary.origin == .generated { records[index].entry.generatedSummaryB1 = summary.text }
            records[index].summary = summary
        }
        for (index, summary) in zip(missing, shown) { use(summary, at: index) }
        for (index, work) in kept.enumerated() {
            guard let work else { continue }
            use(work.summary, at: index)
            records[index].work = work
        }
        return records
    }

    /// A hash of everything a record's work depends on besides the reference data: its fields
    /// (`ContentBytes`: the same record always gives the same bytes) and the names of records
    /// merged into it.
    static func contentKey(_ record: IndexContents.Record) -> Data {
        var hash = SHA256()
        hash.update(data: (try? ContentBytes.of(record.entry)) ?? [])
        for name in record.alsoKnownAs { hash.update(data: Data(("\u{0}" + name).utf8)) }
        return Data(hash.finalize())
    }

    /// The build cache beside `index` for this reference data and this `kaart` (its size and
    /// modification time, so a new build of the program never reads an old one's tokens); nil
    /// without a fingerprint or when the file cannot be opened.
    public static func cache(forIndex index: URL, reference: ReferenceData) -> BuildCache? {
        guard let fingerprint = reference.fingerprint else { return nil }
        var program = "unknown"
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"),
            let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        {
            let size = (attributes[.size] as? NSNumber)?.int64Value ?? 0
            let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            program = "\(path):\(size):\(modified)"
        } else if let path = CommandLine.arguments.first {
            program = path
        }
        return BuildCache.open(forIndex: index, fingerprint: fingerprint + "|" + program)
    }

    /// The index contents for records that were already decoded and checked (the benchmark's
    /// synthetic records): the same summary and writing stages as `run`, without reading files.
    public static func contents(
        records: [IndexContents.Record], reference: ReferenceData, now: Date, cache: BuildCache? = nil,
        stages: IndexWriter.StageReport? = nil
    ) -> IndexContents {
        let load = CorpusLoad(records: records, diagnostics: [], fileCount: records.count)
        var contents = IndexContents(
            records: withSummaries(load, reference: reference, cache: cache, stages: stages), taxonomy: reference.taxonomy,
            gazetteer: reference.gazetteer, wordFrequencies: reference.wordFrequencies,
            synonymGroups: reference.synonymGroups, builtAt: now, coverage: reference.coverage)
        contents.concepts = reference.concepts
        return contents
    }

    /// Reads every source in `Indexer/sources.yaml` (or `sources`, when given) and merges
    /// duplicates across them: what `kaart index` writes and `kaart duplicates` shows.
    public static func gather(
        _ paths: IndexPaths, reference: ReferenceData, today: Day, sources explicit: [SourceDefinition]? = nil,
        decisions explicitDecisions: DuplicateDecisions? = nil
    ) throws -> (load: CorpusLoad, sources: [SourceLoad], deduplication: DeduplicationResult) {
        let display = { (url: URL) in CorpusLoader.relativePath(url, to: paths.root) }
        let definitions = try explicit ?? SourceList.load(
            from: paths.sources, root: paths.root, corpus: paths.corpus, taxonomy: reference.taxonomy, display: display(paths.sources),
            snapshots: paths.snapshots)
        let mappingFile = paths.indexer.appendingPathComponent("hsds-taxonomy.yaml")
        let mapping = definitions.contains(where: { $0.format != .corpus })
            ? try TaxonomyMapping.load(from: mappingFile, taxonomy: reference.taxonomy, display: display(mappingFile)) : .empty
        var loads: [SourceLoad] = []
        var records: [IndexContents.Record] = []
        var diagnostics: [Diagnostic] = []
        var seen: [String: String] = [:]
        var fieldLines: [String: [String: Int]] = [:]
        for definition in definitions {
            let load = definition.remote == nil
                ? try Importer.load(definition, reference: reference, mapping: mapping, today: today, root: paths.root)
                : try SyncedSource.load(definition, reference: reference, mapping: mapping, today: today, root: paths.root)
            loads.append(load)
            diagnostics += load.diagnostics
            fieldLines.merge(load.fieldLines) { first, _ in first }
            for record in load.records {
                if let first = seen[record.entry.id] {
                    diagnostics.append(Diagnostic(
                        .error, file: record.sourceFile, field: "id",
                        "the id \(record.entry.id) is also used by \(first); give one of the sources another name in Indexer/sources.yaml"))
                    continue
                }
                seen[record.entry.id] = record.sourceFile
                records.append(record)
            }
        }
        let decisions = try explicitDecisions ?? DuplicateDecisions.load(from: paths.decisions, display: display(paths.decisions))
        let deduplication = Deduplication.run(
            records, decisions: decisions, decisionsFile: display(paths.decisions), sourceOrder: definitions.map(\.name))
        diagnostics += deduplication.diagnostics
        let load = CorpusLoad(
            records: deduplication.records, diagnostics: diagnostics, fileCount: loads.map(\.itemCount).reduce(0, +),
            fieldLines: fieldLines)
        return (load, loads, deduplication)
    }

    /// Builds one index from every source: the good records, merged where they are the same
    /// help; records with errors are left out and reported. The old index stays in place if
    /// anything fails. `sources` replaces `Indexer/sources.yaml` (`kaart import … --index`).
    /// Unless `fromNothing`, the work of records that did not change since the last build is
    /// taken from the build cache beside the index (`BuildCache`); the index is the same.
    public static func run(
        _ paths: IndexPaths, today: Day, now: Date, sources: [SourceDefinition]? = nil,
        decisions: DuplicateDecisions? = nil, reference loaded: ReferenceData? = nil, fromNothing: Bool = false,
        progress: (Int, Int) -> Void = { _, _ in }
    ) throws -> IndexReport {
        let started = Date()
        let reference = try loaded ?? ReferenceData.load(from: paths.indexer)
        let gathered = try gather(paths, reference: reference, today: today, sources: sources, decisions: decisions)
        let cache = fromNothing ? nil : cache(forIndex: paths.index, reference: reference)
        defer { try? cache?.close() }
        var contents = IndexContents(
            records: withSummaries(gathered.load, reference: reference, cache: cache), taxonomy: reference.taxonomy, gazetteer: reference.gazetteer,
            wordFrequencies: reference.wordFrequencies, synonymGroups: reference.synonymGroups, builtAt: now,
            coverage: reference.coverage)
        contents.concepts = reference.concepts
        contents.sourceNames = gathered.sources.map { load in
            "\(load.source.name) (\(load.source.format.rawValue)): \(CorpusLoader.relativePath(load.source.path, to: paths.root))"
        }
        try IndexWriter.build(contents, at: paths.index.path, cache: cache, progress: progress)
        let size = (try? FileManager.default.attributesOfItem(atPath: paths.index.path)[.size] as? NSNumber)?.int64Value
        var report = IndexReport(
            load: gathered.load, sources: gathered.sources, deduplication: gathered.deduplication,
            seconds: Date().timeIntervalSince(started), indexBytes: size)
        report.reusedRecords = contents.records.filter { $0.work != nil }.count
        return report
    }
}

extension IndexBuild {
    /// The sources in `Indexer/sources.yaml`, as `kaart index` reads them.
    public static func sourceDefinitions(_ paths: IndexPaths) throws -> [SourceDefinition] {
        let taxonomy = try ReferenceData.load(from: paths.indexer).taxonomy
        return try SourceList.load(
            from: paths.sources, root: paths.root, corpus: paths.corpus, taxonomy: taxonomy,
            display: CorpusLoader.relativePath(paths.sources, to: paths.root), snapshots: paths.snapshots)
    }

    /// Reads one source on its own, as `kaart import` previews it: its records, diagnostics,
    /// unmapped terms and fields not read.
    public static func read(_ source: SourceDefinition, paths: IndexPaths, today: Day) throws -> SourceLoad {
        let reference = try ReferenceData.load(from: paths.indexer)
        let mappingFile = paths.indexer.appendingPathComponent("hsds-taxonomy.yaml")
        let mapping = try TaxonomyMapping.load(
            from: mappingFile, taxonomy: reference.taxonomy, display: CorpusLoader.relativePath(mappingFile, to: paths.root))
        return try Importer.load(source, reference: reference, mapping: mapping, today: today, root: paths.root)
    }

    /// Every duplicate candidate and merge across the sources, with the decisions applied.
    public static func duplicates(_ paths: IndexPaths, today: Day) throws -> (load: CorpusLoad, sources: [SourceLoad], deduplication: DeduplicationResult) {
        try gather(paths, reference: ReferenceData.load(from: paths.indexer), today: today)
    }
}
