import Feedback
import Foundation
import KaartModel
import Testing

/// One suite for every store behind `ReportStore`: the SQLite file and PostgreSQL must keep the
/// same rules. Under `make test` both run (scripts/with-postgres starts a throwaway cluster);
/// plain `swift test` runs the SQLite half.
@Suite struct ReportStoreTests {
    let known: (String) throws -> Bool = { $0.hasPrefix("test-") }

    /// A clock a test can move on.
    final class Clock: Sendable {
        let time = Locked(TestIndex.now)
        var now: @Sendable () -> Date { { [time] in time.withLock { $0 } } }
        func advance(days: Double) { time.withLock { $0 += days * 86_400 } }
    }

    func draft(_ id: String = "test-steunpunt-arnhem", reason: String = "anders", text: String? = nil, contact: String? = nil) throws -> ReportDraft {
        try ReportDraft(entryID: id, reason: reason, text: text, contact: contact)
    }

    @Test(arguments: StoreKind.available)
    func aReportKeepsItsFieldsAndClosingItDeletesTheContact(kind: StoreKind) async throws {
        let (store, _) = try await kind.makeStore(now: { TestIndex.now })
        let sent = try draft(reason: "Tijdelijk dicht", text: "  Dicht tot 1 maart\r\nzegt de deur  ", contact: "jan@example.org")
        let report = try await store.submit(sent, channel: .web, sender: "a1", isKnownEntry: known)
        let id = try #require(report.id)
        let stored = try #require(try await store.report(id: id))
        #expect(stored.reason == .temporarilyClosed)
        #expect(stored.text == "Dicht tot 1 maart\nzegt de deur")
        #expect(stored.contact == "jan@example.org")
        #expect(stored.createdAt == TestIndex.now)
        #expect(stored.status == .open && stored.channel == .web && stored.sender == "a1" && stored.confirmedAt == nil)
        #expect(try await store.close(id))
        #expect(try await !store.close(id), "a closed report cannot be closed again")
        let closed = try #require(try await store.report(id: id))
        #expect(closed.status == .closed && closed.contact == nil && closed.closedAt == TestIndex.now)
        #expect(try await store.reports(status: .open).isEmpty)
        #expect(try await store.reports(status: nil).map(\.id) == [id])
        await store.shutdown()
    }

    @Test(arguments: StoreKind.available)
    func isHetGeluktIsCountedAsYesAndNoPerRecordAndMonthAndNothingElse(kind: StoreKind) async throws {
        let (store, _) = try await kind.makeStore(now: { TestIndex.now })
        let november = Day("2026-11-03")!
        try await store.recordOutcome(entryID: "test-steunpunt-arnhem", succeeded: true, day: november)
        try await store.recordOutcome(entryID: "test-steunpunt-arnhem", succeeded: true, day: Day("2026-11-30")!)
        try await store.recordOutcome(entryID: "test-steunpunt-arnhem", succeeded: false, day: november)
        try await store.recordOutcome(entryID: "test-open-inloop", succeeded: false, day: november)
        try await store.recordOutcome(entryID: "test-steunpunt-arnhem", succeeded: false, day: Day("2026-10-31")!)
        let counts = try await store.outcomes(from: Day("2026-11-01")!, to: Day("2026-11-30")!)
        #expect(counts == [
            OutcomeCount(entryID: "test-open-inloop", month: "2026-11", yes: 0, no: 1),
            OutcomeCount(entryID: "test-steunpunt-arnhem", month: "2026-11", yes: 2, no: 1),
        ])
        let both = try await store.outcomes(from: Day("2026-10-15")!, to: Day("2026-11-30")!)
        #expect(both.map(\.month) == ["2026-10", "2026-11", "2026-11"])
        #expect(both.first == OutcomeCount(entryID: "test-steunpunt-arnhem", month: "2026-10", yes: 0, no: 1))
        await store.shutdown()
    }

    @Test(arguments: StoreKind.available)
    func personalDataInTheTextIsLeftOutAndCrisisLanguageIsNoticed(kind: StoreKind) async throws {
        let (store, _) = try await kind.makeStore(now: { TestIndex.now })
        let receipt = try await store.receive(
            try draft(text: "Bel mij op 06-12345678 of mail piet@example.org, ik wil niet meer leven"),
            channel: .api, sender: "b2", isKnownEntry: known)
        #expect(receipt.removed.contains(.emailAddress) && receipt.removed.contains(.phoneNumber))
        #expect(receipt.speaksOfCrisis)
        let receivedID = try #require(receipt.report.id)
        let stored = try #require(try await store.report(id: receivedID))
        #expect(stored.text?.contains("06-12345678") == false)
        #expect(stored.text?.contains("piet@example.org") == false)
        await store.shutdown()
    }

    @Test(arguments: StoreKind.available)
    func anUnknownRecordIsRefusedAndNothingIsStored(kind: StoreKind) async throws {
        let (store, _) = try await kind.makeStore(now: { TestIndex.now })
        await #expect(throws: ReportProblem.unknownEntry("nergens")) {
            try await store.submit(try draft("nergens"), channel: .web, sender: nil, isKnownEntry: known)
        }
        #expect(try await store.reports(status: nil).isEmpty)
        await store.shutdown()
    }

    @Test(arguments: StoreKind.available)
    func theCeilingsRefuseAFloodFromTheWebButNotFromTheTerminal(kind: StoreKind) async throws {
        let (store, _) = try await kind.makeStore(now: { TestIndex.now }, limits: ReportLimits(openReportsPerEntry: 2, openReports: 3))
        for _ in 0..<2 { _ = try await store.submit(try draft(), channel: .web, sender: "c", isKnownEntry: known) }
        await #expect(throws: ReportLimitReached.entryFull) {
            try await store.submit(try draft(), channel: .api, sender: "c", isKnownEntry: known)
        }
        _ = try await store.submit(try draft("test-open-inloop"), channel: .web, sender: "c", isKnownEntry: known)
        await #expect(throws: ReportLimitReached.queueFull) {
            try await store.submit(try draft("test-gepland"), channel: .web, sender: "c", isKnownEntry: known)
        }
        // A wegwijzer at the terminal is trusted: no ceiling, and confirmed at once.
        let trusted = try await store.submit(try draft(), channel: .terminal, sender: nil, isKnownEntry: known)
        #expect(trusted.confirmedAt == TestIndex.now)
        #expect(try await store.openReportCounts() == ["test-steunpunt-arnhem": 3, "test-open-inloop": 1])
        await store.shutdown()
    }

    @Test(arguments: StoreKind.available)
    func aRecordIsMarkedInPublicOnlyAfterTwoSendersOrAConfirmation(kind: StoreKind) async throws {
        let (store, _) = try await kind.makeStore(now: { TestIndex.now })
        let first = try await store.submit(try draft(), channel: .web, sender: "s1", isKnownEntry: known)
        _ = try await store.submit(try draft(), channel: .web, sender: "s1", isKnownEntry: known)
        #expect(try await store.markedReportCounts().isEmpty, "one sender twice is still one sender")
        _ = try await store.submit(try draft(), channel: .api, sender: "s2", isKnownEntry: known)
        #expect(try await store.markedReportCounts() == ["test-steunpunt-arnhem": 3])
        let other = try await store.submit(try draft("test-open-inloop"), channel: .web, sender: "s3", isKnownEntry: known)
        #expect(try await store.markedReportCounts()["test-open-inloop"] == nil)
        #expect(try await store.confirm(try #require(other.id)))
        #expect(try await !store.confirm(try #require(other.id)), "already confirmed")
        #expect(try await store.markedReportCounts()["test-open-inloop"] == 1)
        #expect(try await store.closeAll(entryID: "test-steunpunt-arnhem") == 3)
        #expect(try await store.markedReportCounts() == ["test-open-inloop": 1])
        #expect(try await store.report(id: try #require(first.id))?.status == .closed)
        await store.shutdown()
    }

    @Test(arguments: StoreKind.available)
    func contactsOlderThanTheRetentionAreDeletedOpenReportsIncluded(kind: StoreKind) async throws {
        let clock = Clock()
        let (store, _) = try await kind.makeStore(now: clock.now)
        let old = try await store.submit(try draft(contact: "oud@example.org"), channel: .web, sender: "x", isKnownEntry: known)
        clock.advance(days: 60)
        let young = try await store.submit(try draft(contact: "jong@example.org"), channel: .web, sender: "y", isKnownEntry: known)
        clock.advance(days: 31)
        #expect(try await store.deleteContacts(olderThanDays: 90) == 1)
        #expect(try await store.report(id: try #require(old.id))?.contact == nil)
        #expect(try await store.report(id: try #require(old.id))?.status == .open)
        #expect(try await store.report(id: try #require(young.id))?.contact == "jong@example.org")
        await store.shutdown()
    }

    @Test(arguments: StoreKind.available)
    func aLinkThatFailsTwiceOpensAReportAndClosesItselfWhenItWorksAgain(kind: StoreKind) async throws {
        let clock = Clock()
        let (store, _) = try await kind.makeStore(now: clock.now)
        let url = "https://example.org/steunpunt"
        #expect(try await store.recordLinkCheck(entryID: "test-steunpunt-arnhem", url: url, problem: "404") == .none)
        #expect(try await store.linkReports(all: false).isEmpty)
        clock.advance(days: 1)
        #expect(try await store.recordLinkCheck(entryID: "test-steunpunt-arnhem", url: url, problem: "404") == .opened)
        let open = try await store.linkReports(all: false)
        #expect(open.count == 1)
        #expect(open.first?.failingSince == TestIndex.now)
        #expect(open.first?.problem == "404")
        clock.advance(days: 1)
        #expect(try await store.recordLinkCheck(entryID: "test-steunpunt-arnhem", url: url, problem: nil) == .closed)
        #expect(try await store.linkReports(all: false).isEmpty)
        #expect(try await store.linkReports(all: true).first?.status == .ok)
        await store.shutdown()
    }

    @Test(arguments: StoreKind.available)
    func openingTheSameStoreAgainMigratesNothingAndKeepsEveryReport(kind: StoreKind) async throws {
        let (store, location) = try await kind.makeStore(now: { TestIndex.now })
        let report = try await store.submit(try draft(), channel: .web, sender: "z", isKnownEntry: known)
        #expect(await store.canWrite())
        let again = try await kind.reopen(location, now: { TestIndex.now })
        #expect(try await again.report(id: try #require(report.id))?.entryID == "test-steunpunt-arnhem")
        let next = try await again.submit(try draft(), channel: .web, sender: "z", isKnownEntry: known)
        let nextID = try #require(next.id), firstID = try #require(report.id)
        #expect(nextID > firstID)
        await again.shutdown()
        await store.shutdown()
    }

    @Test(arguments: StoreKind.available)
    func usageIsSummedPerDayAndCellAndZeroResultConceptsShowFromFiveSearches(kind: StoreKind) async throws {
        let clock = Clock()
        let (store, _) = try await kind.makeStore(now: clock.now)
        let today = Day(TestIndex.now)
        var batch = UsageBatch()
        let search = UsageKey(day: today, municipality: "Arnhem", channel: .page, event: .search, domain: "geld-en-schulden", filters: ["wat", "bij"], size: .none)
        batch.counts[search] = 3
        batch.counts[UsageKey(day: today, municipality: "Arnhem", channel: .api, event: .search, domain: "geld-en-schulden", filters: ["bij", "wat"], size: .many)] = 2
        batch.gaps[UsageGap(day: today, municipality: "Arnhem", concept: "schulden")] = 3
        batch.gaps[UsageGap(day: today, municipality: "Arnhem", concept: "gokken")] = 4
        try await store.addUsage(batch, keepDays: 400)
        var later = UsageBatch()
        later.counts[search] = 1
        later.gaps[UsageGap(day: today, municipality: "Ede", concept: "schulden")] = 2
        try await store.addUsage(later, keepDays: 400)

        let totals = try await store.usage(from: today, to: today, municipality: nil)
        let zero = totals.rows.filter { $0.size == .none }
        #expect(zero.count == 1 && zero.first?.count == 4 && zero.first?.filters == "bij,wat")
        #expect(totals.rows.reduce(0) { $0 + $1.count } == 6)
        #expect(totals.gaps.map(\.concept) == ["schulden"], "5 searches share schulden, 4 share gokken")
        #expect(totals.gaps.first?.count == 5)
        let arnhem = try await store.usage(from: today, to: today, municipality: "Arnhem")
        #expect(arnhem.gaps.isEmpty, "in Arnhem alone only 3 share schulden")
        #expect(try await store.usage(from: today.adding(days: 1), to: today.adding(days: 9), municipality: nil).rows.isEmpty)

        // Retention: days older than the setting are deleted when counts are added.
        clock.advance(days: 10)
        try await store.addUsage(UsageBatch(), keepDays: 5)
        var next = UsageBatch()
        next.counts[UsageKey(day: Day(clock.now()), municipality: nil, channel: .page, event: .view, domain: nil)] = 1
        try await store.addUsage(next, keepDays: 5)
        let kept = try await store.usage(from: today, to: Day(clock.now()), municipality: nil)
        #expect(kept.rows.map(\.event) == [.view])
        #expect(kept.gaps.isEmpty)
        await store.shutdown()
    }

    @Test(arguments: StoreKind.available)
    func aSuggestionLosesEMailAndPhoneFromItsFreeTextKeepsItsContactUntilHandled(kind: StoreKind) async throws {
        let clock = Clock()
        let (store, _) = try await kind.makeStore(now: clock.now)
        let draft = try SuggestionDraft(
            name: "Wandelgroep Rouw", what: "Elke dinsdag, bel Anna op 06-12345678 of mail anna@example.org",
            place: "Arnhem", url: "https://example.org/wandelen", role: "inwoner", contact: "piet@example.org")
        let receipt = try await store.receive(draft, channel: .api, sender: "q1")
        #expect(receipt.removed.contains(.emailAddress) && receipt.removed.contains(.phoneNumber))
        let id = try #require(receipt.suggestion.id)
        let stored = try #require(try await store.suggestion(id: id))
        #expect(!stored.what.contains("06-12345678") && !stored.what.contains("anna@example.org"))
        #expect(stored.what.hasPrefix("Elke dinsdag"))
        #expect(stored.contact == "piet@example.org" && stored.role == .resident && stored.channel == .api && stored.status == .open)
        #expect(stored.createdAt == TestIndex.now)
        #expect(try await store.suggestions(status: .open).map(\.id) == [id])
        clock.advance(days: 1)
        #expect(try await store.closeSuggestion(id))
        #expect(try await !store.closeSuggestion(id))
        let handled = try #require(try await store.suggestion(id: id))
        #expect(handled.status == .closed && handled.contact == nil)
        #expect(try await store.suggestions(status: .open).isEmpty)
        // Contacts of suggestions follow the same retention as reports'.
        let other = try await store.receive(try SuggestionDraft(name: "Inloop", what: "Koffie", place: nil, url: nil, role: "professional", contact: "x@example.org"), channel: .web, sender: nil)
        clock.advance(days: 91)
        #expect(try await store.deleteContacts(olderThanDays: 90) == 1)
        #expect(try await store.suggestion(id: try #require(other.suggestion.id))?.contact == nil)
        await store.shutdown()
    }

    // PostgreSQL only: what goes wrong with a database server.

    @Test(.enabled(if: TestDatabase.isAvailable))
    func anUnreachableDatabaseIsAClearErrorWithinTheDeadline() async throws {
        let start = ContinuousClock.now
        do {
            _ = try await PostgresFeedbackStore.connect(
                url: "postgresql://kaart@127.0.0.1:9/kaart?sslmode=disable", now: { TestIndex.now }, callTimeout: .seconds(3))
            Issue.record("connected to a port nobody listens on")
        } catch {
            #expect(error.description.contains("postgresql://127.0.0.1:9/kaart"))
            #expect(error.description.contains("Niets is opgeslagen"))
        }
        // 3 s to connect, then the pool is let go; on a loaded test machine it took up to 45 s, so
        // this checks that it ends with the reason, not the exact time.
        #expect(ContinuousClock.now - start < .seconds(120))
    }

    @Test func aDatabaseURLThatIsNoPostgreSQLAddressIsRefusedWithAnExample() async throws {
        await #expect(throws: FeedbackStoreError.self) {
            _ = try await PostgresFeedbackStore.connect(url: "mysql://x/y", now: { TestIndex.now })
        }
        do {
            _ = try await PostgresFeedbackStore.connect(url: "postgresql://h/db?sslmode=soms", now: { TestIndex.now })
        } catch {
            #expect(error.description.contains("sslmode=soms"))
        }
    }

    @Test(.enabled(if: TestDatabase.isAvailable))
    func twoStoresOnOneDatabaseSeeEachOthersReportsAndNumberThemUniquely() async throws {
        let kind = StoreKind.postgres
        let (one, url) = try await kind.makeStore(now: { TestIndex.now })
        let two = try await kind.reopen(url, now: { TestIndex.now })
        let sent = try draft("test-open-inloop")
        let ids = try await withThrowingTaskGroup(of: Int64.self) { group in
            for i in 0..<40 {
                let store = i.isMultiple(of: 2) ? one : two
                group.addTask {
                    try await store.submit(sent, channel: .terminal, sender: nil) { _ in true }.id ?? -1
                }
            }
            return try await group.reduce(into: [Int64]()) { $0.append($1) }
        }
        #expect(Set(ids).count == 40)
        #expect(try await one.reports(status: .open).count == 40)
        #expect(try await two.openReportCounts() == ["test-open-inloop": 40])
        await one.shutdown()
        await two.shutdown()
    }
}
