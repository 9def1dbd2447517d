import Feedback
import Foundation
import Indexing
import KaartModel
import Logging
import SearchIndex
import Server
import TestSupport

/// A small index built from `Fixtures/Corpus/` with the repository's own `Indexer/`, once per
/// test run. The records are test fixtures, not real help: their ids start with `test-` and
/// their sources are example.org. `scripts/contract-test` serves the same records.
enum TestIndex {
    static let today = Day(year: 2026, month: 11, day: 24)!
    /// 2026-11-24 12:00 in Amsterdam.
    static let now = Date(timeIntervalSince1970: 1_795_518_000)

    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The built index's path; built once, shared read-only by every test.
    static let path: String = {
        let folder = Scratch.path("kaart-webtests")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let paths = IndexPaths(
            corpus: repositoryRoot.appendingPathComponent("Tests/WebTests/Fixtures/Corpus"),
            indexer: repositoryRoot.appendingPathComponent("Indexer"),
            index: folder.appendingPathComponent("index.sqlite"), root: folder)
        do {
            let report = try IndexBuild.run(paths, today: today, now: now)
            let problems = report.load.diagnostics.filter { $0.severity == .error }
            precondition(problems.isEmpty, "fixture records have errors: \(problems)")
        } catch {
            preconditionFailure("cannot build the fixture index: \(error)")
        }
        return paths.index.path
    }()

    /// The ids of the records the public API lists: every record for everyone, inactive ones
    /// included, in id order; records for professionals only are not among them (issue 19).
    static var publicIDs: [String] {
        get throws { try index.records(filteredBy: SearchQuery(), audience: .everyone).map(\.entry.id) }
    }

    static let index: SearchIndex = {
        do { return try SearchIndex(path: path) } catch { preconditionFailure("cannot open the fixture index: \(error)") }
    }()

    /// The server's settings for tests: the defaults, with a search time budget that a test
    /// machine's load cannot spend. The 2-second budget is for production; on two shared cores,
    /// suites that wait for `kaart` processes or build indexes hold both of Swift concurrency's
    /// threads at times, and a search that could not start within the budget answered 503.
    /// The budget itself is tested with its own settings (AbuseTests).
    static var settings: ServerSettings { .forTests }

    /// A new, empty feedback file in a temporary folder.
    static func feedbackPath() -> String {
        Scratch.path("kaart-feedback", suffix: ".sqlite").path
    }

    static func dependencies(feedback: FeedbackStore? = nil) throws -> ServerDependencies {
        try dependencies(store: try feedback ?? FeedbackStore(path: feedbackPath(), now: { now }))
    }

    /// The server's dependencies on any store (a PostgreSQL one in `UsageWebTests`).
    static func dependencies(store: any ReportStore) throws -> ServerDependencies {
        var logger = Logger(label: "test")
        logger.logLevel = .critical
        return ServerDependencies(index: index, feedback: store, now: { now }, today: { today }, logger: logger)
    }

    /// The `kaart` executable next to the test bundle (`swift build` puts both in one folder).
    static var kaartExecutable: URL {
        let candidates = [
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("kaart"),
            Bundle.main.bundleURL.appendingPathComponent("kaart"),
            repositoryRoot.appendingPathComponent(".build/debug/kaart"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[2]
    }
}

extension ServerSettings {
    /// The defaults, with a search budget that measures the search, not the test machine: the
    /// suite runs many tests at once on two cores, where a 2-second wall-clock budget can run out
    /// while a search waits for a core. The budget itself is tested with explicit limits
    /// (`AbuseTests`).
    static var forTests: ServerSettings {
        var settings = ServerSettings()
        settings.searchTimeBudget = .seconds(30)
        return settings
    }
}
