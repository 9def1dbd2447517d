import Foundation
import NIOCore

/// Counts reports per client in a sliding window, against floods. A client is known only by a
/// salted hash of its address, held in memory: the address itself is never stored or logged,
/// and the salt is new each time the server starts.
actor ReportRateLimiter {
    let limit: Int
    let window: TimeInterval
    let now: @Sendable () -> Date
    private var recent: [Int: [Date]] = [:]
    private var calls = 0

    init(limit: Int, window: TimeInterval, now: @escaping @Sendable () -> Date) {
        self.limit = limit
        self.window = window
        self.now = now
    }

    /// Records an attempt; false when the client has used up its reports for now.
    func allow(_ client: Int) -> Bool {
        let time = now()
        calls += 1
        if calls % 256 == 0 { forgetOld(before: time.addingTimeInterval(-window)) }
        var times = recent[client, default: []].filter { $0 > time.addingTimeInterval(-window) }
        guard times.count < limit else {
            recent[client] = times
            return false
        }
        times.append(time)
        recent[client] = times
        return true
    }

    private func forgetOld(before cutoff: Date) {
        recent = recent.filter { $0.value.contains { $0 > cutoff } }
    }

    /// The in-memory key for a client: Swift's `Hasher` is seeded at random per process.
    nonisolated static func key(for address: SocketAddress?) -> Int {
        var hasher = Hasher()
        hasher.combine(address?.ipAddress ?? "unknown")
        return hasher.finalize()
    }
}
