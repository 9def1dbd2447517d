/// Dutch text analysis shared by indexing and querying, so both sides agree on every token:
/// normalise → drop stop words → stem → add the stems of compound parts.
public struct Analyzer: Sendable {
    public let stemmer: DutchStemmer
    public let decompounder: Decompounder
    public let synonyms: SynonymTable
    public let stopWords: Set<String>
    /// Each word's index tokens, worked out once (none for a stop word): stemming and
    /// splitting are the same for every occurrence, and the settings above never change after
    /// init. Kept as the list the index needs, so a record's text is never split again; with
    /// it, whether the word belongs in the index's own lexicon (`Vocabulary.keeps`).
    private let wordTokenMemo = Memo<String, IndexedWord>()

    struct IndexedWord: Sendable {
        var tokens: [String]
        var isLexiconWord: Bool
    }

    public init(
        lexicon: any Lexicon, synonyms: SynonymTable = SynonymTable(groups: []),
        stopWords: Set<String> = DutchStopWords.default, stemmer: DutchStemmer = DutchStemmer()
    ) {
        self.stemmer = stemmer
        self.decompounder = Decompounder(lexicon: lexicon)
        self.synonyms = synonyms
        self.stopWords = stopWords
    }

    /// The index tokens of one folded word.
    func indexedWord(_ word: String) -> [String] { analysedWord(word).tokens }

    private func analysedWord(_ word: String) -> IndexedWord {
        wordTokenMemo.value(word) {
            stopWords.contains(word)
                ? IndexedWord(tokens: [], isLexiconWord: false)
                : IndexedWord(tokens: Array(wordTokens(word).joined()), isLexiconWord: Vocabulary.keeps(word))
        }
    }

    /// Index tokens for a document field: every content word's stem, followed by the stems of
    /// its compound parts.
    public func indexTokens(_ text: String) -> [String] {
        var tokens: [String] = []
        for word in TextNormalizer.words(text) { tokens += indexedWord(word) }
        return tokens
    }

    /// `indexTokens`, also adding the field's words (folded) to `words`, so the index's own
    /// lexicon (`Vocabulary`) costs no second pass over the text.
    public func indexTokens(_ text: String, words: inout [String]) -> [String] {
        var tokens: [String] = []
        for word in TextNormalizer.words(text) {
            let indexed = analysedWord(word)
            if indexed.isLexiconWord { words.append(word) }
            tokens += indexed.tokens
        }
        return tokens
    }

    /// One word as alternatives: the whole word's stem, and (for a compound) its parts' stems.
    func wordTokens(_ word: String) -> [[String]] {
        let whole = [stemmer.stem(word)]
        guard let parts = decompounder.split(word) else { return [whole] }
        return [whole, parts.map { stemmer.stem($0) }]
    }

    /// The analysed form of what someone typed: the words that must match, each with the
    /// alternatives that count as a match.
    public func query(_ text: String) -> AnalyzedQuery {
        var terms: [AnalyzedQuery.Term] = []
        var seen = Set<String>()
        let words = TextNormalizer.words(text)
        let content = words.filter { !stopWords.contains($0) }
        // A query of only stop words ("hoe kan ik") still searches for something.
        for word in content.isEmpty ? words : content where seen.insert(word).inserted {
            var alternatives = wordTokens(word)
            var viaSynonym: [String] = []
            for synonym in synonyms.synonyms(of: word, stem: stemmer.stem) {
                let tokens = TextNormalizer.words(synonym).map { stemmer.stem($0) }
                guard !tokens.isEmpty, !alternatives.contains(tokens) else { continue }
                alternatives.append(tokens)
                viaSynonym.append(synonym)
            }
            terms.append(.init(word: word, alternatives: alternatives, synonyms: viaSynonym))
            if terms.count == AnalyzedQuery.maximumTerms { break }
        }
        return AnalyzedQuery(terms: terms)
    }
}

/// A query after analysis. Every token is lower-case letters and digits only, so it can be
/// quoted into an FTS5 expression without any way to inject syntax.
public struct AnalyzedQuery: Hashable, Sendable {
    /// More words than this add nothing but cost; the rest are dropped.
    public static let maximumTerms = 12

    public struct Term: Hashable, Sendable {
        /// The word as typed (folded).
        public var word: String
        /// Each alternative is a list of tokens that must all occur (a compound's parts).
        public var alternatives: [[String]]
        /// Synonyms that were added, for `--uitleg`.
        public var synonyms: [String]
        /// The concept this term searches for (`ConceptLexicon`), when its words name one.
        public var concept: String?

        public init(word: String, alternatives: [[String]], synonyms: [String] = [], concept: String? = nil) {
            self.word = word
            self.alternatives = alternatives
            self.synonyms = synonyms
            self.concept = concept
        }
    }

    public var terms: [Term]
    public var isEmpty: Bool { terms.isEmpty }

    public init(terms: [Term]) { self.terms = terms }
}
