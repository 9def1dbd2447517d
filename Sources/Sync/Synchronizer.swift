import Foundation
import Indexing
import KaartModel
import SearchIndex

/// Something that stops a sync before it fetches: a source that does not exist, a secret that
/// cannot be read. Fetch and data problems are per source, in its run.
public enum SyncProblem: Error, Sendable, CustomStringConvertible {
    case setup(String)
    case unknownSource(String, known: [String])

    public var description: String {
        switch self {
        case .setup(let message): message
        case .unknownSource(let name, let known):
            known.isEmpty
                ? "there is no source \(name): Indexer/sources.yaml has no source with a `url:`; add one (docs/interchange.md)"
                : "there is no source \(name) with a `url:` in Indexer/sources.yaml; choose from: \(known.joined(separator: ", "))"
        }
    }
}

/// How a sync run should go.
public struct SyncOptions: Sendable {
    /// Show the difference and change nothing.
    public var dryRun = false
    /// Apply a run a guard rail would hold back (too many retired at once, zero records, errors).
    public var accept = false
    /// Fetch everything, not only what changed since the last run.
    public var full = false

    public init(dryRun: Bool = false, accept: Bool = false, full: Bool = false) {
        self.dryRun = dryRun
        self.accept = accept
        self.full = full
    }
}

/// What one run did to one source: the run log line, and the difference record by record.
public struct SourceResult: Sendable {
    public struct Item: Sendable {
        public var id: String
        public var name: String
    }

    public struct Change: Sendable {
        public var id: String
        public var name: String
        public var fields: [(field: String, old: String, new: String)]
    }

    public var run: SyncRun
    public var source: SourceDefinition
    public var added: [Item] = []
    public var changed: [Change] = []
    /// Records the source no longer has, first seen missing this run (still on the map).
    public var gone: [Item] = []
    /// Records taken off the map this run ("niet meer bij bron X sinds …").
    public var retired: [Item] = []
    /// Records that were missing or retired and are back.
    public var returned: [Item] = []
    public var diagnostics: [Diagnostic] = []
    /// True when the run changed what the index shows: it needs rebuilding.
    public var needsIndex = false
}

/// What `kaart sync` did: each source's run, and the index rebuilt once after them.
public struct SyncReport: Sendable {
    public var results: [SourceResult]
    public var index: IndexReport?
    /// Why the index could not be rebuilt; the sources' states are kept and the next run retries.
    public var indexProblem: String?
}

/// Keeps remote sources in step: fetch each (streaming, bounded), check it with `kaart
/// import`'s rules, compare it with the last accepted snapshot, hold back what looks broken,
/// keep the rest in `var/sources/NAME/`, and rebuild the index only when something changed.
public struct Synchronizer: Sendable {
    public let paths: IndexPaths
    public let fetcher: Fetcher
    public let now: @Sendable () -> Date
    public let today: @Sendable () -> Day
    public let environment: [String: String]
    /// Waits before a retry (`attempt` 1, 2, …); tests pass one that does not wait.
    public var pause: @Sendable (Int) async -> Void = { attempt in try? await Task.sleep(for: .seconds(attempt)) }
    /// Snapshots kept per source besides the current one, to compare and look back.
    public var keptSnapshots = 3

    public init(
        paths: IndexPaths, fetcher: Fetcher, now: @escaping @Sendable () -> Date, today: @escaping @Sendable () -> Day,
        environment: [String: String]
    ) {
        self.paths = paths
        self.fetcher = fetcher
        self.now = now
        self.today = today
        self.environment = environment
    }

    /// The sources in `Indexer/sources.yaml` that have a `url:`.
    public func remoteSources(reference: ReferenceData) throws -> [SourceDefinition] {
        try SourceList.load(
            from: paths.sources, root: paths.root, corpus: paths.corpus, taxonomy: reference.taxonomy,
            display: CorpusLoader.relativePath(paths.sources, to: paths.root), snapshots: paths.snapshots
        ).filter { $0.remote != nil }
    }

    /// Syncs the named sources (every remote source when `names` is empty), one after the
    /// other, then rebuilds the index once if any of them changed it.
    public func run(_ names: [String], options: SyncOptions) async throws -> SyncReport {
        let reference = try ReferenceData.load(from: paths.indexer)
        let all = try remoteSources(reference: reference)
        for name in names where !all.contains(where: { $0.name == name }) {
            throw SyncProblem.unknownSource(name, known: all.map(\.name))
        }
        let chosen = names.isEmpty ? all : all.filter { names.contains($0.name) }
        let mapping = try taxonomyMapping(reference)
        var results: [SourceResult] = []
        for source in chosen {
            results.append(await run(source, reference: reference, mapping: mapping, options: options))
        }
        var report = SyncReport(results: results)
        if !options.dryRun, results.contains(where: \.needsIndex) || pendingIndex(all) {
            (report.index, report.indexProblem) = rebuildIndex(all, reference: reference)
        }
        return report
    }

    func taxonomyMapping(_ reference: ReferenceData) throws -> TaxonomyMapping {
        let file = paths.indexer.appendingPathComponent("hsds-taxonomy.yaml")
        return try TaxonomyMapping.load(from: file, taxonomy: reference.taxonomy, display: CorpusLoader.relativePath(file, to: paths.root))
    }

    /// A source whose last applied run could not be indexed is indexed on the next run.
    func pendingIndex(_ sources: [SourceDefinition]) -> Bool {
        sources.contains { FileManager.default.fileExists(atPath: SyncFolder($0.path).file("index-pending").path) }
    }

    /// Rebuilds the index from every source; on failure marks the sources pending and says why.
    public func rebuildIndex(_ sources: [SourceDefinition], reference: ReferenceData) -> (IndexReport?, String?) {
        do {
            let report = try IndexBuild.run(paths, today: today(), now: now(), reference: reference)
            for source in sources { try? FileManager.default.removeItem(at: SyncFolder(source.path).file("index-pending")) }
            return (report, nil)
        } catch {
            for source in sources where FileManager.default.fileExists(atPath: SyncFolder(source.path).stateFile.path) {
                FileManager.default.createFile(atPath: SyncFolder(source.path).file("index-pending").path, contents: Data())
            }
            return (nil, "the index could not be rebuilt (\(error)); the old index stays in use, and the next kaart sync or kaart index tries again")
        }
    }

    /// One run of one source. Never throws: every problem ends up in the run and its log line.
    public func run(_ source: SourceDefinition, reference: ReferenceData, mapping: TaxonomyMapping, options: SyncOptions) async -> SourceResult {
        let started = now()
        let clock = ContinuousClock.now
        let folder = SyncFolder(source.path)
        var result = SourceResult(run: SyncRun(source: source.name, startedAt: started, outcome: .failed, fetched: ""), source: source)
        var incoming: [URL] = []
        defer {
            for file in incoming { try? FileManager.default.removeItem(at: file) }
        }
        func finish(_ outcome: SyncRun.Outcome, _ message: String?) -> SourceResult {
            result.run.outcome = outcome
            result.run.message = message
            result.run.seconds = (ContinuousClock.now - clock).seconds
            if !options.dryRun { try? folder.append(result.run) }
            return result
        }
        guard let remote = source.remote else { return finish(.failed, "source \(source.name) has no url") }
        let previous: SyncState?
        do {
            previous = try folder.state()
        } catch {
            return finish(.failed, "\(error)")
        }
        let stamp = Self.stamp(started)
        let fetch = SourceFetch(
            fetcher: fetcher, source: source, remote: remote, folder: folder, root: paths.root, environment: environment, pause: pause)
        let download: SourceDownload
        do {
            download = try await fetch.run(stamp: stamp, previous: previous, now: started, full: options.full)
        } catch {
            incoming = Self.incomingFiles(folder)
            return finish(.failed, "\(error)")
        }
        incoming = Self.incomingFiles(folder)
        result.run.fetched = download.fetched
        result.run.requests = download.requests
        result.run.bytes = download.bytes

        // Check and compare, one record at a time.
        let today = self.today()
        let retireAfter = remote.retireAfter
        var states: [String: SyncState.RecordState] = [:]
        var changedNew: [String: Entry] = [:]
        var needOld: [String: Int] = [:]
        let load: SourceLoad
        do {
            load = try Importer.stream(
                source, file: download.file, reference: reference, mapping: mapping, today: today, root: paths.root,
                countingIgnoredFields: false
            ) { item in
                let entry = item.record.entry
                let hash = RecordFields.fingerprint(entry)
                var updated = today
                if let old = previous?.records[entry.id] {
                    if old.kept != nil { result.returned.append(.init(id: entry.id, name: entry.name)) }
                    if old.hash == hash {
                        updated = old.updated
                    } else {
                        changedNew[entry.id] = entry
                        if old.kept == nil { needOld[entry.id] = old.line }
                    }
                } else {
                    result.added.append(.init(id: entry.id, name: entry.name))
                }
                states[entry.id] = SyncState.RecordState(hash: hash, line: item.line, assured: entry.assuredDate, updated: updated)
            }
        } catch {
            return finish(.failed, "\(error)")
        }
        result.diagnostics = load.diagnostics
        result.run.records = states.count
        result.run.errors = load.errorCount
        result.run.warnings = load.warningCount

        // What the source no longer has.
        let activeBefore = previous?.records.values.filter { $0.missing < retireAfter }.count ?? 0
        var goneIDs: [String] = []
        for (id, old) in previous?.records ?? [:] where states[id] == nil {
            guard download.full else {
                states[id] = old
                continue
            }
            var state = old
            state.missing = old.missing + 1
            state.goneSince = old.goneSince ?? today
            if old.kept == nil {
                goneIDs.append(id)
                needOld[id] = old.line
            }
            if old.missing < retireAfter && state.missing >= retireAfter {
                result.retired.append(.init(id: id, name: old.kept?.name ?? id))
            }
            states[id] = state
        }

        // The old versions of changed and vanished records, from the previous snapshot.
        var oldEntries: [String: Entry] = [:]
        if let previous, !needOld.isEmpty {
            let file = folder.file(previous.snapshot)
            let lines = Importer.isLineDelimited(file) || source.format == .hsdsAPI ? Set(needOld.values) : nil
            _ = try? Importer.stream(
                source, file: file, reference: reference, mapping: mapping, today: today, root: paths.root, lines: lines,
                countingIgnoredFields: false
            ) { item in
                if needOld[item.record.entry.id] != nil { oldEntries[item.record.entry.id] = item.record.entry }
            }
        }
        for id in goneIDs.sorted() {
            let old = oldEntries[id]
            states[id]?.kept = old
            result.gone.append(.init(id: id, name: old?.name ?? id))
            if let index = result.retired.firstIndex(where: { $0.id == id }), let old { result.retired[index].name = old.name }
        }
        for (id, entry) in changedNew.sorted(by: { $0.key < $1.key }) {
            let before = oldEntries[id] ?? previous?.records[id]?.kept
            let fields = before.map { RecordFields.differences($0, entry) } ?? []
            result.changed.append(.init(id: id, name: entry.name, fields: fields))
        }
        result.added.sort { $0.id < $1.id }
        result.returned.sort { $0.id < $1.id }
        result.retired.sort { $0.id < $1.id }
        result.run.added = result.added.count
        result.run.changed = result.changed.count
        result.run.gone = result.gone.count
        result.run.retired = result.retired.count
        result.run.returned = result.returned.count

        // Guard rails: a broken export must never empty the map.
        if !options.accept {
            let previousCount = previous?.records.values.filter { $0.kept == nil }.count ?? 0
            if result.run.records == 0 {
                return finish(.held, "\(source.name) returned 0 records" + (previous == nil ? "" : " (last time \(previousCount))")
                    + "; nothing changed. If the source really is empty now, run kaart sync \(source.name) --accept")
            }
            if load.errorCount > 0 {
                let first = load.diagnostics.first { $0.severity == .error }.map { " (first: \($0))" } ?? ""
                return finish(.held, "\(load.errorCount) error(s) in the records of \(source.name)\(first); nothing changed. Fix them at the source, or take over the rest with kaart sync \(source.name) --accept (a record with errors keeps its last good version for now)")
            }
            let share = activeBefore == 0 ? 0 : Double(result.retired.count) / Double(activeBefore)
            if share > remote.maximumRetiredShare {
                return finish(.held, "this run would take \(result.retired.count) of \(activeBefore) records of \(source.name) off the map at once (\(Int((share * 100).rounded())) %, more than max_retired_share \(Int((remote.maximumRetiredShare * 100).rounded())) %); nothing changed. Check the source; if this is right, run kaart sync \(source.name) --accept")
            }
        }
        let changedAnything = previous == nil || !(result.added.isEmpty && result.changed.isEmpty && result.gone.isEmpty
            && result.retired.isEmpty && result.returned.isEmpty)
        if options.dryRun { return finish(.dryRun, nil) }

        // Apply: the snapshot under its date, the state, the log.
        let snapshotName = stamp + "." + download.file.pathExtension
        do {
            let target = folder.file(snapshotName)
            try? FileManager.default.removeItem(at: target)
            try FileManager.default.moveItem(at: download.file, to: target)
            let state = SyncState(
                source: source.name, snapshot: snapshotName, fetchedAt: started,
                lastFullRun: download.full ? started : previous?.lastFullRun, runs: (previous?.runs ?? 0) + 1, records: states)
            try folder.write(state)
            prune(folder, keeping: snapshotName)
        } catch {
            return finish(.failed, "cannot keep the snapshot in \(CorpusLoader.relativePath(folder.url, to: paths.root)) (\(error)); nothing changed")
        }
        result.needsIndex = changedAnything
        return finish(changedAnything ? .applied : .unchanged, nil)
    }

    /// Deletes all but the newest snapshots.
    func prune(_ folder: SyncFolder, keeping current: String) {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.url.path)) ?? [])
            .filter { $0.first?.isNumber == true && ($0.hasSuffix(".ndjson") || $0.hasSuffix(".json") || $0.hasSuffix(".csv")) }
            .sorted()
        for name in names.dropLast(keptSnapshots + 1) where name != current {
            try? FileManager.default.removeItem(at: folder.file(name))
        }
    }

    static func incomingFiles(_ folder: SyncFolder) -> [URL] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.url.path)) ?? [])
            .filter { $0.hasPrefix(".incoming-") }.map { folder.file($0) }
    }

    /// `2026-11-24T101500Z`: sorts by time, and is a file name everywhere.
    static func stamp(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second, .nanosecond], from: date)
        func two(_ n: Int?) -> String { String(format: "%02d", n ?? 0) }
        return "\(c.year ?? 0)-\(two(c.month))-\(two(c.day))T\(two(c.hour))\(two(c.minute))\(two(c.second))\(String(format: "%03d", (c.nanosecond ?? 0) / 1_000_000))Z"
    }
}

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
