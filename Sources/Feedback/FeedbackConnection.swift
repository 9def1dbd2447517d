import Foundation
import GRDB
import KaartModel

/// The feedback file's writer, opened at once or, when that failed (a read-only `var/`), tried
/// again on a later use, at most every `retryInterval`.
final class FeedbackConnection: Sendable {
    private enum State {
        case open(any DatabaseWriter)
        case closed(lastTry: ContinuousClock.Instant, FeedbackStoreError)
    }

    private let state: Locked<State>
    private let opener: (@Sendable () throws(FeedbackStoreError) -> any DatabaseWriter)?
    static let retryInterval: Duration = .seconds(5)
    /// The last answer of `FeedbackStore.canWrite`, kept for a second.
    let health = HealthAnswer()

    init(writer: any DatabaseWriter) {
        state = Locked(.open(writer))
        opener = nil
    }

    init(path: String, opener: @escaping @Sendable () throws(FeedbackStoreError) -> any DatabaseWriter) {
        self.opener = opener
        switch Result(catching: { () throws(FeedbackStoreError) in try opener() }) {
        case .success(let writer): state = Locked(.open(writer))
        case .failure(let error): state = Locked(.closed(lastTry: .now, error))
        }
    }

    /// The writer, opening the file first if it was not open yet and may be by now.
    func writer() throws(FeedbackStoreError) -> any DatabaseWriter {
        let result: Result<any DatabaseWriter, FeedbackStoreError> = state.withLock { state in
            switch state {
            case .open(let writer):
                return .success(writer)
            case .closed(let lastTry, let error):
                guard let opener, ContinuousClock.now - lastTry >= Self.retryInterval else { return .failure(error) }
                let opened = Result { () throws(FeedbackStoreError) in try opener() }
                switch opened {
                case .success(let writer): state = .open(writer)
                case .failure(let error): state = .closed(lastTry: .now, error)
                }
                return opened
            }
        }
        return try result.get()
    }
}

/// A yes/no worked out at most once per `maximumAge`, so a flood of health checks is one write a
/// second.
final class HealthAnswer: Sendable {
    private let last = Locked<(answer: Bool, at: ContinuousClock.Instant)?>(nil)
    let maximumAge: Duration = .seconds(1)

    func answer(_ work: () -> Bool) -> Bool {
        if let known = last.withLock({ $0 }), ContinuousClock.now - known.at < maximumAge { return known.answer }
        let answer = work()
        last.withLock { $0 = (answer, .now) }
        return answer
    }
}

/// Ceilings on open reports, so a flood (from one address or many) cannot bury the review
/// queue: per record, and for the whole file. No address is stored for this.
public struct ReportLimits: Sendable {
    /// Open reports about one record: more adds nothing a maintainer needs to know.
    public var openReportsPerEntry = 20
    /// Open reports in all: what a maintainer can still read through.
    public var openReports = 1_000

    public init(openReportsPerEntry: Int = 20, openReports: Int = 1_000) {
        self.openReportsPerEntry = openReportsPerEntry
        self.openReports = openReports
    }
}

/// A report refused because a ceiling of `ReportLimits` is reached; nothing was stored.
public enum ReportLimitReached: Error, Hashable, Sendable, CustomStringConvertible {
    /// This record already has as many open reports as a maintainer needs.
    case entryFull
    /// The review queue is full until maintainers have worked through it.
    case queueFull

    public var description: String {
        switch self {
        case .entryFull: "er staan al genoeg open meldingen over dit record; handel die eerst af met kaart review"
        case .queueFull: "de wachtrij met meldingen is vol; handel eerst meldingen af met kaart review"
        }
    }
}
