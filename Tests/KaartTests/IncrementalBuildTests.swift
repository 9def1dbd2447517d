import DutchText
import Foundation
import GRDB
@testable import Indexing
import KaartModel
import SearchIndex
import Testing

/// The build cache (`BuildCache`): a rebuild after a small change redoes only the changed
/// records, and gives the index a build from nothing gives: every row of every table, FTS5's
/// own tables included, compared.
@Suite("Rebuilding after a small change")
struct IncrementalBuildTests {
    let now = Date(timeIntervalSince1970: 1_795_000_000)

    func paths(_ workspace: Workspace, index: String = "var/kaart.sqlite") -> IndexPaths {
        IndexPaths(
            corpus: workspace.corpus, indexer: repositoryRoot.appendingPathComponent("Indexer"),
            index: workspace.root.appendingPathComponent(index), root: workspace.root)
    }

    /// Every row of every table (FTS5's own tables included), in stored order: what the index holds.
    func dump(_ index: URL) throws -> [String: [Row]] {
        let queue = try DatabaseQueue(path: index.path)
        defer { try? queue.close() }
        return try queue.read { db in
            var tables: [String: [Row]] = [:]
            for name in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'") {
                tables[name] = try Row.fetchAll(db, sql: "SELECT * FROM \"\(name)\"")
            }
            #expect(tables.count > 10)
            return tables
        }
    }

    func expectSameTables(_ a: URL, _ b: URL) throws {
        let (left, right) = (try dump(a), try dump(b))
        #expect(left.keys.sorted() == right.keys.sorted())
        for (name, rows) in left where name != "search_data" {
            #expect(rows == right[name], "table \(name)")
        }
        for (l, r) in zip(left["search_data"] ?? [], right["search_data"] ?? []) {
            #expect(l == r, "search_data \(String(describing: l["key"] as String?))")
        }
    }

    func writeCorpus(_ workspace: Workspace) throws {
        try workspace.write("inloop", record("inloop", kind: "steunpunt", name: "Inloop De Brug", description: "Koffie, een praatje en klompendansen."))
        try workspace.write("schulden", record(
            "schulden", name: "Schuldhulpmaatje Arnhem", description: "Een maatje helpt met post, rekeningen en schulden.",
            extra: "free: true\n"))
        try workspace.write("rouw", record("rouw", kind: "lotgenoten", name: "Rouwgroep", description: "Praten met anderen over verlies."))
        try workspace.write("somber", record(
            "somber", kind: "online", name: "Somberheid online", description: "Een cursus op internet als je je somber voelt.",
            extra: "summary_b1: Een cursus op internet. Je doet hem thuis.\n"))
    }

    @Test("A rebuild after a correction, a new record and a removed one redoes only those and holds every row a build from nothing holds")
    func rebuildEqualsBuildFromNothing() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try writeCorpus(workspace)
        let paths = paths(workspace)
        let first = try IndexBuild.run(paths, today: testToday, now: now)
        #expect(first.load.errorCount == 0)
        #expect(first.reusedRecords == 0)

        try workspace.write("inloop", record("inloop", kind: "steunpunt", name: "Inloop De Brug", description: "Koffie, een praatje en imkeren."))
        try FileManager.default.removeItem(at: workspace.corpus.appendingPathComponent("rouw.yaml"))
        try workspace.write("wandelen", record("wandelen", name: "Wandelgroep", description: "Samen wandelen in het park."))
        let second = try IndexBuild.run(paths, today: testToday, now: now)
        #expect(second.load.records.count == 4)
        #expect(second.reusedRecords == 2)

        let fresh = self.paths(workspace, index: "vers/kaart.sqlite")
        let fromNothing = try IndexBuild.run(fresh, today: testToday, now: now, fromNothing: true)
        #expect(fromNothing.reusedRecords == 0)
        #expect(!FileManager.default.fileExists(atPath: BuildCache.url(forIndex: fresh.index).path))
        try expectSameTables(paths.index, fresh.index)

        // The corrected record is found by its new words only.
        let index = try SearchIndex(path: paths.index.path)
        func found(_ word: String) throws -> [String] {
            let results = try index.search(SearchQuery.parse([("search", word)], taxonomy: index.taxonomy), today: testToday)
            return (results.local + results.online + results.knowledge).map(\.entry.id)
        }
        #expect(try found("imkeren") == ["inloop"])
        #expect(try found("klompendansen").isEmpty)
    }

    @Test("The cache keeps only the records of the last build")
    func cacheForgetsRemovedRecords() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try writeCorpus(workspace)
        let paths = paths(workspace)
        _ = try IndexBuild.run(paths, today: testToday, now: now)
        try FileManager.default.removeItem(at: workspace.corpus.appendingPathComponent("rouw.yaml"))
        try workspace.write("somber", record("somber", kind: "online", name: "Somberheid online", description: "Anders."))
        _ = try IndexBuild.run(paths, today: testToday, now: now)
        let cache = try #require(IndexBuild.cache(forIndex: paths.index, reference: sharedReference))
        #expect(try cache.count() == 3)
    }

    @Test("A damaged cache file is started again and the index is still the one a build from nothing gives")
    func damagedCacheIsReplaced() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try writeCorpus(workspace)
        let paths = paths(workspace)
        try FileManager.default.createDirectory(at: paths.index.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("geen database".utf8).write(to: BuildCache.url(forIndex: paths.index))
        let report = try IndexBuild.run(paths, today: testToday, now: now)
        #expect(report.load.errorCount == 0)
        let again = try IndexBuild.run(paths, today: testToday, now: now)
        #expect(again.reusedRecords == 4)
        let fresh = self.paths(workspace, index: "vers/kaart.sqlite")
        _ = try IndexBuild.run(fresh, today: testToday, now: now, fromNothing: true)
        try expectSameTables(paths.index, fresh.index)
    }

    @Test("Work kept for other reference data or another kaart is never used")
    func otherFingerprintEmptiesTheCache() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let file = workspace.root.appendingPathComponent("kaart.sqlite.cache").path
        let figures = ReadabilityFigures(
            wordCount: 3, sentenceCount: 1, meanSentenceLength: 3, longestSentence: 3, fleschDouma: nil, rareWordCount: 0,
            jargonCount: 0, stigmatisingCount: 0, passiveSentenceCount: 0, nominalWordCount: 0, verdict: .b1)
        let work = RecordWork(
            summary: RecordSummary(text: "Een korte zin.", origin: .generated, figures: figures), record: Data([0x03, 0x00]),
            text: ["naam", "", "kort zin", ""], words: ["korte"])
        let key = Data([1, 2, 3])
        let old = try BuildCache(path: file, fingerprint: "woordenlijst-1")
        try old.add([(key, work)])
        #expect(try old.work(for: [key]) == [work])
        try old.close()
        let same = try BuildCache(path: file, fingerprint: "woordenlijst-1")
        #expect(try same.work(for: [key, Data([9])]) == [work, nil])
        try same.close()
        let other = try BuildCache(path: file, fingerprint: "woordenlijst-2")
        #expect(try other.count() == 0)
        #expect(try other.work(for: [key]) == [nil])
    }

    @Test("The content key tells apart records that differ anywhere, nesting included, and gives one record one key")
    func contentKeys() throws {
        struct Inner: Encodable { var x: Int; var b: Int? }
        struct Outer: Encodable { var a: [Inner]; var b: Int? }
        // Where a nested object ends decides what the key means: these two must not meet.
        #expect(try ContentBytes.of(Outer(a: [Inner(x: 1, b: 2)], b: nil)) != ContentBytes.of(Outer(a: [Inner(x: 1, b: nil)], b: 2)))
        #expect(try ContentBytes.of(Outer(a: [], b: 1)) != ContentBytes.of(Outer(a: [Inner(x: 1)], b: nil)))
        #expect(try ContentBytes.of(["ab", "c"]) != ContentBytes.of(["a", "bc"]))

        let records = RealCorpusTests.load.records
        let keys = records.map(IndexBuild.contentKey)
        #expect(Set(keys).count == records.count)
        #expect(records.map(IndexBuild.contentKey) == keys)
        var changed = records[0]
        changed.entry.description += "."
        #expect(IndexBuild.contentKey(changed) != keys[0])
        changed = records[0]
        changed.alsoKnownAs = ["Een oude naam"]
        #expect(IndexBuild.contentKey(changed) != keys[0])
    }

    @Test("A cache an older kaart wrote with other columns is started anew, and the build still uses a cache")
    func olderCacheLayoutIsReplaced() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try writeCorpus(workspace)
        let paths = paths(workspace)
        let file = BuildCache.url(forIndex: paths.index)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        // Version 1 kept each record as JSON text, in a column called record_json.
        let old = try DatabaseQueue(path: file.path)
        try old.write { db in
            try db.execute(sql: """
                CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL) WITHOUT ROWID;
                INSERT INTO meta VALUES ('fingerprint', '1:oud');
                CREATE TABLE work (key BLOB PRIMARY KEY NOT NULL, record_json TEXT NOT NULL);
                INSERT INTO work VALUES (x'01', '{}');
                """)
        }
        try old.close()
        let first = try IndexBuild.run(paths, today: testToday, now: now)
        #expect(first.reusedRecords == 0)
        let second = try IndexBuild.run(paths, today: testToday, now: now)
        #expect(second.reusedRecords == 4)
    }
}
