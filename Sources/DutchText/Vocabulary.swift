/// The words an index's records use and how many records use each: the index's own lexicon, in
/// which a mistyped search word finds its close words ("eenzaamhied" → "eenzaamheid").
///
/// Close means an edit distance (insert, delete, replace, or swap two neighbouring letters) of 1
/// for words of 5 to 7 letters and 2 for 8 or more; shorter words are never changed. A search
/// looks only at words of a fitting length, skips those whose letters differ too much (a bit per
/// letter, compared in one instruction), and works out the distance of the few left: no memory or
/// build time of its own, where a deletion dictionary needs every word's deletions (docs/search.md
/// has the figures).
public struct Vocabulary: Sendable {
    /// Every word's letters, one after another; word `i` is `letters[starts[i]..<starts[i+1]]`.
    private let letters: [UInt32]
    private let starts: [Int32]
    /// Which letters each word holds, a bit per letter (modulo 64).
    private let masks: [UInt64]
    public let words: [String]
    public let documents: [Int32]
    /// The words of each length, as a range of positions (words are sorted by length).
    private let byLength: [Range<Int>]
    private let positions: [String: Int]

    public static let empty = Vocabulary(counts: [])

    /// `counts`: each word with the number of records it occurs in.
    public init(counts: [(word: String, documents: Int)]) {
        let sorted = counts.filter { $0.word.unicodeScalars.count <= Self.longest }
            .sorted { ($0.word.unicodeScalars.count, $0.word) < ($1.word.unicodeScalars.count, $1.word) }
        var letters: [UInt32] = []
        var starts: [Int32] = [0]
        var masks: [UInt64] = []
        var byLength = [Range<Int>](repeating: 0..<0, count: Self.longest + 2)
        var positions: [String: Int] = [:]
        for (i, entry) in sorted.enumerated() {
            let scalars = entry.word.unicodeScalars.map(\.value)
            letters += scalars
            starts.append(Int32(letters.count))
            masks.append(Self.mask(scalars))
            let range = byLength[scalars.count]
            byLength[scalars.count] = range.isEmpty ? i..<(i + 1) : range.lowerBound..<(i + 1)
            positions[entry.word] = i
        }
        self.letters = letters
        self.starts = starts
        self.masks = masks
        self.words = sorted.map(\.word)
        self.documents = sorted.map { Int32(clamping: $0.documents) }
        self.byLength = byLength
        self.positions = positions
    }

    /// No word we keep is longer: longer ones are never typos worth correcting.
    static let longest = 40

    public var count: Int { words.count }

    /// The number of records `word` occurs in; nil when no record uses it.
    public func documents(of word: String) -> Int? { positions[word].map { Int(documents[$0]) } }

    /// How many edits a word of `length` letters may be away from its correction.
    public static func allowedDistance(forLength length: Int) -> Int {
        length >= 8 ? 2 : length >= 5 ? 1 : 0
    }

    public struct Candidate: Hashable, Sendable {
        public var word: String
        public var distance: Int
        public var documents: Int
    }

    /// Words close to `word` (never the word itself), closest first, then the most used.
    public func closeWords(to word: String, limit: Int = 5) -> [Candidate] {
        let query = word.unicodeScalars.map(\.value)
        let allowed = Self.allowedDistance(forLength: query.count)
        guard allowed > 0, query.count <= Self.longest else { return [] }
        let queryMask = Self.mask(query)
        var found: [Candidate] = []
        for length in max(1, query.count - allowed)...min(Self.longest, query.count + allowed) {
            for i in byLength[length] where (masks[i] ^ queryMask).nonzeroBitCount <= 2 * allowed {
                let start = Int(starts[i])
                let end = Int(starts[i + 1])
                guard let distance = Self.distance(query, letters[start..<end], limit: allowed), distance > 0 else { continue }
                found.append(Candidate(word: words[i], distance: distance, documents: Int(documents[i])))
            }
        }
        found.sort { ($0.distance, -$0.documents, $0.word) < ($1.distance, -$1.documents, $1.word) }
        return Array(found.prefix(limit))
    }

    static func mask(_ scalars: [UInt32]) -> UInt64 {
        scalars.reduce(0) { $0 | (1 << UInt64($1 % 64)) }
    }

    /// The optimal-string-alignment distance between `a` and `b` (a swap of two neighbours is one
    /// edit), or nil when it is more than `limit`.
    static func distance(_ a: [UInt32], _ b: some RandomAccessCollection<UInt32>, limit: Int) -> Int? {
        let b = Array(b)
        let n = a.count, m = b.count
        guard abs(n - m) <= limit else { return nil }
        guard n > 0, m > 0 else { return max(n, m) }
        var before = [Int](repeating: 0, count: m + 1)
        var previous = Array(0...m)
        var current = [Int](repeating: 0, count: m + 1)
        for i in 1...n {
            current[0] = i
            var rowBest = current[0]
            for j in 1...m {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] { value = min(value, before[j - 2] + 1) }
                current[j] = value
                rowBest = min(rowBest, value)
            }
            if rowBest > limit { return nil }
            (before, previous, current) = (previous, current, before)
        }
        return previous[m] <= limit ? previous[m] : nil
    }

    /// True for a word worth keeping in the lexicon: letters only, 4 to 40 of them. Decided on
    /// bytes for ASCII (most words); the analyser asks once per distinct word.
    public static func keeps(_ word: String) -> Bool {
        let count = word.utf8.count
        guard count >= 4 else { return false }
        if word.utf8.allSatisfy({ $0 < 0x80 }) {
            return count <= longest && word.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x41 && $0 <= 0x5A) }
        }
        let scalars = word.unicodeScalars
        return scalars.count >= 4 && scalars.count <= longest && scalars.allSatisfy(\.properties.isAlphabetic)
    }

    /// A record's distinct words, in the order first seen (`words` holds only words it `keeps`).
    public static func distinct(_ words: [String]) -> [String] {
        var seen = Set<String>(minimumCapacity: words.count)
        return words.filter { seen.insert($0).inserted }
    }

    /// Counts each word's records while an index is built.
    public struct Counter: Sendable {
        private var numbers: [String: Int] = [:]
        private var words: [String] = []
        private var tally: [Int] = []

        public init() {}

        /// Adds one record's distinct words.
        public mutating func add(_ recordWords: [String]) {
            for word in recordWords {
                if let number = numbers[word] {
                    tally[number] += 1
                } else {
                    numbers[word] = words.count
                    words.append(word)
                    tally.append(1)
                }
            }
        }

        /// Every word and its records, in the order first seen.
        public var counts: [(String, Int)] { Array(zip(words, tally)) }
    }
}
