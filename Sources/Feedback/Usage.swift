import Foundation
import KaartModel

/// Use of the map, counted without people in it: daily totals only, per gemeente of the
/// searched place (never a postcode or coordinates), channel, filters used and result size.
/// No address, no cookie, no query text and no trail of one person: a search that found nothing
/// is kept only as the concepts the query reader understood (`UsageGap`), and those are shown
/// only when at least `UsagePolicy.minimumSharedGap` searches in the period share them.
public enum UsageChannel: String, CaseIterable, Codable, Sendable {
    /// The web page (and its plain-text twin).
    case page
    /// The JSON API.
    case api
    /// The wegwijzer's assistant (`/advies`, `GET /api/v1/advies`): one search per levensdomein it answered.
    case assistant
}

public enum UsageEvent: String, CaseIterable, Codable, Sendable {
    case search
    /// A record's page was opened.
    case view
    /// A record's handout was opened for printing.
    case handout
    /// "Vond je wat je zocht?" answered with ja or nee.
    case foundYes = "found-yes"
    case foundNo = "found-no"
}

/// How many results a search gave, in three buckets: never the exact number.
public enum ResultSize: String, CaseIterable, Codable, Sendable {
    case none = "0"
    case few = "1-3"
    case many = "4+"
    /// For events that are no search.
    case notApplicable = ""

    public init(results: Int) {
        self = results == 0 ? .none : results <= 3 ? .few : .many
    }
}

/// One cell of the daily totals.
public struct UsageKey: Hashable, Sendable {
    public var day: Day
    /// The gemeente of the searched place or of the record; "" when there is none.
    public var municipality: String
    public var channel: UsageChannel
    public var event: UsageEvent
    /// The levensdomein searched for (a filter), or that of the record; "" when none.
    public var domain: String
    /// The names of the filters used, sorted and joined with ","; never their free-text values.
    public var filters: String
    public var size: ResultSize

    public init(day: Day, municipality: String?, channel: UsageChannel, event: UsageEvent, domain: String?, filters: [String] = [], size: ResultSize = .notApplicable) {
        self.day = day
        self.municipality = municipality ?? ""
        self.channel = channel
        self.event = event
        self.domain = domain ?? ""
        self.filters = Set(filters).sorted().joined(separator: ",")
        self.size = size
    }
}

/// The concepts of a search that found nothing, per day and gemeente.
public struct UsageGap: Hashable, Sendable {
    public var day: Day
    public var municipality: String
    public var concept: String

    public init(day: Day, municipality: String?, concept: String) {
        self.day = day
        self.municipality = municipality ?? ""
        self.concept = concept
    }
}

/// Counts gathered in memory and added to the store together (`UsageCounter` in the server).
public struct UsageBatch: Sendable {
    public var counts: [UsageKey: Int] = [:]
    public var gaps: [UsageGap: Int] = [:]

    public init() {}

    public var isEmpty: Bool { counts.isEmpty && gaps.isEmpty }
}

/// The totals over a period, as the store returns them: every cell summed over its days.
public struct UsageTotals: Sendable {
    public struct Row: Hashable, Sendable {
        public var municipality: String
        public var channel: UsageChannel
        public var event: UsageEvent
        public var domain: String
        public var filters: String
        public var size: ResultSize
        public var count: Int

        public init(municipality: String, channel: UsageChannel, event: UsageEvent, domain: String, filters: String, size: ResultSize, count: Int) {
            self.municipality = municipality
            self.channel = channel
            self.event = event
            self.domain = domain
            self.filters = filters
            self.size = size
            self.count = count
        }
    }

    public var rows: [Row]
    /// Concepts of searches that found nothing, shared by at least `UsagePolicy.minimumSharedGap`
    /// searches in the period, most first.
    public var gaps: [(concept: String, count: Int)]

    public init(rows: [Row], gaps: [(concept: String, count: Int)]) {
        self.rows = rows
        self.gaps = gaps
    }
}

/// The privacy settings the code runs with, in one place: `/privacy` is written from these, so
/// the page changes when they do.
public struct UsagePolicy: Hashable, Sendable {
    /// Days the daily totals are kept; older days are deleted when counts are added.
    public var retentionDays = 400
    /// Days a sender's contact details stay with an open report (`kaart review --bewaar-contact`).
    public var contactDays = 90
    /// A zero-result concept is shown only when this many searches in the period share it.
    public static let minimumSharedGap = 5

    public init(retentionDays: Int = 400, contactDays: Int = 90) {
        self.retentionDays = retentionDays
        self.contactDays = contactDays
    }
}
