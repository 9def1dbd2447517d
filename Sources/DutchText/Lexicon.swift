/// A Dutch word list with frequencies (Zipf: log10 of occurrences per billion words), from
/// `Indexer/nl_wordfreq.tsv`. Used to split compounds and to judge how common a word is.
public protocol Lexicon: Sendable {
    /// The Zipf frequency of a folded word form, or nil when the word is not in the list.
    func zipf(_ word: String) -> Double?
}

/// A lexicon held in memory: for indexing and tests.
public struct InMemoryLexicon: Lexicon {
    public let frequencies: [String: Double]

    public init(_ frequencies: [String: Double]) { self.frequencies = frequencies }

    /// Parses `word<TAB>zipf` lines; the header and malformed lines are skipped. Forms that fold
    /// together keep the highest frequency: "mét" (3.59) must not hide "met" (7.00).
    public init(tsv: String) {
        var frequencies: [String: Double] = [:]
        for line in tsv.split(separator: "\n") {
            guard let tab = line.firstIndex(of: "\t"), let zipf = Double(line[line.index(after: tab)...]) else {
                continue
            }
            let word = TextNormalizer.fold(String(line[..<tab]))
            frequencies[word] = max(zipf, frequencies[word] ?? zipf)
        }
        self.frequencies = frequencies
    }

    public func zipf(_ word: String) -> Double? { frequencies[word] }
}
