import Feedback
import Foundation
import Hummingbird
import HummingbirdTesting
import Indexing
import KaartModel
import SearchIndex
import Server
import TestSupport
import Testing

/// Maintainer routes behind the token, and swapping in a rebuilt index while serving.
@Suite(.serialized) struct MaintenanceTests {
    static let token = "een-lang-en-geheim-beheertoken-voor-tests"

    /// A private copy of the fixture corpus and index, so corrections and rebuilds touch nothing shared.
    struct Copy {
        let root: URL
        let paths: IndexPaths

        init() throws {
            root = Scratch.path("kaart-beheer")
            let corpus = root.appendingPathComponent("Corpus")
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: TestIndex.repositoryRoot.appendingPathComponent("Tests/WebTests/Fixtures/Corpus"), to: corpus)
            paths = IndexPaths(
                corpus: corpus, indexer: TestIndex.repositoryRoot.appendingPathComponent("Indexer"),
                index: root.appendingPathComponent("index.sqlite"), root: root)
            _ = try IndexBuild.run(paths, today: TestIndex.today, now: TestIndex.now)
        }

        func dependencies(maintenance: Bool = true) throws -> ServerDependencies {
            var dependencies = try TestIndex.dependencies()
            dependencies = ServerDependencies(
                index: try SearchIndex(path: paths.index.path), feedback: dependencies.feedback,
                now: { TestIndex.now }, today: { TestIndex.today }, logger: dependencies.logger)
            if maintenance { dependencies.maintenance = Maintenance(token: MaintenanceTests.token, paths: paths) }
            return dependencies
        }
    }

    @Test func theMaintainerRoutesAnswer401WithoutOrWithAWrongTokenAnd200WithTheRightOne() async throws {
        let copy = try Copy()
        let app = buildApplication(ServerSettings.forTests, try copy.dependencies())
        let missing = try await PageTests.send(app, "/api/v1/beheer/meldingen", method: .get)
        #expect(missing.status == .unauthorized)
        let wrong = try await PageTests.send(app, "/api/v1/beheer/meldingen", method: .get, headers: [.authorization: "Bearer \(Self.token)x"])
        #expect(wrong.status == .unauthorized)
        let right = try await PageTests.send(app, "/api/v1/beheer/meldingen", method: .get, headers: [.authorization: "Bearer \(Self.token)"])
        #expect(right.status == .ok)
        #expect(!missing.body.contains(Self.token) && !wrong.body.contains(Self.token))
    }

    @Test func withoutATokenMaintenanceIsSwitchedOff() async throws {
        let copy = try Copy()
        let app = buildApplication(ServerSettings.forTests, try copy.dependencies(maintenance: false))
        let answer = try await PageTests.send(app, "/api/v1/beheer/meldingen", method: .get, headers: [.authorization: "Bearer \(Self.token)"])
        #expect(answer.status == .notFound)
    }

    @Test func theTokenComparisonRejectsPrefixesExtensionsAndEmptyTokens() {
        let maintenance = Maintenance(token: "abcdefghijklmnop", paths: nil)
        #expect(maintenance.accepts("abcdefghijklmnop"))
        #expect(!maintenance.accepts("abcdefghijklmno"))
        #expect(!maintenance.accepts("abcdefghijklmnop" + String(repeating: "x", count: 256)))
        #expect(!maintenance.accepts(""))
        #expect(!maintenance.accepts(nil))
        #expect(!Maintenance(token: "", paths: nil).accepts(""))
    }

    @Test func aCorrectionOverHTTPIsWrittenReindexedAndServedAndClosesTheReports() async throws {
        let copy = try Copy()
        let dependencies = try copy.dependencies()
        _ = try await dependencies.feedback.submit(
            ReportDraft(entryID: "test-steunpunt-arnhem", reason: "tijden kloppen niet", text: nil, contact: "a@example.org"),
            channel: .web, isKnownEntry: { _ in true })
        let app = buildApplication(ServerSettings.forTests, dependencies)
        let body = #"{"service_id": "test-steunpunt-arnhem", "set": {"name": "Steunpunt De Nieuwe Brug"}, "updated_by": "Sanne", "resolve": true}"#
        let answer = try await PageTests.send(
            app, "/api/v1/beheer/correcties", method: .post,
            headers: [.authorization: "Bearer \(Self.token)", .contentType: "application/json"], body: body)
        #expect(answer.status == .ok, "\(answer.body)")
        #expect(answer.body.contains("\"closed_reports\" : 1") || answer.body.contains("\"closed_reports\":1"))
        let service = try await PageTests.send(app, "/api/v1/services/test-steunpunt-arnhem", method: .get)
        #expect(service.body.contains("Steunpunt De Nieuwe Brug"))
        #expect(try await dependencies.feedback.openReportCounts().isEmpty)
        let rejected = try await PageTests.send(
            app, "/api/v1/beheer/correcties", method: .post,
            headers: [.authorization: "Bearer \(Self.token)", .contentType: "application/json"],
            body: #"{"service_id": "test-steunpunt-arnhem", "set": {"domains": "onzin"}, "updated_by": "Sanne"}"#)
        #expect(rejected.status == .unprocessableContent)
    }

    @Test func searchesKeepSucceedingWhileTheIndexIsRebuiltAndSwappedIn() async throws {
        let copy = try Copy()
        let dependencies = try copy.dependencies()
        let app = buildApplication(ServerSettings.forTests, dependencies)
        let failures = try await app.test(.router) { client in
            try await withThrowingTaskGroup(of: Int.self) { group in
                group.addTask {
                    var failed = 0
                    for _ in 0..<150 {
                        let status = try await client.execute(uri: "/api/v1/services?search=eenzaam&postcode=6811", method: .get) { $0.status }
                        if status != .ok { failed += 1 }
                    }
                    return failed
                }
                group.addTask {
                    var failed = 0
                    for _ in 0..<4 {
                        _ = try IndexBuild.run(copy.paths, today: TestIndex.today, now: TestIndex.now)
                        let status = try await client.execute(
                            uri: "/api/v1/beheer/herlaad", method: .post, headers: [.authorization: "Bearer \(Self.token)"]
                        ) { $0.status }
                        if status != .ok { failed += 1 }
                    }
                    return failed
                }
                return try await group.reduce(0, +)
            }
        }
        #expect(failures == 0)
    }
}
