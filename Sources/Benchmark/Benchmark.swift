import Foundation
import Indexing
import KaartModel
import SearchIndex

/// Latency figures of one query class, in milliseconds.
public struct Latency: Codable, Sendable {
    public var count: Int
    public var p50: Double
    public var p95: Double
    public var p99: Double
    /// The slowest; nil where only percentiles were reported (Tantivy's script).
    public var maximum: Double?
    /// Mean number of matches (kaart: local total + online + knowledge shown; others: hits returned).
    public var meanHits: Double?

    public init(milliseconds values: [Double], meanHits: Double? = nil) {
        let sorted = values.sorted()
        func percentile(_ p: Double) -> Double {
            guard !sorted.isEmpty else { return .nan }
            let rank = Int((p / 100 * Double(sorted.count)).rounded(.up)) - 1
            return sorted[max(0, min(sorted.count - 1, rank))]
        }
        count = values.count
        p50 = percentile(50)
        p95 = percentile(95)
        p99 = percentile(99)
        maximum = sorted.last
        self.meanHits = meanHits
    }

    enum CodingKeys: String, CodingKey { case count, p50, p95, p99, maximum = "max", meanHits = "mean_hits" }
}

/// Index build figures.
public struct BuildFigures: Codable, Sendable {
    public var seconds: Double
    public var recordsPerSecond: Double
    public var indexBytes: Int64
    /// The process's peak resident memory so far (getrusage ru_maxrss), in bytes.
    public var peakMemoryBytes: Int64?
    enum CodingKeys: String, CodingKey {
        case seconds, recordsPerSecond = "records_per_second", indexBytes = "index_bytes", peakMemoryBytes = "peak_memory_bytes"
    }
}

/// A small change after a full build: the build cache filled by one build, then a change of a
/// few records rebuilt through it and opened for searching (docs/benchmark.md).
public struct ChangeFigures: Codable, Sendable {
    /// The records changed (a new sentence in the description and a new assured date each).
    public var changedRecords: Int
    /// The build that fills the cache: a full build plus writing every record's work.
    public var fillSeconds: Double
    /// Change to served: summaries and analysis of the changed records (the rest from the
    /// cache), the whole index written, renamed into place and opened, and one search answered.
    public var seconds: Double
    /// Records whose work came from the cache in that rebuild.
    public var reusedRecords: Int
    public var cacheBytes: Int64
    /// Of `seconds`: content keys, cache reads and the changed records' summaries
    /// (`IndexBuild.contents`), then writing the index (`IndexWriter.build`), then opening it
    /// and the first search.
    public var preparingSeconds: Double?
    public var writingSeconds: Double?
    public var openingSeconds: Double?
    /// The steps inside preparing and writing, in order.
    public var stages: [StageTime]?
    enum CodingKeys: String, CodingKey {
        case changedRecords = "changed_records", fillSeconds = "fill_seconds", seconds, reusedRecords = "reused_records",
            cacheBytes = "cache_bytes", preparingSeconds = "preparing_seconds", writingSeconds = "writing_seconds",
            openingSeconds = "opening_seconds", stages
    }
}

/// One step of a build and how long it took.
public struct StageTime: Codable, Sendable {
    public var stage: String
    public var seconds: Double
}

/// One HTTP load run (wrk).
public struct LoadFigures: Codable, Sendable {
    public var target: String
    public var connections: Int
    public var requestsPerSecond: Double
    public var p99Milliseconds: Double?
    /// The server's resident memory right after the run (VmRSS).
    public var serverMemoryBytes: Int64?
    /// The server's peak resident memory so far (VmHWM), where the server is our child.
    public var serverPeakMemoryBytes: Int64?
    public var errors: Int
    enum CodingKeys: String, CodingKey {
        case target, connections, requestsPerSecond = "requests_per_second", p99Milliseconds = "p99_ms",
            serverMemoryBytes = "server_rss_bytes", serverPeakMemoryBytes = "server_peak_rss_bytes", errors
    }
}

/// A reference engine's figures, or why it was not run.
public struct ReferenceFigures: Codable, Sendable {
    public var build: BuildFigures?
    public var classes: [String: Latency] = [:]
    public var skipped: String?
}

/// Everything one `kaart bench` size measured; written as `bench-out/bench-N.json`.
public struct BenchReport: Codable, Sendable {
    public var records: Int
    public var queriesPerClass: Int
    public var generateSeconds: Double
    public var summarySeconds: Double
    public var build: BuildFigures
    public var openSeconds: Double
    /// Warm: after 50 warm-up queries per class, caches hold what the mix asks.
    public var search: [String: Latency]
    /// Cold: each distinct query of a class once, on a newly opened index.
    public var coldSearch: [String: Latency]
    public var searchMemoryBytes: Int64?
    /// A change of 100 records (fewer in a smaller corpus) rebuilt through the build cache.
    public var change: ChangeFigures?
    public var plainFTS5: ReferenceFigures
    public var tantivy: ReferenceFigures
    public var load: [LoadFigures] = []
    public var notes: [String] = []
    /// The assistant (`AdviceBench`), warm; nil in reports from before it was measured.
    public var advice: Latency?

    enum CodingKeys: String, CodingKey {
        case advice
        case records, queriesPerClass = "queries_per_class", generateSeconds = "generate_seconds",
            summarySeconds = "summary_seconds", build, openSeconds = "open_seconds", search, coldSearch = "search_cold",
            searchMemoryBytes = "search_rss_bytes", change, plainFTS5 = "plain_fts5", tantivy, load, notes
    }
}

/// Options of one benchmark run.
public struct BenchOptions: Sendable {
    public var records: Int
    public var queriesPerClass: Int
    public var workDirectory: URL
    public var scriptsDirectory: URL
    public var runTantivy: Bool
    public var runDatasette: Bool
    /// The `kaart` to start as `kaart serve`; nil leaves the server out.
    public var serverExecutable: URL?
    /// Drive the servers with wrk; without it `kaart serve` only answers a few smoke requests.
    public var runLoad: Bool
    public var loadSeconds: Int
    public var connections: [Int]
    public var today: Day
    public var now: Date
    /// The query classes searched (`kaart bench --alleen-zoeken --klasse`); all by default.
    public var classes: [QueryClass] = QueryClass.allCases

    public init(
        records: Int, queriesPerClass: Int, workDirectory: URL, scriptsDirectory: URL, runTantivy: Bool,
        runDatasette: Bool, serverExecutable: URL? = nil, runLoad: Bool = false, loadSeconds: Int, connections: [Int],
        today: Day, now: Date
    ) {
        self.records = records
        self.queriesPerClass = queriesPerClass
        self.workDirectory = workDirectory
        self.scriptsDirectory = scriptsDirectory
        self.runTantivy = runTantivy
        self.runDatasette = runDatasette
        self.serverExecutable = serverExecutable
        self.runLoad = runLoad
        self.loadSeconds = loadSeconds
        self.connections = connections
        self.today = today
        self.now = now
    }
}

/// Runs the benchmark for one corpus size. `clock` returns nanoseconds on a monotonic clock
/// (injected so the figures come from one place); `log` reports progress.
public enum Benchmark {
    public static func run(
        _ options: BenchOptions, reference: ReferenceData, clock: @escaping @Sendable () -> UInt64,
        log: (String) -> Void
    ) throws -> BenchReport {
        let n = options.records
        let directory = options.workDirectory
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        func seconds(since start: UInt64) -> Double { Double(clock() - start) / 1e9 }

        log("[\(n)] generating synthetic records")
        var start = clock()
        let entries = syntheticEntries(options, reference: reference)
        let generateSeconds = seconds(since: start)

        log("[\(n)] building the index (B1 summaries, analysis, write)")
        let (indexPath, build, summarySeconds) = try buildFromNothing(entries, options: options, reference: reference, clock: clock)

        log("[\(n)] searching in-process")
        start = clock()
        let index = try SearchIndex(path: indexPath)
        let openSeconds = seconds(since: start)
        let search = try warmSearch(index, options: options, clock: clock)
        log("[\(n)] the assistant, warm")
        let advice = try AdviceBench.measure(index, count: options.queriesPerClass, today: options.today, clock: clock)
        let searchMemory = currentMemoryBytes()
        log("[\(n)] searching in-process, cold")
        let cold = try coldSearch(indexPath, options: options, clock: clock)

        log("[\(n)] a change of \(min(100, n)) records, rebuilt through the build cache")
        let change = try changeFigures(
            entries, reference: reference, directory: directory, options: options, clock: clock)

        log("[\(n)] plain FTS5 reference")
        start = clock()
        let plainPath = directory.appendingPathComponent("plain-\(n).sqlite").path
        let plain = try PlainReference.build(entries, at: plainPath)
        let plainSeconds = seconds(since: start)
        var plainFigures = ReferenceFigures(
            build: BuildFigures(seconds: plainSeconds, recordsPerSecond: Double(n) / plainSeconds, indexBytes: fileSize(plainPath)))
        for queryClass in QueryClass.allCases {
            let queries = QueryMix.queries(queryClass, count: options.queriesPerClass)
            let centers = try queries.map { q in try q.postcode.map { try index.resolveOrigin($0)!.coordinate } }
            for (query, center) in zip(queries, centers).prefix(50) { _ = try plain.search(query, center: center) }
            var times: [Double] = []
            var hits = 0
            for (query, center) in zip(queries, centers) {
                let t0 = clock()
                hits += try plain.search(query, center: center).count
                times.append(Double(clock() - t0) / 1e6)
            }
            plainFigures.classes[queryClass.rawValue] = Latency(milliseconds: times, meanHits: Double(hits) / Double(queries.count))
        }
        try plain.close()

        var tantivy = ReferenceFigures(skipped: "not run (--quick)")
        if options.runTantivy {
            log("[\(n)] Tantivy reference")
            tantivy = External.tantivy(
                entries: entries, queries: QueryClass.allCases.flatMap { QueryMix.queries($0, count: options.queriesPerClass) },
                index: index, options: options)
        }
        var load: [LoadFigures] = []
        var notes: [String] = []
        let served = try ServerLoad.run(indexPath: indexPath, options: options, log: log)
        load += served.figures
        notes += served.notes
        if options.runDatasette {
            log("[\(n)] Datasette reference with wrk")
            let result = External.datasette(plainPath: plainPath, options: options, log: log)
            load += result.figures
            notes += result.notes
        } else {
            notes.append("Datasette and wrk not run (--quick)")
        }
        var report = BenchReport(
            records: n, queriesPerClass: options.queriesPerClass, generateSeconds: generateSeconds,
            summarySeconds: summarySeconds, build: build, openSeconds: openSeconds, search: search, coldSearch: cold,
            searchMemoryBytes: searchMemory, change: change, plainFTS5: plainFigures, tantivy: tantivy, load: load, notes: notes)
        report.advice = advice
        return report
    }

    /// Each class's queries on `index`, after 50 of them to warm it: latency and mean hits.
    static func warmSearch(_ index: SearchIndex, options: BenchOptions, clock: () -> UInt64) throws -> [String: Latency] {
        var search: [String: Latency] = [:]
        for queryClass in options.classes {
            let queries = QueryMix.queries(queryClass, count: options.queriesPerClass)
            for query in queries.prefix(50) { _ = try? index.search(SearchQuery.parse(query.parameters, taxonomy: index.taxonomy), today: options.today) }
            var times: [Double] = []
            var hits = 0
            times.reserveCapacity(queries.count)
            for query in queries {
                let t0 = clock()
                let parsed = try SearchQuery.parse(query.parameters, taxonomy: index.taxonomy)
                let results = try index.search(parsed, today: options.today)
                times.append(Double(clock() - t0) / 1e6)
                hits += results.localTotal + results.online.count + results.knowledge.count
            }
            search[queryClass.rawValue] = Latency(milliseconds: times, meanHits: Double(hits) / Double(queries.count))
        }
        return search
    }

    /// Each distinct query once more, on a newly opened index per class: what a search costs
    /// before any cache holds its words' merged postings, its place's sets or its records.
    /// (The file itself is in the page cache by now, as on a server that has run a while.)
    static func coldSearch(_ indexPath: String, options: BenchOptions, clock: () -> UInt64) throws -> [String: Latency] {
        var cold: [String: Latency] = [:]
        for queryClass in options.classes {
            let fresh = try SearchIndex(path: indexPath)
            var seen = Set<String>()
            var times: [Double] = []
            for query in QueryMix.queries(queryClass, count: options.queriesPerClass) {
                guard seen.insert(query.parameters.map { "\($0.name)=\($0.value)" }.joined(separator: "&")).inserted else { continue }
                let t0 = clock()
                _ = try fresh.search(SearchQuery.parse(query.parameters, taxonomy: fresh.taxonomy), today: options.today)
                times.append(Double(clock() - t0) / 1e6)
            }
            cold[queryClass.rawValue] = Latency(milliseconds: times)
        }
        return cold
    }

    /// Only the in-process searches, warm and cold (`kaart bench --alleen-zoeken`), on the
    /// bench's index of `options.records` records: the one an earlier run left in the work
    /// folder when this `kaart` can read it, else one built now.
    public static func searchOnly(
        _ options: BenchOptions, reference: ReferenceData, clock: () -> UInt64, log: (String) -> Void
    ) throws -> (warm: [String: Latency], cold: [String: Latency]) {
        let n = options.records
        var indexPath = options.workDirectory.appendingPathComponent("kaart-\(n).sqlite").path
        let index: SearchIndex
        if let kept = try? SearchIndex(path: indexPath), (try? kept.recordCount()) == n {
            index = kept
        } else {
            log("[\(n)] building the index")
            indexPath = try buildFromNothing(syntheticEntries(options, reference: reference), options: options, reference: reference, clock: clock).path
            index = try SearchIndex(path: indexPath)
        }
        log("[\(n)] searching in-process")
        let warm = try warmSearch(index, options: options, clock: clock)
        log("[\(n)] searching in-process, cold")
        return (warm, try coldSearch(indexPath, options: options, clock: clock))
    }

    /// Only the build and a change (`kaart bench --alleen-bouw`): generate `records` synthetic
    /// records, build the index from nothing (timed, with peak memory), then the change of 100
    /// through the build cache. Skips the searches, the references and the server, so the
    /// build can be measured and profiled on its own.
    public static func buildAndChange(
        _ options: BenchOptions, reference: ReferenceData, clock: @escaping @Sendable () -> UInt64, log: (String) -> Void
    ) throws -> (build: BuildFigures, summarySeconds: Double, change: ChangeFigures) {
        let n = options.records
        log("[\(n)] generating synthetic records")
        let entries = syntheticEntries(options, reference: reference)
        log("[\(n)] building the index (B1 summaries, analysis, write)")
        let built = try buildFromNothing(entries, options: options, reference: reference, clock: clock)
        log("[\(n)] a change of \(min(100, n)) records, rebuilt through the build cache")
        let change = try changeFigures(entries, reference: reference, directory: options.workDirectory, options: options, clock: clock)
        return (built.figures, built.summarySeconds, change)
    }

    /// The bench's synthetic records: `options.records` of them, the same on every run.
    static func syntheticEntries(_ options: BenchOptions, reference: ReferenceData) -> [Entry] {
        let corpus = SyntheticCorpus(today: options.today, gazetteer: reference.gazetteer, wordFrequencies: reference.wordFrequencies)
        return corpus.records(options.records).map { $0.entry(gazetteer: reference.gazetteer) }
    }

    /// Builds the bench's index of `entries` from nothing, without a build cache, in the work
    /// folder (`kaart-N.sqlite`): timed from the B1 summaries to the renamed file, with peak memory.
    static func buildFromNothing(
        _ entries: [Entry], options: BenchOptions, reference: ReferenceData, clock: () -> UInt64
    ) throws -> (path: String, figures: BuildFigures, summarySeconds: Double) {
        try FileManager.default.createDirectory(at: options.workDirectory, withIntermediateDirectories: true)
        let start = clock()
        let contents = IndexBuild.contents(
            records: entries.map { .init(entry: $0, sourceFile: "synthetic/\($0.id).yaml") }, reference: reference, now: options.now)
        let summarySeconds = Double(clock() - start) / 1e9
        let path = options.workDirectory.appendingPathComponent("kaart-\(entries.count).sqlite").path
        try IndexWriter.build(contents, at: path)
        let seconds = Double(clock() - start) / 1e9
        let figures = BuildFigures(
            seconds: seconds, recordsPerSecond: Double(entries.count) / seconds, indexBytes: fileSize(path),
            peakMemoryBytes: peakMemoryBytes())
        return (path, figures, summarySeconds)
    }

    /// Fills a build cache with one build of `entries`, changes 100 of them (spread over the
    /// corpus: a sentence added to the description, assured today, as a provider's confirmation
    /// with a correction would), and times the rebuild up to the first search on the new index.
    static func changeFigures(
        _ entries: [Entry], reference: ReferenceData, directory: URL, options: BenchOptions,
        clock: @escaping @Sendable () -> UInt64
    ) throws -> ChangeFigures {
        let n = entries.count
        let index = directory.appendingPathComponent("kaart-\(n)-changed.sqlite")
        try? FileManager.default.removeItem(at: BuildCache.url(forIndex: index))
        func records(_ entries: [Entry]) -> [IndexContents.Record] {
            entries.map { .init(entry: $0, sourceFile: "synthetic/\($0.id).yaml") }
        }
        func build(_ entries: [Entry]) throws -> (reused: Int, preparing: Double, writing: Double, stages: [StageTime]) {
            let start = clock()
            guard let cache = IndexBuild.cache(forIndex: index, reference: reference) else {
                throw IndexError.unreadable(path: BuildCache.url(forIndex: index).path, reason: "no build cache")
            }
            defer { try? cache.close() }
            var stages: [StageTime] = []
            let record = { (stage: String, seconds: Double) in stages.append(StageTime(stage: stage, seconds: seconds)) }
            let contents = IndexBuild.contents(records: records(entries), reference: reference, now: options.now, cache: cache, stages: record)
            let prepared = clock()
            try IndexWriter.build(contents, at: index.path, cache: cache, stages: record)
            return (
                contents.records.filter { $0.work != nil }.count, Double(prepared - start) / 1e9, Double(clock() - prepared) / 1e9,
                stages
            )
        }
        var start = clock()
        _ = try build(entries)
        let fillSeconds = Double(clock() - start) / 1e9
        let count = min(100, n)
        var changed = entries
        for k in 0..<count {
            let i = k * n / count
            changed[i].description += " Vanaf januari ook op zaterdag open."
            changed[i].assuredDate = options.today
        }
        start = clock()
        let rebuilt = try build(changed)
        let opening = clock()
        let served = try SearchIndex(path: index.path)
        _ = try served.search(SearchQuery.parse([("search", "zaterdag")], taxonomy: served.taxonomy), today: options.today)
        let seconds = Double(clock() - start) / 1e9
        return ChangeFigures(
            changedRecords: count, fillSeconds: fillSeconds, seconds: seconds, reusedRecords: rebuilt.reused,
            cacheBytes: fileSize(BuildCache.url(forIndex: index).path), preparingSeconds: rebuilt.preparing,
            writingSeconds: rebuilt.writing, openingSeconds: Double(clock() - opening) / 1e9, stages: rebuilt.stages)
    }

    static func fileSize(_ path: String) -> Int64 {
        ((try? FileManager.default.attributesOfItem(atPath: path)[.size]) as? NSNumber)?.int64Value ?? 0
    }

    /// Peak resident memory of this process (ru_maxrss is in kilobytes on Linux).
    static func peakMemoryBytes() -> Int64 {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Int64(usage.ru_maxrss) * 1024
    }

    /// Resident memory of a process now, from /proc (nil where there is no /proc).
    static func currentMemoryBytes(pid: Int32? = nil) -> Int64? {
        let path = "/proc/\(pid.map(String.init) ?? "self")/status"
        guard let text = try? String(contentsOfFile: path, encoding: .utf8),
            let line = text.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") })
        else { return nil }
        let kilobytes = line.split(separator: " ").compactMap { Int64($0) }.first
        return kilobytes.map { $0 * 1024 }
    }
}
