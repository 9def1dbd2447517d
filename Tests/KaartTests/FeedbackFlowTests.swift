import Feedback
import Foundation
import GRDB
import KaartModel
import SearchIndex
import Testing

/// Box for a clock the test moves forward.
final class TestClock: @unchecked Sendable {
    var now = Date(timeIntervalSince1970: 1_795_000_000)
}

@Suite("Reports, freshness and privacy")
struct FeedbackFlowTests {
    func store(_ clock: TestClock) throws -> FeedbackStore {
        try FeedbackStore(writer: DatabaseQueue(), now: { clock.now })
    }

    func submit(_ store: FeedbackStore, _ id: String, contact: String? = nil) throws {
        _ = try store.submit(
            ReportDraft(entryID: id, reason: "tijdelijk dicht", text: nil, contact: contact),
            channel: .terminal, isKnownEntry: { _ in true })
    }

    @Test("A record with open reports is marked as possibly out of date and ranked like a stale one")
    func openReportsMarkResults() throws {
        let index = SearchFixture.index
        let query = try SearchQuery.parse([("wat", "rouw")], taxonomy: index.taxonomy)
        let clean = try #require(try index.search(query, today: testToday).local.first)
        #expect(!clean.stale)
        let reported = try #require(try index.search(query, today: testToday, openReports: ["rouwgroep": 2]).local.first)
        #expect(reported.stale)
        #expect(reported.openReports == 2)
        #expect(reported.score.freshnessFactor < clean.score.freshnessFactor)
    }

    @Test("Closing a record's reports closes only that record's, and wipes their contact details")
    func closeAllForOneRecord() throws {
        let clock = TestClock()
        let store = try store(clock)
        try submit(store, "a", contact: "iemand@example.org")
        try submit(store, "a")
        try submit(store, "b", contact: "ander@example.org")
        #expect(try store.openReportCounts() == ["a": 2, "b": 1])
        #expect(try store.closeAll(entryID: "a") == 2)
        #expect(try store.openReportCounts() == ["b": 1])
        let closed = try store.reports(status: .closed)
        #expect(closed.count == 2 && closed.allSatisfy { $0.contact == nil })
        #expect(try store.reports(status: .open).first?.contact == "ander@example.org")
    }

    @Test("Contact details older than the retention period are deleted; newer ones stay")
    func contactRetention() throws {
        let clock = TestClock()
        let store = try store(clock)
        try submit(store, "oud", contact: "oud@example.org")
        clock.now += 80 * 86_400
        try submit(store, "nieuw", contact: "nieuw@example.org")
        clock.now += 20 * 86_400
        #expect(try store.deleteContacts(olderThanDays: 90) == 1)
        let reports = try store.reports()
        #expect(reports.first { $0.entryID == "oud" }?.contact == nil)
        #expect(reports.first { $0.entryID == "nieuw" }?.contact == "nieuw@example.org")
        #expect(reports.allSatisfy { $0.status == .open })
    }
}
