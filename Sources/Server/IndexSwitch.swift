import Foundation
import SearchIndex

/// The index the server answers from. A rebuilt index is renamed over the old file; `reload`
/// opens the new file and swaps it in between two requests. A request that already holds the
/// old index finishes with it (its file stays readable while open), so no request fails.
public final class IndexSwitch: @unchecked Sendable {
    private let lock = NSLock()
    private var index: SearchIndex
    public let path: String

    public init(_ index: SearchIndex) {
        self.index = index
        self.path = index.path
    }

    public var current: SearchIndex {
        lock.lock()
        defer { lock.unlock() }
        return index
    }

    /// Opens the index file anew and answers from it from now on. If the new file cannot be
    /// opened the old index stays in use and the error is thrown.
    @discardableResult
    public func reload() throws -> SearchIndex {
        let fresh = try SearchIndex(path: path)
        lock.lock()
        index = fresh
        lock.unlock()
        return fresh
    }
}
