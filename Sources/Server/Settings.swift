import Feedback
import Foundation
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

/// What the routes use, built in one place (`kaart serve`, or a test) and passed in.
public struct ServerDependencies: Sendable {
    public var index: SearchIndex
    public var feedback: FeedbackStore
    /// The clock: report times, rate-limit windows and "today" for freshness all come from it.
    public var now: @Sendable () -> Date
    /// The day freshness is measured against; by default the Dutch day of `now`.
    public var today: @Sendable () -> Day
    public var logger: Logger

    public init(
        index: SearchIndex, feedback: FeedbackStore, now: @escaping @Sendable () -> Date,
        today: (@Sendable () -> Day)? = nil, logger: Logger
    ) {
        self.index = index
        self.feedback = feedback
        self.now = now
        self.today = today ?? { Day(now()) }
        self.logger = logger
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
