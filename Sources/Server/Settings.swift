import Feedback
import Foundation
import Indexing
import KaartModel
import Logging
import SearchIndex

/// How the server listens and what it accepts; `kaart serve` fills this in from its flags.
public struct ServerSettings: Sendable {
    public var host = "127.0.0.1"
    public var port = 8080
    /// The address people reach this server at, printed on handouts; defaults to host and port.
    public var publicURL: String?
    /// A query string longer than this is not a search a person typed.
    public var maximumQueryBytes = 2048
    /// Reports one client may send per window, against floods.
    public var reportsPerClient = 10
    public var reportWindow: TimeInterval = 15 * 60

    public init() {}

    var baseURL: String { publicURL ?? "http://\(host):\(port)" }
}

/// Maintainer access over HTTP: off unless a token is set.
public struct Maintenance: Sendable {
    /// The shared secret, from a file or the environment; compared in constant time, never logged.
    public var token: String
    /// Where `kaart correct` over HTTP writes and re-indexes; nil allows reports and reload only.
    public var paths: IndexPaths?

    public init(token: String, paths: IndexPaths?) {
        self.token = token
        self.paths = paths
    }

    /// True when `presented` equals the token. Every byte is compared whatever the outcome, so
    /// the time taken says nothing about how much of a guess was right.
    public func accepts(_ presented: String?) -> Bool {
        guard let presented, !token.isEmpty else { return false }
        let expected = Array(token.utf8)
        let given = Array(presented.utf8)
        var difference = expected.count == given.count ? 0 : 1
        for i in 0..<expected.count {
            difference |= Int(expected[i] ^ (i < given.count ? given[i] : 0))
        }
        return difference == 0
    }
}

/// What the routes use, built in one place (`kaart serve`, or a test) and passed in.
public struct ServerDependencies: Sendable {
    /// The index in use; replaced whole on reload.
    public let indexes: IndexSwitch
    public var index: SearchIndex { indexes.current }
    public var feedback: FeedbackStore
    /// What maintainer routes need: the token, and where the corpus is for corrections.
    public var maintenance: Maintenance?
    /// Months after which a record is marked "mogelijk verouderd" and ranked lower.
    public var freshnessMonths = SearchIndex.defaultFreshnessMonths
    /// The clock: report times, rate-limit windows and "today" for freshness all come from it.
    public var now: @Sendable () -> Date
    /// The day freshness is measured against; by default the Dutch day of `now`.
    public var today: @Sendable () -> Day
    public var logger: Logger
    /// Where the sources and `var/sources/` are, for the maintainers' view of the synced sources.
    public var sourcePaths: IndexPaths?

    public init(
        index: SearchIndex, feedback: FeedbackStore, now: @escaping @Sendable () -> Date,
        today: (@Sendable () -> Day)? = nil, logger: Logger
    ) {
        self.indexes = IndexSwitch(index)
        self.feedback = feedback
        self.now = now
        self.today = today ?? { Day(now()) }
        self.logger = logger
    }

    /// Runs a search the way every route does: today's freshness, the configured limit and the
    /// open reports.
    func search(_ query: SearchQuery, in index: SearchIndex) throws -> SearchResults {
        try index.search(query, today: today(), freshnessMonths: freshnessMonths, openReports: openReports())
    }

    /// Records with open reports. A feedback file that cannot be read must not take search
    /// down: results are then shown without the marks, and the problem is logged.
    func openReports() -> [String: Int] {
        do {
            return try feedback.openReportCounts()
        } catch {
            logger.warning("cannot read open reports: \(error)")
            return [:]
        }
    }
}
