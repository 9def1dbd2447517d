import Benchmark
import Foundation
import Indexing
import KaartModel
import SearchIndex
import TestSupport
import Testing

/// The fictional map of the judged search set (`Fixtures/judged/`), indexed once with the real
/// pipeline and the repository's `Indexer/`. Test records only: ids `test-…`, example.org sources.
enum JudgedFixture {
    static let folder = repositoryRoot.appendingPathComponent("Tests/KaartTests/Fixtures/judged")
    static let setFile = folder.appendingPathComponent("queries.yaml")

    static let indexPath: String = {
        let scratch = Scratch.path("kaart-judged")
        try? FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        let paths = IndexPaths(
            corpus: folder.appendingPathComponent("Corpus"), indexer: repositoryRoot.appendingPathComponent("Indexer"),
            index: scratch.appendingPathComponent("judged.sqlite"), root: scratch)
        do {
            let report = try IndexBuild.run(paths, today: testToday, now: Date(timeIntervalSince1970: 1_795_000_000), reference: sharedReference)
            precondition(report.load.diagnostics.allSatisfy { $0.severity != .error }, "judged records have errors: \(report.load.diagnostics)")
        } catch {
            preconditionFailure("cannot build the judged fixture index: \(error)")
        }
        return paths.index.path
    }()

    static let index: SearchIndex = {
        do { return try SearchIndex(path: indexPath) } catch { preconditionFailure("cannot open the judged index: \(error)") }
    }()

    /// `indexPath`, built (the first time) on a thread of its own rather than on one of the
    /// threads Swift concurrency runs tests and the server's searches on.
    static func indexPathOffThePool() async -> String {
        await withCheckedContinuation { continuation in
            Thread { continuation.resume(returning: indexPath) }.start()
        }
    }

    static func search(_ parameters: [(name: String, value: String)]) throws -> SearchResults {
        try index.search(SearchQuery.parse(parameters, taxonomy: index.taxonomy), today: testToday)
    }
}

@Suite("The judged search set")
struct JudgedSearchTests {
    func load(_ yaml: String) throws -> JudgedSet { try JudgedSet.parse(yaml, file: "test.yaml") }

    @Test("The judged set scores at least the floor its file names: the score can only go up")
    func judgedSetReachesItsFloor() throws {
        let set = try JudgedSet.parse(String(contentsOf: JudgedFixture.setFile, encoding: .utf8), file: "queries.yaml")
        #expect(set.queries.count >= 80)
        let floor = try #require(set.floor)
        let score = try JudgedScorer.score(set, file: "queries.yaml", index: JudgedFixture.index, today: testToday)
        let failing = score.outcomes.filter { !$0.passed }.map { "line \($0.query.line): \($0.problems.joined(separator: "; "))" }
        #expect(score.shortfalls(of: floor).isEmpty, "\(score.shortfalls(of: floor)); failing: \(failing)")
        // Every behaviour the issue names is judged.
        let behaviours = Set(score.behaviours.map(\.behaviour))
        for behaviour in ["typos", "place in text", "sentences", "age and audience", "everyday words", "other languages", "stems", "compounds", "synonyms", "accents", "radius", "filters", "online", "places"] {
            #expect(behaviours.contains(behaviour), "no query judges \(behaviour)")
        }
    }

    @Test("A must-have found first scores recall and nDCG 1; a must-not that is shown is a violation and fails the query")
    func scorerCountsWhatItShould() throws {
        let set = try load("""
            queries:
              - {behaviour: a, query: {wat: eenzaam, bij: Arnhem}, must: [test-eenzaam-arnhem]}
              - {behaviour: b, query: {wat: eenzaam, bij: Arnhem}, must_not: [test-eenzaam-arnhem]}
              - {behaviour: c, query: {wat: eenzaam, bij: Arnhem}, must: [test-schulden-stadskanaal]}
              - {behaviour: d, query: {bij: Elst}, error: ambiguous}
              - {behaviour: d, query: {bij: Arnhem}, error: ambiguous}
            """)
        let score = try JudgedScorer.score(set, file: "test.yaml", index: JudgedFixture.index, today: testToday)
        let outcomes = score.outcomes
        #expect(outcomes[0].passed && outcomes[0].recall == 1 && outcomes[0].ndcg > 0.6)
        #expect(!outcomes[1].passed && outcomes[1].violations == ["test-eenzaam-arnhem"])
        #expect(!outcomes[2].passed && outcomes[2].recall == 0 && outcomes[2].ndcg == 0)
        #expect(outcomes[3].passed && !outcomes[4].passed)
        #expect(score.total.passed == 2 && score.total.violations == 1)
        #expect(!score.shortfalls(of: .init(passRate: 0.5, recall: 0, ndcg: 0)).isEmpty)
        #expect(score.table().contains("| **all** | 5 | 2 (40%)"))
    }

    @Test("A judged query that cannot fail, or names no record of the index, is refused with file and line")
    func badSetsAreRefused() throws {
        #expect(throws: JudgedSetError.self) { try load("queries:\n  - {behaviour: a, query: {wat: rouw}}\n") }
        let unknown = try load("queries:\n  - {behaviour: a, query: {wat: rouw}, must: [bestaat-niet]}\n")
        #expect {
            try JudgedScorer.score(unknown, file: "test.yaml", index: JudgedFixture.index, today: testToday)
        } throws: { error in
            "\(error)".contains("test.yaml:2") && "\(error)".contains("bestaat-niet")
        }
    }
}
