import Feedback
import Foundation
import Hummingbird
import HummingbirdTesting
import KaartModel
import Logging
import Server
import Testing

/// Use counted without people in it, "vond je wat je zocht?", the privacy page and the
/// maintainers' demand-and-supply route, through the running server.
@Suite struct UsageWebTests {
    static let token = "een-lang-en-geheim-beheertoken-voor-tests"

    func app(_ dependencies: ServerDependencies, settings: ServerSettings = .forTests) -> some ApplicationProtocol {
        buildApplication(settings, dependencies)
    }

    @Test func searchesOnThePageAndTheAPIAreCountedPerGemeenteWithoutTheirWords() async throws {
        let path = TestIndex.feedbackPath()
        var dependencies = try TestIndex.dependencies(feedback: try FeedbackStore(path: path, now: { TestIndex.now }))
        dependencies.maintenance = Maintenance(token: Self.token, paths: nil)
        let app = app(dependencies)
        #expect(try await PageTests.send(app, "/?wat=inloop&bij=6811", method: .get).status == .ok)
        #expect(try await PageTests.send(app, "/api/v1/services?search=inloop&postcode=6811", method: .get).status == .ok)
        // Nothing found: kept as its understood concepts only, never the words typed.
        for _ in 0..<5 {
            #expect(try await PageTests.send(app, "/?wat=xyzzyplof%20schulden&bij=6811&domein=geld-en-schulden", method: .get).status == .ok)
        }
        #expect(try await PageTests.send(app, "/aanbod/test-open-inloop", method: .get).status == .ok)
        #expect(try await PageTests.send(app, "/aanbod/test-open-inloop/handout", method: .get).status == .ok)
        await dependencies.usage.flush(to: dependencies.feedback, policy: dependencies.policy, logger: dependencies.logger)

        let totals = try await dependencies.feedback.usage(from: TestIndex.today, to: TestIndex.today, municipality: nil)
        let searches = totals.rows.filter { $0.event == .search }
        #expect(searches.filter { $0.channel == .page }.reduce(0) { $0 + $1.count } == 6)
        #expect(searches.filter { $0.channel == .api }.reduce(0) { $0 + $1.count } == 1)
        #expect(searches.allSatisfy { $0.municipality == "Arnhem" })
        let zero = try #require(searches.first { $0.size == .none })
        #expect(zero.count == 5 && zero.domain == "geld-en-schulden" && zero.filters == "bij,domein,wat")
        #expect(totals.rows.contains { $0.event == .view && $0.count == 1 })
        #expect(totals.rows.contains { $0.event == .handout && $0.count == 1 })
        #expect(totals.gaps.contains { $0.concept.contains("schuld") && $0.count == 5 })
        // The file holds no typed word, no postcode.
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path)) + ((try? Data(contentsOf: URL(fileURLWithPath: path + "-wal"))) ?? Data())
        let raw = String(decoding: bytes, as: UTF8.self)
        #expect(!raw.contains("xyzzyplof"))
        #expect(!raw.contains("6811"))

        // The maintainers' route: demand beside supply, and the shared zero-result concept.
        let answer = try await PageTests.send(app, "/api/v1/beheer/gebruik?van=2026-11-01&tot=2026-11-30", method: .get, headers: [.authorization: "Bearer \(Self.token)"])
        #expect(answer.status == .ok)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(answer.body.utf8)) as? [String: Any])
        let cells = try #require(json["cells"] as? [[String: Any]])
        #expect(cells.contains { $0["domain"] as? String == "geld-en-schulden" && $0["municipality"] as? String == "Arnhem" && $0["zero_results"] as? Int == 5 })
        #expect((json["zero_result_concepts"] as? [[String: Any]])?.isEmpty == false)
        let refused = try await PageTests.send(app, "/api/v1/beheer/gebruik", method: .get)
        #expect(refused.status == .unauthorized)
    }

    /// The benchmark's server without counting (`--zonder-telling`) must really count nothing,
    /// or the cost it measures is not the cost of counting.
    @Test func aServerThatCountsNoUseStoresNoCountsForTheBenchmarksComparison() async throws {
        var dependencies = try TestIndex.dependencies(feedback: try FeedbackStore(path: TestIndex.feedbackPath(), now: { TestIndex.now }))
        dependencies.usage = UsageCounter(counting: false)
        let app = app(dependencies)
        #expect(try await PageTests.send(app, "/?wat=inloop&bij=6811", method: .get).status == .ok)
        #expect(try await PageTests.send(app, "/api/v1/services?search=inloop&postcode=6811", method: .get).status == .ok)
        #expect(try await PageTests.send(app, "/aanbod/test-open-inloop", method: .get).status == .ok)
        await dependencies.usage.flush(to: dependencies.feedback, policy: dependencies.policy, logger: dependencies.logger)
        let totals = try await dependencies.feedback.usage(from: TestIndex.today, to: TestIndex.today, municipality: nil)
        #expect(totals.rows.isEmpty)
    }

    @Test func theFoundQuestionIsAPlainFormAndItsAnswersAreCountedAndRateLimited() async throws {
        let dependencies = try TestIndex.dependencies()
        var settings = ServerSettings.forTests
        settings.answersPerClient = 3
        let app = app(dependencies, settings: settings)
        let page = try await PageTests.send(app, "/?wat=inloop&bij=6811", method: .get)
        #expect(page.body.contains("<form class=\"gevonden\" method=\"post\" action=\"/gevonden\">"))
        #expect(page.body.contains("Vond je wat je zocht?"))
        #expect(page.body.contains("name=\"gemeente\" value=\"Arnhem\""))
        #expect(!page.body.contains("name=\"bij\" value=\"6811\"><fieldset"), "the postcode is not sent with the answer")
        let form: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]
        let yes = try await PageTests.send(app, "/gevonden", method: .post, headers: form, body: "gemeente=Arnhem&antwoord=ja")
        #expect(yes.status == .ok)
        #expect(yes.body.contains("We tellen alleen ja of nee"))
        #expect(try await PageTests.send(app, "/gevonden", method: .post, headers: form, body: "gemeente=Nergenshuizen&antwoord=nee").status == .ok)
        #expect(try await PageTests.send(app, "/gevonden", method: .post, headers: form, body: "antwoord=misschien").status == .badRequest)
        #expect(try await PageTests.send(app, "/gevonden", method: .post, headers: form, body: "antwoord=ja").status == .ok)
        let flood = try await PageTests.send(app, "/gevonden", method: .post, headers: form, body: "antwoord=ja")
        #expect(flood.status == .tooManyRequests)
        #expect(flood.headers[.retryAfter] != nil)
        await dependencies.usage.flush(to: dependencies.feedback, policy: dependencies.policy, logger: dependencies.logger)
        let rows = try await dependencies.feedback.usage(from: TestIndex.today, to: TestIndex.today, municipality: nil).rows
        #expect(rows.filter { $0.event == .foundYes }.reduce(0) { $0 + $1.count } == 2)
        #expect(rows.contains { $0.event == .foundYes && $0.municipality == "Arnhem" })
        #expect(rows.contains { $0.event == .foundNo && $0.municipality == "" }, "an unknown gemeente is not stored")
    }

    @Test func thePrivacyPageIsWrittenFromTheSettingsTheServerRunsWith() async throws {
        var dependencies = try TestIndex.dependencies()
        let before = try await PageTests.send(app(dependencies), "/privacy", method: .get)
        #expect(before.status == .ok)
        #expect(before.body.contains("We bewaren de tellingen 400 dagen."))
        #expect(before.body.contains("uiterlijk na 90 dagen"))
        #expect(before.body.contains("je IP-adres"))
        dependencies.policy = UsagePolicy(retentionDays: 183, contactDays: 30)
        var settings = ServerSettings.forTests
        settings.reportsPerClient = 4
        let after = try await PageTests.send(app(dependencies, settings: settings), "/privacy", method: .get)
        #expect(after.body.contains("We bewaren de tellingen 183 dagen."))
        #expect(after.body.contains("uiterlijk na 30 dagen"))
        #expect(after.body.contains("hoogstens 4 per 15 minuten"))
        let english = try await PageTests.send(app(dependencies), "/privacy?taal=en", method: .get)
        #expect(english.body.contains("We keep the counts for 183 days."))
        #expect(try await PageTests.send(app(dependencies), "/", method: .get).body.contains("href=\"/privacy\""))
    }

    @Test func healthzReportsTheIndexFilesChecksumAndBuildDateSoServersCanBeCompared() async throws {
        let answer = try await PageTests.send(app(try TestIndex.dependencies()), "/healthz", method: .get)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(answer.body.utf8)) as? [String: Any])
        let sum = Process()
        sum.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
        sum.arguments = [TestIndex.path]
        let output = Pipe()
        sum.standardOutput = output
        try sum.run()
        let expected = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).prefix { $0 != " " }
        sum.waitUntilExit()
        #expect(json["index_checksum"] as? String == "sha256:\(expected)")
        #expect(json["index_built_at"] as? String == TestIndex.index.builtAt)
    }
}
