import CStemmer
import Foundation

/// Snowball's Dutch stemmer (libstemmer): "eenzaamheid" and "eenzaam" share a stem.
/// A Snowball stemmer is not thread-safe, so calls are serialised; results are cached because
/// the same words come back again and again.
public final class DutchStemmer: @unchecked Sendable {
    private let stemmer: OpaquePointer
    private let lock = NSLock()
    private var cache: [String: String] = [:]

    public init() {
        guard let stemmer = sb_stemmer_new("dutch", "UTF_8") else {
            fatalError("libstemmer has no Dutch stemmer; install Debian's libstemmer0d")
        }
        self.stemmer = stemmer
    }

    deinit { sb_stemmer_delete(stemmer) }

    /// The stem of one lower-case, accent-folded word.
    public func stem(_ word: String) -> String {
        lock.lock()
        defer { lock.unlock() }
        if let cached = cache[word] { return cached }
        var bytes = Array(word.utf8)
        let result: String = bytes.withUnsafeMutableBufferPointer { buffer in
            guard let output = sb_stemmer_stem(stemmer, buffer.baseAddress, Int32(buffer.count)) else {
                return word
            }
            let length = Int(sb_stemmer_length(stemmer))
            return String(decoding: UnsafeBufferPointer(start: output, count: length), as: UTF8.self)
        }
        if cache.count > 100_000 { cache.removeAll(keepingCapacity: true) }
        cache[word] = result
        return result
    }
}
