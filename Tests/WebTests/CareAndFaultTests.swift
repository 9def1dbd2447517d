import Feedback
import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
import Indexing
import KaartModel
import SearchIndex
import Server
import TestSupport
import Testing

/// Care where residents write to us, and the faults of issue 21 around reports, corrections and
/// the index, through the front door.
@Suite(.serialized) struct CareAndFaultTests {
    static let form: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]
    static let entry = "test-steunpunt-arnhem"

    // MARK: Reports

    @Test func theFeedbackStoresLiveWriterSynchronisesFully() throws {
        let store = try FeedbackStore(path: TestIndex.feedbackPath(), now: { TestIndex.now })
        #expect(try store.writerSynchronousSetting() == 2)  // FULL
    }

    @Test(arguments: ["ik wil niet meer leven", "Ik ben suïcidaal", "ik denk aan zelfmoord", "ik wil mezelf iets aandoen", "I want to kill myself"])
    func crisisWordsAreAnsweredFirstWithTheCrisisRoutesAndTheReportIsStillStored(text: String) async throws {
        let dependencies = try TestIndex.dependencies()
        let app = buildApplication(ServerSettings.forTests, dependencies)
        let body = "reden=anders&tekst=" + (text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")
        let page = try await PageTests.send(app, "/aanbod/\(Self.entry)/melden", method: .post, headers: Self.form, body: body)
        #expect(page.status == .ok)
        let crisis = try #require(page.body.range(of: "0800-0113"))
        let thanks = try #require(page.body.range(of: "<h1>Bedankt voor je melding"))
        #expect(crisis.lowerBound < thanks.lowerBound, "the crisis routes come first")
        #expect(page.body.contains("112"))
        #expect(try await dependencies.feedback.reports(status: nil).first?.text == text)
        let api = try await PageTests.send(
            app, "/api/v1/feedback", method: .post, headers: [.contentType: "application/json"],
            body: #"{"service_id": "\#(Self.entry)", "reason": "anders", "text": "\#(text)"}"#)
        #expect(api.status == .created)
        #expect(api.body.contains("crisis_routes") && api.body.contains("0800-0113"))
    }

    @Test func ordinaryReportTextIsNoCrisisAndTheFormAndThanksShowTheRoutesAlways() async throws {
        #expect(!CrisisLanguage.isPresent(in: "Het telefoonnummer is veranderd, ze zijn nu op dinsdag open."))
        let app = buildApplication(ServerSettings.forTests, try TestIndex.dependencies())
        for path in ["/aanbod/\(Self.entry)/melden", "/aanbod/\(Self.entry)/bedankt"] {
            let page = try await PageTests.send(app, path, method: .get)
            #expect(page.body.contains("0800-0113") && page.body.contains("113"), "\(path)")
        }
        let plain = try await PageTests.send(app, "/aanbod/\(Self.entry)/melden", method: .post, headers: Self.form, body: "reden=anders&tekst=ze+zijn+verhuisd")
        #expect(plain.status == .seeOther)
    }

    @Test func personalDataInTheTextIsLeftOutAndTheSenderIsTold() async throws {
        let dependencies = try TestIndex.dependencies()
        let app = buildApplication(ServerSettings.forTests, dependencies)
        let text = "Bel me op 06-12345678 of mail jan@example.org, ik woon Stationsstraat 12a, 6811 AB, mijn bsn is 111222333."
        let body = "reden=anders&tekst=" + (text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")
        let page = try await PageTests.send(app, "/aanbod/\(Self.entry)/melden", method: .post, headers: Self.form, body: body)
        #expect(page.status == .ok)
        #expect(page.body.contains("weggelaten"))
        let stored = try #require(try await dependencies.feedback.reports(status: nil).first?.text)
        for secret in ["12345678", "jan@example.org", "Stationsstraat 12", "6811 AB", "111222333"] {
            #expect(!stored.contains(secret), "\(secret) in \(stored)")
        }
        #expect(stored.contains("[telefoonnummer weggelaten]") && stored.contains("[bsn weggelaten]"))
        // Nine digits that fail the eleven test are no BSN; a year is no postcode.
        #expect(PersonalData.removed(from: "kenmerk 123456789, in 2024 en daarna").kinds.isEmpty)
    }

    @Test func oneAnonymousReportDoesNotBrandARecordButTwoSendersOrAConfirmationDo() throws {
        let store = try FeedbackStore(path: TestIndex.feedbackPath(), now: { TestIndex.now })
        let draft = try ReportDraft(entryID: Self.entry, reason: "tijdelijk dicht", text: nil, contact: nil)
        let first = try store.submit(draft, channel: .web, sender: "a1") { _ in true }
        _ = try store.submit(draft, channel: .web, sender: "a1") { _ in true }
        #expect(try store.markedReportCounts().isEmpty, "one sender, however often, marks nothing")
        _ = try store.submit(draft, channel: .api, sender: "b2") { _ in true }
        #expect(try store.markedReportCounts() == [Self.entry: 3])
        let other = try ReportDraft(entryID: "test-online-lotgenoten", reason: "anders", text: nil, contact: nil)
        let lone = try store.submit(other, channel: .web, sender: "c3") { _ in true }
        #expect(try store.markedReportCounts()["test-online-lotgenoten"] == nil)
        #expect(try store.confirm(try #require(lone.id)))
        #expect(try store.markedReportCounts()["test-online-lotgenoten"] == 1)
        _ = first
    }

    @Test func aSingleWebReportLeavesTheRecordUnmarkedInSearch() async throws {
        let dependencies = try TestIndex.dependencies()
        let app = buildApplication(ServerSettings.forTests, dependencies)
        _ = try await PageTests.send(app, "/aanbod/\(Self.entry)/melden", method: .post, headers: Self.form, body: "reden=tijdelijk-dicht")
        let api = try await PageTests.send(app, "/api/v1/services/\(Self.entry)", method: .get)
        #expect(api.status == .ok)
        let page = try await PageTests.send(app, "/api/v1/services?search=inloop", method: .get)
        #expect(!page.body.contains("\"possibly_outdated\":true"))
    }

    @Test func reportsFromRotatingAddressesStopAtThePerRecordAndOverallCeilings() async throws {
        var store = try FeedbackStore(path: TestIndex.feedbackPath(), now: { TestIndex.now })
        store.limits = ReportLimits(openReportsPerEntry: 3, openReports: 5)
        let draft = try ReportDraft(entryID: Self.entry, reason: "anders", text: nil, contact: nil)
        for sender in 0..<3 { _ = try await store.submit(draft, channel: .web, sender: "s\(sender)") { _ in true } }
        #expect(throws: ReportLimitReached.entryFull) { try store.submit(draft, channel: .web, sender: "s9") { _ in true } }
        let other = try ReportDraft(entryID: "test-online-lotgenoten", reason: "anders", text: nil, contact: nil)
        for sender in 0..<2 { _ = try await store.submit(other, channel: .web, sender: "t\(sender)") { _ in true } }
        #expect(throws: ReportLimitReached.queueFull) { try store.submit(other, channel: .web, sender: "t9") { _ in true } }
        #expect(try store.reports().count == 5)
        let app = buildApplication(ServerSettings.forTests, try TestIndex.dependencies(feedback: store))
        let answer = try await PageTests.send(
            app, "/api/v1/feedback", method: .post, headers: [.contentType: "application/json"],
            body: #"{"service_id": "\#(Self.entry)", "reason": "anders"}"#)
        #expect(answer.status == .serviceUnavailable || answer.status == .tooManyRequests)
    }

    @Test func aReadOnlyFeedbackFolderStillServesSearchesAnswersReportsWith503AndHealthSaysDegraded() async throws {
        // A folder that cannot be made or written, even by root: its parent is a plain file.
        let blocker = Scratch.path("kaart-ro")
        try Data("not a folder".utf8).write(to: blocker)
        let path = blocker.appendingPathComponent("var/feedback.sqlite").path
        let store = FeedbackStore.openingWhenPossible(path: path, now: { TestIndex.now })
        let app = buildApplication(ServerSettings.forTests, try TestIndex.dependencies(feedback: store))
        #expect(try await PageTests.send(app, "/?wat=inloop", method: .get).status == .ok)
        do {
            let report = try await PageTests.send(app, "/api/v1/feedback", method: .post, headers: [.contentType: "application/json"], body: #"{"service_id": "\#(Self.entry)", "reason": "anders"}"#)
            #expect(report.status == .serviceUnavailable)
            let health = try await PageTests.send(app, "/healthz", method: .get)
            #expect(health.status == .serviceUnavailable && health.body.contains("degraded"))
        }
    }

    @Test func healthSaysDegradedWhenTheFeedbackFileIsGone() async throws {
        let path = TestIndex.feedbackPath()
        let store = try FeedbackStore(path: path, now: { TestIndex.now })
        let app = buildApplication(ServerSettings.forTests, try TestIndex.dependencies(feedback: store))
        #expect(try await PageTests.send(app, "/healthz", method: .get).status == .ok)
        try FileManager.default.removeItem(atPath: path)
        try await Task.sleep(for: .milliseconds(1100))
        let health = try await PageTests.send(app, "/healthz", method: .get)
        #expect(health.status == .serviceUnavailable && health.body.contains("degraded"))
    }

    // MARK: Corrections and the index

    @Test func concurrentCorrectionsEachApplyFullyOrGetA409AndWhatIsWrittenIsServed() async throws {
        let copy = try MaintenanceTests.Copy()
        let app = buildApplication(ServerSettings.forTests, try copy.dependencies())
        let statuses = try await withThrowingTaskGroup(of: (Int, HTTPResponse.Status).self) { group in
            for n in 0..<12 {
                group.addTask {
                    let body = #"{"service_id": "test-steunpunt-arnhem", "set": {"schedule": "Open op dag \#(n)"}, "updated_by": "Sanne", "source": "https://example.org/de-brug"}"#
                    let answer = try await PageTests.send(
                        app, "/api/v1/beheer/correcties", method: .post,
                        headers: [.authorization: "Bearer \(MaintenanceTests.token)", .contentType: "application/json"], body: body)
                    return (n, answer.status)
                }
            }
            return try await group.reduce(into: [(Int, HTTPResponse.Status)]()) { $0.append($1) }
        }
        #expect(statuses.allSatisfy { $0.1 == .ok || $0.1 == .conflict }, "\(statuses)")
        #expect(statuses.contains { $0.1 == .ok })
        // The file on disk and the record served agree.
        let file = try String(contentsOf: copy.paths.corpus.appendingPathComponent("test-steunpunt-arnhem.yaml"), encoding: .utf8)
        let served = try await PageTests.send(app, "/api/v1/services/test-steunpunt-arnhem", method: .get)
        let line = try #require(file.split(separator: "\n").first { $0.hasPrefix("schedule:") })
        let value = line.dropFirst("schedule:".count).trimmingCharacters(in: .whitespaces)
        #expect(served.body.contains(value), "served record does not show \(value)")
    }

    @Test(arguments: ["truncated", "garbage", "missing"])
    func aReloadWithABrokenIndexIsRefusedClearlyAndTheOldIndexKeepsServing(kind: String) async throws {
        let copy = try MaintenanceTests.Copy()
        let app = buildApplication(ServerSettings.forTests, try copy.dependencies())
        let path = copy.paths.index.path
        // A broken file put in place the way files are replaced (a new file renamed over the
        // old one), so the index being served is not changed under it.
        let broken = copy.root.appendingPathComponent("broken.sqlite")
        switch kind {
        case "truncated":
            try Data(try Data(contentsOf: copy.paths.index).prefix(8192)).write(to: broken)
            #expect(rename(broken.path, path) == 0)
        case "garbage":
            try Data(repeating: 0x41, count: 100_000).write(to: broken)
            #expect(rename(broken.path, path) == 0)
        default: try FileManager.default.removeItem(atPath: path)
        }
        let answer = try await PageTests.send(app, "/api/v1/beheer/herlaad", method: .post, headers: [.authorization: "Bearer \(MaintenanceTests.token)"])
        #expect(answer.status == .unprocessableContent, "\(answer.body)")
        #expect(answer.body.contains("index_unusable") && answer.body.contains("kaart index"))
        #expect(try await PageTests.send(app, "/?wat=inloop", method: .get).status == .ok)
    }
}
