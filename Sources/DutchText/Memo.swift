import Foundation

/// A bounded, thread-safe memo for pure per-word work (stems, splits, a word's B1 facts): the
/// same few thousand words come back in every record, and records are analysed on several
/// threads at once. The value must depend on the key alone, so a hit never changes an answer.
final class Memo<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Key: Value] = [:]
    /// Beyond this many entries the memo starts over, so a stream of one-off words (phone
    /// numbers, addresses) cannot grow it without end.
    let limit: Int

    init(limit: Int = 200_000) { self.limit = limit }

    /// The value for `key`, computed outside the lock on a miss (two threads may both compute
    /// it; they get the same answer).
    func value(_ key: Key, _ compute: () -> Value) -> Value {
        lock.lock()
        let known = values[key]
        lock.unlock()
        if let known { return known }
        let value = compute()
        lock.lock()
        if values.count >= limit { values.removeAll(keepingCapacity: true) }
        values[key] = value
        lock.unlock()
        return value
    }

    var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return values.count
    }
}
