import Foundation

/// Splits Dutch compounds into words from the lexicon, so that "rouw" finds
/// "rouwverwerkingsgroep" and "lotgenoten" finds "lotgenotencontact".
///
/// A split must consist of known words of at least four letters (three for the last part),
/// each common enough to be a real word, joined directly or by the linking "s" or "e"/"en".
/// Among possible splits the one with the fewest parts wins, then the most common parts.
public struct Decompounder: Sendable {
    public let lexicon: any Lexicon
    /// Parts rarer than this are not trusted as words (the list holds names and typos too);
    /// the search side loads only words at least this common.
    public static let defaultMinimumPartZipf = 2.9
    public var minimumPartZipf = defaultMinimumPartZipf { didSet { cache = SplitMemo() } }
    /// Words this common are left whole: "verwerking" is not "ver" + "werking".
    public var maximumWholeWordZipf = 3.6 { didSet { cache = SplitMemo() } }
    public var minimumWordLength = 7 { didSet { cache = SplitMemo() } }
    /// Longer words are not split: Dutch compounds run to some 40 letters
    /// ("arbeidsongeschiktheidsverzekeringen" has 35), and trying the parts of a 2,000-letter
    /// string of one letter once took 92 seconds of CPU. Splitting costs at most this many
    /// starts times `maximumPartLength` lookups.
    public static let maximumWordLength = 64
    /// No part is longer than this: the longest common word in the lexicon has 28 letters.
    public static let maximumPartLength = 32
    /// Splits already worked out: the same words come back in every record (a new cache
    /// whenever a setting changes, so a cached answer always matches the settings).
    private var cache = SplitMemo()
    private typealias SplitMemo = Memo<String, [String]?>

    public init(lexicon: any Lexicon) { self.lexicon = lexicon }

    /// The parts of `word`, or nil when it is not a compound we can split.
    public func split(_ word: String) -> [String]? {
        cache.value(word) { computeSplit(word) }
    }

    func computeSplit(_ word: String) -> [String]? {
        let chars = Array(word)
        guard chars.count >= minimumWordLength, chars.count <= Self.maximumWordLength, chars.allSatisfy(\.isLetter) else { return nil }
        if let zipf = lexicon.zipf(word), zipf >= maximumWholeWordZipf { return nil }
        let n = chars.count
        // best[i]: the best split of chars[i...], as (parts, total zipf).
        var best = [([String], Double)?](repeating: nil, count: n + 1)
        best[n] = ([], 0)
        for start in stride(from: n - 1, through: 0, by: -1) {
            var choice: ([String], Double)?
            for end in stride(from: start + 3, through: min(n, start + Self.maximumPartLength), by: 1) {
                let isLast = end == n
                let length = end - start
                if length < (isLast ? 3 : 4) { continue }
                if start == 0 && isLast { continue }  // the whole word is not a split
                let part = String(chars[start..<end])
                guard let zipf = lexicon.zipf(part), zipf >= minimumPartZipf else { continue }
                for link in isLast ? [""] : ["", "s", "e", "en"] {
                    let next = end + link.count
                    guard next <= n, next < n || link.isEmpty,
                        link.isEmpty || String(chars[end..<next]) == link,
                        let rest = best[next]
                    else { continue }
                    let candidate = ([part] + rest.0, zipf + rest.1)
                    if let current = choice {
                        if candidate.0.count < current.0.count
                            || (candidate.0.count == current.0.count && candidate.1 > current.1)
                        {
                            choice = candidate
                        }
                    } else {
                        choice = candidate
                    }
                }
            }
            best[start] = choice
        }
        guard let split = best[0], split.0.count >= 2 else { return nil }
        return split.0
    }
}
