import Confirmation
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
    /// "Vond je wat je zocht?" answers one client may send per window.
    public var answersPerClient = 30
    /// A connection that sends nothing for this long is closed: headers that never end, a body
    /// that stops, a kept-alive connection nobody uses (HTTP/1.0 ones included).
    public var idleTimeout: Duration = .seconds(10)
    /// Connections served at once; more wait in the listen queue until one closes. Well under
    /// the usual 1,024 open files, so idle clients can never take every descriptor.
    public var maximumConnections = 512
    /// One search's CPU time at most; past it the request answers 503 and the work stops. A
    /// search takes milliseconds, so only something pathological ever gets near it.
    public var searchTimeBudget: Duration = .seconds(2)

    /// The retry hint (Retry-After, seconds) when a report could not be stored.
    public static let reportRetrySeconds = 30

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

    /// A token must be at least this long, without spaces or control characters: twenty spaces
    /// are no secret.
    public static let minimumTokenLength = 16
    public static let tokenRule = "must be at least \(minimumTokenLength) characters long, with no spaces or control characters"

    public static func isAcceptable(_ token: String) -> Bool {
        token.unicodeScalars.count >= minimumTokenLength
            && !token.unicodeScalars.contains { $0.properties.isWhitespace || $0.properties.generalCategory == .control }
    }

    /// True when `presented` equals the token. Every byte is compared whatever the outcome, so
    /// the time taken says nothing about how much of a guess was right.
    public func accepts(_ presented: String?) -> Bool {
        guard let presented, Self.isAcceptable(token) else { return false }
        let expected = Array(token.utf8)
        let given = Array(presented.utf8)
        var difference = expected.count == given.count ? 0 : 1
        for i in 0..<expected.count {
            difference |= Int(expected[i] ^ (i < given.count ? given[i] : 0))
        }
        return difference == 0
    }
}

/// Professionals' pages (`/verwijzer`, issue 19): off unless a token is set, a secret of its
/// own apart from the maintainers' token, checked the same constant-time way.
public struct ReferrerAccess: Sendable {
    public var token: String

    public init(token: String) {
        self.token = token
    }

    /// The challenge that makes a browser ask for the code: any user name, the code as password.
    static let challenge = "Basic realm=\"Sociale Kaart verwijzers\", charset=\"UTF-8\""

    /// True when `presented` equals the token, compared as the maintainers' token is.
    public func accepts(_ presented: String?) -> Bool {
        Maintenance(token: token, paths: nil).accepts(presented)
    }

    /// The code from an `Authorization` header: `Bearer CODE` (scripts) or HTTP Basic with the
    /// code as password (a browser's own dialog). Nil when there is none to read.
    static func presented(in header: String?) -> String? {
        guard let header, !header.isEmpty else { return nil }
        if header.hasPrefix("Bearer ") { return String(header.dropFirst(7)) }
        guard header.hasPrefix("Basic "), let data = Data(base64Encoded: String(header.dropFirst(6))),
            let pair = String(data: data, encoding: .utf8), let colon = pair.firstIndex(of: ":")
        else { return "" }
        return String(pair[pair.index(after: colon)...])
    }
}

/// Providers' confirmation links: the signer that checks them, and the corpus a confirmation
/// is written to (then re-indexed and swapped in, as a correction is).
public struct ConfirmationSettings: Sendable {
    public var signer: ConfirmationSigner
    public var paths: IndexPaths

    public init(signer: ConfirmationSigner, paths: IndexPaths) {
        self.signer = signer
        self.paths = paths
    }
}

/// What the routes use, built in one place (`kaart serve`, or a test) and passed in.
public struct ServerDependencies: Sendable {
    /// The index in use; replaced whole on reload.
    public let indexes: IndexSwitch
    public var index: SearchIndex { indexes.current }
    public var feedback: any ReportStore
    /// Use, counted in memory and added to `feedback` in batches (`UsageCounter.flush`).
    public var usage = UsageCounter()
    /// Retention and the other privacy settings; `/privacy` is written from these.
    public var policy = UsagePolicy()
    /// What maintainer routes need: the token, and where the corpus is for corrections.
    public var maintenance: Maintenance?
    /// What professionals' pages need: their own token; nil switches them off.
    public var referrers: ReferrerAccess?
    /// What providers' "klopt dit nog?" links need; nil switches them off.
    public var confirmation: ConfirmationSettings?
    /// One change to the corpus with its rebuild (a correction, a confirmation) or a reload at a
    /// time, whichever route asks.
    let desk = CorrectionDesk()
    /// Months after which a record is marked "mogelijk verouderd" and ranked lower.
    public var freshnessMonths = SearchIndex.defaultFreshnessMonths
    /// How long one search may run (`ServerSettings.searchTimeBudget`, set by `buildRouter`).
    var searchBudget = WorkBudget(limit: .seconds(2))
    /// The clock: report times, rate-limit windows and "today" for freshness all come from it.
    public var now: @Sendable () -> Date
    /// The day freshness is measured against; by default the Dutch day of `now`.
    public var today: @Sendable () -> Day
    public var logger: Logger
    /// Where the sources and `var/sources/` are, for the maintainers' view of the synced sources.
    public var sourcePaths: IndexPaths?

    public init(
        index: SearchIndex, feedback: any ReportStore, now: @escaping @Sendable () -> Date,
        today: (@Sendable () -> Day)? = nil, logger: Logger
    ) {
        self.indexes = IndexSwitch(index)
        self.feedback = feedback
        self.now = now
        self.today = today ?? { Day(now()) }
        self.logger = logger
    }

    /// Runs a search the way every route does: today's freshness, the configured limit and the
    /// open reports; within the time budget, and stopped when the client leaves.
    func search(_ query: SearchQuery, in index: SearchIndex, context: AppRequestContext) async throws -> SearchResults {
        let today = today(), now = moment(), freshnessMonths = freshnessMonths, openReports = await openReports()
        return try await searchBudget.run(on: context.channel) {
            try index.search(query, today: today, now: now, freshnessMonths: freshnessMonths, openReports: openReports)
        }
    }

    /// Runs `work` (a rebuild and swap of the index) one at a time with corrections and
    /// confirmations; for the scheduled sync in `kaart serve --sync`.
    public func exclusively(_ work: @escaping @Sendable () throws -> Void) async throws {
        try await desk.exclusively(work)
    }

    /// The minute "nu open" is decided for, in Dutch time, from the injected clock.
    func moment() -> Moment {
        Moment(now())
    }

    /// Records whose open reports count in public (two senders, or confirmed). A feedback file that cannot be read must not take search
    /// down: results are then shown without the marks, and the problem is logged.
    func openReports() async -> [String: Int] {
        do {
            return try await feedback.markedReportCounts()
        } catch {
            logger.warning("cannot read open reports: \(error)")
            return [:]
        }
    }
}
