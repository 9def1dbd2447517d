/// The limit a request's work runs under: a deadline, and a way to see that the client has gone.
/// The server binds one for the length of a search (`WorkBudget`); the search checks it between
/// its steps with `WorkLimit.check()`. A task-local value instead of a task of its own per
/// request: two extra tasks and a timer per search cost a third of the server's throughput.
public struct WorkLimit: Sendable {
    public var deadline: ContinuousClock.Instant
    /// True once the client has left (its connection closed).
    public var gone: @Sendable () -> Bool

    public init(deadline: ContinuousClock.Instant, gone: @escaping @Sendable () -> Bool = { false }) {
        self.deadline = deadline
        self.gone = gone
    }

    @TaskLocal public static var current: WorkLimit?

    /// Throws `CancellationError` when the task is cancelled, the deadline has passed, or the
    /// client has gone; a search calls it between steps rather than finish for nobody.
    public static func check() throws {
        try Task.checkCancellation()
        guard let limit = current else { return }
        if ContinuousClock.now >= limit.deadline || limit.gone() { throw CancellationError() }
    }
}
