import Foundation
import KaartModel

/// The feedback store as every caller sees it: reports and link reports, whichever database
/// holds them. `FeedbackStore` is the embedded SQLite file (the default, one server);
/// `PostgresFeedbackStore` is one PostgreSQL database that several servers share
/// (docs/more-servers.md). The same suite of tests runs against both (`ReportStoreTests`).
///
/// When a call throws `FeedbackStoreError`, nothing was stored and the sender must be told.
public protocol ReportStore: Sendable {
    /// Where the store is, for messages: a file path, or `postgresql://host:port/database`
    /// (never a password).
    var location: String { get }

    /// Takes in a report (see `FeedbackStore.receive`): personal data left out of its text,
    /// stored if under the ceilings of `ReportLimits`, committed before this returns.
    func receive(
        _ draft: ReportDraft, channel: Report.Channel, sender: String?, isKnownEntry: (String) throws -> Bool
    ) async throws -> FeedbackStore.Receipt
    /// A maintainer's confirmation: the report now counts in public.
    func confirm(_ id: Int64) async throws -> Bool
    /// Closes a report and deletes the contact details it carried.
    func close(_ id: Int64) async throws -> Bool
    /// Closes every open report about `entryID` and deletes their contact details.
    func closeAll(entryID: String) async throws -> Int
    /// Record ids with open reports and how many, whoever sent them (`kaart review`).
    func openReportCounts() async throws -> [String: Int]
    /// Record ids whose open reports count in public: two senders or a confirmation.
    func markedReportCounts() async throws -> [String: Int]
    /// Deletes the contact details of reports older than `days`, open ones included.
    func deleteContacts(olderThanDays days: Int) async throws -> Int
    /// Reports, oldest first, optionally only those with `status`.
    func reports(status: Report.Status?) async throws -> [Report]
    func report(id: Int64) async throws -> Report?
    /// True when a report could be stored now; checked at most once a second.
    func canWrite() async -> Bool
    /// Records one check of a record's web address (`kaart links`).
    func recordLinkCheck(entryID: String, url: String, problem: String?) async throws -> FeedbackStore.LinkTransition
    /// Link reports, by record and address; only open ones unless `all`.
    func linkReports(all: Bool) async throws -> [LinkReport]
    /// Adds counts to the daily totals of use, and deletes days older than `keepDays`.
    func addUsage(_ batch: UsageBatch, keepDays: Int) async throws
    /// The totals of use from `from` to `to` (both included), for one gemeente or all.
    func usage(from: Day, to: Day, municipality: String?) async throws -> UsageTotals
    /// Takes in a suggestion of missing help ("ik mis iets"): personal data left out of its
    /// free text, committed before this returns.
    func receive(_ draft: SuggestionDraft, channel: Report.Channel, sender: String?) async throws -> Suggestion.Receipt
    /// Suggestions, oldest first, optionally only those with `status`.
    func suggestions(status: Report.Status?) async throws -> [Suggestion]
    func suggestion(id: Int64) async throws -> Suggestion?
    /// Marks a suggestion handled and deletes its contact.
    func closeSuggestion(_ id: Int64) async throws -> Bool
    /// Counts one anonymous "is het gelukt?" answer for a record, in the month of `day`.
    func recordOutcome(entryID: String, succeeded: Bool, day: Day) async throws
    /// The "is het gelukt?" counts of the months from `from` to `to`, by month then record.
    func outcomes(from: Day, to: Day) async throws -> [OutcomeCount]
    /// Lets go of connections; the store is not used after this.
    func shutdown() async
}

extension ReportStore {
    /// Stores a checked report and returns it with its number.
    public func submit(
        _ draft: ReportDraft, channel: Report.Channel, sender: String? = nil, isKnownEntry: (String) throws -> Bool
    ) async throws -> Report {
        try await receive(draft, channel: channel, sender: sender, isKnownEntry: isKnownEntry).report
    }
}

extension FeedbackStore: ReportStore {
    /// Nothing to let go of: the file closes with the last reference.
    public func shutdown() async {}
}

/// A report as it will be stored, worked out the same way by every store: its text without
/// personal data and cut to length, whether it speaks of a crisis, and the ceilings that apply.
struct IncomingReport {
    var report: Report
    var removed: Set<PersonalData.Kind>
    var speaksOfCrisis: Bool
    var limits: ReportLimits

    init(
        _ draft: ReportDraft, channel: Report.Channel, sender: String?, createdAt: Date, limits: ReportLimits,
        isKnownEntry: (String) throws -> Bool
    ) throws {
        guard try isKnownEntry(draft.entryID) else { throw ReportProblem.unknownEntry(draft.entryID) }
        speaksOfCrisis = draft.text.map(CrisisLanguage.isPresent(in:)) ?? false
        let cleaned = draft.text.map(PersonalData.removed(from:))
        let text = cleaned.map { String(String.UnicodeScalarView($0.text.unicodeScalars.prefix(ReportDraft.maximumTextLength))) }
        removed = cleaned?.kinds ?? []
        let trusted = channel == .terminal || channel == .provider
        report = Report(
            id: nil, entryID: draft.entryID, reason: draft.reason, text: text, contact: draft.contact,
            createdAt: createdAt, status: .open, closedAt: nil, channel: channel, sender: sender,
            confirmedAt: trusted ? createdAt : nil)
        // The ceilings are against floods through the web; a wegwijzer at the terminal is trusted.
        self.limits = trusted ? ReportLimits(openReportsPerEntry: .max, openReports: .max) : limits
    }

    var receipt: FeedbackStore.Receipt {
        FeedbackStore.Receipt(report: report, removed: removed, speaksOfCrisis: speaksOfCrisis)
    }
}
