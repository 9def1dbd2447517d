import Foundation
import Presentation
import SearchIndex

/// An index and what the server derives from it, swapped together so a request never mixes
/// one index's records with another's cached JSON.
public struct LoadedIndex: Sendable {
    public let index: SearchIndex
    /// Each record's API JSON, encoded on first use (records do not change while loaded).
    let serviceJSON: ServiceJSONCache
    /// The one HSDS mapping, with our record ids, in Dutch (`speaking` for another language).
    let mapping: HSDSMapping

    /// The index file's SHA-256, for `/healthz`: servers behind one balancer show they serve
    /// the same copy.
    let checksum: IndexChecksum

    init(_ index: SearchIndex) {
        self.index = index
        mapping = HSDSMapping(index: index, identifiers: .local)
        serviceJSON = ServiceJSONCache(mapping: mapping)
        checksum = IndexChecksum(path: index.path)
    }
}

/// The index the server answers from. A rebuilt index is renamed over the old file; `reload`
/// opens the new file and swaps it in between two requests. A request that already holds the
/// old index finishes with it (its file stays readable while open), so no request fails.
public final class IndexSwitch: @unchecked Sendable {
    private let lock = NSLock()
    private var loaded: LoadedIndex
    public let path: String

    public init(_ index: SearchIndex) {
        self.loaded = LoadedIndex(index)
        self.path = index.path
    }

    public var current: SearchIndex { currentLoaded.index }

    /// The index with its caches; take it once per request.
    public var currentLoaded: LoadedIndex {
        lock.lock()
        defer { lock.unlock() }
        return loaded
    }

    /// Opens the index file anew, checks it (schema version and SQLite's quick check) and
    /// answers from it from now on. If the new file cannot be used the old index stays in use
    /// and the `IndexError` says what is wrong and what to run.
    @discardableResult
    public func reload() throws -> SearchIndex {
        let fresh = LoadedIndex(try SearchIndex(path: path, verify: true))
        lock.lock()
        loaded = fresh
        lock.unlock()
        return fresh.index
    }
}
