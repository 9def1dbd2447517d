@testable import Feedback
import Foundation
import GRDB
import KaartModel
import Testing

/// The feedback file: what a report holds, what is refused, and that an acknowledged report is
/// never lost.
@Suite struct FeedbackStoreTests {
    func store(_ path: String = TestIndex.feedbackPath()) throws -> FeedbackStore {
        try FeedbackStore(path: path, now: { TestIndex.now })
    }

    let known: (String) throws -> Bool = { $0.hasPrefix("test-") }

    @Test func aReportKeepsReasonTextContactTimeAndChannelAndClosingItDeletesTheContact() throws {
        let store = try store()
        let draft = try ReportDraft(entryID: "test-steunpunt-arnhem", reason: "Tijdelijk dicht", text: "  Dicht tot 1 maart\r\nzegt de deur  ", contact: "jan@example.org")
        let report = try store.submit(draft, channel: .terminal, isKnownEntry: known)
        #expect(report.id == 1)
        let stored = try #require(try store.report(id: 1))
        #expect(stored.reason == .temporarilyClosed)
        #expect(stored.text == "Dicht tot 1 maart\nzegt de deur")
        #expect(stored.contact == "jan@example.org")
        #expect(stored.createdAt == TestIndex.now)
        #expect(stored.status == .open)
        #expect(stored.channel == .terminal)
        #expect(try store.close(1))
        let closed = try #require(try store.report(id: 1))
        #expect(closed.status == .closed)
        #expect(closed.contact == nil)
        #expect(closed.closedAt == TestIndex.now)
        #expect(try store.reports(status: .open).isEmpty)
    }

    @Test func openReportCountsFollowThisStoresWritesAtOnceAndAnotherProcessesWithinASecond() throws {
        let path = TestIndex.feedbackPath()
        let server = try store(path)
        let terminal = try store(path)  // as `kaart meld` would open it, in another process
        let draft = try ReportDraft(entryID: "test-x", reason: "anders", text: nil, contact: nil)
        #expect(try server.openReportCounts().isEmpty)
        let own = try server.submit(draft, channel: .web, isKnownEntry: known)
        #expect(try server.openReportCounts() == ["test-x": 1])
        _ = try terminal.submit(draft, channel: .terminal, isKnownEntry: known)
        Thread.sleep(forTimeInterval: 1.1)
        #expect(try server.openReportCounts() == ["test-x": 2])
        #expect(try server.close(try #require(own.id)))
        #expect(try server.openReportCounts() == ["test-x": 1])
    }

    @Test func everyReasonHasADutchAndAnEnglishLabelAndItsLabelIsItsCode() {
        for reason in ReportReason.allCases {
            #expect(ReportReason(typed: reason.rawValue.replacingOccurrences(of: "-", with: " ")) == reason)
        }
    }

    @Test(arguments: [
        ("test-x", nil, nil, nil, ReportProblem.missingReason),
        ("test-x", "kapot", nil, nil, .unknownReason("kapot")),
        ("  ", "anders", nil, nil, .missingEntry),
        ("test-x", "anders", String(repeating: "é", count: ReportDraft.maximumTextLength + 1), nil, .tooLong(.text, limit: ReportDraft.maximumTextLength)),
        ("test-x", "anders", nil, String(repeating: "1", count: ReportDraft.maximumContactLength + 1), .tooLong(.contact, limit: ReportDraft.maximumContactLength)),
        ("test-x", "anders", "nul\u{0}teken", nil, .invalidCharacters(.text)),
        ("test-x", "anders", nil, "jan\n@example.org", .invalidCharacters(.contact)),
    ] as [(String, String?, String?, String?, ReportProblem)])
    func draftsRefuseWhatCannotBeAReport(id: String, reason: String?, text: String?, contact: String?, problem: ReportProblem) {
        #expect(throws: problem) { try ReportDraft(entryID: id, reason: reason, text: text, contact: contact) }
    }

    @Test func emptyOptionalFieldsAreNotStored() throws {
        let draft = try ReportDraft(entryID: "test-x", reason: "anders", text: "   ", contact: "")
        #expect(draft.text == nil)
        #expect(draft.contact == nil)
    }

    @Test func anUnknownEntryIsRefusedAndNothingIsStored() throws {
        let store = try store()
        let draft = try ReportDraft(entryID: "bestaat-niet", reason: "anders", text: nil, contact: nil)
        #expect(throws: ReportProblem.unknownEntry("bestaat-niet")) { try store.submit(draft, channel: .web, isKnownEntry: known) }
        #expect(try store.reports().isEmpty)
    }

    @Test func theSchemaItselfRefusesWhatTheDraftWouldRefuse() throws {
        let path = TestIndex.feedbackPath()
        _ = try store(path)
        let queue = try DatabaseQueue(path: path)
        #expect(throws: DatabaseError.self) {
            try queue.write { db in
                try db.execute(sql: "INSERT INTO report (entry_id, reason, created_at, channel) VALUES ('x', 'kapot', '2026-11-24T11:00:00Z', 'web')")
            }
        }
        #expect(throws: DatabaseError.self) {
            try queue.write { db in
                try db.execute(sql: "INSERT INTO report (entry_id, reason, created_at, status, channel) VALUES ('x', 'anders', '2026-11-24T11:00:00Z', 'closed', 'web')")
            }
        }
    }

    @Test func theFileIsInWALModeSoCommitsAreDurableAndReadersNeverBlock() throws {
        let path = TestIndex.feedbackPath()
        let store = try store(path)
        _ = try store.submit(try ReportDraft(entryID: "test-x", reason: "anders", text: nil, contact: nil), channel: .web, isKnownEntry: known)
        let queue = try DatabaseQueue(path: path)
        #expect(try queue.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") } == "wal")
    }

    @Test func aReadOnlyFileIsAClearErrorNotASilentLoss() throws {
        let path = TestIndex.feedbackPath()
        _ = try store(path)
        var configuration = Configuration()
        configuration.readonly = true
        let readOnly = try FeedbackStore(writer: DatabaseQueue(path: path, configuration: configuration), location: path, now: { TestIndex.now })
        let draft = try ReportDraft(entryID: "test-x", reason: "anders", text: nil, contact: nil)
        do {
            _ = try readOnly.submit(draft, channel: .terminal, isKnownEntry: known)
            Issue.record("a write to a read-only file must fail")
        } catch let error as FeedbackStoreError {
            #expect(error.cause == .readOnly)
            #expect(error.description.contains("NIET opgeslagen"))
        }
    }

    @Test func aFullDiskIsAClearErrorAndEveryAcknowledgedReportIsKept() throws {
        // SQLite's max_page_count makes the file "full" as a full disk would: SQLITE_FULL.
        let path = TestIndex.feedbackPath()
        _ = try store(path)
        var configuration = Configuration()
        configuration.prepareDatabase { db in
            let pages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
            try db.execute(sql: "PRAGMA max_page_count = \(pages + 2)")
        }
        let small = try FeedbackStore(writer: DatabaseQueue(path: path, configuration: configuration), location: path, now: { TestIndex.now })
        let draft = try ReportDraft(entryID: "test-x", reason: "anders", text: String(repeating: "lang verhaal ", count: 70), contact: nil)
        var acknowledged: [Int64] = []
        var failure: FeedbackStoreError?
        for _ in 0..<200 {
            do {
                acknowledged.append(try small.submit(draft, channel: .web, isKnownEntry: known).id!)
            } catch let error as FeedbackStoreError {
                failure = error
                break
            }
        }
        #expect(failure?.cause == .diskFull)
        #expect(failure?.description.contains("de schijf is vol") == true)
        #expect(!acknowledged.isEmpty)
        let reopened = try store(path)
        #expect(try reopened.reports().compactMap(\.id) == acknowledged)
    }

    @Test func aFeedbackFileFromBeforeProviderReportsKeepsEveryReportAndTakesTheirs() throws {
        // The file as the two earlier migrations left it, with one report in it.
        let path = TestIndex.feedbackPath()
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: """
                CREATE TABLE report (
                    id INTEGER PRIMARY KEY AUTOINCREMENT, entry_id TEXT NOT NULL, reason TEXT NOT NULL, text TEXT,
                    contact TEXT, created_at TEXT NOT NULL, status TEXT NOT NULL DEFAULT 'open', closed_at TEXT,
                    channel TEXT NOT NULL CHECK (channel IN ('terminal', 'web', 'api')),
                    sender TEXT, confirmed_at TEXT);
                CREATE INDEX report_by_entry ON report(entry_id, status);
                CREATE TABLE health_check (id INTEGER PRIMARY KEY CHECK (id = 1), checked_at TEXT NOT NULL);
                CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
                INSERT INTO grdb_migrations VALUES ('2026-11 reports'), ('2026-12 senders, confirmation and health');
                INSERT INTO report (id, entry_id, reason, text, created_at, status, channel)
                    VALUES (7, 'test-steunpunt-arnhem', 'anders', 'oud', '2026-11-20T10:00:00Z', 'open', 'web');
                """)
        }
        try queue.close()
        let store = try store(path)
        #expect(try store.report(id: 7)?.text == "oud")
        let draft = try ReportDraft(entryID: "test-steunpunt-arnhem", reason: "anders", text: "van de aanbieder", contact: nil)
        let report = try store.submit(draft, channel: .provider, isKnownEntry: known)
        #expect(report.id == 8)
        #expect(try store.report(id: 8)?.channel == .provider)
    }

    @Test func usageCountedBeforeTheNamesWereCodedIsKeptCellForCell() throws {
        // The file as the migrations up to suggestions left it, with counts in the text tables.
        let path = TestIndex.feedbackPath()
        let queue = try DatabaseQueue(path: path)
        try FeedbackStore.migrator.migrate(queue, upTo: "2026-12 suggestions")
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO usage_day VALUES ('2026-11-23', 'Arnhem', 'page', 'search', 'geld-en-schulden', 'bij,wat', '0', 5);
                INSERT INTO usage_day VALUES ('2026-11-24', 'Arnhem', 'api', 'view', '', '', '', 2);
                INSERT INTO usage_gap VALUES ('2026-11-23', 'Arnhem', 'schulden', 5);
                """)
        }
        try queue.close()
        let store = try store(path)
        let totals = try store.usage(from: Day("2026-11-01")!, to: Day("2026-11-30")!, municipality: "Arnhem")
        #expect(Set(totals.rows) == [
            UsageTotals.Row(municipality: "Arnhem", channel: .page, event: .search, domain: "geld-en-schulden", filters: "bij,wat", size: .none, count: 5),
            UsageTotals.Row(municipality: "Arnhem", channel: .api, event: .view, domain: "", filters: "", size: .notApplicable, count: 2),
        ])
        #expect(totals.gaps.map(\.concept) == ["schulden"])
        #expect(try store.usage(from: Day("2026-11-24")!, to: Day("2026-11-24")!, municipality: nil).rows.map(\.count) == [2], "days stay days")
    }
}
