import Foundation
import NIOCore

/// Runs a request's search within a time budget, and stops it when the client has gone: the
/// work runs in a task of its own that is cancelled when the budget is spent or the connection
/// closes, and `SearchIndex.search` stops at its next step once cancelled.
struct WorkBudget: Sendable {
    var limit: Duration

    func run<Value: Sendable>(on channel: (any Channel)?, _ work: @escaping @Sendable () throws -> Value) async throws -> Value {
        let deadline = ContinuousClock.now + limit
        let task = Task {
            // A budget already spent (a queue of waiting work, or none given) starts nothing.
            guard ContinuousClock.now < deadline else { throw CancellationError() }
            return try work()
        }
        channel?.closeFuture.whenComplete { _ in task.cancel() }
        let limit = self.limit
        let timer = Task {
            do {
                try await Task.sleep(for: limit)
                task.cancel()
            } catch {}
        }
        defer { timer.cancel() }
        do {
            return try await withTaskCancellationHandler { try await task.value } onCancel: { task.cancel() }
        } catch is CancellationError {
            throw WebError.searchTooSlow
        }
    }
}

/// Closes a connection whose client has stopped sending (it closed its side, or left): the
/// closing cancels the search still running for it. Clients of this site wait for the answer
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
