import Foundation

/// A bounded, thread-safe memo for pure per-word work (stems, splits, a word's B1 facts): the
/// same few thousand words come back in every record, and records are analysed on several
/// threads at once. The value must depend on the key alone, so a hit never changes an answer.
final class Memo<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
    /// Separately locked parts, chosen by the key's hash, so threads seldom wait for each other.
    private final class Shard {
        let lock = NSLock()
        var values: [Key: Value] = [:]
    }

    private let shards: [Shard]
    /// Beyond this many entries a shard starts over, so a stream of one-off words (phone
    /// numbers, addresses) cannot grow the memo without end.
    let limitPerShard: Int

    init(limit: Int = 200_000, shards: Int = 16) {
        self.shards = (0..<shards).map { _ in Shard() }
        self.limitPerShard = max(1, limit / shards)
    }

    /// The value for `key`, computed outside the lock on a miss (two threads may both compute
    /// it; they get the same answer).
    func value(_ key: Key, _ compute: () -> Value) -> Value {
        let shard = shards[Int(UInt(bitPattern: key.hashValue) % UInt(shards.count))]
        shard.lock.lock()
        let known = shard.values[key]
        shard.lock.unlock()
        if let known { return known }
        let value = compute()
        shard.lock.lock()
        if shard.values.count >= limitPerShard { shard.values.removeAll(keepingCapacity: true) }
        shard.values[key] = value
        shard.lock.unlock()
        return value
    }

    var count: Int {
        shards.map { shard in
            shard.lock.lock()
            defer { shard.lock.unlock() }
            return shard.values.count
        }.reduce(0, +)
    }
}
