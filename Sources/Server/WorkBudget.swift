import Foundation
import KaartModel
import NIOCore

/// Runs a request's search within a time budget, and stops it when the client has gone: the
/// work runs in the request's own task under a `WorkLimit` (the deadline, and the connection's
/// state), which `SearchIndex.search` checks at its next step.
struct WorkBudget: Sendable {
    var limit: Duration

    func run<Value: Sendable>(on channel: (any Channel)?, _ work: () throws -> Value) async throws -> Value {
        // `isActive` is an atomic read on NIO's channels; `ClientGoneHandler` closes a connection
        // whose client half-closed, so a gone client reads as inactive. A channel that was never
        // active (an in-process test's) never reads as gone.
        let watched = channel.flatMap { $0.isActive ? $0 : nil }
        let bound = WorkLimit(deadline: ContinuousClock.now + limit, gone: { watched.map { !$0.isActive } ?? false })
        do {
            return try WorkLimit.$current.withValue(bound) { try work() }
        } catch is CancellationError {
            throw WebError.searchTooSlow
        }
    }
}

/// Closes a connection whose client has stopped sending (it closed its side, or left): the
/// closing stops the search still running for it (`WorkBudget`). Clients of this site wait for the answer
/// with their side open; one that half-closes is treated as gone.
final class ClientGoneHandler: ChannelInboundHandler, RemovableChannelHandler, Sendable {
    typealias InboundIn = Any

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if case ChannelEvent.inputClosed = event {
            context.close(promise: nil)
            return
        }
        context.fireUserInboundEventTriggered(event)
    }
}
